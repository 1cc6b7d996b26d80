package dev.gluefailover.review;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.review.DiffChange.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SnapshotDiff} in plain words, in the current language ({@code i18n/diff*.properties}):
 * one sentence per change ("route 0.0.0.0/0 → nat-… added to rtb-…", "subnet subnet-…: free IPs
 * 250 → 3"), and the whole diff as text or Markdown. The command line, the Markdown review and the
 * window's Compare panel all print these sentences.
 */
public final class DiffText {
    static final Messages M = Messages.of("diff");

    private DiffText() {
    }

    // --- one line each ----------------------------------------------------------------------------

    /** The kind of resource in words ("route table"). */
    public static String kind(DiffChange.Resource kind) {
        return M.get("kind." + kind.name());
    }

    /** One resource change as a sentence. */
    public static String line(DiffChange c) {
        String kind = kind(c.kind());
        if (c.wholeResource()) {
            return M.get(c.action() == Action.ADDED ? "resource.added" : "resource.removed", kind, c.id());
        }
        if (c.part().equals("route") && c.action() == Action.CHANGED) {
            // "0.0.0.0/0 → nat-a" and "0.0.0.0/0 → nat-b": the same destination, another target
            String arrow = " \u2192 ";
            int b = c.before().indexOf(arrow);
            int a = c.after().indexOf(arrow);
            if (b > 0 && a > 0) {
                return M.get("part.route.changed", c.before().substring(0, b), c.id(),
                        c.before().substring(b + arrow.length()), c.after().substring(a + arrow.length()));
            }
        }
        if (c.partAddedOrRemoved()) {
            String key = "part." + c.part() + "." + c.action().name().toLowerCase(java.util.Locale.ROOT);
            if (M.has(key)) {
                return M.get(key, c.action() == Action.REMOVED ? c.before() : c.after(), c.id(), c.before());
            }
        }
        return M.get("field.changed", kind, c.id(), field(c.part()), value(c.before()), value(c.after()));
    }

    /** "+", "-" or "~": how the text form marks a line. */
    public static String mark(Action action) {
        return switch (action) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
    }

    private static String field(String name) {
        String key = "field." + name;
        return M.has(key) ? M.get(key) : name;
    }

    private static String value(String v) {
        return v == null ? M.get("value.none") : v;
    }

    /** "#2 orders-db-1b: PASSES → CHOSEN", "orders-db-1d: added to the job as #4 (CHOSEN)". */
    public static String line(SnapshotDiff.ConnectionChange c) {
        if (c.orderBefore() == null) {
            return M.get("conn.added", c.name(), c.orderAfter(), c.verdictAfter().name());
        }
        if (c.orderAfter() == null) {
            return M.get("conn.removed", c.name(), c.orderBefore(), c.verdictBefore().name());
        }
        List<String> what = new ArrayList<>();
        if (!c.orderBefore().equals(c.orderAfter())) {
            what.add(M.get("conn.order", c.orderBefore(), c.orderAfter()));
        }
        if (c.verdictChanged()) {
            what.add(M.get("conn.verdict", c.verdictBefore().name(), c.verdictAfter().name()));
        }
        if (what.isEmpty()) {
            what.add(M.get("conn.verdictSame", c.verdictAfter().name()));
        }
        return M.get("conn.line", c.orderAfter(), c.name(), String.join(M.get("list.separator"), what));
    }

    /** "NO_FREE_IPS: PASS → FAIL — message (subnet: subnet-…, freeIps: 0)". */
    public static String line(SnapshotDiff.CheckChange c) {
        String evidence = c.evidence().isEmpty() ? "" : M.get("check.evidence", evidence(c.evidence()));
        return M.get("check.line", c.code(), status(c.before()), status(c.after()), c.message(), evidence);
    }

    private static String evidence(Map<String, String> e) {
        List<String> parts = new ArrayList<>();
        e.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join(", ", parts);
    }

    private static String status(CheckStatus s) {
        return s == null ? M.get("check.notRun") : s.name();
    }

    /** "Glue's choice: #1 orders-db-1a → #2 orders-db-1b", or that it stayed. */
    public static String choiceLine(SnapshotDiff d) {
        String before = chosen(d.choice().before());
        String after = chosen(d.choice().after());
        return d.choice().changed() || !before.equals(after) ? M.get("choice.changed", before, after)
                : M.get("choice.same", after);
    }

    private static String chosen(Optional<ConnectionEvaluation> c) {
        return c.map(x -> "#" + x.order() + " " + x.name()).orElse(M.get("choice.none"));
    }

    /** "Run: a run would work → the run would fail", or that it stayed. */
    public static String runLine(SnapshotDiff d) {
        String b = outcome(d.run().before());
        String a = outcome(d.run().after());
        return d.run().changed() ? M.get("run.changed", b, a) : M.get("run.same", a);
    }

    private static String outcome(Evaluation.Outcome o) {
        return M.get("outcome." + o.name());
    }

    /** "us-east-1a (use1-az1): Glue picks #2 … but the run fails (NAT_IN_FAILED_AZ) → uses #2 orders-db-1b". */
    public static String line(SnapshotDiff.ScenarioChange s) {
        return M.get("scenario.line", scenario(s), happens(s.before()), happens(s.after()));
    }

    /** The scenario in words: "outage of us-east-1a (use1-az1)", "NAT gateway nat-… fails", "endpoint vpce-… removed". */
    public static String scenario(SnapshotDiff.ScenarioChange s) {
        WhatIfMatrix.Outcome o = s.after() != null ? s.after() : s.before();
        if (o.failures().size() != 1) {
            return s.label();
        }
        SimulatedFailure f = o.failures().get(0);
        if (f instanceof SimulatedFailure.AzOutage) {
            return M.get("scenario.az", s.label());
        }
        if (f instanceof SimulatedFailure.NatGatewayFailure) {
            return M.get("scenario.nat", s.label());
        }
        if (f instanceof SimulatedFailure.EndpointRemoved) {
            return M.get("scenario.endpoint", s.label());
        }
        return s.label();
    }

    /** What a scenario leads to, in words. */
    public static String happens(WhatIfMatrix.Outcome o) {
        if (o == null) {
            return M.get("happens.absent");
        }
        if (o.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            return M.get("happens.outside");
        }
        if (o.outcome() == Evaluation.Outcome.LAUNCH_STOPS) {
            return M.get("happens.launchStops");
        }
        if (o.chosen() == null) {
            return M.get("happens.noConnection");
        }
        if (!o.runWouldSucceed()) {
            return M.get("happens.runFails", o.chosenOrder(), o.chosen(), String.join(", ", o.failedRunChecks()));
        }
        return M.get("happens.uses", o.chosenOrder(), o.chosen());
    }

    /** "survives any single AZ outage: no → yes". */
    public static String line(SnapshotDiff.SummaryChange s) {
        String line = M.get("summary.line", summaryKind(s.kind()), yesNo(s.before()), yesNo(s.after()));
        if (!s.after().survives()) {
            line += M.get("summary.failing", String.join(", ", s.after().fatal().stream()
                    .map(WhatIfMatrix.Outcome::label).toList()));
        }
        return line;
    }

    private static String yesNo(WhatIfMatrix.Summary s) {
        return M.get(s.survives() ? "yes" : "no");
    }

    /** The summary's kind ("AZ outage") in words. */
    public static String summaryKind(String kind) {
        return M.get(switch (kind) {
            case "AZ outage" -> "summary.kind.az";
            case "NAT gateway failure" -> "summary.kind.nat";
            case "endpoint removal" -> "summary.kind.endpoint";
            default -> "summary.kind.pairs";
        });
    }

    /** "new single point of failure: NAT gateway nat-… carries every connection". */
    public static String line(SnapshotDiff.SpofChange s) {
        return M.get(s.added() ? "spof.added" : "spof.removed", spof(s.point()));
    }

    /** A single point of failure in words, from its kind and elements. */
    public static String spof(Resilience.SinglePointOfFailure p) {
        List<ElementRef> e = p.elements();
        String first = e.isEmpty() ? "" : e.get(0).id();
        String where = e.size() > 1 ? e.get(1).id() : "";
        return M.get("spof." + p.kind().name(), first, where);
    }

    /** The one-line verdict: worse (and why), better, the same, or no change at all. */
    public static String verdict(SnapshotDiff d) {
        if (d.identical()) {
            return M.get("verdict.identical");
        }
        if (d.worse()) {
            List<String> why = new ArrayList<>();
            if (d.run().worse()) {
                why.add(M.get("worse.run", outcome(d.run().after())));
            }
            for (SnapshotDiff.ScenarioChange s : d.scenarios()) {
                if (s.worse()) {
                    why.add(M.get("worse.scenario", scenario(s)));
                }
            }
            for (SnapshotDiff.SummaryChange s : d.summaries()) {
                if (s.worse() && d.scenarios().stream().noneMatch(SnapshotDiff.ScenarioChange::worse)) {
                    why.add(M.get("worse.summary", summaryKind(s.kind())));
                }
            }
            return M.get("verdict.worse", String.join("; ", why));
        }
        return M.get(d.better() ? "verdict.better" : "verdict.same");
    }

    // --- whole reports ----------------------------------------------------------------------------

    /** The diff as the command line prints it. */
    public static String text(SnapshotDiff d, String beforeLabel, String afterLabel) {
        StringBuilder b = new StringBuilder();
        b.append(M.get("title", d.job(), beforeLabel, afterLabel)).append('\n');
        if (!d.simulation().isEmpty()) {
            b.append(simulated(d)).append('\n');
        }
        b.append(verdict(d)).append("\n");
        if (d.identical()) {
            return b.toString();
        }
        b.append('\n').append(M.get("section.resources", d.resources().size())).append('\n');
        if (d.resources().isEmpty()) {
            b.append("  ").append(M.get("none")).append('\n');
        }
        for (DiffChange c : d.resources()) {
            b.append("  ").append(mark(c.action())).append(' ').append(line(c)).append('\n');
        }
        b.append('\n').append(M.get("section.connections", d.connections().size())).append('\n');
        if (d.connections().isEmpty()) {
            b.append("  ").append(M.get("none")).append('\n');
        }
        for (SnapshotDiff.ConnectionChange c : d.connections()) {
            b.append("  ~ ").append(line(c)).append('\n');
            for (SnapshotDiff.CheckChange k : c.checks()) {
                b.append("      ").append(line(k)).append('\n');
            }
        }
        b.append('\n').append(M.get("section.choice")).append('\n');
        b.append("  ").append(choiceLine(d)).append('\n');
        b.append("  ").append(runLine(d)).append('\n');
        b.append('\n').append(M.get("section.resilience")).append('\n');
        if (d.summaries().isEmpty() && d.scenarios().isEmpty() && d.spofs().isEmpty()) {
            b.append("  ").append(M.get("resilience.same")).append('\n');
        }
        for (SnapshotDiff.SummaryChange s : d.summaries()) {
            b.append("  ").append(s.worse() ? "! " : "  ").append(line(s)).append('\n');
        }
        for (SnapshotDiff.ScenarioChange s : d.scenarios()) {
            b.append("  ").append(s.worse() ? "! " : "  ").append(line(s)).append('\n');
        }
        for (SnapshotDiff.SpofChange s : d.spofs()) {
            b.append("  ").append(s.added() ? "+ " : "- ").append(line(s)).append('\n');
        }
        return b.toString();
    }

    private static String simulated(SnapshotDiff d) {
        return M.get("simulated", String.join(", ", d.simulation().failures().stream()
                .map(SimulatedFailure::spec).toList()));
    }

    /** The diff as a Markdown section for a review. */
    public static String markdown(SnapshotDiff d, String beforeLabel, String afterLabel) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(md(M.get("title", d.job(), beforeLabel, afterLabel))).append("\n\n");
        if (!d.simulation().isEmpty()) {
            b.append(md(simulated(d))).append("\n\n");
        }
        b.append("**").append(md(verdict(d))).append("**\n");
        if (d.identical()) {
            return b.toString();
        }
        b.append("\n## ").append(md(M.get("section.resources", d.resources().size()))).append("\n\n");
        if (d.resources().isEmpty()) {
            b.append("- ").append(md(M.get("none"))).append('\n');
        }
        for (DiffChange c : d.resources()) {
            b.append("- `").append(mark(c.action())).append("` ").append(md(line(c))).append('\n');
        }
        b.append("\n## ").append(md(M.get("section.connections", d.connections().size()))).append("\n\n");
        if (d.connections().isEmpty()) {
            b.append("- ").append(md(M.get("none"))).append('\n');
        }
        for (SnapshotDiff.ConnectionChange c : d.connections()) {
            b.append("- ").append(md(line(c))).append('\n');
            for (SnapshotDiff.CheckChange k : c.checks()) {
                b.append("  - ").append(md(line(k))).append('\n');
            }
        }
        b.append("\n## ").append(md(M.get("section.choice"))).append("\n\n");
        b.append("- ").append(md(choiceLine(d))).append('\n');
        b.append("- ").append(md(runLine(d))).append('\n');
        b.append("\n## ").append(md(M.get("section.resilience"))).append("\n\n");
        if (d.summaries().isEmpty() && d.scenarios().isEmpty() && d.spofs().isEmpty()) {
            b.append("- ").append(md(M.get("resilience.same"))).append('\n');
        }
        for (SnapshotDiff.SummaryChange s : d.summaries()) {
            b.append("- ").append(s.worse() ? "**" + md(line(s)) + "**" : md(line(s))).append('\n');
        }
        for (SnapshotDiff.ScenarioChange s : d.scenarios()) {
            b.append("- ").append(s.worse() ? "**" + md(line(s)) + "**" : md(line(s))).append('\n');
        }
        for (SnapshotDiff.SpofChange s : d.spofs()) {
            b.append("- ").append(md(line(s))).append('\n');
        }
        return b.toString();
    }

    /** Markdown's special characters in names and messages, escaped. */
    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("|", "\\|");
    }

    // --- errors -------------------------------------------------------------------------------

    static String noJob(boolean before) {
        return M.get(before ? "error.noJobBefore" : "error.noJobAfter");
    }

    static String noCommonJob(List<String> before, List<String> after) {
        return M.get("error.noCommonJob", String.join(", ", before), String.join(", ", after));
    }

    static String severalJobs(List<String> common) {
        return M.get("error.severalJobs", String.join(", ", common));
    }

    static String jobMissing(String name, boolean inBefore, List<String> there) {
        return M.get(inBefore ? "error.jobMissingBefore" : "error.jobMissingAfter", name,
                there.isEmpty() ? M.get("none") : String.join(", ", there));
    }
}
