package dev.gluefailover.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A route table with its associations and routes. */
public record RouteTable(String routeTableId, String vpcId, List<RouteTableAssociation> associations,
        List<Route> routes, Map<String, String> tags) {
    public RouteTable {
        Objects.requireNonNull(routeTableId, "routeTableId");
        associations = associations == null ? List.of() : List.copyOf(associations);
        routes = routes == null ? List.of() : List.copyOf(routes);
        tags = Tags.copy(tags);
    }

    public boolean isMain() {
        return associations.stream().anyMatch(RouteTableAssociation::main);
    }

    public String name() {
        return Tags.name(tags, routeTableId);
    }
}
