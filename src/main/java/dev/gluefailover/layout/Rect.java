package dev.gluefailover.layout;

/** An axis-aligned rectangle in diagram coordinates (pixels at zoom 1, y down). */
public record Rect(double x, double y, double width, double height) {
    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when {@code other} lies completely inside this rectangle (touching edges allowed). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= maxX() && py <= maxY();
    }

    /** True when the interiors overlap; rectangles that only touch do not intersect. */
    public boolean intersects(Rect other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    public Rect union(Rect other) {
        double nx = Math.min(x, other.x);
        double ny = Math.min(y, other.y);
        return new Rect(nx, ny, Math.max(maxX(), other.maxX()) - nx, Math.max(maxY(), other.maxY()) - ny);
    }
}
