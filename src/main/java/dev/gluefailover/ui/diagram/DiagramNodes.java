package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.Edge;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polyline;

/**
 * The scene graph of one drawing and the ways into it: the node of a box key, the boxes of an
 * element, the line of an edge key and the edges at a box. Made by {@link NodeBuilder}; the
 * styling, interaction and camera read it, none of them changes its structure.
 */
final class DiagramNodes {
    /** Empty, before anything is shown. */
    static DiagramNodes none() {
        return new DiagramNodes(null);
    }

    final Diagram diagram;
    final Map<String, ElementNode> byKey = new LinkedHashMap<>();
    final Map<ElementRef, List<ElementNode>> byRef = new HashMap<>();
    final Map<String, Polyline> lines = new LinkedHashMap<>();
    final Map<String, List<Edge>> edgesByBox = new HashMap<>();
    /** What Tab and the arrow keys move through, in drawing order (all boxes but the region). */
    final List<ElementNode> navigable = new ArrayList<>();
    /** Badges by their order in the job. */
    final Map<Integer, ElementNode> badgesByOrder = new HashMap<>();
    /** Box panes, lane titles and the legend; the lines; the badges (over the lines). */
    final List<Node> boxLayer = new ArrayList<>();
    final List<Node> edgeLayer = new ArrayList<>();
    final List<Node> badgeLayer = new ArrayList<>();
    final TextFits fits = new TextFits();
    /** Crosses and pulse rings: over everything, never dimmed. */
    final Group overlay = new Group();

    DiagramNodes(Diagram diagram) {
        this.diagram = diagram;
    }

    List<ElementNode> of(ElementRef ref) {
        return ref == null ? List.of() : byRef.getOrDefault(ref, List.of());
    }

    ElementNode at(String key) {
        return key == null ? null : byKey.get(key);
    }

    /** The innermost box at a diagram point (the last one drawn there), or null. */
    String boxKeyAt(double x, double y) {
        String key = null;
        for (ElementNode n : byKey.values()) {
            if (n.box.bounds().contains(x, y)) {
                key = n.box.key();
            }
        }
        return key;
    }
}
