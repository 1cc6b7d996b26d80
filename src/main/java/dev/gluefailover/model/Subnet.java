package dev.gluefailover.model;

import java.util.Map;
import java.util.Objects;

/**
 * A subnet as DescribeSubnets returns it. {@code availableIpAddressCount} is null when unknown.
 * Whether it is public is not stored: it follows from its effective route table
 * (a default route to an internet gateway).
 */
public record Subnet(String subnetId, String vpcId, String availabilityZone, String availabilityZoneId,
        String cidrBlock, String state, Integer availableIpAddressCount, boolean mapPublicIpOnLaunch,
        Map<String, String> tags) {
    public Subnet {
        Objects.requireNonNull(subnetId, "subnetId");
        state = state == null ? "available" : state;
        tags = Tags.copy(tags);
    }

    public String name() {
        return Tags.name(tags, subnetId);
    }

    public Subnet withAvailableIps(Integer count) {
        return new Subnet(subnetId, vpcId, availabilityZone, availabilityZoneId, cidrBlock, state, count,
                mapPublicIpOnLaunch, tags);
    }
}
