package dev.gluefailover.export;

import static dev.gluefailover.export.DiagramExportFixture.elements;
import static dev.gluefailover.export.DiagramExportFixture.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.layout.Box;
import dev.gluefailover.model.ElementKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DrawioDiagramTest {
    /** A cell as draw.io reads it: the id and attributes of its UserObject wrapper when it has one. */
    record Cell(String id, Element cell, Element object) {
        String parent() {
            return cell.getAttribute("parent");
        }

        String style() {
            return cell.getAttribute("style");
        }

        String attr(String name) {
            return object == null ? "" : object.getAttribute(name);
        }
    }

    static Map<String, Cell> cells(Document d) {
        Map<String, Cell> cells = new HashMap<>();
        for (Element c : elements(d, "mxCell")) {
            Element wrapper = c.getParentNode() instanceof Element p && p.getTagName().equals("UserObject") ? p : null;
            String id = wrapper != null ? wrapper.getAttribute("id") : c.getAttribute("id");
            assertFalse(id.isEmpty(), "every cell has an id");
            assertTrue(cells.put(id, new Cell(id, c, wrapper)) == null, "duplicate id " + id);
        }
        return cells;
    }

    @Test
    void wellFormedWithContainmentAndEdgesBetweenExistingCells() throws Exception {
        for (String sample : List.of("three-az", "single-nat", "seed-article")) {
            DiagramExportFixture f = DiagramExportFixture.of(sample, new AzOutage("use1-az1"));
            String xml = f.drawio();
            Document d = parse(xml);
            assertEquals("mxfile", d.getDocumentElement().getTagName());
            assertEquals(1, elements(d, "diagram").size());
            assertEquals(1, elements(d, "mxGraphModel").size());
            Map<String, Cell> cells = cells(d);
            assertTrue(cells.containsKey("0") && cells.containsKey("1"));
            for (Cell c : cells.values()) {
                if (!c.id().equals("0")) {
                    assertTrue(cells.containsKey(c.parent()), sample + ": parent of " + c.id() + " missing: " + c.parent());
                }
                if (c.cell().getAttribute("edge").equals("1")) {
                    assertTrue(cells.containsKey(c.cell().getAttribute("source")), c.id());
                    assertTrue(cells.containsKey(c.cell().getAttribute("target")), c.id());
                }
            }
            Box region = f.diagram().boxesOf(ElementKind.REGION).get(0);
            for (Box vpc : f.diagram().boxesOf(ElementKind.VPC)) {
                assertEquals(region.key(), cells.get(vpc.key()).parent(), sample);
            }
            for (Box s : f.diagram().boxesOf(ElementKind.SUBNET)) {
                Cell parent = cells.get(cells.get(s.key()).parent());
                assertEquals("AVAILABILITY_ZONE", parent.attr("gfe-kind"), s.key());
                assertEquals("VPC", cells.get(parent.parent()).attr("gfe-kind"));
            }
            for (Box b : f.diagram().badges()) {
                assertNotNull(cells.get(b.key()), b.key());
            }
            assertEquals(f.diagram().edges().size(),
                    cells.values().stream().filter(c -> c.cell().getAttribute("edge").equals("1")).count());
            // child geometry is relative to the parent: a subnet's x is inside its AZ column's width
            Box s = f.diagram().boxesOf(ElementKind.SUBNET).get(0);
            Element geo = (Element) cells.get(s.key()).cell().getElementsByTagName("mxGeometry").item(0);
            assertEquals(s.bounds().x() - f.diagram().box(s.parentKey()).orElseThrow().bounds().x(),
                    Double.parseDouble(geo.getAttribute("x")), 0.01);
        }
    }

    @Test
    void chosenBadgeHasTheChosenStyleAndThePathIsHighlighted() throws Exception {
        DiagramExportFixture f = DiagramExportFixture.of("three-az", new AzOutage("use1-az1"));
        Map<String, Cell> cells = cells(parse(f.drawio()));
        Box chosen = f.diagram().badges().stream().filter(b -> b.ref().id().equals(
                f.evaluation().chosen().orElseThrow().name())).findFirst().orElseThrow();
        Cell c = cells.get(chosen.key());
        assertEquals(Verdict.CHOSEN.name(), c.attr("verdict"));
        assertTrue(c.style().contains("fillColor=" + DrawioDiagram.CHOSEN_FILL), c.style());
        assertTrue(c.attr("tooltip").contains("verdict: CHOSEN"));
        for (Box b : f.diagram().badges()) {
            if (b != chosen) {
                assertFalse(cells.get(b.key()).style().contains("fillColor=" + DrawioDiagram.CHOSEN_FILL), b.key());
            }
        }
        List<Cell> path = cells.values().stream().filter(x -> x.cell().getAttribute("edge").equals("1")
                && x.style().contains("strokeColor=" + DrawioDiagram.PATH + ";strokeWidth=3")).toList();
        assertFalse(path.isEmpty());
        // the failed zone carries a cross and OUTAGE
        Box zone = f.diagram().boxesOf(ElementKind.AVAILABILITY_ZONE).stream()
                .filter(z -> z.ref().id().equals("use1-az1")).findFirst().orElseThrow();
        assertTrue(cells.containsKey(zone.key() + "#cross"));
        assertTrue(cells.get(zone.key()).attr("label").contains("OUTAGE"));

        DiagramExportFixture broken = DiagramExportFixture.of("single-nat", new AzOutage("use1-az1"));
        Map<String, Cell> bc = cells(parse(broken.drawio()));
        assertTrue(bc.values().stream().anyMatch(x -> x.cell().getAttribute("edge").equals("1")
                && x.style().contains("strokeColor=" + DrawioDiagram.SKIPPED + ";strokeWidth=3")));
    }

    @Test
    void idsAreStableBetweenRuns() {
        DiagramExportFixture f = DiagramExportFixture.of("seed-article");
        assertEquals(f.drawio(), DiagramExportFixture.of("seed-article").drawio());
    }

    @Test
    void tooltipsCarryTheElementsFactsFromTheSnapshot() throws Exception {
        DiagramExportFixture f = DiagramExportFixture.of("three-az", new AzOutage("use1-az1"));
        Map<String, Cell> cells = cells(parse(f.drawio()));
        for (Box s : f.diagram().boxesOf(ElementKind.SUBNET)) {
            String cidr = f.index().subnet(s.ref().id()).orElseThrow().cidrBlock();
            String tip = cells.get(s.key()).attr("tooltip");
            assertTrue(tip.contains("CIDR: " + cidr), tip);
            assertTrue(tip.contains("free IPs: "), tip);
        }
        Box zone = f.diagram().boxesOf(ElementKind.AVAILABILITY_ZONE).stream()
                .filter(z -> z.ref().id().equals("use1-az1")).findFirst().orElseThrow();
        assertTrue(cells.get(zone.key()).attr("tooltip").contains("outage: simulated"),
                cells.get(zone.key()).attr("tooltip"));
        // the exporter's tooltip is the element's fact sheet, word for word
        Box vpc = f.diagram().boxesOf(ElementKind.VPC).get(0);
        assertEquals(FactSheet.of(f.index(), f.evaluation(), vpc.ref()).text(), cells.get(vpc.key()).attr("tooltip"));
    }
}
