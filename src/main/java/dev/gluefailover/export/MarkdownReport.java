package dev.gluefailover.export;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.review.Recommendation;
import dev.gluefailover.review.RecommendationReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Markdown review of one job: the choice, every connection's verdict, the checks that
 * matter with their evidence and sources, and (optionally) the single-failure matrix. Meant to
 * be pasted into a design review or a pull request.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** The review; with a matrix, its resilience summary is worked out here. */
    public static String render(Snapshot snapshot, Evaluation e, WhatIfMatrix matrix) {
        return render(snapshot, e, matrix, matrix == null ? null : Resilience.of(new SnapshotIndex(snapshot), e, matrix));
    }

    /** The review with a resilience summary already worked out (null: none shown). */
    public static String render(Snapshot snapshot, Evaluation e, WhatIfMatrix matrix, Resilience resilience) {
        return render(snapshot, e, matrix, resilience, null);
    }

    /**
     * The review with the proven recommendations as its last section, "Recommendations", each with
     * before → after and its AWS CLI commands (null: the section is left out).
     */
    public static String render(Snapshot snapshot, Evaluation e, WhatIfMatrix matrix, Resilience resilience,
            List<Recommendation> recommendations) {
        StringBuilder md = new StringBuilder();
        GlueJob job = e.job();
        md.append("# Glue connection choice: ").append(job.name()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Source | ").append(cell(snapshot.source())).append(" |\n");
        md.append("| Region | ").append(snapshot.region().name()).append(" |\n");
        md.append("| Rule set | ").append(e.ruleSet()).append(" |\n");
        md.append("| Workers | ").append(job.numberOfWorkers() == null ? "-"
                : job.numberOfWorkers() + " × " + job.workerType()).append(" |\n");
        md.append("| Max retries | ").append(job.retries()).append(" |\n");
        md.append("| Glue version | ").append(cell(job.glueVersion())).append(switch (e.versionScope()) {
            case DOCUMENTED -> "";
            case ASSUMED_AS_5_1 -> " — newer than the documented 5.1: evaluated under the Glue 5.1 rules (an "
                    + "assumption)";
            case UNDOCUMENTED -> " — newer than the documented 5.1: no source describes its failover";
        }).append(" |\n");
        md.append("| Placement | ").append(e.placement() == Evaluation.Placement.NO_VPC
                ? "outside your VPCs (no connection has a subnet)" : "in your VPCs").append(" |\n");
        if (job.role() != null) {
            md.append("| Role | ").append(cell(job.role())).append(" |\n");
        }
        md.append("| Simulated failures | ").append(e.simulation().isEmpty() ? "none"
                : e.simulation().failures().stream().map(SimulatedFailure::describe).collect(Collectors.joining("; ")))
                .append(" |\n\n");
        md.append("**").append(cell(e.headline())).append("**\n\n");
        md.append("| # | Connection | Verdict | AZ | Subnet | Why |\n|---|---|---|---|---|---|\n");
        for (ConnectionEvaluation c : e.connections()) {
            md.append("| ").append(c.order()).append(" | ").append(cell(c.name())).append(" | ")
                    .append(c.verdict() == Verdict.CHOSEN ? "**CHOSEN**" : c.verdict().name()).append(" | ")
                    .append(cell(c.availabilityZone() == null ? "-" : c.availabilityZone()
                            + (c.availabilityZoneId() == null ? "" : " (" + c.availabilityZoneId() + ")")))
                    .append(" | ").append(cell(c.subnetId() == null ? "-" : c.subnetId())).append(" | ")
                    .append(cell(why(c))).append(" |\n");
        }
        md.append('\n');
        for (ConnectionEvaluation c : e.connections()) {
            List<CheckResult> shown = c.verdict() == Verdict.CHOSEN ? c.checks()
                    : c.checks().stream().filter(r -> r.status() != CheckStatus.PASS).toList();
            if (shown.isEmpty()) {
                continue;
            }
            md.append("## #").append(c.order()).append(' ').append(cell(c.name())).append(" — ")
                    .append(c.verdict().name()).append("\n\n");
            md.append("| Status | Check | Kind | Message | Evidence | Source |\n|---|---|---|---|---|---|\n");
            for (CheckResult r : shown) {
                md.append("| ").append(r.status()).append(" | `").append(r.code()).append("` | ")
                        .append(r.kindLabel()).append(" | ").append(cell(r.message())).append(" | ")
                        .append(cell(evidence(r.evidence()))).append(" | [").append(cell(r.source())).append("](")
                        .append(r.link()).append(") |\n");
            }
            md.append('\n');
        }
        List<String> inferences = e.inferencesBehindVerdict();
        md.append("**Rests on inference:** ").append(inferences.isEmpty() ? "nothing beyond [DOC] and [FIELD] rules."
                : cell(String.join(", ", inferences)) + ".").append("\n\n");
        if (!e.uncertainty().isEmpty()) {
            md.append("**Uncertain:** ").append(cell(String.join("; ", e.uncertainty()))).append("\n\n");
        }
        e.notes().forEach(n -> md.append("> ").append(n).append("\n\n"));
        if (matrix != null) {
            md.append("## What if one thing fails\n\n");
            matrix.summaryText().forEach(s -> md.append("- ").append(cell(s)).append('\n'));
            md.append("\n| Failure | Chosen | Run |\n|---|---|---|\n");
            for (WhatIfMatrix.Outcome o : matrix.singles()) {
                md.append("| ").append(cell(o.label())).append(" | ")
                        .append(o.chosen() == null ? "**none**" : "#" + o.chosenOrder() + " " + cell(o.chosen()))
                        .append(" | ").append(o.chosen() == null ? "-" : o.runWouldSucceed() ? "works"
                                : "**fails** (" + String.join(", ", o.failedRunChecks()) + ")")
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (resilience != null) {
            md.append("## Resilience\n\n");
            if (e.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
                md.append("The Glue 5.1 answer: no source describes Glue 6.x failover.\n\n");
            }
            md.append("| Any single | Survives | Failing scenarios |\n|---|---|---|\n");
            for (WhatIfMatrix.Summary s : resilience.summaries()) {
                md.append("| ").append(cell(s.kind())).append(" | ").append(s.survives() ? "yes" : "**no**")
                        .append(s.candidates() == 0 ? " (none to fail)" : "").append(" | ")
                        .append(s.fatal().isEmpty() ? "-" : cell(String.join("; ", s.fatal().stream()
                                .map(o -> o.label() + " " + o.describe()).toList())))
                        .append(" |\n");
            }
            md.append("\n**Single points of failure:**");
            if (resilience.singlePointsOfFailure().isEmpty()) {
                md.append(" none.\n\n");
            } else {
                md.append("\n\n");
                resilience.singlePointsOfFailure().forEach(p -> md.append("- ").append(cell(p.text())).append('\n'));
                md.append('\n');
            }
        }
        if (recommendations != null) {
            md.append(RecommendationReport.markdown(recommendations));
        }
        return md.toString();
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
        return c.blockingCheck().map(CheckResult::code).orElse("");
    }

    private static String evidence(Map<String, String> evidence) {
        return evidence.entrySet().stream().map(en -> en.getKey() + "=" + en.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Escapes what would break a Markdown table cell. */
    private static String cell(String text) {
        if (text == null) {
            return "-";
        }
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
