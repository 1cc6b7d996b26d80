package dev.gluefailover.engine;

import dev.gluefailover.i18n.Text;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.Objects;

/**
 * One thing a check looked at: a key ("routeTable", "freeIps"), its value as reports print it, and
 * the element of the topology it names, by kind and id (both null for figures and lists).
 * Consumers that need to know *which* element (the diagram's chosen path, the what-if answers)
 * read {@link #element()}, never the text. A value in words ({@code simulated}: "subnet deleted") is a
 * {@link Text}, rendered in the language of whoever reads it; ids and figures are plain strings.
 */
public record Evidence(String key, String value, ElementKind kind, String id, Text text) {
    public Evidence {
        Objects.requireNonNull(key, "key");
        if (value == null && text == null) {
            throw new NullPointerException("value");
        }
        if ((kind == null) != (id == null)) {
            throw new IllegalArgumentException("evidence " + key + " names an element by kind and id, or none");
        }
    }

    public Evidence(String key, String value, ElementKind kind, String id) {
        this(key, value, kind, id, null);
    }

    public Evidence(String key, String value, ElementRef element) {
        this(key, value, element == null ? null : element.kind(), element == null ? null : element.id());
    }

    /** The value as reports print it: words in the current language, ids and figures as they are. */
    @Override
    public String value() {
        return text != null ? text.get() : value;
    }

    /** The element this evidence is about; null for a figure or a sentence. */
    public ElementRef element() {
        return kind == null ? null : new ElementRef(kind, id);
    }

    // The factories return null for an unknown (null) value: evidence lists leave such items out.

    /** A figure or a sentence that names no single element. */
    public static Evidence fact(String key, String value) {
        return value == null ? null : new Evidence(key, value, null, null);
    }

    /** A fact in words, rendered in the reader's language. */
    public static Evidence fact(String key, Text value) {
        return value == null ? null : new Evidence(key, null, null, null, value);
    }

    /** Words about one element ({@code id} null: about none). */
    public static Evidence of(String key, Text value, ElementKind kind, String id) {
        return value == null ? null : new Evidence(key, null, id == null ? null : kind, id, value);
    }

    /** A value that is about one element; {@code id} null means the value names none. */
    public static Evidence of(String key, String value, ElementKind kind, String id) {
        return value == null ? null : new Evidence(key, value, id == null ? null : kind, id);
    }

    /** The value is the element's id itself. */
    public static Evidence element(String key, ElementKind kind, String id) {
        return id == null ? null : new Evidence(key, id, kind, id);
    }
}
