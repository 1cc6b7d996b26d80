package dev.gluefailover.export;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The design review as one self-contained HTML file: the job and the verdict, the rule set and the
 * inferences it rests on, the simulated failures, the resilience summary and single points of
 * failure, the diagram (inline SVG from {@link SvgDiagram}, scaled to the page), every connection
 * with every check, its evidence and source links, the single-failure matrix, the recommendations
 * (rendered from what the caller passes), the snapshot's assumptions, the sources, where the data
 * came from and when the review was written.
 *
 * <p>Nothing is fetched: the CSS is inline, there is no script, no web font, no image; the only
 * addresses are the sources' links. Every name is escaped (names come from AWS and files). The
 * light palette and {@code @media print} rules (A4 or Letter via {@code @page size: auto}, a page
 * per part, tables that repeat their header) make it a document a reviewer can print.
 */
public final class HtmlReport {
    private static final Messages TEXT = Messages.of("report");

    private HtmlReport() {
    }

    /**
     * What the review shows.
     *
     * @param matrix          the single-failure matrix on top of the evaluation's simulation
     * @param resilience      its summary (null: worked out from the matrix)
     * @param diagram         the geometry to draw (null: the default layout of the job)
     * @param recommendations the proven recommendations; null when they were not worked out, empty when
     *                        there is nothing to recommend
     * @param generatedAt     when the review was written
     */
    public record Input(Snapshot snapshot, Evaluation evaluation, WhatIfMatrix matrix, Resilience resilience,
            RuleSettings settings, Diagram diagram, List<HtmlRecommendation> recommendations, Instant generatedAt) {
        public Input {
            recommendations = recommendations == null ? null : List.copyOf(recommendations);
            generatedAt = generatedAt == null ? Instant.now() : generatedAt;
        }
    }

    public static String render(Input in) {
        return new Writer(in).write();
    }

