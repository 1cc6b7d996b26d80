package dev.gluefailover.layout;

/**
 * What the diagram draws, and in what shape.
 *
 * @param showAllVpcs  draw every VPC of the snapshot, not only the ones the job's connections touch
 * @param targetAspect width / height of the space the diagram will be fitted into; the VPCs are then
 *                     arranged in the grid that shows them largest there (a tall, narrow space stacks
 *                     them). 0 when unknown: VPCs flow left to right (a few on one row) as before.
 */
public record LayoutOptions(boolean showAllVpcs, double targetAspect) {
    public LayoutOptions {
        if (!(targetAspect > 0) || Double.isInfinite(targetAspect)) {
            targetAspect = 0; // NaN, negative, infinite: no target
        }
    }

    public LayoutOptions(boolean showAllVpcs) {
        this(showAllVpcs, 0);
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(false, 0);
    }

    public LayoutOptions withShowAllVpcs(boolean all) {
        return new LayoutOptions(all, targetAspect);
    }

    /** Arrange for a space of this width / height (0: no target). */
    public LayoutOptions withTargetAspect(double aspect) {
        return new LayoutOptions(showAllVpcs, aspect);
    }

    /** Arrange for a space of this size in pixels (only its shape matters). */
    public LayoutOptions withTargetSize(double width, double height) {
        return withTargetAspect(width > 0 && height > 0 ? width / height : 0);
    }
}
