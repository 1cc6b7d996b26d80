package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.export.DiagramPng;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A developer's window on the diagram alone, without the application shell: one sample, its
 * simulation toggled by clicks. Run (e.g. under xvfb-run) with
 * {@code java -cp target/classes:target/lib/* dev.gluefailover.ui.diagram.DiagramPreview three-az [az=use1-az1 ...] [--png out.png] [--dark]
 * [--size 740x690] [--shot window.png]}.
 * With {@code --png} it writes the whole diagram at 100 % (as File ▸ Export does) and exits; {@code --size}
 * sets the window's size (the diagram arranges its VPCs for it), and {@code --shot} writes what the window
 * shows, fitted, which is what a reader of the app sees.
 */
public final class DiagramPreview {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    private DiagramPreview() {
    }

    public static void main(String[] args) {
        // A main class that extends Application needs JavaFX on the module path; this one runs from the classpath.
        Application.launch(Window.class, args);
    }

    /** The preview window. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        String sample = args.isEmpty() ? "seed-article" : args.get(0);
        Engine engine = new Engine(Samples.get(sample));
        // a zone typed by name becomes an outage of its zone id, as everywhere else
        FailureTargets targets = new FailureTargets(engine.index());
        Simulation sim = Simulation.NONE;
        Path png = null;
        Path shot = null;
        double width = 1560;
        double height = 940;
        boolean dark = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--png")) {
                png = Path.of(args.get(++i));
            } else if (a.equals("--shot")) {
                shot = Path.of(args.get(++i));
            } else if (a.equals("--size")) {
                String[] wh = args.get(++i).toLowerCase(java.util.Locale.ROOT).split("x");
                width = Double.parseDouble(wh[0]);
                height = Double.parseDouble(wh[1]);
            } else if (a.equals("--dark")) {
                dark = true;
            } else {
                sim = sim.with(targets.resolve(SimulatedFailure.parse(a)));
            }
        }
        GlueJob job = engine.job(null);
        AtomicReference<Simulation> current = new AtomicReference<>(sim);
        DiagramView view = new DiagramView();
        view.darkProperty().set(dark);
        Evaluation ev = engine.evaluate(job, sim, RuleSettings.defaults());
        view.setOnToggleFailure(f -> {
            Simulation s = current.get();
            s = s.toggled(f);
            current.set(s);
            view.update(engine.evaluate(job, s, RuleSettings.defaults()));
        });
        Scene scene = new Scene(view, width, height);
        WindowFont.follow(scene);
        stage.setScene(scene);
        stage.setTitle(TEXT.get("preview.title", sample));
        stage.show();
        view.show(engine.index(), job, ev);
        if (png != null || shot != null) {
            Path out = png;
            Path window = shot;
            // a moment for the first frames (and a re-arrangement, had the window been sized late)
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(600));
            wait.setOnFinished(done -> {
                try {
                    if (out != null) {
                        DiagramPng.write(view, out, 1);
                    }
                    if (window != null) {
                        javafx.scene.image.WritableImage image = view.snapshot(null, null);
                        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                                window.toFile());
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
                Platform.exit();
            });
            wait.play();
        }
    }
    }
}
