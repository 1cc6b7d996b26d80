package dev.gluefailover.cli;

import dev.gluefailover.aws.CancellationSignal;
import dev.gluefailover.aws.ScanFile;
import dev.gluefailover.aws.ScanOutcome;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.export.FleetCsv;
import dev.gluefailover.export.FleetHtml;
import dev.gluefailover.fleet.FleetRanking;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.fleet.SharedCause;
import dev.gluefailover.fleet.TopRecommendation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Every Glue job of one or many accounts and regions, each evaluated with its single-failure "
                + "matrix and ranked by risk, worst first (read-only: GetJobs, GetConnections, one shared set of EC2 "
                + "describes per account and region; sts:AssumeRole with --accounts; AWS Config with "
                + "--config-aggregator).",
        footer = {"", "Exit codes: 0 every job survives every single failure;",
                "4 some job's run would fail now or under a single AZ, NAT gateway or endpoint failure;",
                "3 some job would not start now; 2 bad input or usage;",
                "1 an account or region could not be read at all (the others are reported)."})
final class ScanCommand implements Callable<Integer> {
    private static final Messages TEXT = Messages.of("fleet");

    @Mixin
    ScanOptions aws;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Rank the jobs of a snapshot or scan file (from `capture --scan` or --save-scan) offline; "
                    + "repeatable.")
    List<Path> snapshots = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, csv or html.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the answer to this file (atomically) "
            + "instead of standard output.")
    Path out;

    @Option(names = "--save-scan", paramLabel = "FILE",
            description = "Also write what was read as one file (a snapshot, or a scan file for several accounts "
                    + "or regions) that --snapshot reads back.")
    Path saveScan;

    @Spec
    CommandSpec spec;

    /** The scan's output formats. */
    enum Format {
        text, json, csv, html
    }

    /**
     * Fills the top recommendation column: the design review decides it (proven on a fork with the
     * job's single-failure matrix), the scan only shows its title.
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ScanPart> parts = snapshots.isEmpty() ? live(err) : offline();
        if (saveScan != null) {
            List<ScanFile.Entry> entries = parts.stream().map(p -> new ScanFile.Entry(p.account(), p.region(),
                    p.snapshot(), p.errorCode(), p.message())).toList();
            OutputFile.write("--save-scan", saveScan, target -> ScanFile.write(entries, target));
        }
        FleetReport report = new FleetRanking(dev.gluefailover.rules.RuleSettings.defaults(), TopRecommendation.proven())
                .rank(parts);
        for (ScanPart p : report.unreadable()) {
            err.println(TEXT.get("cli.unreadable", p.account(), p.region(), p.errorCode(), p.message()));
        }
        String answer = switch (format) {
            case text -> text(report);
            case json -> JsonReport.write(json(report)) + "\n";
            case csv -> FleetCsv.render(report);
            case html -> FleetHtml.render(report, capturedAt(parts));
        };
        if (out != null) {
            OutputFile.write("--out", out, target -> ExportFile.write(target, answer));
            spec.commandLine().getOut().println(TEXT.get("cli.wrote", out, report.rows().size()));
        } else {
            spec.commandLine().getOut().print(answer);
        }
        spec.commandLine().getOut().flush();
        return exitCode(report);
    }

    /** 3 when a job would not start, 4 when one would fail now or under a single failure, 1 for a part not read. */
    static int exitCode(FleetReport report) {
        Risk worst = report.worst();
        if (worst == Risk.WOULD_NOT_START) {
            return ExitCode.NO_CONNECTION;
        }
        if (worst.atRisk()) {
            return ExitCode.RUN_WOULD_FAIL;
        }
        return report.unreadable().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    /**
     * {@code capture --scan}: every job of the capture's profile and region, read as {@code scan} reads
     * them, written as one file that {@code scan --snapshot} ranks offline.
     */
    static int capture(AwsOptions from, Path target, boolean redact, PrintWriter out, PrintWriter err) {
        ScanOptions options = new ScanOptions();
        if (from.region != null) {
            options.regions.add(from.region);
        }
        if (from.profile != null) {
            options.profiles.add(from.profile);
        }
        options.endpointUrl = from.endpointUrl;
        options.connectTimeout = from.connectTimeout;
        options.readTimeout = from.readTimeout;
        options.maxParallel = 1;
        List<ScanPart> parts = live(options, err);
        dev.gluefailover.snapshot.Redactor redactor = new dev.gluefailover.snapshot.Redactor();
        List<ScanFile.Entry> entries = parts.stream().map(p -> new ScanFile.Entry(p.account(), p.region(),
                p.snapshot() == null ? null : redact ? redactor.redact(p.snapshot()) : p.snapshot(), p.errorCode(),
                p.message())).toList();
        for (ScanPart p : parts) {
            if (p.failed()) {
                err.println(TEXT.get("cli.unreadable", p.account(), p.region(), p.errorCode(), p.message()));
            }
        }
        if (entries.stream().allMatch(e -> e.snapshot() == null)) {
            return ExitCode.ERROR;
        }
        OutputFile.write("--out", target, t -> ScanFile.write(entries, t));
        int jobs = entries.stream().filter(e -> e.snapshot() != null).mapToInt(e -> e.snapshot().jobs().size()).sum();
        out.println(TEXT.get("cli.captured", target, jobs, entries.size()));
        return ExitCode.OK;
    }

    private List<ScanPart> live(PrintWriter err) {
        return live(aws, err);
    }

    private static List<ScanPart> live(ScanOptions aws, PrintWriter err) {
        CancellationSignal.Flag cancel = new CancellationSignal.Flag();
        // Ctrl+C: the scan's threads stop at their next call; nothing has been written yet (outputs are atomic).
        Thread hook = new Thread(cancel::cancel, "scan-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<ScanOutcome> outcomes = aws.scan(ScanOptions.progressLine(err), cancel);
            return outcomes.stream().map(o -> o.failed() ? ScanPart.failed(o.account(), o.region(), o.errorCode(),
                    o.message()) : ScanPart.loaded(o.account(), o.region(), o.snapshot())).toList();
        } catch (CancellationException e) {
            throw new UserInputException(TEXT.get("cli.cancelled"));
        } finally {
            ScanOptions.endProgressLine(err);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl+C): the hook has run
            }
        }
    }

    private List<ScanPart> offline() {
        List<ScanPart> parts = new ArrayList<>();
        for (Path file : snapshots) {
            try {
                if (!Files.exists(file)) {
                    throw new NoSuchFileException(file.toString());
                }
                for (ScanFile.Entry e : ScanFile.read(file)) {
                    parts.add(e.snapshot() == null ? ScanPart.failed(e.account(), e.region(), e.errorCode(), e.message())
                            : ScanPart.loaded(e.account(), e.region(), e.snapshot()));
                }
            } catch (NoSuchFileException e) {
                throw new UserInputException("snapshot file not found: " + file);
            } catch (SnapshotFormatException e) {
                throw new UserInputException(e.getMessage(), e);
            } catch (IOException e) {
                throw new UserInputException("cannot read snapshot file " + file + ": " + OutputFile.reason(e), e);
            }
        }
        return parts;
    }

    private static String capturedAt(List<ScanPart> parts) {
        return parts.stream().filter(p -> !p.failed()).map(p -> p.snapshot().capturedAt()).filter(c -> c != null)
                .min(String::compareTo).orElse(null);
    }

    // ---- text ---------------------------------------------------------------------------------

    static String text(FleetReport r) {
        StringBuilder b = new StringBuilder(FleetHtml.summary(r)).append('\n');
        if (!r.sharedCauses().isEmpty()) {
            b.append('\n').append(TEXT.get("heading.sharedCauses")).append('\n');
            r.sharedCauses().forEach(c -> b.append("  ").append(c.text()).append('\n'));
        }
        if (!r.rows().isEmpty()) {
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {TEXT.get("column.rank"), TEXT.get("column.risk"), TEXT.get("column.account"),
                TEXT.get("column.region"), TEXT.get("column.job"), TEXT.get("column.chosen"), "AZ", "NAT", "VPCE"});
            int rank = 0;
            for (FleetRow row : r.rows()) {
                table.add(new String[] {String.valueOf(++rank), FleetHtml.riskLabel(row.risk()), row.account(),
                    row.region(), row.jobName(), row.chosen().orElse("-"), yesNo(row.survivesAz()),
                    yesNo(row.survivesNat()), yesNo(row.survivesEndpoint())});
            }
            int[] width = new int[table.get(0).length];
            table.forEach(line -> {
                for (int i = 0; i < line.length; i++) {
                    width[i] = Math.max(width[i], line[i].length());
                }
            });
            b.append('\n');
            for (String[] line : table) {
                StringBuilder l = new StringBuilder();
                for (int i = 0; i < line.length; i++) {
                    l.append(i == 0 ? "" : "  ").append(i == line.length - 1 ? line[i]
                            : String.format("%-" + width[i] + "s", line[i]));
                }
                b.append(l.toString().stripTrailing()).append('\n');
            }
            // Per job at risk: what it rests on alone, the recommendation, what AWS would not say.
            for (FleetRow row : r.rows()) {
                List<String> notes = new ArrayList<>();
                row.singlePointsOfFailure().forEach(p -> notes.add(p.text()));
                row.topRecommendation().ifPresent(t -> notes.add(TEXT.get("cli.recommendation", t)));
                row.problems().forEach(p -> notes.add(TEXT.get("cli.problem", p.action(), p.errorCode())));
                if (!notes.isEmpty() && row.risk().atRisk()) {
                    b.append('\n').append(row.key()).append('\n');
                    notes.forEach(n -> b.append("  - ").append(n).append('\n'));
                }
            }
        }
        if (!r.unreadable().isEmpty()) {
            b.append('\n').append(TEXT.get("heading.unreadable")).append('\n');
            r.unreadable().forEach(p -> b.append("  ").append(p.account()).append(' ').append(p.region()).append(": ")
                    .append(p.errorCode()).append(" — ").append(p.message()).append('\n'));
        }
        return b.toString();
    }

    private static String yesNo(boolean yes) {
        return TEXT.get(yes ? "badge.yes" : "badge.no");
    }

    // ---- JSON ---------------------------------------------------------------------------------

    /**
     * {@code summary}, {@code sharedCauses}, {@code unreadable} and {@code jobs}: one object per job with
     * the same fields as {@code check}'s JSON (resilience included) plus {@code account}, {@code rank},
     * {@code risk}, {@code topRecommendation} and {@code loadProblems}.
     */
    static Map<String, Object> json(FleetReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("jobs", r.rows().size());
        summary.put("accounts", r.accountCount());
        for (Risk risk : Risk.values()) {
            summary.put(risk.name(), r.count(risk));
        }
        summary.put("worst", r.worst().name());
        summary.put("exitCode", exitCode(r));
        m.put("summary", summary);
        List<Object> causes = new ArrayList<>();
        for (SharedCause c : r.sharedCauses()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("kind", c.kind().name());
            cm.put("elements", c.elements().stream().map(e -> Map.of("kind", e.kind().name(), "id", e.id())).toList());
            cm.put("label", c.label());
            cm.put("jobCount", c.jobCount());
            cm.put("jobs", c.jobKeys());
            cm.put("text", c.text());
            causes.add(cm);
        }
        m.put("sharedCauses", causes);
        m.put("unreadable", r.unreadable().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("account", p.account());
            pm.put("region", p.region());
            pm.put("errorCode", p.errorCode());
            pm.put("message", p.message());
            return pm;
        }).toList());
        Map<Snapshot, List<Map<String, Object>>> warnings = new IdentityHashMap<>();
        List<Object> jobs = new ArrayList<>();
        int rank = 0;
        for (FleetRow row : r.rows()) {
            Map<String, Object> jm = new LinkedHashMap<>();
            jm.put("rank", ++rank);
            jm.put("account", row.account());
            jm.put("risk", row.risk().name());
            Map<String, Object> check = JsonReport.check(row.evaluation(), row.snapshot(), row.resilience(),
                    warnings.computeIfAbsent(row.snapshot(), JsonReport::problems));
            check.put("region", row.region());
            jm.putAll(check);
            jm.put("topRecommendation", row.topRecommendation().orElse(null));
            jm.put("loadProblems", row.problems().stream().map(ScanCommand::problem).toList());
            jm.put("singlePointsOfFailure", row.singlePointsOfFailure().stream()
                    .map(Resilience.SinglePointOfFailure::text).toList());
            jobs.add(jm);
        }
        m.put("jobs", jobs);
        return m;
    }

    private static Map<String, Object> problem(LoadProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", p.action());
        m.put("errorCode", p.errorCode());
        m.put("message", p.message());
        m.put("resourceIds", p.resourceIds());
        return m;
    }
}
