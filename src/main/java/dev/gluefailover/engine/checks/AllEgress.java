package dev.gluefailover.engine.checks;

import dev.gluefailover.i18n.Text;
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
                look.notCounted().add(text("SG_NO_EGRESS.ipv6Only", sg.groupId()));
            }
        }
        return groupPeer(rule, sg, look);
    }

    @Override
    Text ruleEvidence(String groupId, Object peer) {
        return text("SG_NO_EGRESS.rule", groupId, peer);
    }

    @Override
    Text passMessage(String groupId, Object peer) {
        return text("SG_NO_EGRESS.pass", groupId, peer);
    }

    @Override
    Text failMessage() {
        return text("SG_NO_EGRESS.fail");
    }
}
