package dev.gluefailover.engine.checks;

import dev.gluefailover.i18n.Text;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * A security group of the connection allows all inbound ports from itself, or from another group of
 * the connection [DOC S1,S5]: Glue's nodes talk to each other. Ingress from a CIDR that covers the
 * subnet counts only by setting ({@code cidrIngressCounts}, default off [INF]: field reports
 * disagree). Glue says "At least one security group must open all ingress ports" [FIELD F1].
 */
public final class SelfIngress extends SecurityGroupRulesCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("SG_NO_SELF_INGRESS",
            "A security group allows all inbound traffic (self-referencing)", CheckKind.RUN, SourceTag.DOC,
            List.of(Source.S1, Source.S5),
            "At least one security group must open all ingress ports [FIELD F1] (the source may be the group itself).");

    public SelfIngress() {
        super(DEFINITION);
    }

    @Override
    List<SecurityGroupRule> rules(SecurityGroup sg) {
        return sg.ingress();
    }

    @Override
    Peer allowedPeer(SecurityGroupRule rule, SecurityGroup sg, Look look) {
        Peer group = groupPeer(rule, sg, look);
        if (group != null) {
            return group;
        }
        for (String cidr : rule.cidrs()) {
            boolean coversSubnet = "0.0.0.0/0".equals(cidr.trim()) || covers(cidr, look.subnetCidr());
            if (!coversSubnet) {
                continue;
            }
            if (look.context().settings().flag(Setting.CIDR_INGRESS_COUNTS)) {
                return new Peer(text("SG_NO_SELF_INGRESS.coversSubnet", cidr), Setting.CIDR_INGRESS_COUNTS);
            }
            look.notCounted().add(text("SG_NO_SELF_INGRESS.cidrNotCounted", sg.groupId(), cidr));
            look.settingsUsed().add(Setting.CIDR_INGRESS_COUNTS.key());
        }
        return null;
    }

    @Override
    Text ruleEvidence(String groupId, Object peer) {
        return text("SG_NO_SELF_INGRESS.rule", groupId, peer);
    }

    @Override
    Text passMessage(String groupId, Object peer) {
        return text("SG_NO_SELF_INGRESS.pass", groupId, peer);
    }

    @Override
    Text failMessage() {
        return text("SG_NO_SELF_INGRESS.fail");
    }
}
