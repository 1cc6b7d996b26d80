package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.SgFailureEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the two security group checks share: one group of the connection must have a rule that
 * covers all ports to or from an allowed peer [DOC S1,S5]. Whether a failure makes Glue skip the
 * connection is unknown [INF]: the setting {@code sgFailureEffect} decides the check's kind.
 */
abstract sealed class SecurityGroupRulesCheck extends ConnectionCheck permits SelfIngress, AllEgress {
    private static final List<String> USES_EFFECT = List.of(Setting.SG_FAILURE_EFFECT.key());

    SecurityGroupRulesCheck(CheckDefinition definition) {
        super(definition);
    }

    /** The rules of a group this check reads (inbound or outbound). */
    abstract List<SecurityGroupRule> rules(SecurityGroup sg);

    /** The peer a rule allows that satisfies the check ("itself (sg-1)", "0.0.0.0/0"), or null. */
    abstract String allowedPeer(SecurityGroupRule rule, SecurityGroup sg, List<String> connectionGroups);

    /** "sg-1 inbound all ports from itself (sg-1)" */
    abstract String ruleEvidence(String groupId, String peer);

    /** "Security group sg-1 allows all inbound traffic from itself (sg-1)." */
    abstract String passMessage(String groupId, String peer);

    abstract String failMessage();

    @Override
    public final CheckResult evaluate(CheckContext c) {
        CheckKind kind = c.settings().sgFailureEffect() == SgFailureEffect.SKIPS_CONNECTION ? CheckKind.SELECTION
                : CheckKind.RUN;
        List<String> groupIds = c.connection().securityGroupIds();
        Evidence groups = Evidence.fact("securityGroups", groupIds.size() == 1 ? groupIds.get(0)
                : String.join(", ", groupIds));
        List<Evidence> evidence = evidence(groups);
        if (groupIds.isEmpty()) {
            return result(kind, CheckStatus.FAIL, "The connection has no security group.", evidence, USES_EFFECT);
        }
        List<String> missing = null;
        for (String id : groupIds) {
            SecurityGroup sg = c.index().securityGroup(id).orElse(null);
            if (sg == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(id);
                continue;
            }
            for (SecurityGroupRule rule : rules(sg)) {
                if (!rule.coversAllPorts()) {
                    continue;
                }
                String peer = allowedPeer(rule, sg, groupIds);
                if (peer != null) {
                    // A passing group check does not depend on what a failing one would do.
                    return result(kind, CheckStatus.PASS, passMessage(id, peer),
                            evidence(groups, Evidence.fact("rule", ruleEvidence(id, peer))), List.of());
                }
            }
        }
        if (missing != null) {
            evidence = evidence(groups, Evidence.fact("notFound", String.join(", ", missing)));
            Optional<LoadProblem> p = c.problem(EC2_SGS, missing.get(0));
            if (p.isPresent()) {
                CheckResult u = couldNotRead(p.get(), "security group " + missing.get(0), evidence);
                return result(kind, u.status(), u.message(), u.typedEvidence(), USES_EFFECT);
            }
        }
        String msg = failMessage();
        if (missing != null) {
            msg += " Not found: " + String.join(", ", missing) + ".";
        }
        return result(kind, CheckStatus.FAIL, msg, evidence, USES_EFFECT);
    }
}
