package dev.gluefailover.model;

/** The kinds of things the diagram draws and a user can select. */
public enum ElementKind {
    REGION, VPC, AVAILABILITY_ZONE, SUBNET, ROUTE_TABLE, NAT_GATEWAY, INTERNET_GATEWAY, VPC_ENDPOINT, CONNECTION
}
