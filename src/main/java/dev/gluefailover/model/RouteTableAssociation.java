package dev.gluefailover.model;

/** One association of a route table: with a subnet, or the VPC's main association (subnetId null). */
public record RouteTableAssociation(String subnetId, boolean main) {
    public static RouteTableAssociation mainTable() {
        return new RouteTableAssociation(null, true);
    }

    public static RouteTableAssociation subnet(String subnetId) {
        return new RouteTableAssociation(subnetId, false);
    }
}
