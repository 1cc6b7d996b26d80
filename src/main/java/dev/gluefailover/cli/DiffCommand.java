package dev.gluefailover.cli;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.files.AtomicFile;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.review.DiffChange;
import dev.gluefailover.review.DiffText;
import dev.gluefailover.review.SnapshotDiff;
import dev.gluefailover.snapshot.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two snapshots of a job (before and after a change, or two captures "
                + "over time): resources added, removed and changed by kind and id; connections whose verdict or "
                + "checks changed; Glue's choice and the run; the single-failure outcomes and resilience summary "
                + "lines that changed. Both sides are evaluated with the same --fail and --set.",
        footer = {"", "Exit codes (diff's own meanings): 0 no worse (including no change);",
                "5 resilience got worse: a single failure the job survived it now does not, or a run that would",
                "  have worked would now fail (for check and matrix, 5 means Glue's choice is unknown);",
                "2 bad input or usage (a missing file, a bad snapshot: file:line:column); 1 anything else."})
final class DiffCommand implements Callable<Integer> {
    private static final Messages M = Messages.of("diff");

    @Parameters(arity = "0..2", paramLabel = "FILE",
            description = "BEFORE and AFTER snapshot files (JSON or YAML); one of them may be a sample instead.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--before-sample", paramLabel = "NAME", description = "Use a built-in sample as BEFORE.")
    String beforeSample;

    @Option(names = "--after-sample", paramLabel = "NAME", description = "Use a built-in sample as AFTER.")
    String afterSample;

    @Option(names = "--job", paramLabel = "NAME",
            description = "The job to compare, by name (default: the only job both snapshots hold).")
    String job;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or markdown.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the answer to a file (atomically) "
            + "instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    /** One side of the comparison, loaded. */
    private record Side(Snapshot snapshot, String label) {
    }

