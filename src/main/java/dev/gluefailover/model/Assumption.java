package dev.gluefailover.model;

import java.util.Objects;

/**
 * A value the snapshot holds that nobody observed: a design source (a CloudFormation template, a
 * Terraform plan) describes resources that do not exist yet, so their free IPs, states or zone ids
 * are assumed. Every report that rests on such a snapshot lists them.
 *
 * @param elementId the element the value belongs to (a subnet id, a logical id), or null for the whole design
 * @param field the field assumed ({@code availableIpAddressCount}, {@code state}, {@code availabilityZoneId}…), or null
 * @param text the assumption in plain words ("free IPs = 256 − 5 = 251, the CIDR's size less AWS's five")
 */
public record Assumption(String elementId, String field, String text) {
    public Assumption {
        Objects.requireNonNull(text, "text");
    }
}
