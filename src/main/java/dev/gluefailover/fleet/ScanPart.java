package dev.gluefailover.fleet;

import dev.gluefailover.model.Snapshot;
import java.util.Objects;

/**
 * What one account and region of a scan gave: its snapshot (every job, with the shared network),
 * or why it could not be read at all (role not assumable, GetJobs refused).
 *
 * @param account   the account id (or the profile's name when AWS did not say), never null
 * @param region    the region name
 * @param snapshot  the loaded snapshot; null when the part failed
 * @param errorCode AWS's error code (or the loader's reason) when the part failed; null when it loaded
 * @param message   the failure in one sentence; null when it loaded
 */
public record ScanPart(String account, String region, Snapshot snapshot, String errorCode, String message) {
    public ScanPart {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        if ((snapshot == null) == (errorCode == null)) {
            throw new IllegalArgumentException("a scan part has either a snapshot or an error");
        }
    }

    public static ScanPart loaded(String account, String region, Snapshot snapshot) {
        return new ScanPart(account, region, Objects.requireNonNull(snapshot, "snapshot"), null, null);
    }

    /** A part read from a snapshot alone: its account and region are the snapshot's. */
    public static ScanPart of(Snapshot snapshot) {
        String account = snapshot.region().accountId() == null ? "-" : snapshot.region().accountId();
        return loaded(account, snapshot.region().name(), snapshot);
    }

    public static ScanPart failed(String account, String region, String errorCode, String message) {
        return new ScanPart(account, region, null, Objects.requireNonNull(errorCode, "errorCode"),
                Objects.requireNonNull(message, "message"));
    }

    public boolean failed() {
        return snapshot == null;
    }
}
