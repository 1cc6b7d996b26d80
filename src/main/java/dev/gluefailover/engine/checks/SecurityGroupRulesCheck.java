package dev.gluefailover.engine.checks;

import dev.gluefailover.model.Ipv4Cidr;
import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.SgFailureEffect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the two security group checks share: one group of the connection must have a rule that
 * covers all ports to or from an allowed peer [DOC S1,S5]. Protocol names and numbers are the same
 * thing ({@code tcp} = {@code 6}; {@code -1} is all traffic). Whether a failure makes Glue skip the
 * connection is unknown [INF]: the setting {@code sgFailureEffect} decides the check's kind.
 */
abstract sealed class SecurityGroupRulesCheck extends ConnectionCheck permits SelfIngress, AllEgress {

    /** A peer a rule allows that satisfies the check, and the setting that made it count (null: none). */
    record Peer(Object text, Setting setting) {
    }

    /**
     * What one group's rules are looked at with: the connection's groups, the subnet's CIDR (null when
     * unknown), and where to note what was seen but not counted and the settings that decided that.
     */
    record Look(List<String> connectionGroups, String subnetCidr, CheckContext context, List<Text> notCounted,
            Set<String> settingsUsed) {
    }

    SecurityGroupRulesCheck(CheckDefinition definition) {
        super(definition);
    }

    /** The rules of a group this check reads (inbound or outbound). */
    abstract List<SecurityGroupRule> rules(SecurityGroup sg);

    /** The peer of an all-ports rule that satisfies the check ("itself (sg-1)", "0.0.0.0/0"), or null. */
    abstract Peer allowedPeer(SecurityGroupRule rule, SecurityGroup sg, Look look);

    /** "sg-1 inbound all ports from itself (sg-1)" */
    abstract Text ruleEvidence(String groupId, Object peer);

    /** "Security group sg-1 allows all inbound traffic from itself (sg-1)." */
    abstract Text passMessage(String groupId, Object peer);

    abstract Text failMessage();

    /** All traffic ({@code -1}), or TCP ({@code tcp} or {@code 6}) over every port 0-65535 [DOC S5]. */
    static boolean coversAllPorts(SecurityGroupRule rule) {
        String protocol = rule.ipProtocol() == null ? "" : rule.ipProtocol().trim();
        if (protocol.equals("-1") || protocol.equalsIgnoreCase("all")) {
            return true;
        }
        return (protocol.equalsIgnoreCase("tcp") || protocol.equals("6")) && rule.fromPort() != null
                && rule.toPort() != null && rule.fromPort() <= 0 && rule.toPort() >= 65535;
    }

    /** An IPv4 CIDR that contains another (0.0.0.0/0 contains every one); false for IPv6 or what does not parse. */
    /**
     * A rule whose peer is the group itself or another group the connection attaches: the same
     * for inbound and outbound [DOC S5]; null when the rule names no such group.
     */
    static Peer groupPeer(SecurityGroupRule rule, SecurityGroup sg, Look look) {
        for (String g : rule.groupIds()) {
            if (g.equals(sg.groupId())) {
                return new Peer(text("sg.itself", g), null);
            }
            if (look.connectionGroups().contains(g)) {
                return new Peer(g, null);
            }
        }
        return null;
    }

    static boolean covers(String outer, String inner) {
        Optional<Ipv4Cidr> o = Ipv4Cidr.parse(outer == null ? null : outer.trim());
        Optional<Ipv4Cidr> i = Ipv4Cidr.parse(inner == null ? null : inner.trim());
        // 0.0.0.0/0 covers every subnet, even one whose CIDR the snapshot does not hold in IPv4 form.
        return o.isPresent() && (o.get().prefix() == 0 || i.isPresent() && o.get().contains(i.get()));
    }

    @Override
    public final CheckResult evaluate(CheckContext c) {
        CheckKind kind = c.settings().sgFailureEffect() == SgFailureEffect.SKIPS_CONNECTION ? CheckKind.SELECTION
                : CheckKind.RUN;
        List<String> groupIds = c.connection().securityGroupIds();
        Evidence groups = Evidence.fact("securityGroups", groupIds.size() == 1 ? groupIds.get(0)
                : String.join(", ", groupIds));
        List<String> failureSettings = List.of(Setting.SG_FAILURE_EFFECT.key());
        if (groupIds.isEmpty()) {
            return result(kind, CheckStatus.FAIL, text("sg.none"), evidence(groups),
                    failureSettings);
        }
        Look look = new Look(groupIds, c.subnet() == null ? null : c.subnet().cidrBlock(), c, new ArrayList<>(2),
                new LinkedHashSet<>(2));
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
                if (!coversAllPorts(rule)) {
                    continue;
                }
                Peer peer = allowedPeer(rule, sg, look);
                if (peer != null) {
                    // A passing group check does not depend on what a failing one would do.
                    return result(kind, CheckStatus.PASS, passMessage(id, peer.text()),
                            evidence(groups, Evidence.fact("rule", ruleEvidence(id, peer.text()))),
                            peer.setting() == null ? List.of() : List.of(peer.setting().key()));
                }
            }
        }
        List<String> used = new ArrayList<>(failureSettings);
        used.addAll(look.settingsUsed());
        Evidence notCounted = look.notCounted().isEmpty() ? null
                : Evidence.fact("notCounted", Text.join("; ", look.notCounted()));
        if (missing != null) {
            List<Evidence> evidence = evidence(groups, Evidence.fact("notFound", String.join(", ", missing)), notCounted);
            Optional<LoadProblem> p = c.problem(EC2_SGS, missing.get(0));
            if (p.isPresent()) {
                CheckResult u = couldNotRead(p.get(), text("what.securityGroup", missing.get(0)), evidence);
                return result(kind, u.status(), u.text(), u.typedEvidence(), used);
            }
            return result(kind, CheckStatus.FAIL, text("sg.notFound", failMessage(), String.join(", ", missing)),
                    evidence, used);
        }
        return result(kind, CheckStatus.FAIL, failMessage(), evidence(groups, notCounted), used);
    }
}