    /** Escapes text for an HTML element or a quoted attribute. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters (but tab and newline) have no business in a document
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final class Writer {
        final Input in;
        final Snapshot snapshot;
        final Evaluation e;
        final SnapshotIndex index;
        final Resilience resilience;
        final RuleSettings settings;
        final StringBuilder out = new StringBuilder(256 * 1024);
        final Set<Source> sourcesCited = new LinkedHashSet<>();

        Writer(Input in) {
            this.in = in;
            this.snapshot = in.snapshot();
            this.e = in.evaluation();
            this.index = new SnapshotIndex(snapshot);
            this.resilience = in.resilience() != null ? in.resilience()
                    : in.matrix() == null ? null : Resilience.of(index, e, in.matrix());
            this.settings = in.settings() == null ? RuleSettings.defaults() : in.settings();
        }

        String write() {
            GlueJob job = e.job();
            String lang = Messages.language().getLanguage();
            out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"generator\" content=\"Glue Failover Explorer\">\n")
                    .append("<title>").append(esc(TEXT.get("title", job.name()))).append("</title>\n")
                    .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
            cover(job);
            basis();
            resilience();
            diagram();
            connections();
            matrix();
            recommendations();
            assumptions();
            allSettings();
            sources();
            out.append("<footer class=\"r-footer\">").append(esc(TEXT.get("footer", generated(),
                    snapshot.source() == null ? "-" : snapshot.source()))).append("</footer>\n");
            out.append("</body>\n</html>\n");
            return out.toString();
        }

        String generated() {
            return in.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        }

        // --- the parts ----------------------------------------------------------------------

        void cover(GlueJob job) {
            out.append("<header class=\"r-cover\">\n<p class=\"r-kicker\">").append(esc(TEXT.get("kicker")))
                    .append("</p>\n<h1>").append(esc(TEXT.get("title", job.name()))).append("</h1>\n");
            out.append("<p class=\"r-headline r-outcome-").append(outcomeClass(e.outcome())).append("\">")
                    .append(esc(e.headline())).append("</p>\n");
            out.append("<table class=\"r-facts\">\n");
            fact(TEXT.get("fact.job"), job.name());
            fact(TEXT.get("fact.source"), snapshot.source());
            fact(TEXT.get("fact.captured"), snapshot.capturedAt() == null ? TEXT.get("fact.notRecorded")
                    : snapshot.capturedAt());
            fact(TEXT.get("fact.generated"), generated());
            fact(TEXT.get("fact.region"), snapshot.region().name() + (snapshot.region().accountId() == null ? ""
                    : " · " + snapshot.region().accountId()));
            fact(TEXT.get("fact.ruleSet"), e.ruleSet());
            fact(TEXT.get("fact.workers"), job.numberOfWorkers() == null ? "-"
                    : job.numberOfWorkers() + " × " + job.workerType());
            fact(TEXT.get("fact.retries"), String.valueOf(job.retries()));
            fact(TEXT.get("fact.glueVersion"), (job.glueVersion() == null ? "-" : job.glueVersion())
                    + switch (e.versionScope()) {
                        case DOCUMENTED -> "";
                        case ASSUMED_AS_5_1 -> " — " + TEXT.get("fact.versionAssumed");
                        case UNDOCUMENTED -> " — " + TEXT.get("fact.versionUndocumented");
                    });
            if (job.role() != null) {
                fact(TEXT.get("fact.role"), job.role());
            }
            fact(TEXT.get("fact.failures"), e.simulation().isEmpty() ? TEXT.get("none")
                    : String.join("; ", e.simulation().failures().stream().map(SimulatedFailure::describe).toList()));
            out.append("</table>\n</header>\n");
        }

        void fact(String label, String value) {
            out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>")
                    .append(esc(value == null ? "-" : value)).append("</td></tr>\n");
        }

        void basis() {
            out.append("<section class=\"r-section\" id=\"r-basis\">\n<h2>").append(esc(TEXT.get("basis.title")))
                    .append("</h2>\n");
            List<String> behind = e.inferencesBehindVerdict();
            out.append("<p>").append(esc(behind.isEmpty() ? TEXT.get("basis.none")
                    : TEXT.get("basis.restsOn", String.join(", ", behind)))).append("</p>\n");
            if (!e.uncertainty().isEmpty()) {
                out.append("<p class=\"r-warn\"><strong>").append(esc(TEXT.get("basis.uncertain")))
                        .append("</strong> ").append(esc(String.join("; ", e.uncertainty()))).append("</p>\n");
            }
            for (String n : e.notes()) {
                out.append("<p class=\"r-note\">").append(esc(n)).append("</p>\n");
            }
            List<Setting> shown = new ArrayList<>();
            for (Setting st : Setting.values()) {
                if (st.isInference() && (usedBy(behind, st) || !settings.value(st).equals(st.defaultValue()))) {
                    shown.add(st);
                }
            }
            if (shown.isEmpty()) {
                out.append("<p class=\"r-muted\">").append(esc(TEXT.get("basis.allDefaults"))).append("</p>\n");
            } else {
                settingsTable(shown, behind);
            }
            out.append("</section>\n");
        }

        static boolean usedBy(List<String> behind, Setting s) {
            return behind.stream().anyMatch(b -> b.equals(s.key()) || b.startsWith(s.key() + " "));
        }

        void settingsTable(List<Setting> rows, List<String> behind) {
            out.append("<table class=\"r-table r-settings\">\n<colgroup><col class=\"r-w40\"><col class=\"r-w20\">"
                    + "<col class=\"r-w20\"><col class=\"r-w20\"></colgroup>\n<thead><tr><th>")
                    .append(esc(TEXT.get("basis.setting"))).append("</th><th>").append(esc(TEXT.get("basis.value")))
                    .append("</th><th>").append(esc(TEXT.get("basis.default"))).append("</th><th>")
                    .append(esc(TEXT.get("basis.decides"))).append("</th></tr></thead>\n<tbody>\n");
            for (Setting s : rows) {
                boolean used = usedBy(behind, s);
                String value = settings.value(s);
                out.append("<tr").append(used ? " class=\"r-used\"" : "").append("><td><code>").append(esc(s.key()))
                        .append("</code><br><span class=\"r-muted\">").append(esc(s.title())).append("</span></td><td>")
                        .append(esc(value)).append(value.equals(s.defaultValue()) ? "" : " <strong>("
                                + esc(TEXT.get("basis.changed")) + ")</strong>")
                        .append("</td><td>").append(esc(s.defaultValue())).append("</td><td>")
                        .append(esc(used ? TEXT.get("yes") : "-")).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }

        /** Every inference setting and its value: the appendix a reviewer checks the rule set against. */
        void allSettings() {
            out.append("<section class=\"r-section\" id=\"r-settings\">\n<h2>").append(esc(TEXT.get("settings.title")))
                    .append("</h2>\n");
            settingsTable(java.util.Arrays.stream(Setting.values()).filter(Setting::isInference).toList(),
                    e.inferencesBehindVerdict());
            out.append("</section>\n");
        }

