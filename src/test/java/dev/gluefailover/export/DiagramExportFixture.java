package dev.gluefailover.export;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A sample laid out and evaluated as the exporters get it, and XML helpers for reading their output. */
record DiagramExportFixture(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
    static DiagramExportFixture of(String sample, SimulatedFailure... failures) {
        Engine engine = new Engine(Samples.get(sample));
        var job = engine.job(null);
        Evaluation e = engine.evaluate(job, Simulation.of(failures), RuleSettings.defaults());
        return new DiagramExportFixture(engine.index(), DiagramLayout.compute(engine.index(), job,
                LayoutOptions.defaults()), e);
    }

    String svg(boolean dark) {
        return SvgDiagram.render(index, diagram, evaluation, dark);
    }

    String drawio() {
        return DrawioDiagram.render(index, diagram, evaluation);
    }

    /** Parses strictly (namespace aware, no external entities): throws on anything not well-formed. */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document d, String tag) {
        NodeList nl = d.getElementsByTagNameNS("*", tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            list.add((Element) nl.item(i));
        }
        return list;
    }

    static List<String> classes(Element e) {
        return List.of(e.getAttribute("class").trim().split("\\s+"));
    }
}
