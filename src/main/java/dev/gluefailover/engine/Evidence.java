package dev.gluefailover.engine;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.Objects;

/**
 * One thing a check looked at: a key ("routeTable", "freeIps"), its value as reports print it, and
 * the element of the topology it names, by kind and id (null for figures and lists). Consumers
 * that need to know *which* element (the diagram's chosen path, the what-if answers) read the
 * element, never the text.
 */
public record Evidence(String key, String value, ElementRef element) {
    public Evidence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    // The factories return null for an unknown (null) value: evidence lists leave such items out.

    /** A figure or a sentence that names no single element. */
    public static Evidence fact(String key, String value) {
        return value == null ? null : new Evidence(key, value, null);
    }

    /** A value that is about one element; {@code id} null means the value names none. */
    public static Evidence of(String key, String value, ElementKind kind, String id) {
        return value == null ? null : new Evidence(key, value, id == null ? null : new ElementRef(kind, id));
    }

    /** The value is the element's id itself. */
    public static Evidence element(String key, ElementKind kind, String id) {
        return id == null ? null : new Evidence(key, id, new ElementRef(kind, id));
    }
}
