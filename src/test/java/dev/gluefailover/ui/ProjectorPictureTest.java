package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The window at the two projector sizes a trainer meets, 1280×720 and 1920×1080: the headline is
 * never cut (it wraps, verdict first), the diagram fills its space after every resize unless the
 * user zoomed, and presentation mode reads at both. Pictures go to target/screenshots for review;
 * what they are for is asserted, not looked at.
 */
class ProjectorPictureTest extends SingleNatWindowTest {
    @Override
    protected Locale language() {
        return Locale.ENGLISH;
    }

    /** The headline drawn whole, verdict first, wrapped onto a second line at this width. */
    private void assertHeadlineWhole() {
        Label label = headlineDrawnWhole();
        assertTrue(label.getText().startsWith("The run would fail (NAT_IN_FAILED_AZ)"), label.getText());
        assertTrue(label.getHeight() > label.getFont().getSize() * 1.9, "it wraps onto a second line at this width: "
                + label.getHeight());
    }

    @Test
    void at1280x720TheHeadlineWrapsWholeAndTheDiagramFits() throws Exception {
        failNatZone();
        resize(1280, 720);
        UiWait.until("the diagram is fitted", this::fitted);
        assertHeadlineWhole();
        shoot("projector-single-nat-1280x720.png");
    }

    @Test
    void at1280x720NoTextOfTheColumnsIsCut() throws Exception {
        assertNothingCutInTheNarrowestColumns();
    }

    @Test
    void at1920x1080TheHeadlineIsWholeAndTheDiagramFits() throws Exception {
        failNatZone();
        resize(1920, 1080);
        UiWait.until("the diagram is fitted", this::fitted);
        headlineDrawnWhole();
        shoot("projector-single-nat-1920x1080.png");
    }

    @Test
    void theDiagramIsFittedAgainAfterAResizeUnlessTheUserZoomed() throws Exception {
        resize(1280, 720);
        UiWait.until("fitted at 1280×720", this::fitted);
        double small = diagram().getZoom();
        resize(1920, 1080);
        UiWait.until("fitted again at 1920×1080", this::fitted);
        assertTrue(diagram().getZoom() > small * 1.2, "larger at 1920×1080: " + small + " → " + diagram().getZoom());

        UiWait.onFx(() -> {
            diagram().zoomIn();
            return null;
        });
        double zoomed = diagram().getZoom();
        resize(1280, 720);
        assertEquals(zoomed, diagram().getZoom(), 1e-9, "a zoom the user chose survives a resize");
        UiWait.onFx(() -> {
            diagram().fitToWindow();
            return null;
        });
        resize(1600, 900);
        UiWait.until("fitted again once the user asked for a fit", this::fitted);
    }

    @Test
    void at1280x720TheWhatIfMatrixReadsWholeWithoutShrinkingTheDiagram() throws Exception {
        resize(1280, 720);
        UiWait.until("the diagram is fitted", this::fitted);
        double widthBefore = diagram().getWidth();
        UiWait.onFx(() -> {
            window.controller().showWhatIfTab();
            return null;
        });
        UiWait.until("the matrix has its rows", () -> lookup(".what-if-panel .table-row-cell").queryAll().stream()
                .anyMatch(r -> r instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null));
        UiWait.until("the diagram is fitted again", this::fitted);
        assertTrue(diagram().getWidth() >= widthBefore * 0.95, "the diagram keeps its width: " + widthBefore + " → "
                + diagram().getWidth());
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n : lookup(".what-if-panel .table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.Labeled cell && cell.getText() != null && !cell.getText().isEmpty()
                    && cell.lookup(".text") instanceof Text drawn && !drawn.getText().equals(cell.getText())) {
                cut.add(cell.getText() + " drawn as " + drawn.getText());
            }
        }
        assertTrue(cut.isEmpty(), "every What if cell reads whole: " + cut);
        shoot("projector-what-if-1280x720.png");
    }

    @Test
    void presentationModeReadsAtBothSizes() throws Exception {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            resize(size[0], size[1]);
            UiWait.onFx(() -> {
                window.controller().presentation().enter();
                window.controller().presentation().player().next();
                window.controller().presentation().player().next();
                return null;
            });
            UiWait.until("step 3 shown and fitted", () -> lookup("#stepCounter").queryAs(Label.class).getText()
                    .equals("3 / 4") && fitted());
            Label caption = lookup("#drillCaption").queryAs(Label.class);
            assertEquals(caption.getText(), ((Text) caption.lookup(".text")).getText(), "the caption is drawn whole");
            assertTrue(caption.getFont().getSize() >= 24, "large type: " + caption.getFont().getSize());
            Label headline = lookup(".headline-text").queryAs(Label.class);
            assertEquals(headline.getText(), ((Text) headline.lookup(".text")).getText());
            assertTrue(headline.getFont().getSize() >= 28, "large type: " + headline.getFont().getSize());
            // full screen takes the screen's size (Monocle's is 1600×1000): named by what was drawn
            shoot("presentation-single-nat-" + (int) window.scene().getWidth() + "x" + (int) window.scene().getHeight()
                    + ".png");
            UiWait.onFx(() -> {
                window.controller().presentation().leave();
                return null;
            });
        }
    }
}