        void resilience() {
            out.append("<section class=\"r-section\" id=\"r-resilience\">\n<h2>")
                    .append(esc(TEXT.get("resilience.title"))).append("</h2>\n");
            if (resilience == null) {
                out.append("<p>").append(esc(TEXT.get("resilience.none"))).append("</p>\n</section>\n");
                return;
            }
            if (e.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
                out.append("<p class=\"r-warn\">").append(esc(TEXT.get("resilience.unknown"))).append("</p>\n");
            }
            out.append("<ul class=\"r-badges\">\n");
            for (WhatIfMatrix.Summary s : resilience.summaries()) {
                out.append("<li class=\"r-badge ").append(s.survives() ? "r-yes" : "r-no").append("\"><span>")
                        .append(esc(TEXT.get("resilience.kind." + kindKey(s.kind())))).append("</span> <strong>")
                        .append(esc(s.survives() ? TEXT.get("yes") : TEXT.get("no"))).append("</strong>")
                        .append(s.candidates() == 0 ? " <span class=\"r-muted\">(" + esc(TEXT.get("resilience.noneToFail"))
                                + ")</span>" : "")
                        .append("</li>\n");
            }
            out.append("</ul>\n");
            List<WhatIfMatrix.Outcome> failing = resilience.failingScenarios();
            if (!failing.isEmpty()) {
                out.append("<h3>").append(esc(TEXT.get("resilience.failing"))).append("</h3>\n<ul>\n");
                for (WhatIfMatrix.Outcome o : failing) {
                    out.append("<li><strong>").append(esc(o.label())).append("</strong> ").append(esc(o.describe()))
                            .append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("<h3>").append(esc(TEXT.get("resilience.spof"))).append("</h3>\n");
            if (resilience.singlePointsOfFailure().isEmpty()) {
                out.append("<p>").append(esc(TEXT.get("resilience.noSpof"))).append("</p>\n");
            } else {
                out.append("<ul class=\"r-spof\">\n");
                for (Resilience.SinglePointOfFailure p : resilience.singlePointsOfFailure()) {
                    out.append("<li>").append(esc(p.text()));
                    p.scenario().ifPresent(o -> out.append(" <span class=\"r-muted\">— ").append(esc(o.label()))
                            .append(": ").append(esc(o.describe())).append("</span>"));
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }

        void diagram() {
            Diagram d = in.diagram() != null ? in.diagram()
                    : DiagramLayout.compute(index, e.job(), LayoutOptions.defaults());
            String svg = SvgDiagram.render(index, d, e, false);
            out.append("<section class=\"r-section r-page\" id=\"r-diagram\">\n<h2>")
                    .append(esc(TEXT.get("diagram.title"))).append("</h2>\n<figure class=\"r-figure\">\n")
                    .append(forPage(svg)).append("<figcaption>").append(esc(TEXT.get("diagram.caption")))
                    .append("</figcaption>\n</figure>\n</section>\n");
        }

        /** The standalone SVG as an inline one: no XML declaration, as wide as the page, its height from the viewBox. */
        static String forPage(String svg) {
            String s = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
            int end = s.indexOf('>');
            String open = s.substring(0, end).replaceFirst(" width=\"[^\"]*\"", " width=\"100%\"")
                    .replaceFirst(" height=\"[^\"]*\"", "")
                    + " preserveAspectRatio=\"xMidYMin meet\" role=\"img\"";
            return open + s.substring(end);
        }

        void connections() {
            out.append("<section class=\"r-section r-page\" id=\"r-connections\">\n<h2>")
                    .append(esc(TEXT.get("connections.title"))).append("</h2>\n");
            if (e.connections().isEmpty()) {
                out.append("<p>").append(esc(TEXT.get("connections.none"))).append("</p>\n</section>\n");
                return;
            }
            out.append("<table class=\"r-table\">\n<thead><tr><th>#</th><th>").append(esc(TEXT.get("col.connection")))
                    .append("</th><th>").append(esc(TEXT.get("col.verdict"))).append("</th><th>")
                    .append(esc(TEXT.get("col.az"))).append("</th><th>").append(esc(TEXT.get("col.subnet")))
                    .append("</th><th>").append(esc(TEXT.get("col.why"))).append("</th></tr></thead>\n<tbody>\n");
            for (ConnectionEvaluation c : e.connections()) {
                out.append("<tr><td>").append(c.order()).append("</td><td><a href=\"#r-conn-").append(c.order())
                        .append("\">").append(esc(c.name())).append("</a></td><td>").append(verdict(c.verdict()))
                        .append("</td><td>").append(esc(zone(c))).append("</td><td><code>")
                        .append(esc(c.subnetId() == null ? "-" : c.subnetId())).append("</code></td><td>")
                        .append(esc(why(c))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            for (ConnectionEvaluation c : e.connections()) {
                connection(c);
            }
            out.append("</section>\n");
        }

        void connection(ConnectionEvaluation c) {
            out.append("<article class=\"r-conn\" id=\"r-conn-").append(c.order()).append("\">\n<h3>#")
                    .append(c.order()).append(' ').append(esc(c.name())).append(' ').append(verdict(c.verdict()))
                    .append("</h3>\n<p class=\"r-muted\">").append(esc(zone(c))).append(" · <code>")
                    .append(esc(c.subnetId() == null ? "-" : c.subnetId())).append("</code></p>\n");
            out.append("<table class=\"r-table r-checks\">\n<colgroup><col class=\"r-w7\"><col class=\"r-w22\">"
                    + "<col class=\"r-w9\"><col class=\"r-w31\"><col class=\"r-w21\"><col class=\"r-w10\"></colgroup>\n"
                    + "<thead><tr><th>").append(esc(TEXT.get("col.status")))
                    .append("</th><th>").append(esc(TEXT.get("col.check"))).append("</th><th>")
                    .append(esc(TEXT.get("col.kind"))).append("</th><th>").append(esc(TEXT.get("col.message")))
                    .append("</th><th>").append(esc(TEXT.get("col.evidence"))).append("</th><th>")
                    .append(esc(TEXT.get("col.source"))).append("</th></tr></thead>\n<tbody>\n");
            for (CheckResult r : c.checks()) {
                out.append("<tr class=\"r-check r-").append(r.status().name().toLowerCase(Locale.ROOT))
                        .append("\" data-code=\"").append(esc(r.code())).append("\"><td><span class=\"r-status\">")
                        .append(esc(r.status().name())).append("</span></td><td><code>").append(esc(r.code()))
                        .append("</code><br>").append(esc(r.title())).append("</td><td>").append(esc(r.kindLabel()))
                        .append("</td><td>").append(esc(r.message())).append("</td><td>");
                evidence(r);
                out.append("</td><td>");
                source(r);
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</article>\n");
        }

        void evidence(CheckResult r) {
            if (r.typedEvidence().isEmpty()) {
                out.append('-');
                return;
            }
            out.append("<ul class=\"r-evidence\">");
            for (Evidence ev : r.typedEvidence()) {
                out.append("<li><span class=\"r-key\">").append(esc(ev.key())).append("</span> ")
                        .append(esc(ev.value())).append("</li>");
            }
            out.append("</ul>");
        }

        void source(CheckResult r) {
            out.append("<span class=\"r-tag\">").append(esc(r.check().tag().label())).append("</span> ");
            List<String> links = new ArrayList<>();
            for (Source s : r.check().sources()) {
                sourcesCited.add(s);
                links.add("<a href=\"" + esc(s.url()) + "\" title=\"" + esc(s.title()) + "\">" + esc(s.name())
                        + "</a>");
            }
            out.append(String.join(", ", links));
            if (!r.settingsUsed().isEmpty()) {
                out.append("<br><span class=\"r-muted\">").append(esc(TEXT.get("check.settings",
                        String.join(", ", r.settingsUsed())))).append("</span>");
            }
        }

        void matrix() {
            out.append("<section class=\"r-section r-page\" id=\"r-matrix\">\n<h2>").append(esc(TEXT.get("matrix.title")))
                    .append("</h2>\n");
            WhatIfMatrix m = in.matrix();
            if (m == null) {
                out.append("<p>").append(esc(TEXT.get("matrix.none"))).append("</p>\n</section>\n");
                return;
            }
            out.append("<p>").append(esc(m.base().isEmpty() ? TEXT.get("matrix.onTopOfNothing")
                    : TEXT.get("matrix.onTopOf", String.join("; ", m.base().failures().stream()
                            .map(SimulatedFailure::describe).toList())))).append("</p>\n");
            out.append("<table class=\"r-table r-matrix\">\n<thead><tr><th>").append(esc(TEXT.get("col.failure")))
                    .append("</th><th>").append(esc(TEXT.get("col.chosen"))).append("</th><th>")
                    .append(esc(TEXT.get("col.run"))).append("</th></tr></thead>\n<tbody>\n");
            List<WhatIfMatrix.Outcome> rows = new ArrayList<>();
            rows.add(m.baseline());
            rows.addAll(m.singles());
            rows.addAll(m.pairs());
            for (WhatIfMatrix.Outcome o : rows) {
                out.append("<tr class=\"").append(o.survives() ? "r-yes" : "r-no").append("\"><td>")
                        .append(esc(o.label())).append("</td><td>")
                        .append(o.chosen() == null ? "<strong>" + esc(TEXT.get("matrix.noConnection")) + "</strong>"
                                : "#" + o.chosenOrder() + " " + esc(o.chosen()))
                        .append("</td><td>").append(esc(o.chosen() == null ? o.describe()
                                : o.runWouldSucceed() ? TEXT.get("matrix.works")
                                        : TEXT.get("matrix.fails", String.join(", ", o.failedRunChecks()))))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        void recommendations() {
            out.append("<section class=\"r-section r-page\" id=\"r-recommendations\">\n<h2>")
                    .append(esc(TEXT.get("recommendations.title"))).append("</h2>\n");
            List<HtmlRecommendation> list = in.recommendations();
            if (list == null) {
                out.append("<p class=\"r-muted\">").append(esc(TEXT.get("recommendations.notWorkedOut")))
                        .append("</p>\n</section>\n");
                return;
            }
            if (list.isEmpty()) {
                out.append("<p>").append(esc(TEXT.get("recommendations.none"))).append("</p>\n</section>\n");
                return;
            }
            int n = 1;
            for (HtmlRecommendation r : list) {
                out.append("<article class=\"r-rec\">\n<h3>").append(n++).append(". ").append(esc(r.title()))
                        .append("</h3>\n<p>").append(esc(r.reason())).append("</p>\n");
                if (!r.beforeAfter().isEmpty()) {
                    out.append("<ul class=\"r-proof\">\n");
                    r.beforeAfter().forEach(l -> out.append("<li>").append(esc(l)).append("</li>\n"));
                    out.append("</ul>\n");
                }
                if (!r.commands().isEmpty()) {
                    out.append("<pre class=\"r-commands\"><code>").append(esc(String.join("\n", r.commands())))
                            .append("</code></pre>\n");
                }
                out.append("</article>\n");
            }
            out.append("</section>\n");
        }

        void assumptions() {
            List<Assumption> list = snapshot.assumptions();
            if (list.isEmpty()) {
                return;
            }
            out.append("<section class=\"r-section\" id=\"r-assumptions\">\n<h2>")
                    .append(esc(TEXT.get("assumptions.title"))).append("</h2>\n<p>")
                    .append(esc(TEXT.get("assumptions.intro"))).append("</p>\n<table class=\"r-table\">\n<thead><tr><th>")
                    .append(esc(TEXT.get("col.element"))).append("</th><th>").append(esc(TEXT.get("col.field")))
                    .append("</th><th>").append(esc(TEXT.get("col.assumed"))).append("</th></tr></thead>\n<tbody>\n");
            for (Assumption a : list) {
                out.append("<tr><td><code>").append(esc(a.elementId() == null ? "-" : a.elementId()))
                        .append("</code></td><td>").append(esc(a.field() == null ? "-" : a.field())).append("</td><td>")
                        .append(esc(a.text())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        void sources() {
            out.append("<section class=\"r-section\" id=\"r-sources\">\n<h2>").append(esc(TEXT.get("sources.title")))
                    .append("</h2>\n<p>").append(esc(TEXT.get("sources.tags"))).append("</p>\n<ul class=\"r-sources\">\n");
            for (Source s : sourcesCited) {
                out.append("<li><strong>").append(esc(s.name())).append("</strong> <a href=\"").append(esc(s.url()))
                        .append("\">").append(esc(s.title())).append("</a><br><span class=\"r-url\">")
                        .append(esc(s.url())).append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        // --- words ---------------------------------------------------------------------------

        static String verdict(Verdict v) {
            return "<span class=\"r-verdict r-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">"
                    + esc(v.name()) + "</span>";
        }

        static String zone(ConnectionEvaluation c) {
            if (c.availabilityZone() == null) {
                return "-";
            }
            return c.availabilityZone() + (c.availabilityZoneId() == null ? "" : " (" + c.availabilityZoneId() + ")");
        }

        static String why(ConnectionEvaluation c) {
            if (c.launchStop().isPresent()) {
                return TEXT.get("why.launchStop", c.launchStop().get().code());
            }
            if (c.verdict() == Verdict.CHOSEN || c.verdict() == Verdict.PASSES) {
                List<String> failing = c.runChecks().stream().filter(r -> !r.status().passes())
                        .map(CheckResult::code).toList();
                return failing.isEmpty() ? TEXT.get("why.passes") : TEXT.get("why.runFails", String.join(", ", failing));
            }
            return c.blockingCheck().map(CheckResult::code).orElse("");
        }

        static String outcomeClass(Evaluation.Outcome o) {
            return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static String kindKey(String kind) {
            return switch (kind) {
                case "AZ outage" -> "az";
                case "NAT gateway failure" -> "nat";
                case "endpoint removal" -> "endpoint";
                default -> "pairs";
            };
        }
    }

    /** Light palette only: a review is read on paper as often as on a screen. */
    private static final String CSS = """
            :root { color-scheme: light; }
            html { background: #ffffff; }
            body { margin: 0 auto; max-width: 1100px; padding: 24px 32px; color: #1f2328; background: #ffffff;
              font: 14px/1.45 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
            h1 { font-size: 26px; margin: 4px 0 12px; }
            h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
            h3 { font-size: 16px; margin: 18px 0 6px; }
            code, pre { font-family: 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace;
              font-size: 12.5px; }
            a { color: #0a58ca; }
            .r-kicker { margin: 0; color: #57606a; text-transform: uppercase; letter-spacing: .06em; font-size: 12px; }
            .r-headline { font-size: 16px; font-weight: 600; padding: 10px 14px; border-radius: 6px; border-left: 6px solid;
              margin: 0 0 14px; }
            .r-outcome-run-works, .r-outcome-runs-outside-vpc { background: #e9f7ef; border-color: #1a7f37; }
            .r-outcome-run-fails { background: #fff4e5; border-color: #bc4c00; }
            .r-outcome-no-connection, .r-outcome-launch-stops { background: #ffebe9; border-color: #cf222e; }
            .r-outcome-choice-unknown { background: #f6f8fa; border-color: #6e7781; }
            .r-facts { border-collapse: collapse; }
            .r-facts th { text-align: left; font-weight: 600; color: #57606a; padding: 2px 16px 2px 0; vertical-align: top; }
            .r-facts td { padding: 2px 0; overflow-wrap: anywhere; }
            .r-table { width: 100%; border-collapse: collapse; margin: 8px 0 12px; }
            .r-checks, .r-settings { table-layout: fixed; }
            .r-checks { font-size: 13px; }
            .r-checks td:first-child, .r-checks td:nth-child(3) { white-space: nowrap; overflow-wrap: normal; }
            .r-w7 { width: 7%; } .r-w9 { width: 9%; } .r-w10 { width: 10%; } .r-w20 { width: 20%; }
            .r-w21 { width: 21%; } .r-w22 { width: 22%; } .r-w31 { width: 31%; } .r-w40 { width: 40%; }
            .r-table th, .r-table td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top;
              overflow-wrap: anywhere; }
            .r-table thead th { background: #f6f8fa; font-weight: 600; }
            .r-settings tr.r-used td { background: #fff8c5; }
            .r-muted { color: #57606a; }
            .r-warn { background: #fff8c5; border-left: 4px solid #9a6700; padding: 6px 10px; }
            .r-note { border-left: 4px solid #d0d7de; padding: 2px 10px; color: #3d444d; }
            .r-badges { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
            .r-badge { border: 1px solid; border-radius: 999px; padding: 4px 12px; }
            .r-badge.r-yes { background: #e9f7ef; border-color: #1a7f37; }
            .r-badge.r-no { background: #ffebe9; border-color: #cf222e; }
            .r-verdict { display: inline-block; font-size: 11px; font-weight: 700; padding: 1px 7px; border-radius: 4px;
              border: 1px solid #8c959f; background: #f6f8fa; vertical-align: middle; }
            .r-verdict.r-chosen { background: #1a7f37; border-color: #1a7f37; color: #ffffff; }
            .r-verdict.r-passes { background: #e9f7ef; border-color: #1a7f37; color: #116329; }
            .r-verdict.r-skipped { background: #ffebe9; border-color: #cf222e; color: #a40e26; }
            .r-check .r-status { font-weight: 700; font-size: 12px; }
            .r-check.r-pass .r-status { color: #116329; }
            .r-check.r-fail .r-status { color: #a40e26; }
            .r-check.r-fail td { background: #fff5f5; }
            .r-check.r-unknown .r-status, .r-check.r-warn .r-status { color: #9a6700; }
            .r-check.r-skip .r-status, .r-check.r-not-run .r-status { color: #57606a; }
            .r-evidence { margin: 0; padding-left: 16px; }
            .r-key { color: #57606a; }
            .r-tag { font-weight: 600; white-space: nowrap; }
            .r-matrix tr.r-no td { background: #fff5f5; }
            .r-figure { margin: 0; }
            .r-figure svg { display: block; width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 4px; }
            .r-figure figcaption { color: #57606a; font-size: 12px; margin-top: 4px; }
            .r-rec { border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 14px 8px; margin: 10px 0; }
            .r-proof { padding-left: 18px; }
            .r-commands { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: 8px 10px;
              white-space: pre-wrap; overflow-wrap: anywhere; }
            .r-sources li { margin-bottom: 6px; }
            .r-url { color: #57606a; font-size: 12px; overflow-wrap: anywhere; }
            .r-footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid #d0d7de; color: #57606a; font-size: 12px; }
            @page { size: auto; margin: 14mm 12mm 16mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              h1 { font-size: 18pt; }
              h2 { font-size: 14pt; margin-top: 0; }
              a { color: #1f2328; text-decoration: none; }
              .r-page { break-before: page; }
              .r-rec, .r-figure, .r-badges, .r-headline { break-inside: avoid; }
              .r-checks { font-size: 8.5pt; }
              .r-checks code { font-size: 7.5pt; }
              h2, h3 { break-after: avoid; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
              .r-table th, .r-table td { padding: 2px 4px; }
              .r-figure svg { max-height: 170mm; border: none; }
              .r-headline, .r-badge, .r-verdict, .r-check td, .r-matrix td, .r-settings td {
                -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
