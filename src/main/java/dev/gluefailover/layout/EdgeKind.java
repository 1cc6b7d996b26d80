package dev.gluefailover.layout;

/** What a line in the diagram means, as in the AWS VPC resource map. */
public enum EdgeKind {
    /** Solid: the element belongs to / is attached to the other (endpoint on a second route table). */
    BELONGS_TO,
    /** Dotted: where traffic goes: subnet to its route table, route table to NAT / internet gateway / endpoint. */
    TRAFFIC
}
