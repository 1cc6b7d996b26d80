package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.RuleSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SG_NO_SELF_INGRESS: protocol names and numbers, other groups of the connection, and CIDR ingress by setting. */
class SelfIngressTest {
    static final SecurityGroupRule OPEN_EGRESS = SecurityGroupRule.allTrafficTo("0.0.0.0/0");

    static SecurityGroupRule fromGroup(String protocol, Integer from, Integer to, String group) {
        return new SecurityGroupRule(protocol, from, to, List.of(), List.of(group), List.of());
    }

    static SecurityGroupRule fromCidr(String protocol, Integer from, Integer to, String cidr) {
        return new SecurityGroupRule(protocol, from, to, List.of(cidr), List.of(), List.of());
    }

    /** subnet-1 (10.0.1.0/24) with a connection on sg-x (and the other groups named), sg-x holding these inbound rules. */
    static CheckResult check(String code, RuleSettings settings, List<SecurityGroupRule> ingress,
            List<SecurityGroupRule> egress, String... moreGroups) {
        List<String> groups = new java.util.ArrayList<>(List.of("sg-x"));
        groups.addAll(List.of(moreGroups));
        Engine engine = new Engine(healthy().securityGroup(new SecurityGroup("sg-x", "vpc-1", "x", ingress, egress))
                .securityGroup(new SecurityGroup("sg-y", "vpc-1", "y", List.of(), List.of()))
                .connection(new GlueConnection("cx", "JDBC", "subnet-1", groups, "us-east-1a", null))
                .job(new GlueJob("jx", List.of("cx"), "G.1X", 2, null, 0, "5.0")).build());
        return engine.evaluate(engine.job("jx"), Simulation.NONE, settings).connections().get(0).result(code)
                .orElseThrow();
    }

    private static CheckStatus ingress(SecurityGroupRule rule, RuleSettings settings, String... moreGroups) {
        return check("SG_NO_SELF_INGRESS", settings, List.of(rule), List.of(OPEN_EGRESS), moreGroups).status();
    }

    @Test
    void protocolNamesAndNumbersAreTheSame() {
        assertEquals(CheckStatus.PASS, ingress(fromGroup("-1", null, null, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.PASS, ingress(fromGroup("tcp", 0, 65535, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.PASS, ingress(fromGroup("6", 0, 65535, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.PASS, ingress(fromGroup("TCP", 0, 65535, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.FAIL, ingress(fromGroup("tcp", 1, 65535, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.FAIL, ingress(fromGroup("6", 0, 5432, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.FAIL, ingress(fromGroup("udp", 0, 65535, "sg-x"), DEFAULTS));
        assertEquals(CheckStatus.FAIL, ingress(fromGroup("17", 0, 65535, "sg-x"), DEFAULTS));
    }

    @Test
    void anotherGroupOfTheConnectionCountsAGroupOutsideItDoesNot() {
        assertEquals(CheckStatus.PASS, ingress(fromGroup("-1", null, null, "sg-y"), DEFAULTS, "sg-y"));
        assertEquals(CheckStatus.FAIL, ingress(fromGroup("-1", null, null, "sg-y"), DEFAULTS));
    }

    @Test
    void cidrIngressDoesNotCountByDefault() {
        CheckResult r = check("SG_NO_SELF_INGRESS", DEFAULTS, List.of(fromCidr("-1", null, null, "0.0.0.0/0")),
                List.of(OPEN_EGRESS));
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().startsWith("At least one security group must open all ingress ports [FIELD F1]"),
                r.message());
        assertTrue(r.evidence().get("notCounted").contains("sg-x inbound all ports from 0.0.0.0/0"));
        assertTrue(r.settingsUsed().contains("cidrIngressCounts"), r.settingsUsed().toString());
        assertTrue(r.settingsUsed().contains("sgFailureEffect"), r.settingsUsed().toString());
    }

    @Test
    void cidrIngressThatCoversTheSubnetCountsBySetting() {
        RuleSettings on = DEFAULTS.with("cidrIngressCounts", "true");
        CheckResult all = check("SG_NO_SELF_INGRESS", on, List.of(fromCidr("-1", null, null, "0.0.0.0/0")),
                List.of(OPEN_EGRESS));
        assertEquals(CheckStatus.PASS, all.status());
        assertEquals(List.of("cidrIngressCounts"), all.settingsUsed());
        assertEquals(CheckStatus.PASS, ingress(fromCidr("tcp", 0, 65535, "10.0.0.0/16"), on));
        assertEquals(CheckStatus.PASS, ingress(fromCidr("-1", null, null, "10.0.1.0/24"), on));
        // A CIDR that does not hold the whole subnet (10.0.1.0/24) does not count, whatever the setting.
        assertEquals(CheckStatus.FAIL, ingress(fromCidr("-1", null, null, "10.1.0.0/16"), on));
        assertEquals(CheckStatus.FAIL, ingress(fromCidr("-1", null, null, "10.0.1.0/25"), on));
        CheckResult narrow = check("SG_NO_SELF_INGRESS", DEFAULTS, List.of(fromCidr("-1", null, null, "10.1.0.0/16")),
                List.of(OPEN_EGRESS));
        assertFalse(narrow.settingsUsed().contains("cidrIngressCounts"), "the setting could not have changed it");
    }

    @Test
    void cidrContainment() {
        assertTrue(SecurityGroupRulesCheck.covers("0.0.0.0/0", null));
        assertTrue(SecurityGroupRulesCheck.covers("10.0.0.0/8", "10.200.3.0/24"));
        assertFalse(SecurityGroupRulesCheck.covers("10.0.0.0/8", "11.0.0.0/24"));
        assertFalse(SecurityGroupRulesCheck.covers("10.0.0.0/24", "10.0.0.0/16"));
        assertFalse(SecurityGroupRulesCheck.covers("::/0", "10.0.0.0/16"));
        assertFalse(SecurityGroupRulesCheck.covers("10.0.0.0/8", null));
        assertFalse(SecurityGroupRulesCheck.covers("not-a-cidr", "10.0.0.0/16"));
    }
}
