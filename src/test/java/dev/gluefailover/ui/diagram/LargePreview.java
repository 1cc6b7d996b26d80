package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.layout.LargeTopology;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Renders the generated large topology to two PNGs for a look: the whole drawing fitted to about
 * 2,000 px wide, and the window at 100 % (top left). Run like DiagramBenchmark:
 * {@code java ... dev.gluefailover.ui.diagram.LargePreview out-dir [az=ZONE]}.
 */
public final class LargePreview {
    private LargePreview() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Snapshot snapshot = LargeTopology.build();
                Engine engine = new Engine(snapshot);
                GlueJob job = engine.job(null);
                Simulation sim = Simulation.of(new SimulatedFailure.AzOutage(snapshot.availabilityZones().get(0).zoneId()));
                DiagramView view = new DiagramView();
                view.darkProperty().set(false);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1600, 1000));
                stage.show();
                view.show(engine.index(), job, engine.evaluate(job, sim, RuleSettings.defaults()));
                view.applyCss();
                view.layout();
                double w = view.diagram().bounds().width();
                write(view.renderImage(2000 / w), dir.resolve("large-fit.png"));
                view.resetZoom();
                view.applyCss();
                view.layout();
                write(view.snapshot(null, null), dir.resolve("large-100.png"));
                System.out.printf("diagram %.0f x %.0f%n", w, view.diagram().bounds().height());
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void write(WritableImage image, Path file) throws IOException {
        javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
