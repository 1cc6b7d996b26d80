package dev.gluefailover.model;

import java.util.Objects;

/** The region a snapshot was taken in, and the account it belongs to (may be null when unknown). */
public record Region(String name, String accountId) {
    public Region {
        Objects.requireNonNull(name, "region name");
    }
}
