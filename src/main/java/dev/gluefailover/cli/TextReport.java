package dev.gluefailover.cli;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text answers an architect can paste into a review: a heading, a table, the why. */
final class TextReport {
    private TextReport() {
    }

    static String check(Evaluation e, Snapshot snapshot, boolean allChecks) {
        return check(e, snapshot, allChecks, null);
    }

    /** The check report; with {@code resilience}, a "Resilience" block at its end. */
    static String check(Evaluation e, Snapshot snapshot, boolean allChecks, Resilience resilience) {
        StringBuilder out = new StringBuilder();
        heading(out, e.job(), snapshot, e.ruleSet(), e.simulation().failures());
        out.append(e.headline()).append("\n");
        if (!e.choiceCertain() && e.chosen().isEmpty()) { // a chosen line carries its uncertainty
            out.append("Uncertain:\n");
            e.uncertainty().forEach(u -> out.append("  - ").append(u).append('\n'));
        }
        out.append('\n');
        Table t = new Table("#", "Connection", "Verdict", "AZ", "Subnet", "Why");
        for (ConnectionEvaluation c : e.connections()) {
            String az = c.availabilityZone() == null ? "-"
                    : c.availabilityZone() + (c.availabilityZoneId() == null ? "" : " (" + c.availabilityZoneId() + ")");
            t.row(String.valueOf(c.order()), c.name(), c.verdict().name(), az, c.subnetId() == null ? "-" : c.subnetId(),
                    why(c));
        }
        out.append(t.render()).append('\n');
        for (ConnectionEvaluation c : e.connections()) {
            boolean show = allChecks || c.verdict() == Verdict.CHOSEN
                    || c.checks().stream().anyMatch(r -> r.status() != CheckStatus.PASS);
            if (!show) {
                continue;
            }
            out.append("#").append(c.order()).append(' ').append(c.name()).append(" — ").append(c.verdict().name())
                    .append('\n');
            for (CheckResult r : c.checks()) {
                if (!allChecks && c.verdict() != Verdict.CHOSEN && r.status() == CheckStatus.PASS) {
                    continue;
                }
                out.append(String.format("  %-7s %-22s %-3s %s%n", r.status(), r.code(), r.kind().json().substring(0, 3),
                        r.message()));
                out.append("          ").append(r.source());
                if (!r.evidence().isEmpty()) {
                    out.append("  ").append(evidence(r.evidence()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        List<String> inferences = e.inferencesBehindVerdict();
        out.append("Rests on inference: ").append(inferences.isEmpty() ? "nothing beyond [DOC] and [FIELD] rules"
                : String.join(", ", inferences) + " (change with --set; see `checks`)").append("\n");
        if (!e.notes().isEmpty()) {
            out.append("Notes:\n");
            e.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        if (resilience != null) {
            out.append('\n');
            resilience(out, resilience, true, e.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN);
        }
        return out.toString();
    }

    /**
     * "Resilience:" then, when {@code withSurvival}, the three "survives any single ..." lines, and
     * the single points of failure (or "none").
     */
    private static void resilience(StringBuilder out, Resilience r, boolean withSurvival, boolean as51) {
        // Without the 5.1 assumption the matrix still answers under 5.1's rules: say so rather than imply a fact.
        out.append(as51 ? "Resilience (the Glue 5.1 answer; no source describes Glue 6.x failover):\n" : "Resilience:\n");
        if (withSurvival) {
            r.summaries().forEach(s -> out.append("  ").append(s.text()).append('\n'));
        }
        if (r.singlePointsOfFailure().isEmpty()) {
            out.append("  single points of failure: none\n");
        } else {
            out.append("  single points of failure:\n");
            r.singlePointsOfFailure().forEach(p -> out.append("    - ").append(p.text()).append('\n'));
        }
    }

    private static String why(ConnectionEvaluation c) {
        if (c.launchStop().isPresent()) {
            return c.launchStop().get().code() + ": ends the launch";
        }
        if (c.verdict() == Verdict.CHOSEN || c.verdict() == Verdict.PASSES) {
            List<String> failing = c.runChecks().stream().filter(r -> !r.status().passes()).map(CheckResult::code)
                    .toList();
            return failing.isEmpty() ? "passes all checks" : "run would fail: " + String.join(", ", failing);
        }
        return c.blockingCheck().map(r -> r.code() + (r.status() == CheckStatus.UNKNOWN ? " (unknown)" : "")).orElse("");
    }

    private static String evidence(Map<String, String> evidence) {
        return evidence.entrySet().stream().map(en -> en.getKey() + "=" + en.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static void heading(StringBuilder out, GlueJob job, Snapshot snapshot, String ruleSet,
            List<SimulatedFailure> failures) {
        out.append("Job ").append(job.name()).append(" — ").append(snapshot.source() == null ? "snapshot" : snapshot.source())
                .append(", ").append(snapshot.region().name()).append(", rule set ").append(ruleSet).append('\n');
        out.append("Workers: ").append(job.numberOfWorkers() == null ? "-" : job.numberOfWorkers() + " × " + job.workerType())
                .append(", max retries ").append(job.retries()).append(", Glue ")
                .append(job.glueVersion() == null ? "-" : job.glueVersion()).append('\n');
        if (job.role() != null) {
            out.append("Role: ").append(job.role()).append('\n');
        }
        out.append("Simulated: ").append(failures.isEmpty() ? "nothing"
                : failures.stream().map(SimulatedFailure::describe).collect(Collectors.joining("; "))).append("\n\n");
    }

    static String matrix(WhatIfMatrix m, Snapshot snapshot, String ruleSet, Evaluation base) {
        return matrix(m, snapshot, ruleSet, base, null);
    }

    /** The matrix report; with {@code resilience}, its single points of failure at the end. */
    static String matrix(WhatIfMatrix m, Snapshot snapshot, String ruleSet, Evaluation base, Resilience resilience) {
        StringBuilder out = new StringBuilder();
        heading(out, m.job(), snapshot, ruleSet, m.base().failures());
        if (base.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            out.append(base.headline()).append(": no failure of your network can change where it runs.\n");
            if (resilience != null) {
                out.append('\n');
                resilience(out, resilience, false, false);
            }
            return out.toString();
        }
        if (base.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
            out.append(base.headline()).append("; every row below is the Glue 5.1 answer.\n\n");
        }
        m.summaryText().forEach(s -> out.append(s).append('\n'));
        out.append('\n');
        Table t = new Table("Failure", "Chosen", "Run", "Outcome");
        addRow(t, m.baseline());
        m.singles().forEach(o -> addRow(t, o));
        out.append(t.render());
        if (!m.pairs().isEmpty()) {
            List<WhatIfMatrix.Outcome> fatal = m.pairs().stream().filter(o -> !o.survives()).toList();
            out.append('\n').append(m.pairs().size()).append(" pairs, ").append(fatal.size())
                    .append(" stop the job").append(fatal.isEmpty() ? "." : ":").append('\n');
            if (!fatal.isEmpty()) {
                Table p = new Table("Failures", "Chosen", "Run", "Outcome");
                fatal.forEach(o -> addRow(p, o));
                out.append(p.render());
            }
        }
        if (resilience != null) {
            // The survival lines head the matrix already; the block adds what they cannot say.
            out.append('\n');
            resilience(out, resilience, false, false);
        }
        return out.toString();
    }

    private static void addRow(Table t, WhatIfMatrix.Outcome o) {
        t.row(o.label(), o.chosen() == null ? "none" : "#" + o.chosenOrder() + " " + o.chosen(),
                o.chosen() == null ? "-" : o.runWouldSucceed() ? "works" : "FAILS",
                (o.survives() ? "ok" : "STOPS: ") + (o.survives() ? "" : o.describe())
                        + (o.choiceCertain() ? "" : " (uncertain)"));
    }

    static String timeline(RetryTimeline tl, Snapshot snapshot, String ruleSet) {
        StringBuilder out = new StringBuilder();
        heading(out, tl.job(), snapshot, ruleSet, List.of());
        out.append("Failure: ")
                .append(tl.failure().failures().stream().map(SimulatedFailure::describe).collect(Collectors.joining("; ")))
                .append(", from attempt ").append(tl.failureStartsAt())
                .append(tl.failureEndsAt() == null ? "" : " until before attempt " + tl.failureEndsAt()).append('\n');
        out.append("Attempts: 1 + MaxRetries ").append(tl.job().retries()).append(" = ").append(tl.rescan().size())
                .append("; each attempt is listed as if the one before it failed.\n\n");
        Table t = new Table("Attempt", "Failure", "re-scan (default)", "sticky");
        for (int i = 0; i < tl.rescan().size(); i++) {
            RetryTimeline.Attempt r = tl.rescan().get(i);
            RetryTimeline.Attempt s = tl.sticky().get(i);
            t.row(String.valueOf(r.number()), r.failureActive() ? "on" : "off", cell(r), cell(s) + (s.kept() ? " (kept)" : ""));
        }
        out.append(t.render()).append('\n');
        out.append(tl.modesDiffer() ? "The two retry modes pick different connections: the sources disagree "
                + "[DOC S1,S2], so plan for both.\n" : "Both retry modes pick the same connections here.\n");
        return out.toString();
    }

    private static String cell(RetryTimeline.Attempt a) {
        if (a.connection() == null) {
            return "none: attempt fails to start";
        }
        return "#" + a.order() + " " + a.connection() + (a.runWouldSucceed() ? "" : " (run fails)");
    }

    /** A plain table with columns padded to their widest cell. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        String render() {
            int[] widths = new int[rows.get(0).length];
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n < rows.size(); n++) {
                line(sb, rows.get(n), widths);
                if (n == 0) {
                    String[] rule = new String[widths.length];
                    for (int i = 0; i < widths.length; i++) {
                        rule[i] = "-".repeat(widths[i]);
                    }
                    line(sb, rule, widths);
                }
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, String[] cells, int[] widths) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                l.append(i == cells.length - 1 ? cells[i] : String.format("%-" + widths[i] + "s  ", cells[i]));
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }
    }
}
