package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Resilience;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.review.FixKind;
import dev.gluefailover.review.Recommendations;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.ui.diagram.DiagramView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The Recommendations tab on single-nat, driven as a user would: Ctrl+7, Preview (the proposed NAT
 * gateways are outlined in the diagram), Ctrl+Z or Leave preview, Keep (the job now survives any
 * single AZ outage, and nothing is left to recommend).
 */
class RecommendationsTabTest extends ApplicationTest {
    private static final ElementRef NEW_NAT_1B = new ElementRef(ElementKind.NAT_GATEWAY, "nat-proposed-use1-az2");
    private static final ElementRef NEW_NAT_1C = new ElementRef(ElementKind.NAT_GATEWAY, "nat-proposed-use1-az4");

    private MainViewModel vm;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    private RecommendationsViewModel model() {
        return window.controller().recommendations();
    }

    /** Ctrl+7, until the tab lists what it worked out. */
    private Recommendations.Result showTab() {
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        UiWait.until("the Recommendations tab has worked them out",
                () -> model().getResult() != null && !model().computingProperty().get());
        return model().getResult();
    }

    private boolean drawnAsProposed(ElementRef ref) {
        DiagramView d = window.controller().diagram();
        return !d.nodesOf(ref).isEmpty() && d.nodesOf(ref).stream()
                .allMatch(n -> n.getStyleClass().contains(DiagramView.PROPOSED));
    }

    private Resilience resilienceNow() {
        return Recommendations.standing(new dev.gluefailover.engine.Engine(vm.getSnapshot()), vm.getSelectedJob(),
                vm.getSimulation(), vm.getSettings()).resilience();
    }

    private void fire(String id) {
        interact(() -> lookup(id).queryAs(Button.class).fire());
    }

    @Test
    void listsTheNatPerAzFixWithItsProofAndCommands() {
        Recommendations.Result r = showTab();
        assertEquals(FixKind.NAT_PER_AZ, r.recommendations().get(0).kind());
        Node card = lookup("#rec-0").query();
        String title = from(card).lookup(".rec-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("1. A NAT gateway per AZ"), title);
        assertTrue(from(card).lookup(".rec-change").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("survives any single AZ outage: no (1 of 3 fatal) → yes")));
        String commands = lookup("#recCommands-0").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(commands.contains("aws ec2 create-nat-gateway"), commands);
        assertFalse(lookup("#recBanner").query().isVisible(), "no preview yet");
    }

    @Test
    void previewMarksTheProposedNatsAndCtrlZLeavesIt() {
        showTab();
        fire("#recPreview-0");
        UiWait.until("the proposed NATs are drawn", () -> drawnAsProposed(NEW_NAT_1B) && drawnAsProposed(NEW_NAT_1C));
        assertEquals(3, vm.getSnapshot().natGateways().size());
        assertTrue(lookup("#recBanner").query().isVisible());
        assertFalse(drawnAsProposed(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a")),
                "the existing NAT is not proposed");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        UiWait.until("the preview is over", () -> vm.getSnapshot().natGateways().size() == 1
                && model().getPreviewing() == null);
        assertTrue(window.controller().diagram().nodesOf(NEW_NAT_1B).isEmpty(), "the proposed NAT is gone");
        assertTrue(window.controller().diagram().proposedElements().isEmpty());
        assertFalse(lookup("#recBanner").query().isVisible());
    }

    @Test
    void leavePreviewButtonTakesItBack() {
        showTab();
        fire("#recPreview-0");
        UiWait.until("previewing", () -> model().getPreviewing() != null);
        clickOn("#recLeave");
        UiWait.until("the preview is over", () -> model().getPreviewing() == null);
        assertEquals(1, vm.getSnapshot().natGateways().size());
    }

    @Test
    void keepMakesThePreviewTheWorkingSnapshotAndTheJobSurvivesAnyAzOutage() {
        showTab();
        assertFalse(resilienceNow().survivesAnySingleAzOutage());
        fire("#recPreview-0");
        UiWait.until("previewing", () -> model().getPreviewing() != null);
        clickOn("#recKeep");
        UiWait.until("kept and worked out again", () -> model().getPreviewing() == null
                && model().getResult() != null && !model().computingProperty().get()
                && model().getResult().now().resilience().survivesAnySingleAzOutage());
        assertEquals(3, vm.getSnapshot().natGateways().size(), "the fork is the working snapshot");
        assertTrue(resilienceNow().survivesAnySingleAzOutage());
        assertTrue(resilienceNow().singlePointsOfFailure().isEmpty());
        assertTrue(model().getResult().isEmpty(), "nothing left to recommend");
        assertTrue(lookup("#recStatus").queryAs(Label.class).getText().startsWith("Nothing to recommend"));
        assertFalse(drawnAsProposed(NEW_NAT_1B), "kept: no longer marked as proposed");
        assertTrue(vm.canUndoProperty().get(), "the kept change can still be undone");
    }
}
