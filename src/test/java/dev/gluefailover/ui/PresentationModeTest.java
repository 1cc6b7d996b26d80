package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.DrillStep;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode driven with the keys a presenter remote sends: F5 in, Esc out, the drill
 * stepping forward and back with its captions, the quiz hiding and revealing the verdict.
 */
class PresentationModeTest extends SingleNatWindowTest {
    @Override
    protected Locale language() {
        return Locale.ENGLISH;
    }

    private BorderPane root() {
        return (BorderPane) window.scene().getRoot();
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    private List<DrillStep> steps() {
        return vm.getSnapshot().drills().get(0).steps();
    }

    private boolean presenting() {
        return root().getStyleClass().contains(PresentationMode.STYLE_CLASS);
    }

    @Test
    void f5EntersWithTheChromeHiddenAndEscLeavesWithItBack() {
        Node top = root().getTop();
        Node bottom = root().getBottom();
        assertNotNull(top);
        clickOn("#diagram");
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("presentation mode is on", this::presenting);
        assertNull(root().getTop(), "menus and toolbar hidden");
        assertEquals("captionBar", root().getBottom().getId());
        assertTrue(lookup(".connection-list-panel").tryQuery().map(n -> n.getScene() == null).orElse(true)
                && lookup(".right-tabs").tryQuery().isEmpty(), "side panels hidden");
        assertTrue(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));
        assertEquals("1 / 4", text("stepCounter"));
        assertEquals(steps().get(0).captionEn(), text("drillCaption"));

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        UiWait.until("presentation mode is off", () -> !presenting());
        assertEquals(top, root().getTop());
        assertEquals(bottom, root().getBottom());
        assertTrue(lookup(".right-tabs").tryQuery().isPresent(), "side panels back");
        assertFalse(window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));

        // F5 toggles: in and out again
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("presentation mode is on again", this::presenting);
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("F5 left presentation mode", () -> !presenting());
    }

    @Test
    void theDrillStepsForwardAndBackWithArrowsAndPageKeys() {
        clickOn("#diagram");
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("presentation mode is on", this::presenting);
        assertTrue(vm.getSimulation().isEmpty(), "step 1 is the network as captured");

        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("step 2", () -> text("stepCounter").equals("2 / 4"));
        assertEquals(steps().get(1).captionEn(), text("drillCaption"));
        assertTrue(vm.getSimulation().isZoneFailed("use1-az2"), vm.getSimulation().toString());

        press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        UiWait.until("step 3", () -> text("stepCounter").equals("3 / 4"));
        assertEquals(steps().get(2).captionEn(), text("drillCaption"));
        assertEquals("orders-db-1b", vm.getEvaluation().chosen().orElseThrow().name());
        assertFalse(vm.getSimulation().isZoneFailed("use1-az2"), "a step's failures replace the last step's");
        assertTrue(lookup(".headline-text").queryAs(Label.class).getText().startsWith("The run would fail"));

        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("step 4", () -> text("stepCounter").equals("4 / 4"));
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("still the last step", () -> text("stepCounter").equals("4 / 4"));

        press(KeyCode.LEFT).release(KeyCode.LEFT);
        UiWait.until("back to step 3", () -> text("stepCounter").equals("3 / 4"));
        press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        UiWait.until("back to step 2", () -> text("stepCounter").equals("2 / 4"));
        assertEquals(steps().get(1).captionEn(), text("drillCaption"));
        assertEquals("orders-db-1a", vm.getEvaluation().chosen().orElseThrow().name());
        press(KeyCode.LEFT).release(KeyCode.LEFT);
        UiWait.until("back to step 1", () -> text("stepCounter").equals("1 / 4"));
        assertTrue(vm.getSimulation().isEmpty());
    }

    @Test
    void theQuizHidesTheVerdictUntilSpaceOrEnterRevealsIt() {
        clickOn("#diagram");
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("presentation mode is on", this::presenting);
        Node headline = lookup(".headline").query();
        assertTrue(headline.isVisible());

        press(KeyCode.Q).release(KeyCode.Q);
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("step 2 with the verdict hidden", () -> text("stepCounter").equals("2 / 4")
                && root().getStyleClass().contains(PresentationMode.QUIZ_HIDDEN));
        assertFalse(headline.isVisible(), "the headline does not give the answer away");
        assertTrue(lookup("#quizQuestion").query().isVisible());
        assertTrue(text("quizQuestion").startsWith("Which connection does Glue use now?"), text("quizQuestion"));
        assertTrue(vm.getSimulation().isZoneFailed("use1-az2"), "the failures are shown: they are the question");

        press(KeyCode.SPACE).release(KeyCode.SPACE);
        UiWait.until("the verdict is revealed", () -> !root().getStyleClass().contains(PresentationMode.QUIZ_HIDDEN));
        assertTrue(headline.isVisible());
        assertFalse(lookup("#quizQuestion").query().isVisible());
        assertTrue(vm.getSimulation().isZoneFailed("use1-az2"), "Space revealed; it failed nothing in the diagram");
        assertEquals(2, vm.getSimulation().failures().size() + 1, "only the step's own failure is on");

        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("step 3 hidden again", () -> text("stepCounter").equals("3 / 4")
                && root().getStyleClass().contains(PresentationMode.QUIZ_HIDDEN));
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        UiWait.until("Enter reveals too", () -> !root().getStyleClass().contains(PresentationMode.QUIZ_HIDDEN));
        assertTrue(lookup(".headline-text").queryAs(Label.class).getText().contains("orders-db-1b"));

        press(KeyCode.Q).release(KeyCode.Q);
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        UiWait.until("quiz off: step 4 shows its verdict at once", () -> text("stepCounter").equals("4 / 4"));
        assertTrue(headline.isVisible());
        assertFalse(root().getStyleClass().contains(PresentationMode.QUIZ_HIDDEN));
    }

    @Test
    void captionsFollowTheLanguage() {
        clickOn("#diagram");
        press(KeyCode.F5).release(KeyCode.F5);
        UiWait.until("presentation mode is on", this::presenting);
        Messages.setLanguage(Locale.JAPANESE);
        UiWait.until("the caption is in Japanese", () -> text("drillCaption").equals(steps().get(0).captionJa()));
        assertEquals("3 つの AZ に NAT ゲートウェイが 1 つ", lookup(".drill-title").queryAs(Label.class).getText());
    }
}
