package dev.gluefailover.export;

import static dev.gluefailover.export.DiagramExportFixture.classes;
import static dev.gluefailover.export.DiagramExportFixture.elements;
import static dev.gluefailover.export.DiagramExportFixture.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.layout.Lane;
import dev.gluefailover.layout.Rect;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgDiagramTest {

    private static Map<String, Element> byKey(Document d) {
        return elements(d, "g").stream().filter(e -> e.hasAttribute("data-kind"))
                .collect(Collectors.toMap(e -> e.getAttribute("data-key"), e -> e));
    }

    @Test
    void parsesAndHasEveryBadgeWithItsVerdictClass() throws Exception {
        for (String sample : List.of("three-az", "single-nat", "seed-article")) {
            DiagramExportFixture f = DiagramExportFixture.of(sample, new AzOutage("use1-az1"));
            Document d = parse(f.svg(false));
            Element svg = d.getDocumentElement();
            assertEquals("svg", svg.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
            Rect b = f.diagram().bounds();
            String[] vb = svg.getAttribute("viewBox").split(" ");
            assertTrue(Double.parseDouble(vb[2]) >= b.width() && Double.parseDouble(vb[3]) >= b.height(), sample);
            assertEquals(1, elements(d, "style").size());
            assertTrue(elements(d, "style").get(0).getTextContent().contains("sans-serif"));

            Map<String, Element> boxes = byKey(d);
            List<Box> badges = f.diagram().badges();
            assertEquals(f.evaluation().connections().size(), badges.size(), sample);
            for (Box badge : badges) {
                Element g = boxes.get(badge.key());
                ConnectionEvaluation ce = f.evaluation().connection(badge.ref().id()).orElseThrow();
                assertTrue(classes(g).contains(DiagramText.verdictClass(ce.verdict())), sample + " " + badge.key()
                        + " " + g.getAttribute("class"));
                Element title = elements(d, "title").stream().filter(t -> t.getParentNode() == g).findFirst()
                        .orElseThrow();
                assertTrue(title.getTextContent().contains("verdict: " + ce.verdict()), title.getTextContent());
            }
            // every box is drawn, and ids are unique
            assertTrue(boxes.keySet().containsAll(f.diagram().boxesByKey().keySet()), sample);
            Set<String> ids = new HashSet<>();
            elements(d, "g").stream().filter(e -> e.hasAttribute("id")).forEach(e -> assertTrue(ids.add(e.getAttribute("id"))));
            assertEquals(f.diagram().edges().size(), elements(d, "polyline").size(), sample);
        }
    }

    @Test
    void anAzOutageCrossesAndDimsTheZone() throws Exception {
        DiagramExportFixture f = DiagramExportFixture.of("three-az", new AzOutage("use1-az1"));
        Document d = parse(f.svg(false));
        List<Element> crosses = elements(d, "g").stream().filter(e -> e.hasAttribute("data-ref")).toList();
        assertTrue(crosses.stream().anyMatch(e -> e.getAttribute("data-ref").equals("AVAILABILITY_ZONE:use1-az1")),
                crosses.toString());
        crosses.forEach(c -> assertTrue(classes(c).contains("fail-cross")));
        Map<String, Element> boxes = byKey(d);
        Box zone = f.diagram().boxesOf(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1")).get(0);
        assertTrue(classes(boxes.get(zone.key())).contains("failed"));
        assertTrue(d.getDocumentElement().getTextContent().contains("OUTAGE"));
        // the subnets in the zone fade, the ones elsewhere do not; the skipped badge stays vivid
        for (Box s : f.diagram().boxesOf(ElementKind.SUBNET)) {
            boolean inZone = s.parentKey().equals(zone.key());
            assertEquals(inZone, classes(boxes.get(s.key())).contains("dimmed"), s.key());
        }
        f.diagram().badges().forEach(b -> assertFalse(classes(boxes.get(b.key())).contains("dimmed")));
        // with no failure there is no cross
        DiagramExportFixture none = DiagramExportFixture.of("three-az");
        Document n = parse(none.svg(false));
        assertTrue(elements(n, "g").stream().noneMatch(e -> e.hasAttribute("data-ref")));
    }

    @Test
    void chosenPathIsGreenWhenTheRunWorksAndBrokenOnSingleNatUnderAnOutage() throws Exception {
        DiagramExportFixture ok = DiagramExportFixture.of("three-az", new AzOutage("use1-az1"));
        Document d = parse(ok.svg(false));
        List<Element> path = elements(d, "polyline").stream().filter(e -> classes(e).contains("chosen-path")).toList();
        assertFalse(path.isEmpty());
        assertTrue(path.stream().noneMatch(e -> classes(e).contains("path-broken")));
        // the path starts at the chosen connection's subnet
        String subnet = "subnet:" + ok.evaluation().chosen().orElseThrow().subnetId();
        assertTrue(path.stream().anyMatch(e -> e.getAttribute("data-from").equals(subnet)));

        DiagramExportFixture broken = DiagramExportFixture.of("single-nat", new AzOutage("use1-az1"));
        assertFalse(broken.evaluation().runWouldSucceed());
        Document b = parse(broken.svg(true));
        List<Element> bp = elements(b, "polyline").stream().filter(e -> classes(e).contains("chosen-path")).toList();
        assertFalse(bp.isEmpty());
        assertTrue(bp.stream().allMatch(e -> classes(e).contains("path-broken")));
        assertTrue(bp.stream().anyMatch(e -> e.getAttribute("data-to").startsWith("nat:")), "leads to the failed-zone NAT");
        assertTrue(elements(b, "g").stream().anyMatch(e -> classes(e).contains("route-table")
                && classes(e).contains("path-broken")));
        // dark palette
        assertTrue(elements(b, "style").get(0).getTextContent().contains("#0d1117"));
    }

    @Test
    void tooltipsAreTheElementsFactSheets() throws Exception {
        DiagramExportFixture f = DiagramExportFixture.of("single-nat", new AzOutage("use1-az1"));
        Document d = parse(f.svg(false));
        Map<String, Element> boxes = byKey(d);
        for (Box b : f.diagram().boxes()) {
            Element g = boxes.get(b.key());
            Element title = elements(d, "title").stream().filter(t -> t.getParentNode() == g).findFirst()
                    .orElseThrow();
            assertEquals(FactSheet.of(f.index(), f.evaluation(), b.ref()).text(), title.getTextContent(), b.key());
            if (b.kind() == ElementKind.SUBNET) {
                // the CIDR comes from the snapshot, not from the box's subtitle
                assertTrue(title.getTextContent().contains("CIDR: "
                        + f.index().subnet(b.ref().id()).orElseThrow().cidrBlock()), title.getTextContent());
            }
        }
    }

    @Test
    void escapesTextAndAttributes() throws Exception {
        String nasty = "a&b <c> \"d\" 'e'";
        Box region = new Box("region", new ElementRef(ElementKind.REGION, nasty), null, new Rect(0, 0, 400, 300),
                nasty, nasty, false, null, List.of(), 0);
        Box vpc = new Box("vpc:" + nasty, new ElementRef(ElementKind.VPC, nasty), "region", new Rect(10, 60, 380, 200),
                nasty, nasty, false, null, List.of(), 0);
        Diagram d = new Diagram(new Rect(0, 0, 400, 300), List.of(region, vpc),
                List.of(new Lane("lane:x", nasty, new Rect(20, 270, 200, 20))), List.of());
        String svg = SvgDiagram.render(d, null, false);
        Document doc = parse(svg);
        assertTrue(doc.getDocumentElement().getTextContent().contains(nasty));
        assertTrue(elements(doc, "g").stream().anyMatch(e -> e.getAttribute("data-id").equals(nasty)));
    }
}
