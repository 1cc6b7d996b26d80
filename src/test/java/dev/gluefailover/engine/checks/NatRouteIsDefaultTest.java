package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.eval;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.network;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.Route;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NAT_ROUTE_NOT_DEFAULT: a NAT route narrower than 0.0.0.0/0 passes Glue's check but warns for the run. */
class NatRouteIsDefaultTest {
    @Test
    void aDefaultNatRoutePasses() {
        assertEquals(CheckStatus.PASS, check(healthy(), "NAT_ROUTE_NOT_DEFAULT", DEFAULTS).status());
    }

    @Test
    void aNarrowNatRouteWarnsAndNamesThePrefix() {
        SnapshotBuilder b = withNat(network(), nat("available", "public"), Route.toNat("10.99.0.0/16", "nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult r = c.result("NAT_ROUTE_NOT_DEFAULT").orElseThrow();
        assertEquals(CheckStatus.WARN, r.status());
        assertTrue(r.message().contains("10.99.0.0/16"), r.message());
        assertEquals("10.99.0.0/16", r.evidence().get("destination"));
        assertTrue(c.runWouldSucceed(), "a warning does not fail the run");
    }

    @Test
    void anEndpointBesideTheNarrowRouteIsNamed() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        Route.toNat("10.99.0.0/16", "nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult r = check(b, "NAT_ROUTE_NOT_DEFAULT", DEFAULTS);
        assertEquals(CheckStatus.WARN, r.status());
        assertTrue(r.message().contains("S3 still flows through gateway endpoint vpce-1"), r.message());
    }

    @Test
    void withoutANatRouteThereIsNothingToWarnAbout() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        assertEquals(CheckStatus.PASS, check(b, "NAT_ROUTE_NOT_DEFAULT", DEFAULTS).status());
        // With the narrow route not counted for selection, the run check has no NAT route to judge.
        SnapshotBuilder strict = withNat(network(), nat("available", "public"), Route.toNat("10.99.0.0/16", "nat-1"));
        assertEquals(CheckStatus.PASS, check(strict, "NAT_ROUTE_NOT_DEFAULT",
                DEFAULTS.with("natRouteAnyDestinationCounts", "false")).status());
    }
}
