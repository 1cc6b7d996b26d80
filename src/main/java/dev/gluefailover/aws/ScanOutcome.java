package dev.gluefailover.aws;

import dev.gluefailover.model.Snapshot;

/**
 * What one target of a scan gave: its snapshot, or why it could not be read at all. The account
 * is the one AWS named (ownerId, the assumed role's account), else the target's label.
 */
public record ScanOutcome(ScanTarget target, String account, String region, Snapshot snapshot, String errorCode,
        String message) {

    static ScanOutcome loaded(ScanTarget target, String account, String region, Snapshot snapshot) {
        return new ScanOutcome(target, account, region, snapshot, null, null);
    }

    static ScanOutcome failed(ScanTarget target, String account, String region, String errorCode, String message) {
        return new ScanOutcome(target, account, region, null, errorCode, message);
    }

    public boolean failed() {
        return snapshot == null;
    }
}
