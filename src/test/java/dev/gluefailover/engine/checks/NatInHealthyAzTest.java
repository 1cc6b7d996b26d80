package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.eval;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.network;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NAT_IN_FAILED_AZ: the counted NAT gateway's zone, built on the egress finding. */
class NatInHealthyAzTest {
    @Test
    void natInAFailedZoneKillsEgressButNotTheChoice() {
        // nat-1 sits in subnet-pub, us-east-1b (use1-az2); subnet-1 is in use1-az1.
        ConnectionEvaluation c = eval(healthy(), DEFAULTS, new SimulatedFailure.AzOutage("use1-az2"));
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult r = c.result("NAT_IN_FAILED_AZ").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("us-east-1b (use1-az2)", r.evidence().get("natAz"));

        SnapshotBuilder withEndpoint = network().nat(nat("available", "public"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        defaultToNat("nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        assertEquals(CheckStatus.WARN, check(withEndpoint, "NAT_IN_FAILED_AZ", DEFAULTS,
                new SimulatedFailure.AzOutage("use1-az2")).status());
    }

    @Test
    void theResultNamesTheNatItsSubnetAndItsZone() {
        CheckResult r = check(healthy(), "NAT_IN_FAILED_AZ", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals(List.of(new ElementRef(ElementKind.NAT_GATEWAY, "nat-1"), new ElementRef(ElementKind.SUBNET,
                "subnet-pub"), new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az2")), r.elements());
        // No NAT counted (only an endpoint): nothing to be in a failed zone.
        SnapshotBuilder endpointOnly = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        assertEquals(CheckStatus.PASS, check(endpointOnly, "NAT_IN_FAILED_AZ", DEFAULTS,
                new SimulatedFailure.AzOutage("use1-az2")).status());
    }

    @Test
    void theNatsZoneIsReadAsAzUnhealthyReadsIt() {
        for (String state : List.of("information", "impaired")) {
            SnapshotBuilder b = withNat(new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1")
                    .zone("us-east-1b", "use1-az2", state).vpc("vpc-1", "10.0.0.0/16", "vpc")
                    .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                    .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                    .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                    .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null), nat("available", "public"),
                    defaultToNat("nat-1"));
            CheckStatus expected = state.equals("impaired") ? CheckStatus.FAIL : CheckStatus.PASS;
            assertEquals(expected, check(b, "NAT_IN_FAILED_AZ", DEFAULTS).status(), state);
            assertEquals(CheckStatus.FAIL, check(b, "NAT_IN_FAILED_AZ", DEFAULTS.with("azNoticeStatesHealthy",
                    "false")).status(), state);
        }
    }
}
