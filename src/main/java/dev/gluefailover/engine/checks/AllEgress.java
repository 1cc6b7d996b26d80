package dev.gluefailover.engine.checks;

import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * A security group of the connection allows all outbound traffic [DOC S1,S5]: to IPv4 anywhere
 * ({@code 0.0.0.0/0}), to itself, or to another group the connection attaches (as ingress counts
 * it). {@code ::/0} alone opens IPv6 only, not the IPv4 egress Glue's nodes use.
 */
public final class AllEgress extends SecurityGroupRulesCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("SG_NO_EGRESS",
            "A security group allows all outbound traffic", CheckKind.RUN, SourceTag.DOC,
            List.of(Source.S1, Source.S5), "At least one security group must open all egress ports.");

    public AllEgress() {
        super(DEFINITION);
    }

    @Override
    List<SecurityGroupRule> rules(SecurityGroup sg) {
        return sg.egress();
    }

    @Override
    Peer allowedPeer(SecurityGroupRule rule, SecurityGroup sg, Look look) {
        for (String cidr : rule.cidrs()) {
            String c = cidr.trim();
            if (c.equals("0.0.0.0/0")) {
                return new Peer(c, null);
            }
            if (c.equals("::/0")) {
                look.notCounted().add(sg.groupId() + " outbound all ports to ::/0 (IPv6 only)");
            }
        }
        return groupPeer(rule, sg, look);
    }

    @Override
    String ruleEvidence(String groupId, String peer) {
        return groupId + " outbound all ports to " + peer;
    }

    @Override
    String passMessage(String groupId, String peer) {
        return "Security group " + groupId + " allows all outbound traffic to " + peer + ".";
    }

    @Override
    String failMessage() {
        return "No security group of the connection allows all outbound traffic (IPv4 0.0.0.0/0, itself or "
                + "another of its groups).";
    }
}
