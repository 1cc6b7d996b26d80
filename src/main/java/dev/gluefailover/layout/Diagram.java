package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The computed geometry of one diagram: boxes (parents before children), labelled lanes and
 * edges. Immutable; equal inputs give equal diagrams.
 *
 * @param columns      VPCs on the widest row of this drawing (1 = stacked)
 * @param arrangements every column count the layout could have used and the size it gives, one per
 *                     count from 1 up: what a view needs to decide, on a resize, whether to lay out again
 */
public record Diagram(Rect bounds, List<Box> boxes, List<Lane> lanes, List<Edge> edges, int columns,
        List<Arrangement> arrangements) {
    public Diagram {
        boxes = List.copyOf(boxes);
        lanes = List.copyOf(lanes);
        edges = List.copyOf(edges);
        arrangements = List.copyOf(arrangements);
    }

    public Diagram(Rect bounds, List<Box> boxes, List<Lane> lanes, List<Edge> edges) {
        this(bounds, boxes, lanes, edges, 1, List.of(new Arrangement(1, bounds.width(), bounds.height())));
    }

    /** Boxes by key, in drawing order. */
    public Map<String, Box> boxesByKey() {
        Map<String, Box> m = new LinkedHashMap<>();
        for (Box b : boxes) {
            m.put(b.key(), b);
        }
        return Collections.unmodifiableMap(m);
    }

    public Optional<Box> box(String key) {
        return boxes.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    /** Every box that shows this element (an AZ has one column per VPC). */
    public List<Box> boxesOf(ElementRef ref) {
        return boxes.stream().filter(b -> b.ref().equals(ref)).toList();
    }

    public List<Box> boxesOf(ElementKind kind) {
        return boxes.stream().filter(b -> b.kind() == kind).toList();
    }

    /** The connection badges in job order. */
    public List<Box> badges() {
        List<Box> list = new ArrayList<>(boxesOf(ElementKind.CONNECTION));
        list.sort(java.util.Comparator.comparingInt(Box::order));
        return list;
    }

    public List<Box> children(String parentKey) {
        return boxes.stream().filter(b -> parentKey.equals(b.parentKey())).toList();
    }
}
