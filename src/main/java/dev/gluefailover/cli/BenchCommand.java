package dev.gluefailover.cli;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints median timings on a generated large topology. Speed is measured here, not asserted in
 * unit tests: figures depend on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the engine on a generated large snapshot (about 50 VPCs, 6 AZs, 1,000 subnets, "
                + "200 connections in one job) and print median figures.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--vpcs", defaultValue = "50", description = "VPCs (default 50).")
    int vpcs;

    @Option(names = "--zones", defaultValue = "6", description = "AZs (default 6).")
    int zones;

    @Option(names = "--subnets-per-vpc", defaultValue = "20", description = "Subnets per VPC (default 20).")
    int subnetsPerVpc;

    @Option(names = "--connections", defaultValue = "200", description = "Connections in the job (default 200).")
    int connections;

    @Option(names = "--runs", defaultValue = "15", description = "Measured runs per figure (default 15).")
    int runs;

    @Option(names = "--cold-starts", defaultValue = "5",
            description = "Fresh JVMs started to time `check --sample seed-article` from cold (default 5; 0 skips).")
    int coldStarts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        Snapshot snapshot = dev.gluefailover.snapshot.SyntheticNetwork.generate(vpcs, zones, subnetsPerVpc, connections);
        Engine engine = new Engine(snapshot);
        GlueJob job = engine.job(null);
        RuleSettings settings = RuleSettings.defaults();
        byte[] json = new SnapshotWriter().toText(snapshot, SnapshotFormat.JSON).getBytes(StandardCharsets.UTF_8);
        SnapshotReader reader = new SnapshotReader();
        WhatIfMatrix probe = WhatIfMatrix.compute(engine, job, Simulation.NONE, settings, false);

        out.printf("Snapshot: %d VPCs, %d AZs, %d subnets, %d NAT gateways, %d endpoints, %d connections in one job; "
                + "%d single failures, %d pairs; JSON %.1f MB%n", snapshot.vpcs().size(),
                snapshot.availabilityZones().size(), snapshot.subnets().size(), snapshot.natGateways().size(),
                snapshot.vpcEndpoints().size(), job.connectionNames().size(), probe.singles().size(),
                probe.singles().size() * (probe.singles().size() - 1) / 2, json.length / 1e6);
        out.printf("Runs: %d measured after warm-up; JVM %s, %d processors%n%n", runs,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.flush();

        report(out, "one evaluation (all 200 connections, every check)", "< 1 ms",
                time(() -> engine.evaluate(job, Simulation.NONE, settings), runs * 20, 200));
        report(out, "single-failure matrix", "< 50 ms",
                time(() -> WhatIfMatrix.compute(engine, job, Simulation.NONE, settings, false), runs, 5));
        report(out, "pair matrix", "< 2 s",
                time(() -> WhatIfMatrix.compute(engine, job, Simulation.NONE, settings, true), Math.max(3, runs / 3), 1));
        report(out, "snapshot parse (JSON, with validation)", "-", time(() -> {
            try {
                return reader.read(json, "bench.json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, runs, 3));
        report(out, "engine construction (index)", "-", time(() -> new Engine(snapshot), runs * 5, 20));
        if (coldStarts > 0) {
            report(out, "cold start: `check --sample seed-article` (new JVM)", "-", coldStart(coldStarts));
        }
        Evaluation e = engine.evaluate(job, Simulation.NONE, settings);
        out.printf("%nChosen on the generated job: %s%n", e.headline());
        out.flush();
        return ExitCode.OK;
    }

    /** Wall time of a whole `check` in a fresh JVM, on this jar's classpath: what a script pays per call. */
    private static double[] coldStart(int runs) throws Exception {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(javaBin, "-cp", classpath, "dev.gluefailover.Launcher", "check", "--sample",
                    "seed-article").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long t0 = System.nanoTime();
            int code = p.waitFor();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (code != ExitCode.OK) {
                throw new IllegalStateException("cold-start check exited with " + code);
            }
        }
        return ms;
    }

    private static void report(PrintWriter out, String what, String target, double[] millis) {
        out.printf("%-52s median %9.3f ms   p90 %9.3f ms   target %s%n", what, percentile(millis, 0.5),
                percentile(millis, 0.9), target);
        out.flush();
    }

    private static double[] time(Supplier<?> work, int runs, int warmup) {
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("benchmark produced nothing");
        }
        return ms;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    /** The generated network has limits of its own (one 10.x.0.0/16 per VPC, public and private subnets per AZ). */
    private void validate() {
        range("--vpcs", vpcs, 1, 250);
        range("--zones", zones, 1, 64);
        range("--subnets-per-vpc", subnetsPerVpc, zones + 1, 250);
        range("--connections", connections, 1, 100_000);
        range("--runs", runs, 1, 100_000);
        range("--cold-starts", coldStarts, 0, 1_000);
    }

    private static void range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UserInputException(CliText.get(option.equals("--subnets-per-vpc") ? "error.rangeSubnets"
                    : "error.range", option, min, max, value));
        }
    }
}
