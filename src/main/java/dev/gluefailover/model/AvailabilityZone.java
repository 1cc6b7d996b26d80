package dev.gluefailover.model;

import java.util.Objects;

/**
 * An availability zone: its account-specific name ({@code us-east-1a}) and its physical
 * zone id ({@code use1-az1}). A simulated outage is an outage of a zone id.
 */
public record AvailabilityZone(String name, String zoneId, String state) {
    public AvailabilityZone {
        Objects.requireNonNull(name, "zone name");
        Objects.requireNonNull(zoneId, "zone id");
        state = state == null ? "available" : state;
    }

    public boolean available() {
        return "available".equals(state);
    }

    /** "us-east-1a (use1-az1)", as the UI and reports show it. */
    public String label() {
        return name + " (" + zoneId + ")";
    }
}
