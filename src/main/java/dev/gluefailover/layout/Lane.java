package dev.gluefailover.layout;

/** A labelled area that is not an AWS element: the route table strip of a VPC, the "not drawn" row. */
public record Lane(String key, String title, Rect bounds) {
}
