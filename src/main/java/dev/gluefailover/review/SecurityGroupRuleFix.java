package dev.gluefailover.review;

import static dev.gluefailover.review.FixContext.failed;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The security group rule a check misses: the self-referencing ingress (SG_NO_SELF_INGRESS), all
 * egress (SG_NO_EGRESS).
 */
final class SecurityGroupRuleFix {
    private static final Messages TEXT = Messages.of("review");

    private SecurityGroupRuleFix() {
    }

    static void propose(FixContext c, List<Candidate> out, String code, FixKind kind) {
        Set<String> done = new LinkedHashSet<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, code) || ce.connection() == null) {
                continue;
            }
            Optional<SecurityGroup> group = ce.connection().securityGroupIds().stream()
                    .map(c.index()::securityGroup).flatMap(Optional::stream).findFirst();
            if (group.isEmpty() || !done.add(group.get().groupId())) {
                continue;
            }
            String sg = group.get().groupId();
            boolean ingress = kind == FixKind.SELF_REFERENCING_INGRESS;
            SecurityGroupRule rule = ingress ? SecurityGroupRule.allTrafficFromGroup(sg)
                    : SecurityGroupRule.allTrafficTo("0.0.0.0/0");
            String command = ingress
                    ? "aws ec2 authorize-security-group-ingress --group-id " + sg
                            + " --ip-permissions 'IpProtocol=-1,UserIdGroupPairs=[{GroupId=" + sg + "}]'"
                    : "aws ec2 authorize-security-group-egress --group-id " + sg
                            + " --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'";
            Fix fix = new Fix(kind, kind + ":" + sg, TEXT.get(ingress ? "title.selfIngress" : "title.allEgress", sg),
                    List.of(), List.of(), List.of(command),
                    List.of(TEXT.get(ingress ? "note.selfIngress" : "note.allEgress")),
                    s -> s.withSecurityGroups(s.securityGroups().stream().map(g -> {
                        if (!g.groupId().equals(sg)) {
                            return g;
                        }
                        List<SecurityGroupRule> in = new ArrayList<>(g.ingress());
                        List<SecurityGroupRule> eg = new ArrayList<>(g.egress());
                        (ingress ? in : eg).add(rule);
                        return new SecurityGroup(g.groupId(), g.vpcId(), g.groupName(), in, eg);
                    }).toList()));
            out.add(new Candidate(fix, TEXT.get("reason.sgRule", ce.order(), ce.name(), code, sg)));
        }
    }

}
