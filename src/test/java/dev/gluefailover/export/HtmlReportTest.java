package dev.gluefailover.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Source;
import dev.gluefailover.snapshot.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML review, read with a real HTML parser: complete, self-contained, escaped, printable. */
class HtmlReportTest {
    private static final Messages TEXT = Messages.of("report");
    private static final Instant AT = Instant.parse("2026-12-02T08:00:00Z");

    record Rendered(String html, Evaluation evaluation, Resilience resilience) {
    }

    static Rendered render(Snapshot s, Simulation sim, List<HtmlRecommendation> recommendations) {
        Engine engine = new Engine(s);
        Evaluation e = engine.evaluate(engine.job(null), engine.failureTargets().resolve(sim), RuleSettings.defaults());
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), e.simulation(), RuleSettings.defaults(), false);
        Resilience r = Resilience.of(engine.index(), e, m);
        return new Rendered(HtmlReport.render(new HtmlReport.Input(s, e, m, r, RuleSettings.defaults(), null,
                recommendations, AT)), e, r);
    }

    @Test
    void everyConnectionAndEveryCheckAppearsWithEvidenceAndSourceLinks() {
        Rendered r = render(Samples.get("single-nat"), Simulation.of(new SimulatedFailure.AzOutage("us-east-1a")), null);
        Document doc = Jsoup.parse(r.html());
        assertEquals(r.evaluation().connections().size(), doc.select("article.r-conn").size());
        for (ConnectionEvaluation c : r.evaluation().connections()) {
            Element article = doc.getElementById("r-conn-" + c.order());
            assertNotNull(article, "connection #" + c.order());
            assertTrue(article.selectFirst("h3").text().contains(c.name()));
            assertTrue(article.selectFirst("h3").text().contains(c.verdict().name()));
            assertEquals(c.checks().size(), article.select("tr.r-check").size(), c.name());
            for (CheckResult check : c.checks()) {
                Element row = article.selectFirst("tr.r-check[data-code=" + check.code() + "]");
                assertNotNull(row, c.name() + " " + check.code());
                assertTrue(row.text().contains(check.status().name()));
                assertTrue(row.text().contains(check.message()), check.code());
                check.evidence().values().forEach(v -> assertTrue(row.text().contains(v), check.code() + " " + v));
                Set<String> links = row.select("a[href]").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
                assertEquals(check.check().sources().stream().map(Source::url).collect(Collectors.toSet()), links,
                        check.code());
            }
            assertNotNull(doc.selectFirst("a[href=#r-conn-" + c.order() + "]"), "overview links to #" + c.order());
        }
        // the job, the rule set, the failures in force, the headline, the date and the data's source
        String text = doc.text();
        assertTrue(text.contains("orders-nightly-etl"));
        assertTrue(text.contains("glue-5.1"));
        assertTrue(text.contains("AZ outage use1-az1"));
        assertTrue(text.contains(r.evaluation().headline()));
        assertTrue(text.contains("NAT_IN_FAILED_AZ (an inferred check)"), "the inference the verdict rests on");
        assertTrue(text.contains("2026-12-02T08:00:00Z"));
        assertTrue(text.contains("sample:single-nat"));
    }

    @Test
    void theMatrixTheSummaryAndTheSinglePointsOfFailureAreThere() {
        Rendered r = render(Samples.get("single-nat"), Simulation.NONE, null);
        Document doc = Jsoup.parse(r.html());
        Element matrix = doc.getElementById("r-matrix");
        assertNotNull(matrix);
        assertTrue(matrix.text().contains("nat-0c33natgw00001a"));
        assertTrue(matrix.select("tbody tr").size() > 3, "baseline plus every single failure");
        Element resilience = doc.getElementById("r-resilience");
        assertEquals(3, resilience.select("li.r-badge").size());
        assertEquals(1, resilience.select("li.r-badge.r-yes").size(), "only the endpoint removal is survived");
        for (Resilience.SinglePointOfFailure p : r.resilience().singlePointsOfFailure()) {
            assertTrue(resilience.text().contains(p.text()), p.text());
        }
        assertTrue(resilience.text().contains("NAT gateway nat-0c33natgw00001a in us-east-1a (use1-az1) carries every "
                + "connection"));
    }

    @Test
    void theDiagramIsInlineWellFormedSvgScaledToThePage() throws Exception {
        String html = render(Samples.get("three-az"), Simulation.NONE, null).html();
        int start = html.indexOf("<svg");
        int end = html.indexOf("</svg>") + "</svg>".length();
        assertTrue(start > 0 && end > start, "an inline SVG");
        assertEquals(start, html.lastIndexOf("<svg"), "one SVG");
        assertFalse(html.contains("<?xml"), "no XML declaration inside HTML");
        String svg = html.substring(start, end);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xml = f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.Element root = xml.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("100%", root.getAttribute("width"));
        assertEquals("", root.getAttribute("height"), "the height follows from the viewBox");
        assertEquals(4, root.getAttribute("viewBox").trim().split("\\s+").length);
        assertTrue(xml.getElementsByTagName("g").getLength() > 10, "the drawing itself");
        assertNotNull(Jsoup.parse(html).selectFirst("#r-diagram figure svg"));
    }

    @Test
    void nothingIsFetchedFromAnywhere() {
        Snapshot s = Samples.get("seed-article").withAssumptions(List.of(new Assumption("subnet-x", "state",
                "url(https://evil.example/x.png) @import 'x'")));
        String html = render(s, Simulation.NONE, List.of(new HtmlRecommendation("<img src=https://evil.example/a>",
                "", List.of(), List.of()))).html();
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, link, img, iframe, object, embed, audio, video, source, base, image, use")
                .isEmpty(), "no script, stylesheet link, image, frame or embedded object");
        assertTrue(doc.select("[src], [srcset], [xlink:href], [background], [poster], [data]").isEmpty());
        Set<String> sources = Arrays.stream(Source.values()).map(Source::url).collect(Collectors.toSet());
        for (Element e : doc.select("[href]")) {
            String href = e.attr("href");
            assertEquals("a", e.tagName(), "only links carry an address: " + e);
            assertTrue(href.startsWith("#") || sources.contains(href), "a link to a source or inside the page: " + href);
        }
        for (Element style : doc.select("style")) {
            String css = style.data();
            assertFalse(css.contains("url("), "no url( in CSS");
            assertFalse(css.contains("@import"), "no @import");
            assertFalse(css.contains("@font-face"), "no web font");
        }
        assertTrue(doc.select("[style]").isEmpty(), "no inline style attributes to hide a url( in");
        assertTrue(doc.select("[http-equiv]").isEmpty(), "no refresh or redirect");
    }

    @Test
    void hostileNamesAreEscaped() {
        Snapshot s = Samples.get("single-nat");
        GlueJob job = s.jobs().get(0);
        String evilJob = "<script>alert('job')</script>";
        String evilConnection = "\"><img src=x onerror=alert(1)>";
        GlueConnection first = s.connection(job.connectionNames().get(0)).orElseThrow();
        GlueConnection renamed = new GlueConnection(evilConnection, first.connectionType(), first.subnetId(),
                first.securityGroupIds(), first.availabilityZone(), first.jdbcUrl(), first.status(), first.statusReason());
        List<String> names = new java.util.ArrayList<>(job.connectionNames());
        names.set(0, evilConnection);
        GlueJob evil = new GlueJob(evilJob, names, job.workerType(), job.numberOfWorkers(), job.maxCapacity(),
                job.maxRetries(), job.glueVersion(), "role/<b>x</b>", job.defaultArguments(), job.maxConcurrentRuns());
        List<GlueConnection> connections = new java.util.ArrayList<>(s.connections());
        connections.replaceAll(c -> c.name().equals(first.name()) ? renamed : c);
        Snapshot hostile = s.withJobs(List.of(evil)).withConnections(connections).withSource("<i>file</i>&amp;");
        String html = render(hostile, Simulation.NONE, List.of(new HtmlRecommendation("<b>fix</b>", "<u>why</u>",
                List.of("a <s>b</s>"), List.of("aws ec2 create-route --x '<y>' && rm -rf /")))).html();
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img, b, i, u, s").isEmpty(), "no markup from names");
        assertTrue(doc.select("[onerror]").isEmpty());
        assertEquals(TEXT.get("title", evilJob), doc.title());
        assertTrue(doc.text().contains(evilConnection));
        assertTrue(doc.text().contains("<i>file</i>&amp;"), "the source as written");
        assertTrue(doc.getElementById("r-recommendations").text().contains("aws ec2 create-route --x '<y>' && rm -rf /"));
        assertTrue(doc.text().contains("role/<b>x</b>"));
    }

    @Test
    void recommendationsAreRenderedFromWhatIsPassed() {
        Document none = Jsoup.parse(render(Samples.get("three-az"), Simulation.NONE, null).html());
        assertTrue(none.getElementById("r-recommendations").text().contains(TEXT.get("recommendations.notWorkedOut")));
        Document empty = Jsoup.parse(render(Samples.get("three-az"), Simulation.NONE, List.of()).html());
        assertTrue(empty.getElementById("r-recommendations").text().contains(TEXT.get("recommendations.none")));
        Document some = Jsoup.parse(render(Samples.get("single-nat"), Simulation.NONE, List.of(
                new HtmlRecommendation("Add a NAT gateway per AZ", "every connection uses nat-0c33natgw00001a",
                        List.of("survives any single AZ outage: no → yes"),
                        List.of("aws ec2 create-nat-gateway --subnet-id subnet-0c33public0001b")))).html());
        Element rec = some.selectFirst("#r-recommendations article.r-rec");
        assertNotNull(rec);
        assertTrue(rec.text().contains("Add a NAT gateway per AZ"));
        assertTrue(rec.select("ul.r-proof li").text().contains("no → yes"));
        assertEquals("aws ec2 create-nat-gateway --subnet-id subnet-0c33public0001b",
                rec.selectFirst("pre.r-commands code").wholeText());
    }

    @Test
    void assumedValuesOfADesignAreListed() {
        Snapshot s = Samples.get("three-az").withAssumptions(List.of(
                new Assumption("subnet-0b22private001a", "availableIpAddressCount", "free IPs = 256 − 5 = 251")));
        Document doc = Jsoup.parse(render(s, Simulation.NONE, null).html());
        Element section = doc.getElementById("r-assumptions");
        assertNotNull(section);
        assertTrue(section.text().contains("free IPs = 256 − 5 = 251"));
        assertTrue(section.text().contains("availableIpAddressCount"));
        assertNull(Jsoup.parse(render(Samples.get("three-az"), Simulation.NONE, null).html())
                .getElementById("r-assumptions"), "no section without assumptions");
    }

    @Test
    void itIsMadeForPrint() {
        Document doc = Jsoup.parse(render(Samples.get("three-az"), Simulation.NONE, null).html());
        String css = doc.select("head style").first().data();
        assertTrue(css.contains("@media print"));
        assertTrue(css.contains("@page { size: auto; margin:"), "A4 or Letter, whatever the printer has");
        assertTrue(css.contains("break-before: page"), "parts start on a new page");
        assertTrue(css.contains("thead { display: table-header-group; }"), "long tables repeat their header");
        assertTrue(css.contains("color-scheme: light"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertFalse(doc.select("section.r-page").isEmpty());
    }

    private static void assertNull(Object o, String message) {
        org.junit.jupiter.api.Assertions.assertNull(o, message);
    }
}
