package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
import java.util.List;
import java.util.Objects;

/**
 * One drawn element: a region, VPC, AZ column, subnet, NAT gateway, internet gateway, endpoint,
 * route table or connection badge. Several boxes may show the same element (an AZ has a column
 * in every VPC), so boxes have their own {@code key}; {@code ref} names the element.
 *
 * @param parentKey    the box it sits in (null for the region)
 * @param title        the main label (name tag, or the id when there is none; the order number of a badge)
 * @param subtitle     the second line (id and CIDR, zone id, ...), may be empty
 * @param publicSubnet for subnets: public (default route to an internet gateway) or private
 * @param ips          for subnets: the free-IP bar data; null otherwise
 * @param routes       for route tables: the routes that matter; empty otherwise
 * @param order        for connection badges: the position in the job (1-based); 0 otherwise
 */
public record Box(String key, ElementRef ref, String parentKey, Rect bounds, String title, String subtitle,
        boolean publicSubnet, IpUsage ips, List<RouteRow> routes, int order) {
    public Box {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(bounds, "bounds");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    public ElementKind kind() {
        return ref.kind();
    }
}
