package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/** A security group with its inbound and outbound permissions. */
public record SecurityGroup(String groupId, String vpcId, String groupName, List<SecurityGroupRule> ingress,
        List<SecurityGroupRule> egress) {
    public SecurityGroup {
        Objects.requireNonNull(groupId, "groupId");
        ingress = ingress == null ? List.of() : List.copyOf(ingress);
        egress = egress == null ? List.of() : List.copyOf(egress);
    }
}
