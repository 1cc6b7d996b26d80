package dev.gluefailover.model;

import java.util.Map;
import java.util.TreeMap;

/** Helpers for the AWS tag maps that several resources carry. */
final class Tags {
    private Tags() {
    }

    /** A sorted, immutable copy, so that equal snapshots compare equal and files are stable. */
    static Map<String, String> copy(Map<String, String> tags) {
        return tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    static String name(Map<String, String> tags, String fallback) {
        String n = tags.get("Name");
        return n == null || n.isBlank() ? fallback : n;
    }
}
