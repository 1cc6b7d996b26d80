package dev.gluefailover.review;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import java.util.List;

/**
 * Recommendations as the text output and the Markdown review print them, in the user's
 * language: each with its reason, before → after, the elements it proposes, the AWS CLI commands
 * (never run by the tool) and what to know before running them.
 */
public final class RecommendationReport {
    private static final Messages TEXT = Messages.of("review");

    private RecommendationReport() {
    }

    /** The text output's first lines: the job, where it comes from, the rule set, the simulated failures. */
    public static String heading(String job, String source, String region, String ruleSet, List<String> simulated) {
        return TEXT.get("report.job", job, source == null ? TEXT.get("report.snapshot") : source, region, ruleSet) + "\n"
                + TEXT.get("report.simulated", simulated.isEmpty() ? TEXT.get("report.simulatedNothing")
                        : String.join("; ", simulated)) + "\n\n";
    }

    /** "Wrote FILE (n recommendations)". */
    public static String wrote(String file, int count) {
        return TEXT.get("report.wrote", file, count);
    }

    /** The standing a review starts from, in one line: the run and the three survivals. */
    public static String standingLine(Recommendation.Standing s) {
        return TEXT.get("report.standing", Recommendation.runWord(s),
                Recommendation.survivalWord(s.resilience().azOutage()),
                Recommendation.survivalWord(s.resilience().natGatewayFailure()),
                Recommendation.survivalWord(s.resilience().endpointRemoval()));
    }

    /** The plain-text form: numbered, best first; "nothing to recommend" when the list is empty. */
    public static String text(Recommendation.Standing now, List<Recommendation> list) {
        StringBuilder out = new StringBuilder();
        out.append(TEXT.get("report.now")).append(' ').append(standingLine(now)).append("\n\n");
        if (list.isEmpty()) {
            out.append(TEXT.get("report.nothing")).append('\n');
            return out.toString();
        }
        out.append(TEXT.get("report.count", list.size())).append("\n\n");
        int i = 0;
        for (Recommendation r : list) {
            i++;
            out.append(i).append(". ").append(r.title()).append("  [").append(r.kind()).append("]\n");
            out.append("   ").append(TEXT.get("report.why")).append(' ').append(r.reason()).append('\n');
            out.append("   ").append(TEXT.get("report.withFix")).append('\n');
            r.changes().forEach(c -> out.append("     ").append(c).append('\n'));
            if (!r.proposed().isEmpty()) {
                out.append("   ").append(TEXT.get("report.proposed")).append(' ').append(proposed(r)).append('\n');
            }
            out.append("   ").append(TEXT.get("report.commands")).append('\n');
            r.fix().commands().forEach(c -> out.append("     ").append(c).append('\n'));
            if (!r.fix().notes().isEmpty()) {
                out.append("   ").append(TEXT.get("report.notes")).append('\n');
                r.fix().notes().forEach(n -> out.append("     - ").append(n).append('\n'));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The "Recommendations" section of the Markdown review (a level-2 heading and its content). */
    public static String markdown(List<Recommendation> list) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(TEXT.get("report.heading")).append("\n\n");
        if (list.isEmpty()) {
            md.append(TEXT.get("report.nothing")).append("\n\n");
            return md.toString();
        }
        md.append(TEXT.get("report.proof")).append("\n\n");
        int i = 0;
        for (Recommendation r : list) {
            i++;
            md.append("### ").append(i).append(". ").append(cell(r.title())).append(" (`").append(r.kind())
                    .append("`)\n\n");
            md.append("**").append(TEXT.get("report.why")).append("** ").append(cell(r.reason())).append("\n\n");
            md.append("| ").append(TEXT.get("report.col.what")).append(" | ").append(TEXT.get("report.col.before"))
                    .append(" | ").append(TEXT.get("report.col.after")).append(" |\n|---|---|---|\n");
            Recommendation.Standing b = r.before();
            Recommendation.Standing a = r.after();
            row(md, TEXT.get("report.row.run"), Recommendation.runWord(b), Recommendation.runWord(a));
            row(md, TEXT.get("report.row.az"), Recommendation.survivalWord(b.resilience().azOutage()),
                    Recommendation.survivalWord(a.resilience().azOutage()));
            row(md, TEXT.get("report.row.nat"), Recommendation.survivalWord(b.resilience().natGatewayFailure()),
                    Recommendation.survivalWord(a.resilience().natGatewayFailure()));
            row(md, TEXT.get("report.row.endpoint"), Recommendation.survivalWord(b.resilience().endpointRemoval()),
                    Recommendation.survivalWord(a.resilience().endpointRemoval()));
            row(md, TEXT.get("report.row.spofs"), String.valueOf(b.singlePointsOfFailure().size()),
                    String.valueOf(a.singlePointsOfFailure().size()));
            md.append('\n');
            for (var gone : r.singlePointsRemoved()) {
                md.append("- ").append(cell(TEXT.get("change.spofGone", gone.text()))).append('\n');
            }
            if (!r.singlePointsRemoved().isEmpty()) {
                md.append('\n');
            }
            if (!r.proposed().isEmpty()) {
                md.append("**").append(TEXT.get("report.proposed")).append("** ").append(cell(proposed(r)))
                        .append("\n\n");
            }
            md.append("**").append(TEXT.get("report.commands")).append("**\n\n```sh\n").append(r.fix().commandText())
                    .append("```\n\n");
            r.fix().notes().forEach(n -> md.append("> ").append(cell(n)).append("\n\n"));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String what, String before, String after) {
        md.append("| ").append(cell(what)).append(" | ").append(cell(before)).append(" | ")
                .append(before.equals(after) ? cell(after) : "**" + cell(after) + "**").append(" |\n");
    }

    /** "nat-proposed-use1-az2 (added), rtb-0abc (changed)". */
    static String proposed(Recommendation r) {
        StringBuilder b = new StringBuilder();
        for (ElementRef e : r.fix().added()) {
            b.append(b.isEmpty() ? "" : ", ").append(TEXT.get("report.added", e.id()));
        }
        for (ElementRef e : r.fix().changed()) {
            b.append(b.isEmpty() ? "" : ", ").append(TEXT.get("report.changed", e.id()));
        }
        return b.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
