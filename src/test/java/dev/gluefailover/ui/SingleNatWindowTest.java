package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The main window on the {@code single-nat} sample in one language, for the picture tests at
 * projector sizes: resizing and waiting for the size, the diagram's fit as Fit to window computes
 * it, the NAT zone's outage that makes the headline long, and pictures to target/screenshots.
 */
abstract class SingleNatWindowTest extends ApplicationTest {
    protected MainViewModel vm;
    protected MainWindow window;
    protected Stage stage;
    private Locale languageBefore;

    /** The language the window is built in. */
    protected abstract Locale language();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        languageBefore = Messages.language();
        Messages.setLanguage(language());
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        stage.setWidth(1280);
        stage.setHeight(720);
        window.show(stage);
    }

    @AfterEach
    void leaveAndRestoreTheLanguage() throws Exception {
        UiWait.onFx(() -> {
            window.controller().presentation().leave();
            return null;
        });
        Messages.setLanguage(languageBefore);
    }

    protected void resize(double w, double h) throws Exception {
        UiWait.onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
        UiWait.until("the window is " + w + "×" + h, () -> Math.abs(window.scene().getWidth() - w) < 40
                && Math.abs(window.scene().getHeight() - h) < 60);
    }

    protected DiagramView diagram() {
        return window.controller().diagram();
    }

    /** The zoom at which the whole drawing fits the view with its margin, as Fit to window computes it. */
    protected boolean fitted() {
        DiagramView d = diagram();
        if (d.diagram() == null || d.getWidth() <= 0) {
            return false;
        }
        Rect r = d.diagram().bounds();
        double expected = Math.min(1.5, Math.min((d.getWidth() - 24) / r.width(), (d.getHeight() - 24) / r.height()));
        return Math.abs(d.getZoom() - expected) < expected * 0.01;
    }

    /** The zone of the only NAT gateway fails: Glue picks #2 orders-db-1b and the run fails (the long headline). */
    protected void failNatZone() throws Exception {
        UiWait.onFx(() -> {
            vm.setFailure(new SimulatedFailure.AzOutage("use1-az1"), true);
            return null;
        });
        UiWait.until("orders-db-1b is chosen", () -> vm.getEvaluation().chosen().map(c -> c.name().equals("orders-db-1b"))
                .orElse(false));
    }

    /** The headline label, asserted drawn whole (a cut label draws less than its text, ending in "…"). */
    protected Label headlineDrawnWhole() {
        Label label = lookup(".headline-text").queryAs(Label.class);
        assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), "the headline is drawn whole");
        return label;
    }

    /** The window as drawn, once the headline has faded in, to target/screenshots/NAME. */
    protected Path shoot(String name) throws Exception {
        UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
        WritableImage[] image = new WritableImage[1];
        UiWait.onFx(() -> image[0] = window.scene().snapshot(null));
        Path file = write(image[0], name);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals((int) Math.round(window.scene().getWidth()), png.getWidth());
        return file;
    }

    /** A picture to target/screenshots/NAME. */
    protected static Path write(WritableImage image, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
