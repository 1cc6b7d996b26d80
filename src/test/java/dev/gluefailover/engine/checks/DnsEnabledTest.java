package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DNS_DISABLED: both VPC DNS attributes on. */
class DnsEnabledTest {
    @Test
    void dnsAttributesMustBeOn() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc(new Vpc("vpc-1", "10.0.0.0/16", true, false, Map.of()))
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        CheckResult r = check(b, "DNS_DISABLED", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("false", r.evidence().get("enableDnsHostnames"));
    }

    /**
     * Two VPCs with their DNS attributes absent: vpc-1's connection can be used by a run, vpc-2's
     * has no route to a NAT gateway or S3 endpoint (it fails NO_S3_ENDPOINT_OR_NAT).
     */
    private static SnapshotBuilder twoVpcsWithoutDnsAttributes() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc(new Vpc("vpc-1", "10.0.0.0/16", null, null, Map.of()))
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue")
                .vpc(new Vpc("vpc-2", "10.1.0.0/16", null, null, Map.of()))
                .subnet("subnet-2", "vpc-2", "us-east-1b", "10.1.1.0/24", 100, "isolated-2")
                .mainRouteTable("rtb-2", "vpc-2", "main-2", SnapshotBuilder.local("10.1.0.0/16"))
                .glueSecurityGroup("sg-2", "vpc-2", "glue-2").job("job", 2, 0, "conn", "isolated")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null)
                .jdbcConnection("isolated", "subnet-2", "us-east-1b", "sg-2", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        return b;
    }

    @Test
    void theAttributesDecideOnlyWhereARunCanUseAConnection() {
        Engine engine = new Engine(twoVpcsWithoutDnsAttributes().build());
        assertEquals(Set.of("vpc-1"), DnsEnabled.vpcsWhereAttributesDecide(engine, DEFAULTS));
    }

    @Test
    void onAConnectionNoRunUsesAbsentAttributesAreNotNeededRatherThanUnknown() {
        Engine engine = new Engine(twoVpcsWithoutDnsAttributes().build());
        var e = engine.evaluate(engine.job("job"), Simulation.NONE, DEFAULTS);
        ConnectionEvaluation used = e.connection("conn").orElseThrow();
        ConnectionEvaluation skipped = e.connection("isolated").orElseThrow();
        assertEquals(Verdict.SKIPPED, skipped.verdict());
        CheckResult open = used.result("DNS_DISABLED").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, open.status());
        assertEquals("The DNS attributes of vpc-1 are not in the snapshot.", open.message());
        CheckResult notNeeded = skipped.result("DNS_DISABLED").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, notNeeded.status());
        assertEquals("Not checked: no run uses this connection (it fails NO_S3_ENDPOINT_OR_NAT), so the DNS "
                + "attributes of vpc-2 were not needed.", notNeeded.message());
        assertEquals("vpc-2", notNeeded.evidence().get("vpcId"));
    }

    @Test
    void attributesThatAreThereAreJudgedEvenWhereNoRunUsesTheConnection() {
        SnapshotBuilder b = twoVpcsWithoutDnsAttributes();
        Engine engine = new Engine(b.build().withVpcs(java.util.List.of(new Vpc("vpc-1", "10.0.0.0/16", true, true,
                Map.of()), new Vpc("vpc-2", "10.1.0.0/16", false, true, Map.of()))));
        var e = engine.evaluate(engine.job("job"), Simulation.NONE, DEFAULTS);
        assertEquals(CheckStatus.PASS, e.connection("conn").orElseThrow().result("DNS_DISABLED").orElseThrow().status());
        assertEquals(CheckStatus.FAIL, e.connection("isolated").orElseThrow().result("DNS_DISABLED").orElseThrow()
                .status());
    }
}
