package dev.gluefailover.ui;

import dev.gluefailover.aws.AccountScan;
import dev.gluefailover.aws.CancellationSignal;
import dev.gluefailover.aws.ScanClients;
import dev.gluefailover.aws.ScanFile;
import dev.gluefailover.aws.ScanOutcome;
import dev.gluefailover.aws.ScanProgress;
import dev.gluefailover.aws.ScanTarget;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.export.FleetCsv;
import dev.gluefailover.export.FleetHtml;
import dev.gluefailover.files.AtomicFile;
import dev.gluefailover.fleet.FleetRanking;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.fleet.SharedCause;
import dev.gluefailover.fleet.TopRecommendation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The account view's state and logic, without the toolkit: what a scan gave (a {@link FleetReport},
 * ranked by {@link FleetRanking}), the filter and the "only jobs at risk" toggle, each row's texts
 * and sort keys, the shared causes and the parts that could not be read in the user's words, the
 * CSV and HTML exports, and the snapshot a row opens in the explorer. {@link ScanWindow} shows it;
 * the scan and the ranking run on a background thread ({@link #scan}, {@link #rank}), everything
 * else on the JavaFX thread.
 */
public final class ScanViewModel {
    private static final Messages TEXT = Messages.of("scan-window");

    /**
     * One job as the table shows it: the values are the sort keys (booleans sort "no" first, the risk
     * by severity), the texts come from {@link #riskText}, {@link #yesNo} and the fields below.
     *
     * @param rank           the ranking's position, 1 = worst
     * @param chosen         the connection Glue would use; empty when none would be chosen
     * @param spofs          the single points of failure, as sentences joined with "; "
     * @param recommendation the top proven recommendation; empty when there is none
     */
    public record Row(int rank, FleetRow source, Risk risk, String account, String region, String job,
            int connections, String chosen, boolean runWorks, boolean survivesAz, boolean survivesNat,
            boolean survivesEndpoint, String spofs, String recommendation) {

        /** The job's key in the whole scan (account/region/job). */
        public String key() {
            return source.key();
        }

        /** The text the filter searches: job, its connections, account, region, the chosen connection. */
        String searchable() {
            return String.join("\n", job, String.join("\n", source.job().connectionNames()), account, region, chosen)
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** An account or region that could not be read, or whose jobs miss some facts: one line in the user's words. */
    public record Notice(String account, String region, String text, String details) {
    }

    private final TopRecommendation recommendation;
    private FleetReport report = new FleetReport(List.of(), List.of(), List.of());
    private List<Row> rows = List.of();
    private String capturedAt;
    private String filter = "";
    private boolean onlyAtRisk;

    public ScanViewModel(TopRecommendation recommendation) {
        this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
    }

    /** With the design review's top proven recommendation per job. */
    public ScanViewModel() {
        this(TopRecommendation.proven());
    }

    // ---- reading: background thread --------------------------------------------------------------

    /**
     * Each profile in each region (no profile: the default credentials; no region: the profile's).
     * Duplicates are dropped, the order kept.
     */
    public static List<ScanTarget> targets(List<String> profiles, List<String> regions) {
        List<String> ps = profiles.isEmpty() ? Arrays.asList((String) null)
                : List.copyOf(new LinkedHashSet<>(profiles));
        List<String> rs = regions.isEmpty() ? Arrays.asList((String) null) : List.copyOf(new LinkedHashSet<>(regions));
        List<ScanTarget> out = new ArrayList<>();
        for (String p : ps) {
            for (String r : rs) {
                out.add(ScanTarget.profile(p, r));
            }
        }
        return out;
    }

    /** "eu-west-1, us-east-1" or one a line: the regions typed, trimmed, without blanks or repeats. */
    public static List<String> regions(String typed) {
        if (typed == null) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(typed.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /**
     * Reads every target, read-only, at most four at once; a target that cannot be read becomes a
     * failed part. Throws {@link java.util.concurrent.CancellationException} when cancelled.
     */
    public static List<ScanPart> scan(ScanClients clients, List<ScanTarget> targets, ScanProgress progress,
            CancellationSignal cancel) {
        List<ScanOutcome> outcomes = new AccountScan(clients, 4).scan(targets, progress, cancel);
        return outcomes.stream().map(o -> o.failed()
                ? ScanPart.failed(o.account(), o.region(), o.errorCode(), o.message() == null ? "" : o.message())
                : ScanPart.loaded(o.account(), o.region(), o.snapshot())).toList();
    }

    /** A scan file ({@code capture --scan}) or a plain snapshot file, as parts. */
    public static List<ScanPart> read(Path file) throws IOException, SnapshotFormatException {
        List<ScanPart> parts = new ArrayList<>();
        for (ScanFile.Entry e : ScanFile.read(file)) {
            parts.add(e.snapshot() == null ? ScanPart.failed(e.account(), e.region(), e.errorCode(),
                    e.message() == null ? "" : e.message()) : ScanPart.loaded(e.account(), e.region(), e.snapshot()));
        }
        return parts;
    }

    /** Evaluates and ranks the parts (every job with its single-failure matrix): the heavy step. */
    public FleetReport rank(List<ScanPart> parts) {
        return new FleetRanking(RuleSettings.defaults(), recommendation).rank(parts);
    }

    /** The earliest capture time of the parts, for the HTML export's "scanned …". */
    public static String capturedAt(List<ScanPart> parts) {
        return parts.stream().filter(p -> !p.failed()).map(p -> p.snapshot().capturedAt()).filter(Objects::nonNull)
                .min(String::compareTo).orElse(null);
    }

    // ---- showing: JavaFX thread ------------------------------------------------------------------

    /** Shows a ranked scan; the filter and the toggle stay as they were. */
    public void show(FleetReport ranked, String scannedAt) {
        this.report = Objects.requireNonNull(ranked, "ranked");
        this.capturedAt = scannedAt;
        List<Row> out = new ArrayList<>();
        int rank = 0;
        for (FleetRow r : ranked.rows()) {
            out.add(new Row(++rank, r, r.risk(), r.account(), r.region(), r.jobName(), r.connectionCount(),
                    r.chosen().orElse(""), r.runWouldSucceed(), r.survivesAz(), r.survivesNat(), r.survivesEndpoint(),
                    r.singlePointsOfFailure().stream().map(Resilience.SinglePointOfFailure::text)
                            .collect(Collectors.joining("; ")),
                    r.topRecommendation().orElse("")));
        }
        this.rows = List.copyOf(out);
    }

    public FleetReport report() {
        return report;
    }

    /** Every job of the scan, ranked worst first. */
    public List<Row> rows() {
        return rows;
    }

    public void setFilter(String text) {
        filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public void setOnlyAtRisk(boolean on) {
        onlyAtRisk = on;
    }

    public boolean onlyAtRisk() {
        return onlyAtRisk;
    }

    /** Which rows the table shows: the filter's words all in the job, its connections or account; at risk if asked. */
    public Predicate<Row> shown() {
        String[] words = filter.isEmpty() ? new String[0] : filter.split("\\s+");
        boolean risky = onlyAtRisk;
        return row -> {
            if (risky && !row.risk().atRisk()) {
                return false;
            }
            String text = row.searchable();
            for (String w : words) {
                if (!text.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The rows the table shows, in ranking order. */
    public List<Row> shownRows() {
        return rows.stream().filter(shown()).toList();
    }

    /** "12 of 40 jobs". */
    public String countText(int shown) {
        return TEXT.get("count", shown, rows.size());
    }

    /** The ranking's one-line summary ("40 jobs in 2 accounts: …"); empty before a scan. */
    public String summary() {
        return rows.isEmpty() && report.unreadable().isEmpty() ? "" : FleetHtml.summary(report);
    }

    /** Each cause several jobs share, once ("NAT gateway nat-… in … carries 37 jobs alone"). */
    public List<String> sharedCauses() {
        return report.sharedCauses().stream().map(SharedCause::text).toList();
    }

    /**
     * What could not be read, in the user's terms: a whole account or region (by the loader's reason
     * or AWS's error code), and the parts whose snapshot misses some facts. The raw message stays in
     * {@link Notice#details()}.
     */
    public List<Notice> notices() {
        List<Notice> out = new ArrayList<>();
        for (ScanPart p : report.unreadable()) {
            out.add(new Notice(p.account(), p.region(), unreadable(p), TEXT.get("notice.details", p.message())));
        }
        // One line per account and region whose snapshot misses facts (one snapshot serves all its jobs).
        java.util.Set<Snapshot> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (FleetRow r : report.rows()) {
            if (seen.add(r.snapshot()) && !r.snapshot().problems().isEmpty()) {
                String details = r.snapshot().problems().stream().map(p -> p.action() + " (" + p.errorCode() + ")")
                        .distinct().collect(Collectors.joining("; "));
                out.add(new Notice(r.account(), r.region(), TEXT.get("notice.problems", r.account() + " " + r.region(),
                        r.snapshot().problems().size()), TEXT.get("notice.details", details)));
            }
        }
        return out;
    }

    static String unreadable(ScanPart p) {
        String code = p.errorCode();
        String key = "notice." + code;
        if (TEXT.has(key)) {
            return TEXT.get(key, p.account(), p.region());
        }
        // Anything else is AWS's own code: AssumeRole is the only call a target makes before its loader.
        if (p.message() != null && p.message().startsWith("sts:AssumeRole")) {
            return TEXT.get("notice.roleRefused", p.account(), p.region(), code);
        }
        return TEXT.get("notice.other", p.account(), p.region(), code);
    }

    /** The risk in words ("fails under one failure"), as the CLI and the exports say it. */
    public static String riskText(Risk risk) {
        return FleetHtml.riskLabel(risk);
    }

    public static String yesNo(boolean yes) {
        return TEXT.get(yes ? "badge.yes" : "badge.no");
    }

    // ---- exports and opening ---------------------------------------------------------------------

    /** The whole scan as CSV, every job (the filter is a view, the export the record). */
    public String csv() {
        return FleetCsv.render(report);
    }

    public String html() {
        return FleetHtml.render(report, capturedAt);
    }

    public void exportCsv(Path target) throws IOException {
        write(target, csv());
    }

    public void exportHtml(Path target) throws IOException {
        write(target, html());
    }

    private static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        AtomicFile.write(absolute, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What a row opens in the explorer: its job and the network it was scanned with, nothing of the other jobs. */
    public static Snapshot snapshotOf(Row row) {
        GlueJob job = row.source().job();
        return row.source().snapshot().withJobs(List.of(job));
    }

    /** How the explorer's title names an opened row: "scan: job (account, region)". */
    public static String labelOf(Row row) {
        return TEXT.get("opened.label", row.job(), row.account(), row.region());
    }
}
