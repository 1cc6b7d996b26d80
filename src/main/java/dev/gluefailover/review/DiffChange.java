package dev.gluefailover.review;

import dev.gluefailover.model.ElementRef;
import java.util.List;
import java.util.Objects;

/**
 * One difference between two snapshots in one resource, typed: which resource (kind and id), what
 * happened to it, and for a change inside it which field or part changed from what to what. The
 * sentence is made from it at the edge ({@link DiffText}); the elements it names let the diagram
 * highlight it.
 *
 * @param kind     the kind of resource
 * @param id       its id (zone id for an AZ, the name for a connection or job, "role action" for a permission)
 * @param action   added, removed, or changed
 * @param part     for a change: the field ({@code freeIps}, {@code state}, {@code subnetId}…) or the part
 *                 ({@code route}, {@code association}, {@code routeTable}, {@code ingressRule}…); null for a
 *                 whole resource added or removed
 * @param before   the field's value before, or for a removed part the part; null when absent
 * @param after    the field's value after, or for an added part the part; null when absent
 * @param elements the drawn elements this change is about, by kind and id (empty: none is drawn)
 */
public record DiffChange(Resource kind, String id, Action action, String part, String before, String after,
        List<ElementRef> elements) {

    public DiffChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        elements = List.copyOf(elements);
    }

    /** What happened to the resource or its part. */
    public enum Action {
        ADDED, REMOVED, CHANGED
    }

    /** The kinds of resource a diff compares, by id. */
    public enum Resource {
        AVAILABILITY_ZONE, VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, INTERNET_GATEWAY, VPC_ENDPOINT, SECURITY_GROUP,
        CONNECTION, JOB, ROLE_PERMISSION
    }

    /** A whole resource added or removed, rather than a part or field of it. */
    public boolean wholeResource() {
        return part == null;
    }

    /** A part of a resource (a route, an association, a rule) added or removed. */
    public boolean partAddedOrRemoved() {
        return part != null && action != Action.CHANGED;
    }
}
