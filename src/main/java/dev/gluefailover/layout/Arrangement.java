package dev.gluefailover.layout;

/**
 * One way to arrange a diagram's VPCs: {@code columns} VPCs a row (1 = stacked), and the size of
 * the region it would give. A diagram carries all of them, so a view can tell from its own size
 * whether another arrangement would show the drawing larger, without laying it out again.
 */
public record Arrangement(int columns, double width, double height) {
    /** The zoom at which this arrangement fills a space of that aspect ratio (width / height) of height 1. */
    public double fitScale(double aspect) {
        return Math.min(aspect / width, 1 / height);
    }
}
