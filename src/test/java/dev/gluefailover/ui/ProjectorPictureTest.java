package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.ui.diagram.DiagramView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The window at the two projector sizes a trainer meets, 1280×720 and 1920×1080: the headline is
 * never cut (it wraps, verdict first), the diagram fills its space after every resize unless the
 * user zoomed, and presentation mode reads at both. Pictures go to target/screenshots for review;
 * what they are for is asserted, not looked at.
 */
class ProjectorPictureTest extends ApplicationTest {
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;
    private Locale languageBefore;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        languageBefore = Messages.language();
        Messages.setLanguage(Locale.ENGLISH);
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        stage.setWidth(1280);
        stage.setHeight(720);
        window.show(stage);
    }

    @AfterEach
    void restore() throws Exception {
        UiWait.onFx(() -> {
            window.controller().presentation().leave();
            return null;
        });
        Messages.setLanguage(languageBefore);
    }

    private void resize(double w, double h) throws Exception {
        UiWait.onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
        UiWait.until("the window is " + w + "×" + h, () -> Math.abs(window.scene().getWidth() - w) < 40
                && Math.abs(window.scene().getHeight() - h) < 60);
    }

    private DiagramView diagram() {
        return window.controller().diagram();
    }

    /** The zoom at which the whole drawing fits the view with its margin, as Fit to window computes it. */
    private boolean fitted() {
        DiagramView d = diagram();
        if (d.diagram() == null || d.getWidth() <= 0) {
            return false;
        }
        Rect r = d.diagram().bounds();
        double expected = Math.min(1.5, Math.min((d.getWidth() - 24) / r.width(), (d.getHeight() - 24) / r.height()));
        return Math.abs(d.getZoom() - expected) < expected * 0.01;
    }

    /** The headline's text as drawn: a cut label draws less than its text, ending in "…". */
    private void assertHeadlineWhole() {
        Label label = lookup(".headline-text").queryAs(Label.class);
        Text drawn = (Text) label.lookup(".text");
        assertEquals(label.getText(), drawn.getText(), "the headline is drawn whole");
        assertTrue(label.getText().startsWith("The run would fail (NAT_IN_FAILED_AZ)"), label.getText());
        assertTrue(label.getHeight() > label.getFont().getSize() * 1.9, "it wraps onto a second line at this width: "
                + label.getHeight());
    }

    private Path shoot(String name) throws Exception {
        UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
        WritableImage[] image = new WritableImage[1];
        UiWait.onFx(() -> image[0] = window.scene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals((int) Math.round(window.scene().getWidth()), png.getWidth());
        return file;
    }

    private void failNatZone() throws Exception {
        UiWait.onFx(() -> {
            vm.setFailure(new SimulatedFailure.AzOutage("use1-az1"), true);
            return null;
        });
        UiWait.until("orders-db-1b is chosen", () -> vm.getEvaluation().chosen().map(c -> c.name().equals("orders-db-1b"))
                .orElse(false));
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
    void at1920x1080TheHeadlineIsWholeAndTheDiagramFits() throws Exception {
        failNatZone();
        resize(1920, 1080);
        UiWait.until("the diagram is fitted", this::fitted);
        Label label = lookup(".headline-text").queryAs(Label.class);
        assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), "the headline is drawn whole");
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
