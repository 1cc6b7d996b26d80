package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.SelfIngressTest.check;
import static dev.gluefailover.engine.checks.SelfIngressTest.fromGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.model.SecurityGroupRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SG_NO_EGRESS: IPv4 anywhere, the group itself or another group of the connection; ::/0 alone is IPv6 only. */
class AllEgressTest {
    private static final SecurityGroupRule SELF_INGRESS = SecurityGroupRule.allTrafficFromGroup("sg-x");

    private static SecurityGroupRule toCidr(String protocol, Integer from, Integer to, String cidr) {
        return new SecurityGroupRule(protocol, from, to, List.of(cidr), List.of(), List.of());
    }

    private static CheckResult egress(SecurityGroupRule rule, String... moreGroups) {
        return check("SG_NO_EGRESS", DEFAULTS, List.of(SELF_INGRESS), List.of(rule), moreGroups);
    }

    @Test
    void ipv4AnywherePassesInAnySpellingOfTheProtocol() {
        assertEquals(CheckStatus.PASS, egress(toCidr("-1", null, null, "0.0.0.0/0")).status());
        assertEquals(CheckStatus.PASS, egress(toCidr("6", 0, 65535, "0.0.0.0/0")).status());
        assertEquals(CheckStatus.PASS, egress(toCidr("tcp", 0, 65535, "0.0.0.0/0")).status());
        assertEquals(CheckStatus.FAIL, egress(toCidr("tcp", 443, 443, "0.0.0.0/0")).status());
        assertEquals(CheckStatus.FAIL, egress(toCidr("-1", null, null, "10.0.0.0/8")).status());
    }

    @Test
    void ipv6AnywhereAloneDoesNotOpenIpv4Egress() {
        CheckResult r = egress(toCidr("-1", null, null, "::/0"));
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("::/0 (IPv6 only)"), r.evidence().toString());
        CheckResult both = check("SG_NO_EGRESS", DEFAULTS, List.of(SELF_INGRESS),
                List.of(toCidr("-1", null, null, "::/0"), toCidr("-1", null, null, "0.0.0.0/0")));
        assertEquals(CheckStatus.PASS, both.status());
    }

    @Test
    void egressToItselfOrAnotherGroupOfTheConnectionCounts() {
        assertEquals(CheckStatus.PASS, egress(fromGroup("-1", null, null, "sg-x")).status());
        CheckResult other = egress(fromGroup("tcp", 0, 65535, "sg-y"), "sg-y");
        assertEquals(CheckStatus.PASS, other.status());
        assertEquals("sg-x outbound all ports to sg-y", other.evidence().get("rule"));
        // A group the connection does not attach is not the connection's own traffic.
        assertEquals(CheckStatus.FAIL, egress(fromGroup("-1", null, null, "sg-y")).status());
    }
}
