package dev.gluefailover.model;

import java.util.Objects;

/**
 * Names one element of the topology: its kind and its id (zone id for an AZ, connection name
 * for a connection). Selection, hover and details all speak in these.
 */
public record ElementRef(ElementKind kind, String id) {
    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
