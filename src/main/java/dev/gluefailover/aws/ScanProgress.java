package dev.gluefailover.aws;

/** Progress of a scan: targets done of all, and the latest step of one target. */
@FunctionalInterface
public interface ScanProgress {
    /**
     * @param targetsDone targets finished (loaded or failed)
     * @param targets     all targets
     * @param target      the target this step belongs to ({@code account/region} or the profile)
     * @param status      the target's load status
     */
    void update(int targetsDone, int targets, String target, LoadStatus status);

    static ScanProgress ignore() {
        return (done, all, target, status) -> { };
    }
}
