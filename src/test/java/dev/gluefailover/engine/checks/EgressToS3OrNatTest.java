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
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
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

    // Second reading of the sources

    @Test
    void aPendingNatIsASetting() {
        SnapshotBuilder b = withNat(network(), nat("pending", "public"), defaultToNat("nat-1"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("NAT pending"));
        assertEquals(List.of("pendingNatCounts"), r.settingsUsed());
        assertEquals(CheckStatus.PASS,
                check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("pendingNatCounts", "true")).status());
        // An available NAT does not consult the setting.
        assertEquals(List.of(), check(healthy(), "NO_S3_ENDPOINT_OR_NAT", DEFAULTS).settingsUsed());
    }

    @Test
    void aRouteToAnotherVpcsNatIsInconsistentDataNeverAPass() {
        NatGateway foreign = new NatGateway("nat-1", "vpc-2", "subnet-other", "available", "public", Map.of());
        SnapshotBuilder b = withNat(network(), foreign, defaultToNat("nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        CheckResult r = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, r.status());
        assertTrue(r.message().contains("inconsistent"), r.message());
        assertTrue(r.message().contains("nat-1 of vpc-2"), r.message());
        assertEquals(Verdict.UNKNOWN, c.verdict());
        assertFalse(c.egress().found());
        // Whatever else counts still counts: the foreign NAT adds nothing.
        SnapshotBuilder withEndpoint = network().nat(foreign)
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        defaultToNat("nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        ConnectionEvaluation e = eval(withEndpoint, DEFAULTS);
        assertEquals(CheckStatus.PASS, e.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        assertEquals(List.of(), e.egress().natGatewayIds());
    }

    @Test
    void aNatRouteOfAnyDestinationCountsByDefault() {
        Route narrow = Route.toNat("10.99.0.0/16", "nat-1");
        SnapshotBuilder b = withNat(network(), nat("available", "public"), narrow);
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.message().contains("for 10.99.0.0/16"), r.message());
        assertEquals(List.of("natRouteAnyDestinationCounts"), r.settingsUsed());
        CheckResult strict = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("natRouteAnyDestinationCounts", "false"));
        assertEquals(CheckStatus.FAIL, strict.status());
        assertTrue(strict.evidence().get("notCounted").contains("10.99.0.0/16 -> nat-1 (destination narrower"));
    }

    @Test
    void aDefaultNatRouteIsPreferredOverANarrowOne() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .nat(new NatGateway("nat-2", "vpc-1", "subnet-pub", "available", "public", Map.of()))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        Route.toNat("10.99.0.0/16", "nat-2"), defaultToNat("nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS.with("natRouteAnyDestinationCounts", "false"));
        assertEquals(List.of("nat-1"), c.egress().natGatewayIds());
        // The narrow route was never needed, so the setting did not decide anything.
        assertEquals(List.of(), c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().settingsUsed());
    }

    @Test
    void aCountedBlackholeRouteCountsAlsoWhenTheNatIsGoneFromTheData() {
        Route blackhole = new Route("0.0.0.0/0", null, null, "nat-gone", null, null, null, "blackhole");
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), blackhole);
        assertEquals(CheckStatus.FAIL, check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS).status());
        RuleSettings counts = DEFAULTS.with("blackholeNatRouteCounts", "true");
        ConnectionEvaluation c = eval(b, counts);
        CheckResult r = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.evidence().get("natRoute").contains("NAT gateway gone from the data"));
        assertEquals(List.of("nat-gone"), c.egress().natGatewayIds());
        // And when the record is there, deleted: the route setting alone decides.
        SnapshotBuilder deleted = withNat(network(), nat("deleted", "public"),
                new Route("0.0.0.0/0", null, null, "nat-1", null, null, null, "blackhole"));
        assertEquals(CheckStatus.PASS, check(deleted, "NO_S3_ENDPOINT_OR_NAT", counts).status());
    }

    @Test
    void whichEndpointStatesCountIsASetting() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .endpoint(new VpcEndpoint("vpce-1", "vpc-1", "Gateway", "com.amazonaws.us-east-1.s3", "Pending",
                        List.of("rtb-1"), List.of()));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("vpce-1 (S3 gateway endpoint Pending)"));
        assertEquals(List.of("endpointStatesThatCount"), r.settingsUsed());
        CheckResult pendingCounts = check(b, "NO_S3_ENDPOINT_OR_NAT",
                DEFAULTS.with("endpointStatesThatCount", "available, pending"));
        assertEquals(CheckStatus.PASS, pendingCounts.status());
        assertTrue(pendingCounts.evidence().get("s3GatewayEndpoint").contains("(Pending)"));
        // Available counts by default, whatever its case, without the setting deciding.
        SnapshotBuilder available = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .endpoint(new VpcEndpoint("vpce-1", "vpc-1", "Gateway", "com.amazonaws.us-east-1.s3", "Available",
                        List.of("rtb-1"), List.of()));
        CheckResult ok = check(available, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, ok.status());
        assertEquals(List.of(), ok.settingsUsed());
        // The same setting governs an interface endpoint that counts by the other setting.
        SnapshotBuilder iface = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .endpoint(new VpcEndpoint("vpce-if", "vpc-1", "Interface", "com.amazonaws.us-east-1.s3", "pending",
                        List.of(), List.of("subnet-1")));
        RuleSettings ifaceCounts = DEFAULTS.with("s3InterfaceEndpointCounts", "true");
        assertEquals(CheckStatus.FAIL, check(iface, "NO_S3_ENDPOINT_OR_NAT", ifaceCounts).status());
        assertEquals(CheckStatus.PASS, check(iface, "NO_S3_ENDPOINT_OR_NAT",
                ifaceCounts.with("endpointStatesThatCount", "available,pending")).status());
    }

    @Test
    void theFailureQuotesGluesOwnText() {
        SnapshotBuilder b = network().mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertTrue(r.message().startsWith("VPC S3 endpoint validation failed for SubnetId: subnet-1. Reason: Could not "
                + "find S3 endpoint or NAT gateway for subnetId: subnet-1 in Vpc vpc-1 [FIELD F1]"), r.message());
    }
}
