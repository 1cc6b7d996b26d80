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
    private static final dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("reports");

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
            out.append(T.get("text.uncertain")).append('\n');
            e.uncertainty().forEach(u -> out.append("  - ").append(u).append('\n'));
        }
        out.append('\n');
        Table t = new Table("#", T.get("col.connection"), T.get("col.verdict"), "AZ", T.get("col.subnet"),
                T.get("col.why"));
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
        out.append(inferences.isEmpty() ? T.get("text.inferenceNone")
                : T.get("text.inference", String.join(", ", inferences))).append("\n");
        if (!e.notes().isEmpty()) {
            out.append(T.get("text.notes")).append('\n');
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
        out.append(T.get(as51 ? "text.resilience51" : "text.resilience")).append('\n');
        if (withSurvival) {
            r.summaries().forEach(s -> out.append("  ").append(s.text()).append('\n'));
        }
        if (r.singlePointsOfFailure().isEmpty()) {
            out.append("  ").append(T.get("text.spofNone")).append('\n');
        } else {
            out.append("  ").append(T.get("text.spof")).append('\n');
            r.singlePointsOfFailure().forEach(p -> out.append("    - ").append(p.text()).append('\n'));
        }
    }

    private static String why(ConnectionEvaluation c) {
        if (c.launchStop().isPresent()) {
            return T.get("why.endsLaunch", c.launchStop().get().code());
        }
        if (c.verdict() == Verdict.CHOSEN || c.verdict() == Verdict.PASSES) {
            List<String> failing = c.runChecks().stream().filter(r -> !r.status().passes()).map(CheckResult::code)
                    .toList();
            return failing.isEmpty() ? T.get("why.passes") : T.get("why.runFails", String.join(", ", failing));
        }
        return c.blockingCheck().map(r -> r.status() == CheckStatus.UNKNOWN ? T.get("why.unknown", r.code()) : r.code())
                .orElse("");
    }

    private static String evidence(Map<String, String> evidence) {
        return evidence.entrySet().stream().map(en -> en.getKey() + "=" + en.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static void heading(StringBuilder out, GlueJob job, Snapshot snapshot, String ruleSet,
            List<SimulatedFailure> failures) {
        out.append(T.get("text.job", job.name(), snapshot.source() == null ? T.get("text.snapshot") : snapshot.source(),
                snapshot.region().name(), ruleSet)).append('\n');
        out.append(T.get("text.workers", job.numberOfWorkers() == null ? "-" : job.numberOfWorkers() + " × " + job.workerType(),
                String.valueOf(job.retries()), job.glueVersion() == null ? "-" : job.glueVersion())).append('\n');
        if (job.role() != null) {
            out.append(T.get("text.role", job.role())).append('\n');
        }
        out.append(T.get("text.simulated", failures.isEmpty() ? T.get("text.nothing")
                : failures.stream().map(SimulatedFailure::describe).collect(Collectors.joining("; ")))).append("\n\n");
    }

    static String matrix(WhatIfMatrix m, Snapshot snapshot, String ruleSet, Evaluation base) {
        return matrix(m, snapshot, ruleSet, base, null);
    }

    /** The matrix report; with {@code resilience}, its single points of failure at the end. */
    static String matrix(WhatIfMatrix m, Snapshot snapshot, String ruleSet, Evaluation base, Resilience resilience) {
        StringBuilder out = new StringBuilder();
        heading(out, m.job(), snapshot, ruleSet, m.base().failures());
        if (base.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            out.append(T.get("matrix.outside", base.headline())).append('\n');
            if (resilience != null) {
                out.append('\n');
                resilience(out, resilience, false, false);
            }
            return out.toString();
        }
        if (base.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
            out.append(T.get("matrix.as51", base.headline())).append("\n\n");
        }
        m.summaryText().forEach(s -> out.append(s).append('\n'));
        out.append('\n');
        Table t = new Table(T.get("col.failure"), T.get("col.chosen"), T.get("col.run"), T.get("col.outcome"));
        addRow(t, m.baseline());
        m.singles().forEach(o -> addRow(t, o));
        out.append(t.render());
        if (!m.pairs().isEmpty()) {
            List<WhatIfMatrix.Outcome> fatal = m.pairs().stream().filter(o -> !o.survives()).toList();
            out.append('\n').append(T.get(fatal.isEmpty() ? "matrix.pairsNone" : "matrix.pairs", m.pairs().size(),
                    fatal.size())).append('\n');
            if (!fatal.isEmpty()) {
                Table p = new Table(T.get("col.failures"), T.get("col.chosen"), T.get("col.run"), T.get("col.outcome"));
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
        String outcome = o.survives() ? T.get("matrix.ok") : T.get("matrix.stops", o.describe());
        t.row(o.label(), o.chosen() == null ? T.get("matrix.none") : "#" + o.chosenOrder() + " " + o.chosen(),
                o.chosen() == null ? "-" : o.runWouldSucceed() ? T.get("matrix.works") : T.get("matrix.fails"),
                o.choiceCertain() ? outcome : T.get("matrix.uncertain", outcome));
    }

    static String timeline(RetryTimeline tl, Snapshot snapshot, String ruleSet) {
        StringBuilder out = new StringBuilder();
        heading(out, tl.job(), snapshot, ruleSet, List.of());
        String failures = tl.failure().failures().stream().map(SimulatedFailure::describe)
                .collect(Collectors.joining("; "));
        out.append(tl.failureEndsAt() == null ? T.get("timeline.failure", failures, tl.failureStartsAt())
                : T.get("timeline.failureUntil", failures, tl.failureStartsAt(), tl.failureEndsAt())).append('\n');
        out.append(T.get("timeline.attempts", tl.job().retries(), tl.rescan().size())).append("\n\n");
        Table t = new Table(T.get("col.attempt"), T.get("col.failure"), T.get("col.rescan"), T.get("col.sticky"));
        for (int i = 0; i < tl.rescan().size(); i++) {
            RetryTimeline.Attempt r = tl.rescan().get(i);
            RetryTimeline.Attempt s = tl.sticky().get(i);
            t.row(String.valueOf(r.number()), T.get(r.failureActive() ? "timeline.on" : "timeline.off"), cell(r),
                    s.kept() ? T.get("timeline.kept", cell(s)) : cell(s));
        }
        out.append(t.render()).append('\n');
        out.append(T.get(tl.modesDiffer() ? "timeline.differ" : "timeline.same")).append('\n');
        return out.toString();
    }

    private static String cell(RetryTimeline.Attempt a) {
        if (a.connection() == null) {
            return T.get("timeline.none");
        }
        String c = "#" + a.order() + " " + a.connection();
        return a.runWouldSucceed() ? c : T.get("timeline.runFails", c);
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
                    widths[i] = Math.max(widths[i], width(r[i]));
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

        /** Columns a terminal gives the text: Japanese and other wide characters take two. */
        static int width(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                w += wide(cp) ? 2 : 1;
            }
            return w;
        }

        private static boolean wide(int cp) {
            return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
        }

        private static void line(StringBuilder sb, String[] cells, int[] widths) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                l.append(cells[i]);
                if (i < cells.length - 1) {
                    l.append(" ".repeat(widths[i] - width(cells[i]) + 2));
                }
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }
    }
}
