package dev.gluefailover.layout;

/**
 * What the diagram draws.
 *
 * @param showAllVpcs draw every VPC of the snapshot, not only the ones the job's connections touch
 */
public record LayoutOptions(boolean showAllVpcs) {
    public static LayoutOptions defaults() {
        return new LayoutOptions(false);
    }

    public LayoutOptions withShowAllVpcs(boolean all) {
        return new LayoutOptions(all);
    }
}