    @Override
    public Integer call() {
        List<Path> rest = new ArrayList<>(files);
        Side before = side("BEFORE", "--before-sample", beforeSample, rest);
        Side after = side("AFTER", "--after-sample", afterSample, rest);
        if (!rest.isEmpty()) {
            throw new UserInputException(M.get("error.bothSides", rest.get(0), afterSample != null
                    ? "--after-sample" : "--before-sample"));
        }
        Simulation simulation = scenario.simulation();
        List<String> unknown = SnapshotDiff.unknownOnBothSides(before.snapshot(), after.snapshot(), simulation);
        if (!unknown.isEmpty()) {
            throw new UserInputException(String.join("; ", unknown.stream()
                    .map(u -> M.get("error.unknownTarget", u)).toList()));
        }
        SnapshotDiff diff;
        try {
            diff = SnapshotDiff.compute(before.snapshot(), after.snapshot(), job, simulation, scenario.settings());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        int code = diff.worse() ? ExitCode.RESILIENCE_WORSE : ExitCode.OK;
        String text = switch (format) {
            case json -> JsonReport.write(json(diff, before.label(), after.label(), code)) + "\n";
            case markdown -> DiffText.markdown(diff, before.label(), after.label());
            case text -> DiffText.text(diff, before.label(), after.label());
        };
        if (out != null) {
            OutputFile.write("--out", out, target -> AtomicFile.write(target, text));
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return code;
    }

    /** A side from its sample option, or else the next file; the file is read as {@code check} reads one. */
    private static Side side(String which, String sampleOption, String sample, List<Path> rest) {
        if (sample != null) {
            try {
                return new Side(Samples.get(sample), "sample " + sample);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(sampleOption + ": " + e.getMessage());
            }
        }
        if (rest.isEmpty()) {
            throw new UserInputException(M.get("error.noSide", which, sampleOption));
        }
        Path file = rest.remove(0);
        return new Side(SourceOptions.readFile(file), file.toString());
    }

    /** The JSON contract of {@code diff} (README, "What changed: diff"). */
    static Map<String, Object> json(SnapshotDiff d, String beforeLabel, String afterLabel, int exitCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", d.job());
        m.put("before", side(d.beforeEvaluation(), beforeLabel));
        m.put("after", side(d.afterEvaluation(), afterLabel));
        m.put("simulated", d.simulation().failures().stream().map(SimulatedFailure::spec).toList());
        m.put("verdict", d.identical() ? "IDENTICAL" : d.worse() ? "WORSE" : d.better() ? "BETTER" : "NO_WORSE");
        m.put("worse", d.worse());
        m.put("exitCode", exitCode);
        m.put("text", DiffText.verdict(d));
        List<Object> resources = new ArrayList<>();
        for (DiffChange c : d.resources()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", c.kind().name());
            r.put("id", c.id());
            r.put("action", c.action().name());
            r.put("part", c.part());
            r.put("before", c.before());
            r.put("after", c.after());
            r.put("elements", elements(c.elements()));
            r.put("text", DiffText.line(c));
            resources.add(r);
        }
        m.put("resources", resources);
        List<Object> connections = new ArrayList<>();
        for (SnapshotDiff.ConnectionChange c : d.connections()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("orderBefore", c.orderBefore());
            cm.put("orderAfter", c.orderAfter());
            cm.put("verdictBefore", c.verdictBefore() == null ? null : c.verdictBefore().name());
            cm.put("verdictAfter", c.verdictAfter() == null ? null : c.verdictAfter().name());
            List<Object> checks = new ArrayList<>();
            for (SnapshotDiff.CheckChange k : c.checks()) {
                Map<String, Object> km = new LinkedHashMap<>();
                km.put("code", k.code());
                km.put("before", k.before() == null ? null : k.before().name());
                km.put("after", k.after() == null ? null : k.after().name());
                km.put("message", k.message());
                km.put("evidence", k.evidence());
                checks.add(km);
            }
            cm.put("checks", checks);
            cm.put("text", DiffText.line(c));
            connections.add(cm);
        }
        m.put("connections", connections);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("before", d.choice().before().map(ConnectionEvaluation::name).orElse(null));
        choice.put("beforeOrder", d.choice().before().map(ConnectionEvaluation::order).orElse(null));
        choice.put("after", d.choice().after().map(ConnectionEvaluation::name).orElse(null));
        choice.put("afterOrder", d.choice().after().map(ConnectionEvaluation::order).orElse(null));
        choice.put("changed", d.choice().changed());
        choice.put("text", DiffText.choiceLine(d));
        m.put("choice", choice);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("before", d.run().before().name());
        run.put("after", d.run().after().name());
        run.put("worksBefore", d.run().worksBefore());
        run.put("worksAfter", d.run().worksAfter());
        run.put("changed", d.run().changed());
        run.put("worse", d.run().worse());
        run.put("text", DiffText.runLine(d));
        m.put("run", run);
        List<Object> scenarios = new ArrayList<>();
        for (SnapshotDiff.ScenarioChange s : d.scenarios()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("failures", s.key());
            sm.put("label", s.label());
            sm.put("before", outcome(s.before()));
            sm.put("after", outcome(s.after()));
            sm.put("worse", s.worse());
            sm.put("better", s.better());
            sm.put("text", DiffText.line(s));
            scenarios.add(sm);
        }
        m.put("scenarios", scenarios);
        List<Object> summary = new ArrayList<>();
        for (SnapshotDiff.SummaryChange s : d.summaries()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("kind", s.kind());
            sm.put("survivesBefore", s.before().survives());
            sm.put("survivesAfter", s.after().survives());
            sm.put("failingBefore", s.before().fatal().stream().map(WhatIfMatrix.Outcome::label).toList());
            sm.put("failingAfter", s.after().fatal().stream().map(WhatIfMatrix.Outcome::label).toList());
            sm.put("worse", s.worse());
            sm.put("better", s.better());
            sm.put("text", DiffText.line(s));
            summary.add(sm);
        }
        m.put("summary", summary);
        List<Object> spofs = new ArrayList<>();
        for (SnapshotDiff.SpofChange s : d.spofs()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("change", s.added() ? "ADDED" : "REMOVED");
            sm.put("kind", s.point().kind().name());
            sm.put("elements", elements(s.point().elements()));
            sm.put("text", DiffText.line(s));
            spofs.add(sm);
        }
        m.put("singlePointsOfFailure", spofs);
        return m;
    }

    private static Map<String, Object> side(Evaluation e, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("outcome", e.outcome().name());
        Optional<ConnectionEvaluation> chosen = e.chosen();
        m.put("chosen", chosen.map(ConnectionEvaluation::name).orElse(null));
        m.put("chosenOrder", chosen.map(ConnectionEvaluation::order).orElse(null));
        m.put("runWouldSucceed", e.runWouldSucceed());
        return m;
    }

    private static Map<String, Object> outcome(WhatIfMatrix.Outcome o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chosen", o.chosen());
        m.put("chosenOrder", o.chosenOrder());
        m.put("runWouldSucceed", o.runWouldSucceed());
        m.put("failedRunChecks", o.failedRunChecks());
        m.put("survives", o.survives());
        m.put("happens", DiffText.happens(o));
        return m;
    }

    private static List<Object> elements(List<ElementRef> refs) {
        List<Object> list = new ArrayList<>();
        for (ElementRef r : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind().name());
            m.put("id", r.id());
            list.add(m);
        }
        return list;
    }
}
