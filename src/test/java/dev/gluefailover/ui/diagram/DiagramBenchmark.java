package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.LargeTopology;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Prints (does not assert) median times for the diagram: layout, scene-graph build, and a
 * failure toggle to the updated scene (evaluate + update + CSS and layout pass). See docs/diagram.md.
 */
public final class DiagramBenchmark {
    private static final int RUNS = 15;

    private DiagramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run("three-az", Samples.get("three-az"), false);
                run("large (50 VPCs, 1,000 subnets, 200 connections), job's VPCs", LargeTopology.build(), false);
                run("large, all VPCs", LargeTopology.build(), true);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(String label, Snapshot snapshot, boolean all) {
        Engine engine = new Engine(snapshot);
        GlueJob job = engine.job(null);
        RuleSettings settings = RuleSettings.defaults();
        Evaluation base = engine.evaluate(job, Simulation.NONE, settings);
        LayoutOptions options = new LayoutOptions(all);
        double[] layout = new double[RUNS];
        double[] build = new double[RUNS];
        double[] toggle = new double[RUNS];
        DiagramView view = new DiagramView();
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
        Diagram d = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            d = DiagramLayout.compute(engine.index(), job, options);
            long t1 = System.nanoTime();
            view.show(engine.index(), d, base);
            view.applyCss();
            view.layout();
            long t2 = System.nanoTime();
            layout[i] = (t1 - t0) / 1e6;
            build[i] = (t2 - t1) / 1e6;
        }
        String zone = snapshot.availabilityZones().get(0).zoneId();
        Simulation on = Simulation.of(new SimulatedFailure.AzOutage(zone));
        double[] evaluate = new double[RUNS];
        double[] update = new double[RUNS];
        double[] css = new double[RUNS];
        double[] pulse = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // What a user waits for: evaluate + update + the next pulse (CSS, layout, scene sync).
            long t0 = System.nanoTime();
            Evaluation ev = engine.evaluate(job, i % 2 == 0 ? on : Simulation.NONE, settings);
            view.update(ev);
            com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
            pulse[i] = (System.nanoTime() - t0) / 1e6;
        }
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Evaluation ev = engine.evaluate(job, i % 2 == 0 ? on : Simulation.NONE, settings);
            long t1 = System.nanoTime();
            view.update(ev);
            long t2 = System.nanoTime();
            view.applyCss();
            long t3 = System.nanoTime();
            view.layout();
            toggle[i] = (System.nanoTime() - t0) / 1e6;
            css[i] = (t3 - t2) / 1e6;
            evaluate[i] = (t1 - t0) / 1e6;
            update[i] = (t2 - t1) / 1e6;
        }
        System.out.printf("  (evaluate %.2f ms, update() %.2f ms, CSS %.2f ms, the rest is layout)%n", median(evaluate),
                median(update), median(css));
        stage.close();
        System.out.printf("%s: %d boxes, %d edges%n", label, d.boxes().size(), d.edges().size());
        System.out.printf("  layout            median %7.2f ms%n", median(layout));
        System.out.printf("  build scene graph median %7.2f ms%n", median(build));
        System.out.printf("  toggle -> updated median %7.2f ms (evaluate + update + forced applyCss/layout on the view)%n", median(toggle));
        System.out.printf("  toggle -> pulse   median %7.2f ms (evaluate + update + the next pulse: CSS, layout, sync)%n", median(pulse));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
