package dev.gluefailover.export;

import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.engine.Resilience;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scan as CSV (RFC 4180, UTF-8, CRLF line ends), one row per job in ranking order: a stable
 * contract for spreadsheets and pipelines, so the header is English and fixed (README "Scan an
 * account"). A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe: job and connection names come from the accounts scanned.
 */
public final class FleetCsv {
    public static final List<String> HEADER = List.of("rank", "account", "region", "job", "risk", "outcome",
            "connections", "chosen", "runWouldSucceed", "survivesAzOutage", "survivesNatGatewayFailure",
            "survivesEndpointRemoval", "singlePointsOfFailure", "topRecommendation", "loadProblems");

    private FleetCsv() {
    }

    public static String render(FleetReport report) {
        StringBuilder b = new StringBuilder();
        line(b, HEADER);
        int rank = 0;
        for (FleetRow r : report.rows()) {
            line(b, List.of(String.valueOf(++rank), r.account(), r.region(), r.jobName(), r.risk().name(),
                    r.outcome().name(), String.valueOf(r.connectionCount()), r.chosen().orElse(""),
                    String.valueOf(r.runWouldSucceed()), String.valueOf(r.survivesAz()), String.valueOf(r.survivesNat()),
                    String.valueOf(r.survivesEndpoint()),
                    r.singlePointsOfFailure().stream().map(Resilience.SinglePointOfFailure::text)
                            .collect(Collectors.joining("; ")),
                    r.topRecommendation().orElse(""),
                    r.problems().stream().map(FleetCsv::problem).collect(Collectors.joining("; "))));
        }
        // Accounts or regions that could not be read keep a row, so a spreadsheet does not silently lose them.
        for (ScanPart p : report.unreadable()) {
            line(b, List.of("", p.account(), p.region(), "", "UNREADABLE", "", "", "", "", "", "", "", "", "",
                    p.errorCode() + ": " + p.message()));
        }
        return b.toString();
    }

    private static String problem(LoadProblem p) {
        return p.action() + " (" + p.errorCode() + ")";
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
