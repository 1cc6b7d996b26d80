package dev.gluefailover.model;

import java.util.List;

/**
 * One permission of a security group. {@code ipProtocol} "-1" means all traffic; ports are
 * null then. Sources (ingress) or destinations (egress) are CIDRs, security group ids or prefix lists.
 */
public record SecurityGroupRule(String ipProtocol, Integer fromPort, Integer toPort, List<String> cidrs,
        List<String> groupIds, List<String> prefixListIds) {
    public SecurityGroupRule {
        cidrs = cidrs == null ? List.of() : List.copyOf(cidrs);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        prefixListIds = prefixListIds == null ? List.of() : List.copyOf(prefixListIds);
    }

    public static SecurityGroupRule allTrafficFromGroup(String groupId) {
        return new SecurityGroupRule("-1", null, null, List.of(), List.of(groupId), List.of());
    }

    public static SecurityGroupRule allTrafficTo(String cidr) {
        return new SecurityGroupRule("-1", null, null, List.of(cidr), List.of(), List.of());
    }

    /** All protocols, or TCP over every port (0-65535), as Glue's setup guide asks for. */
    public boolean coversAllPorts() {
        if ("-1".equals(ipProtocol)) {
            return true;
        }
        return "tcp".equalsIgnoreCase(ipProtocol) && fromPort != null && toPort != null
                && fromPort <= 0 && toPort >= 65535;
    }
}
