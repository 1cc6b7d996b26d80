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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRIVATE_NAT_ONLY: a private NAT gateway passes selection with a warning, but alone it fails the run. */
class PrivateNatAloneTest {
    @Test
    void aPrivateNatAloneIsChosenWithAWarningAndFailsTheRun() {
        SnapshotBuilder b = withNat(network(), nat("available", "private"), defaultToNat("nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        assertEquals(Verdict.CHOSEN, c.verdict());
        assertEquals(CheckStatus.WARN, c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        CheckResult r = c.result("PRIVATE_NAT_ONLY").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("nat-1", r.evidence().get("natGateway"));
        assertTrue(r.message().contains("no path to the internet or S3"), r.message());
        assertFalse(c.runWouldSucceed());
    }

    @Test
    void aPrivateNatBesideAnS3EndpointDoesNotFailTheRun() {
        SnapshotBuilder b = network().nat(nat("available", "private"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        defaultToNat("nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult r = check(b, "PRIVATE_NAT_ONLY", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.message().contains("vpce-1"), r.message());
    }

    @Test
    void aPublicNatPassesAndAnUncountedPrivateOneIsNotJudged() {
        assertEquals(CheckStatus.PASS, check(healthy(), "PRIVATE_NAT_ONLY", DEFAULTS).status());
        SnapshotBuilder b = withNat(network(), nat("available", "private"), defaultToNat("nat-1"));
        ConnectionEvaluation off = eval(b, DEFAULTS.with("privateNatCounts", "false"));
        assertEquals(Verdict.SKIPPED, off.verdict());
        assertEquals(CheckStatus.PASS, off.result("PRIVATE_NAT_ONLY").orElseThrow().status());
    }
}
