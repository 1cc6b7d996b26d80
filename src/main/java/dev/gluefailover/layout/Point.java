package dev.gluefailover.layout;

/** A point in diagram coordinates. */
public record Point(double x, double y) {
}
