package dev.gluefailover.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.review.DiffChange.Action;
import dev.gluefailover.review.DiffChange.Resource;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Diffs of samples edited here: what each change is called, and whether resilience got worse. */
class SnapshotDiffTest {
    private Locale language;

    @BeforeEach
    void english() {
        language = Messages.language();
        Messages.setLanguage("en");
    }

    @AfterEach
    void restore() {
        Messages.setLanguage(language);
    }

    static SnapshotDiff diff(Snapshot before, Snapshot after) {
        return SnapshotDiff.compute(before, after, null, Simulation.NONE, RuleSettings.defaults());
    }

    static List<String> lines(SnapshotDiff d) {
        return d.resources().stream().map(DiffText::line).toList();
    }

    @Test
    void aSecondNatWithItsOwnRouteIsNoWorseAndTheJobNowSurvivesAnAzOutage() {
        Snapshot before = Samples.get("single-nat");
        SnapshotDiff d = diff(before, DiffFixtures.singleNatWithSecondNat());

        assertFalse(d.worse());
        assertTrue(d.better());
        List<String> lines = lines(d);
        assertTrue(lines.contains("NAT gateway nat-0c33natgw00001b added"), lines.toString());
        assertTrue(lines.contains("route table rtb-0c33private0001b added"), lines.toString());
        assertTrue(lines.contains("subnet subnet-0c33private001b no longer associated with route table "
                + "rtb-0c33private000001"), lines.toString());
        SnapshotDiff.SummaryChange az = d.summaries().stream().filter(s -> s.kind().equals("AZ outage")).findFirst()
                .orElseThrow();
        assertFalse(az.before().survives());
        assertTrue(az.after().survives());
        assertEquals("survives any single AZ outage: no \u2192 yes", DiffText.line(az));
        SnapshotDiff.ScenarioChange azA = d.scenarios().stream().filter(s -> s.key().equals("az=use1-az1"))
                .findFirst().orElseThrow();
        assertTrue(azA.better());
        assertEquals("outage of us-east-1a (use1-az1): Glue picks #2 orders-db-1b but the run fails "
                + "(NAT_IN_FAILED_AZ) \u2192 uses #2 orders-db-1b", DiffText.line(azA));
        // The one NAT behind every connection is gone as a single point of failure.
        assertTrue(d.spofs().stream().anyMatch(s -> !s.added()
                && s.point().elements().get(0).equals(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a"))));
        assertTrue(d.changedElements().contains(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001b")));
        assertTrue(DiffText.verdict(d).startsWith("No worse"), DiffText.verdict(d));
    }

    @Test
    void removingANatMakesAnAzOutageFatalAndTheDiffSaysWorse() {
        SnapshotDiff d = diff(Samples.get("three-az"), DiffFixtures.threeAzWithoutNat1b());

        assertTrue(d.worse());
        List<String> lines = lines(d);
        assertTrue(lines.contains("NAT gateway nat-0c33natgw00001b removed"), lines.toString());
        assertTrue(lines.contains("route 0.0.0.0/0 in rtb-0c33private0001b: nat-0c33natgw00001b \u2192 "
                + "nat-0c33natgw00001a"), lines.toString());
        SnapshotDiff.ScenarioChange az1 = d.scenarios().stream().filter(s -> s.key().equals("az=use1-az1"))
                .findFirst().orElseThrow();
        assertTrue(az1.worse());
        assertTrue(az1.before().survives());
        assertEquals(List.of("NAT_IN_FAILED_AZ"), az1.after().failedRunChecks());
        // The baseline did not change: the run still works and Glue still picks #1.
        assertFalse(d.run().changed());
        assertFalse(d.choice().changed());
        assertTrue(DiffText.verdict(d).contains("outage of us-east-1a (use1-az1): survived before, not now"),
                DiffText.verdict(d));
        // A route changed in a table: the table and both NATs are what the window highlights.
        DiffChange route = d.resources().stream().filter(c -> "route".equals(c.part())).findFirst().orElseThrow();
        assertEquals(Action.CHANGED, route.action());
        assertEquals(List.of(new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private0001b"),
                new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001b"),
                new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a")), route.elements());
    }

    @Test
    void identicalSnapshotsHaveNoChangesAndAreNoWorse() {
        SnapshotDiff d = diff(Samples.get("three-az"), Samples.get("three-az"));
        assertTrue(d.identical());
        assertFalse(d.worse());
        assertTrue(d.resources().isEmpty());
        assertTrue(d.connections().isEmpty());
        assertTrue(d.scenarios().isEmpty());
        assertEquals("No changes: the snapshots hold the same resources and the job the same answers.",
                DiffText.verdict(d));
        assertTrue(DiffText.text(d, "a.json", "b.json").contains("No changes"));
    }

    @Test
    void freeIpsDroppingToZeroMovesTheChoiceAndTheCheckChangeNamesItsEvidence() {
        Snapshot before = Samples.get("ip-exhaustion");
        Snapshot after = before.withSubnets(before.subnets().stream()
                .map(s -> s.subnetId().equals("subnet-0d44tiny00001a") ? s.withAvailableIps(0) : s).toList());
        SnapshotDiff d = diff(before, after);

        assertEquals(List.of("subnet subnet-0d44tiny00001a: free IPs 3 \u2192 0"), lines(d));
        SnapshotDiff.ConnectionChange tiny = d.connections().stream()
                .filter(c -> c.name().equals("warehouse-tiny-1a")).findFirst().orElseThrow();
        assertEquals(Verdict.CHOSEN, tiny.verdictBefore());
        assertEquals(Verdict.SKIPPED, tiny.verdictAfter());
        SnapshotDiff.CheckChange noIps = tiny.checks().stream().filter(c -> c.code().equals("NO_FREE_IPS"))
                .findFirst().orElseThrow();
        assertEquals(CheckStatus.PASS, noIps.before());
        assertEquals(CheckStatus.FAIL, noIps.after());
        assertTrue(DiffText.line(noIps).startsWith("NO_FREE_IPS: PASS \u2192 FAIL \u2014 "), DiffText.line(noIps));
        assertFalse(noIps.evidence().isEmpty());
        // 3 free IPs for 10 workers: the run failed; at 0 Glue moves on to the large subnet and it works.
        assertTrue(d.choice().changed());
        assertEquals("Glue's choice: #1 warehouse-tiny-1a \u2192 #2 warehouse-large-1b", DiffText.choiceLine(d));
        assertEquals(Evaluation.Outcome.RUN_FAILS, d.run().before());
        assertEquals(Evaluation.Outcome.RUN_WORKS, d.run().after());
        assertFalse(d.worse());
    }

    @Test
    void detachingTheS3EndpointFromItsTableStopsTheRunAndIsWorse() {
        Snapshot before = Samples.get("ip-exhaustion");
        Snapshot after = before.withVpcEndpoints(before.vpcEndpoints().stream()
                .map(e -> new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(), e.serviceName(),
                        e.state(), List.of(), e.subnetIds())).toList())
                .withRouteTables(before.routeTables().stream().map(t -> new RouteTable(t.routeTableId(), t.vpcId(),
                        t.associations(), t.routes().stream().filter(r -> !r.targetsVpcEndpoint()).toList(), t.tags()))
                        .toList());
        SnapshotDiff d = diff(before, after);

        List<String> lines = lines(d);
        assertTrue(lines.contains("route pl-6da54004 \u2192 vpce-0d44s3gateway01 removed from rtb-0d44main0000001"),
                lines.toString());
        assertTrue(lines.contains("endpoint vpce-0d44s3gateway01 detached from route table rtb-0d44main0000001"),
                lines.toString());
        assertTrue(d.connections().stream().allMatch(c -> c.verdictAfter() == Verdict.SKIPPED), d.connections()
                .toString());
        assertTrue(d.connections().get(0).checks().stream().anyMatch(c -> c.code().equals("NO_S3_ENDPOINT_OR_NAT")
                && c.after() == CheckStatus.FAIL));
        assertEquals(Evaluation.Outcome.NO_CONNECTION, d.run().after());
        assertTrue(d.worse(), "no connection passes: the job would not start");
    }

    @Test
    void aRouteAddedToATableIsNamedWithItsDestinationAndTarget() {
        Snapshot before = Samples.get("endpoint-wrong-table");
        Snapshot after = before
                .withVpcEndpoints(before.vpcEndpoints().stream().map(e -> new VpcEndpoint(e.vpcEndpointId(), e.vpcId(),
                        e.vpcEndpointType(), e.serviceName(), e.state(),
                        Stream.concat(e.routeTableIds().stream(), Stream.of("rtb-0e55private001a")).toList(),
                        e.subnetIds())).toList())
                .withRouteTables(before.routeTables().stream().map(t -> !t.routeTableId().equals("rtb-0e55private001a")
                        ? t : new RouteTable(t.routeTableId(), t.vpcId(), t.associations(),
                                Stream.concat(t.routes().stream(), Stream.of(Route.toEndpoint("pl-68a54001",
                                        "vpce-0e55s3gateway01"))).toList(), t.tags())).toList());
        SnapshotDiff d = diff(before, after);

        assertEquals(List.of("route pl-68a54001 \u2192 vpce-0e55s3gateway01 added to rtb-0e55private001a",
                "endpoint vpce-0e55s3gateway01 attached to route table rtb-0e55private001a"), lines(d));
        // The first connection now passes, so Glue picks it.
        assertEquals("lake-db-1a", d.choice().after().orElseThrow().name());
        assertFalse(d.worse());
    }

    @Test
    void aConnectionMovedToAnotherSubnetAndTheJobsOrderAreNamed() {
        Snapshot before = Samples.get("three-az");
        Snapshot after = before.withConnections(before.connections().stream().map(c -> !c.name().equals("orders-db-1b")
                ? c : new GlueConnection(c.name(), c.connectionType(), "subnet-0c33private001c", c.securityGroupIds(),
                        "us-east-1c", c.jdbcUrl(), c.status(), c.statusReason())).toList());
        after = after.withJob(after.jobs().get(0).withConnectionNames(List.of("orders-db-1b", "orders-db-1a",
                "orders-db-1c")));
        SnapshotDiff d = diff(before, after);

        List<String> lines = lines(d);
        assertTrue(lines.contains("connection orders-db-1b: subnet subnet-0c33private001b \u2192 subnet-0c33private001c"),
                lines.toString());
        assertTrue(lines.contains("job orders-nightly-etl: connection order orders-db-1a, orders-db-1b, orders-db-1c "
                + "\u2192 orders-db-1b, orders-db-1a, orders-db-1c"), lines.toString());
        DiffChange moved = d.resources().stream().filter(c -> "subnetId".equals(c.part())).findFirst().orElseThrow();
        assertTrue(moved.elements().containsAll(List.of(new ElementRef(ElementKind.CONNECTION, "orders-db-1b"),
                new ElementRef(ElementKind.SUBNET, "subnet-0c33private001b"),
                new ElementRef(ElementKind.SUBNET, "subnet-0c33private001c"))));
        assertEquals("orders-db-1b", d.choice().after().orElseThrow().name());
        SnapshotDiff.ConnectionChange first = d.connections().stream().filter(c -> c.name().equals("orders-db-1b"))
                .findFirst().orElseThrow();
        assertEquals(2, first.orderBefore());
        assertEquals(1, first.orderAfter());
        // Two connections now share us-east-1c: losing that AZ is still survived through orders-db-1a.
        assertFalse(d.worse());
    }

    @Test
    void natStateAndDnsChangesAreFieldChanges() {
        Snapshot before = Samples.get("single-nat");
        Snapshot after = before.withNatGateways(before.natGateways().stream().map(n -> new NatGateway(n.natGatewayId(),
                n.vpcId(), n.subnetId(), "failed", n.connectivityType(), n.tags())).toList());
        SnapshotDiff d = diff(before, after);
        assertEquals(List.of("NAT gateway nat-0c33natgw00001a: state available \u2192 failed"), lines(d));
        assertTrue(d.worse(), "the only NAT failed: " + DiffText.verdict(d));
    }

    @Test
    void theSameFailuresApplyToBothSides() {
        Snapshot before = Samples.get("single-nat");
        SnapshotDiff d = SnapshotDiff.compute(before, DiffFixtures.singleNatWithSecondNat(), null,
                Simulation.of(new SimulatedFailure.AzOutage("us-east-1a")), RuleSettings.defaults());
        // With us-east-1a out the run failed on the one NAT; with a NAT in 1b it works.
        assertEquals(Evaluation.Outcome.RUN_FAILS, d.run().before());
        assertEquals(Evaluation.Outcome.RUN_WORKS, d.run().after());
        assertEquals(List.of("az=use1-az1"), d.simulation().failures().stream().map(SimulatedFailure::spec).toList());
    }

    @Test
    void jobsAreMatchedByName() {
        Snapshot seed = Samples.get("seed-article");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> diff(seed, Samples.get("three-az")));
        assertTrue(e.getMessage().contains("nayuts-failover-job") && e.getMessage().contains("orders-nightly-etl"),
                e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SnapshotDiff.compute(seed, seed, "nightly", Simulation.NONE, RuleSettings.defaults()));
        assertTrue(missing.getMessage().contains("'nightly'"), missing.getMessage());
    }

    @Test
    void theTextsAreJapaneseWhenTheLanguageIs() {
        Messages.setLanguage("ja");
        SnapshotDiff d = diff(Samples.get("three-az"), DiffFixtures.threeAzWithoutNat1b());
        assertTrue(lines(d).contains("NAT ゲートウェイ nat-0c33natgw00001b を削除"), lines(d).toString());
        assertTrue(DiffText.verdict(d).startsWith("耐障害性が低下しました"), DiffText.verdict(d));
    }

    @Test
    void unknownFailureTargetsAreThoseNeitherSideHolds() {
        Snapshot three = Samples.get("three-az");
        Snapshot without = DiffFixtures.threeAzWithoutNat1b();
        assertTrue(SnapshotDiff.unknownOnBothSides(three, without,
                Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001b"))).isEmpty());
        assertEquals(1, SnapshotDiff.unknownOnBothSides(three, without,
                Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-typo"))).size());
        // In the snapshot's section order: route tables come before NAT gateways.
        assertEquals(List.of(Resource.ROUTE_TABLE, Resource.NAT_GATEWAY),
                diff(three, without).resources().stream().map(DiffChange::kind).toList());
    }
}
