package dev.gluefailover.export;

import dev.gluefailover.engine.Resilience;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.fleet.SharedCause;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.LoadProblem;
import java.util.stream.Collectors;

/**
 * The scan as one self-contained HTML page (no scripts, no external files): the summary, the causes
 * several jobs share, and the jobs ranked worst first with their badges. Everything from the accounts
 * is escaped.
 */
public final class FleetHtml {
    private static final Messages TEXT = Messages.of("fleet");

    private FleetHtml() {
    }

    public static String render(FleetReport report, String capturedAt) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(Messages.language().getLanguage()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(TEXT.get("html.title"))).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#1f2328}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;")
                .append("padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}\n")
                .append(".badge{display:inline-block;padding:1px 6px;border-radius:8px;font-size:85%;color:#fff}\n")
                .append(".yes{background:#1a7f37}.no{background:#cf222e}.risk-WOULD_NOT_START{background:#82071e}")
                .append(".risk-RUN_FAILS_NOW{background:#cf222e}.risk-CHOICE_UNKNOWN{background:#6e7781}")
                .append(".risk-FAILS_UNDER_SINGLE_FAILURE{background:#bc4c00}.risk-SURVIVES{background:#1a7f37}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(TEXT.get("html.title"))).append("</h1>\n<p>")
                .append(esc(summary(report))).append(capturedAt == null ? "" : " " + esc(TEXT.get("html.captured",
                        capturedAt))).append("</p>\n");
        if (!report.sharedCauses().isEmpty()) {
            b.append("<h2>").append(esc(TEXT.get("heading.sharedCauses"))).append("</h2>\n<ul>\n");
            for (SharedCause c : report.sharedCauses()) {
                b.append("<li>").append(esc(c.text())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        if (!report.unreadable().isEmpty()) {
            b.append("<h2>").append(esc(TEXT.get("heading.unreadable"))).append("</h2>\n<ul>\n");
            for (ScanPart p : report.unreadable()) {
                b.append("<li>").append(esc(p.account() + " " + p.region() + ": " + p.errorCode() + " — " + p.message()))
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<h2>").append(esc(TEXT.get("heading.jobs"))).append("</h2>\n<table>\n<thead><tr>");
        for (String key : new String[] {"column.rank", "column.risk", "column.account", "column.region", "column.job",
            "column.connections", "column.chosen", "column.run", "column.az", "column.nat", "column.endpoint",
            "column.spofs", "column.recommendation", "column.problems"}) {
            b.append("<th>").append(esc(TEXT.get(key))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        int rank = 0;
        for (FleetRow r : report.rows()) {
            b.append("<tr><td>").append(++rank).append("</td><td><span class=\"badge risk-").append(r.risk().name())
                    .append("\">").append(esc(riskLabel(r.risk()))).append("</span></td><td>").append(esc(r.account()))
                    .append("</td><td>").append(esc(r.region())).append("</td><td>").append(esc(r.jobName()))
                    .append("</td><td>").append(r.connectionCount()).append("</td><td>")
                    .append(esc(r.chosen().orElse("—"))).append("</td>")
                    .append(badge(r.runWouldSucceed())).append(badge(r.survivesAz())).append(badge(r.survivesNat()))
                    .append(badge(r.survivesEndpoint())).append("<td>")
                    .append(esc(r.singlePointsOfFailure().stream().map(Resilience.SinglePointOfFailure::text)
                            .collect(Collectors.joining("; "))))
                    .append("</td><td>").append(esc(r.topRecommendation().orElse(""))).append("</td><td>")
                    .append(esc(r.problems().stream().map(FleetHtml::problem).collect(Collectors.joining("; "))))
                    .append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    /** "12 jobs in 2 accounts: 1 would not start, …" in the current language. */
    public static String summary(FleetReport r) {
        return TEXT.get("summary", r.rows().size(), r.accountCount(), r.count(Risk.WOULD_NOT_START),
                r.count(Risk.RUN_FAILS_NOW), r.count(Risk.CHOICE_UNKNOWN), r.count(Risk.FAILS_UNDER_SINGLE_FAILURE),
                r.count(Risk.SURVIVES));
    }

    public static String riskLabel(Risk risk) {
        return TEXT.get("risk." + risk.name());
    }

    private static String problem(LoadProblem p) {
        return p.action() + " (" + p.errorCode() + ")";
    }

    private static String badge(boolean yes) {
        return "<td><span class=\"badge " + (yes ? "yes" : "no") + "\">" + esc(TEXT.get(yes ? "badge.yes" : "badge.no"))
                + "</span></td>";
    }

    /** The review's HTML escaping (also keeps control characters out of the page). */
    static String esc(String s) {
        return HtmlReport.esc(s);
    }
}
