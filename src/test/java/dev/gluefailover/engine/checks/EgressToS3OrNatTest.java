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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NO_S3_ENDPOINT_OR_NAT: the effective route table, what counts and the settings that decide it. */
class EgressToS3OrNatTest {
    @Test
    void mainTableGovernsSubnetsWithoutExplicitAssociation() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"), defaultToNat("nat-1"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("rtb-main (main table of vpc-1)", r.evidence().get("routeTable"));
    }

    @Test
    void explicitAssociationWinsOverTheMainTable() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"), defaultToNat("nat-1"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("rtb-1 (explicitly associated)", r.evidence().get("routeTable"));
    }

    @Test
    void s3GatewayEndpointCountsOnlyWhenAttachedToTheEffectiveTable() {
        SnapshotBuilder attached = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult ok = check(attached, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, ok.status());
        assertEquals("vpce-1 attached to rtb-1", ok.evidence().get("s3GatewayEndpoint"));

        SnapshotBuilder elsewhere = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-main");
        CheckResult fail = check(elsewhere, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, fail.status());
        assertTrue(fail.evidence().get("notCounted").contains("vpce-1 (S3 gateway endpoint not attached to rtb-1)"));

        SnapshotBuilder nowhere = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .s3GatewayEndpoint("vpce-1", "vpc-1");
        assertEquals(CheckStatus.FAIL, check(nowhere, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS).status());
    }

    @Test
    void removedEndpointNoLongerCounts() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS, new SimulatedFailure.EndpointRemoved("vpce-1"));
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("removed, simulated"));
    }

    @Test
    void blackholeNatRouteIsASetting() {
        Route blackhole = new Route("0.0.0.0/0", null, null, "nat-1", null, null, null, "blackhole");
        SnapshotBuilder b = withNat(network(), nat("deleted", "public"), blackhole);
        CheckResult byDefault = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, byDefault.status());
        assertTrue(byDefault.settingsUsed().contains("blackholeNatRouteCounts"));
        RuleSettings counts = DEFAULTS.with("blackholeNatRouteCounts", "true").with("failedNatCounts", "true");
        assertEquals(CheckStatus.PASS, check(b, "NO_S3_ENDPOINT_OR_NAT", counts).status());
    }

    @Test
    void failedNatIsASetting() {
        SnapshotBuilder failed = withNat(network(), nat("failed", "public"), defaultToNat("nat-1"));
        CheckResult r = check(failed, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("NAT failed"));
        assertTrue(r.source().contains("failedNatCounts"));
        assertEquals(CheckStatus.PASS,
                check(failed, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("failedNatCounts", "true")).status());
        // A simulated NAT failure is the same thing.
        CheckResult simulated = check(healthy(), "NO_S3_ENDPOINT_OR_NAT", DEFAULTS,
                new SimulatedFailure.NatGatewayFailure("nat-1"));
        assertEquals(CheckStatus.FAIL, simulated.status());
        assertTrue(simulated.evidence().get("notCounted").contains("NAT failed, simulated"));
    }

    @Test
    void s3InterfaceEndpointIsASetting() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .endpoint(new VpcEndpoint("vpce-if", "vpc-1", "Interface", "com.amazonaws.us-east-1.s3", "available",
                        List.of(), List.of("subnet-1")));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("vpce-if (S3 interface endpoint)"));
        assertEquals(CheckStatus.PASS,
                check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("s3InterfaceEndpointCounts", "true")).status());
    }

    @Test
    void natInstanceAndTransitGatewayAreASetting() {
        Route toInstance = new Route("0.0.0.0/0", null, null, null, null, "i-nat", null, "active");
        Route toTgw = new Route("0.0.0.0/0", null, null, null, "tgw-1", null, null, "active");
        for (Route route : List.of(toInstance, toTgw)) {
            SnapshotBuilder b = network()
                    .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), route);
            CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
            assertEquals(CheckStatus.FAIL, r.status(), route.target());
            assertTrue(r.evidence().get("notCounted").contains(route.target()));
            assertEquals(CheckStatus.PASS,
                    check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("natInstanceOrTgwCounts", "true")).status());
        }
    }

    @Test
    void privateNatCountsWithAWarningByDefault() {
        SnapshotBuilder b = withNat(network(), nat("available", "private"), defaultToNat("nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        assertEquals(CheckStatus.WARN, c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult off = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("privateNatCounts", "false"));
        assertEquals(CheckStatus.FAIL, off.status());
    }

    @Test
    void unreadableRouteTablesAreUnknown() {
        SnapshotBuilder b = network().problem(new LoadProblem("ec2:DescribeRouteTables", "UnauthorizedOperation",
                "You are not authorized", List.of()));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        CheckResult r = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, r.status());
        assertEquals("ec2:DescribeRouteTables", r.evidence().get("action"));
        assertEquals(Verdict.UNKNOWN, c.verdict());
        // The rest of the evaluation stands.
        assertEquals(CheckStatus.PASS, c.result("NO_FREE_IPS").orElseThrow().status());
    }

    // The typed finding and evidence

    @Test
    void theFindingNamesTheRouteTableAndTheCountedNatByKindAndId() {
        ConnectionEvaluation c = eval(healthy(), DEFAULTS);
        EgressPath path = c.egress();
        assertEquals("rtb-1", path.routeTableId());
        assertTrue(path.explicitAssociation());
        assertEquals(List.of("nat-1"), path.natGatewayIds());
        assertNull(path.s3EndpointId());
        CheckResult r = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals(List.of(new ElementRef(ElementKind.SUBNET, "subnet-1"), new ElementRef(ElementKind.ROUTE_TABLE,
                "rtb-1"), new ElementRef(ElementKind.NAT_GATEWAY, "nat-1")), r.elements());
        // The rendered map is made from the typed list, key by key.
        assertEquals(r.typedEvidence().size(), r.evidence().size());
        r.typedEvidence().forEach(e -> assertEquals(e.value(), r.evidence().get(e.key())));
    }

    @Test
    void theFindingNamesTheCountedEndpointAndIsEmptyWhenNothingCounts() {
        SnapshotBuilder attached = network().nat(nat("available", "public"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        defaultToNat("nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        EgressPath both = eval(attached, DEFAULTS).egress();
        assertEquals(List.of("nat-1"), both.natGatewayIds());
        assertEquals("vpce-1", both.s3EndpointId());
        assertEquals(List.of(new ElementRef(ElementKind.NAT_GATEWAY, "nat-1"),
                new ElementRef(ElementKind.VPC_ENDPOINT, "vpce-1")), both.carriers());

        SnapshotBuilder main = network().mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"));
        EgressPath none = eval(main, DEFAULTS).egress();
        assertEquals("rtb-main", none.routeTableId());
        assertFalse(none.explicitAssociation());
        assertFalse(none.found());

        EgressPath noTable = eval(network(), DEFAULTS).egress();
        assertNull(noTable.routeTableId());
        assertFalse(noTable.found());
    }

    @Test
    void aCountedTransitGatewayIsTheOtherTarget() {
        Route toTgw = new Route("0.0.0.0/0", null, null, null, "tgw-1", null, null, "active");
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), toTgw);
        assertEquals("tgw-1", eval(b, DEFAULTS.with("natInstanceOrTgwCounts", "true")).egress().otherTargetId());
        assertNull(eval(b, DEFAULTS).egress().otherTargetId());
    }
}
