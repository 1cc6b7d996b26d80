package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import java.util.List;
import java.util.Objects;

/**
 * A line between two boxes, as an orthogonal polyline routed through the gutters between AZ
 * columns, so that it does not run across subnets.
 *
 * @param key     unique in the diagram, stable between runs
 * @param fromKey the box it starts at
 * @param toKey   the box it ends at
 */
public record Edge(String key, EdgeKind kind, String fromKey, String toKey, ElementRef from, ElementRef to,
        List<Point> points) {
    public Edge {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an edge needs at least two points: " + key);
        }
    }
}
