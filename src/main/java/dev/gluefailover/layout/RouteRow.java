package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;

/**
 * One route a route table box shows: only the routes that matter for Glue's choice
 * (default route to a NAT / internet gateway, prefix list to an endpoint, ...), not the local route.
 *
 * @param targetRef the drawn element the route leads to, or null when it is not drawn
 */
public record RouteRow(String destination, String target, ElementRef targetRef, boolean active) {
    /** "0.0.0.0/0 → nat-0abc", with "(blackhole)" when the route is not active. */
    public String text() {
        return destination + " \u2192 " + target + (active ? "" : " (blackhole)");
    }
}
