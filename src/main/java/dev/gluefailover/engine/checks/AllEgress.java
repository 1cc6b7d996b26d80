package dev.gluefailover.engine.checks;

import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/** A security group of the connection allows all outbound traffic (to anywhere, or to itself) [DOC S1,S5]. */
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
    String allowedPeer(SecurityGroupRule rule, SecurityGroup sg, List<String> connectionGroups) {
        for (String cidr : rule.cidrs()) {
            if (cidr.equals("0.0.0.0/0") || cidr.equals("::/0")) {
                return cidr;
            }
        }
        for (String g : rule.groupIds()) {
            if (g.equals(sg.groupId())) {
                return "itself (" + g + ")";
            }
        }
        return null;
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
        return "No security group of the connection allows all outbound traffic.";
    }
}
