package dev.gluefailover.engine.checks;

import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * A security group of the connection allows all inbound ports from itself (or from another group
 * of the connection, or from anywhere) [DOC S1,S5]: Glue's nodes talk to each other.
 */
public final class SelfIngress extends SecurityGroupRulesCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("SG_NO_SELF_INGRESS",
            "A security group allows all inbound traffic (self-referencing)", CheckKind.RUN, SourceTag.DOC,
            List.of(Source.S1, Source.S5),
            "At least one security group must open all ingress ports (source may be itself).");

    public SelfIngress() {
        super(DEFINITION);
    }

    @Override
    List<SecurityGroupRule> rules(SecurityGroup sg) {
        return sg.ingress();
    }

    @Override
    String allowedPeer(SecurityGroupRule rule, SecurityGroup sg, List<String> connectionGroups) {
        for (String g : rule.groupIds()) {
            if (g.equals(sg.groupId())) {
                return "itself (" + g + ")";
            }
            if (connectionGroups.contains(g)) {
                return g;
            }
        }
        for (String cidr : rule.cidrs()) {
            if (cidr.equals("0.0.0.0/0")) {
                return cidr;
            }
        }
        return null;
    }

    @Override
    String ruleEvidence(String groupId, String peer) {
        return groupId + " inbound all ports from " + peer;
    }

    @Override
    String passMessage(String groupId, String peer) {
        return "Security group " + groupId + " allows all inbound traffic from " + peer + ".";
    }

    @Override
    String failMessage() {
        return "No security group of the connection allows all inbound ports from itself (a self-referencing rule).";
    }
}
