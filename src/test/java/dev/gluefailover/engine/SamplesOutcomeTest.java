package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.engine.SimulatedFailure.SubnetIps;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each built-in sample keeps the promise its description makes. */
class SamplesOutcomeTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    private static Evaluation evaluate(String sample, SimulatedFailure... failures) {
        Engine engine = new Engine(Samples.get(sample));
        return engine.evaluate(engine.job(null), Simulation.of(failures), DEFAULTS);
    }

    private static List<Verdict> verdicts(Evaluation e) {
        return e.connections().stream().map(ConnectionEvaluation::verdict).toList();
    }

    @Test
    void seedArticleSkipsThePrivateOnlyConnectionAndChoosesTheSecond() {
        Evaluation e = evaluate("seed-article");
        assertEquals("nayuts-sample-connection", e.chosen().orElseThrow().name());
        ConnectionEvaluation first = e.connections().get(0);
        assertEquals("nayuts-private-only-connection", first.name());
        assertEquals(Verdict.SKIPPED, first.verdict());
        CheckResult blocking = first.blockingCheck().orElseThrow();
        assertEquals("NO_S3_ENDPOINT_OR_NAT", blocking.code());
        assertEquals("rtb-0a11private0000main (main table of vpc-0a11private0000001)",
                blocking.evidence().get("routeTable"));
        assertTrue(blocking.message().contains("Could not find S3 endpoint or NAT gateway"));
        assertTrue(e.choiceCertain());
        assertTrue(e.runWouldSucceed());
        ConnectionEvaluation chosen = e.chosen().orElseThrow();
        assertTrue(chosen.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().evidence().get("s3GatewayEndpoint")
                .startsWith("vpce-0b22aurora00s3gw1"));
        // The race note of the field test accompanies a choice made after a skip.
        assertTrue(e.notes().stream().anyMatch(n -> n.contains("[FIELD S4]")));
    }

    @Test
    void threeAzMovesAlongTheListAsZonesFail() {
        assertEquals("orders-db-1a", evaluate("three-az").chosen().orElseThrow().name());
        Evaluation one = evaluate("three-az", new AzOutage("use1-az1"));
        assertEquals(List.of(Verdict.SKIPPED, Verdict.CHOSEN, Verdict.PASSES), verdicts(one));
        assertEquals("AZ_UNHEALTHY", one.connections().get(0).blockingCheck().orElseThrow().code());
        assertTrue(one.runWouldSucceed());
        Evaluation two = evaluate("three-az", new AzOutage("use1-az1"), new AzOutage("us-east-1b"));
        assertEquals("orders-db-1c", two.chosen().orElseThrow().name());
        Evaluation all = evaluate("three-az", new AzOutage("use1-az1"), new AzOutage("use1-az2"),
                new AzOutage("use1-az4"));
        assertTrue(all.chosen().isEmpty());
        assertFalse(all.runWouldSucceed());
        assertTrue(all.headline().startsWith("This job would not start"));
    }

    @Test
    void singleNatChoosesTheSecondConnectionButTheRunFails() {
        Evaluation normal = evaluate("single-nat");
        assertEquals("orders-db-1a", normal.chosen().orElseThrow().name());
        assertTrue(normal.runWouldSucceed());
        Evaluation outage = evaluate("single-nat", new AzOutage("use1-az1"));
        ConnectionEvaluation chosen = outage.chosen().orElseThrow();
        assertEquals("orders-db-1b", chosen.name());
        assertEquals(CheckStatus.PASS, chosen.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        CheckResult nat = chosen.result("NAT_IN_FAILED_AZ").orElseThrow();
        assertEquals(CheckStatus.FAIL, nat.status());
        assertEquals("nat-0c33natgw00001a", nat.evidence().get("natGateway"));
        assertFalse(outage.runWouldSucceed());
    }

    @Test
    void ipExhaustionChoosesTheTinySubnetUntilItIsEmpty() {
        Evaluation e = evaluate("ip-exhaustion");
        ConnectionEvaluation chosen = e.chosen().orElseThrow();
        assertEquals("warehouse-tiny-1a", chosen.name());
        assertEquals(CheckStatus.FAIL, chosen.result("IPS_BELOW_WORKERS").orElseThrow().status());
        assertEquals("3", chosen.result("IPS_BELOW_WORKERS").orElseThrow().evidence().get("freeIps"));
        Evaluation empty = evaluate("ip-exhaustion", new SubnetIps("subnet-0d44tiny00001a", 0));
        assertEquals("warehouse-large-1b", empty.chosen().orElseThrow().name());
        assertEquals("NO_FREE_IPS", empty.connections().get(0).blockingCheck().orElseThrow().code());
        assertTrue(empty.runWouldSucceed());
    }

    @Test
    void endpointOnTheWrongTableDoesNotCount() {
        Evaluation e = evaluate("endpoint-wrong-table");
        ConnectionEvaluation first = e.connections().get(0);
        assertEquals(Verdict.SKIPPED, first.verdict());
        CheckResult r = first.blockingCheck().orElseThrow();
        assertEquals("NO_S3_ENDPOINT_OR_NAT", r.code());
        assertTrue(r.evidence().get("notCounted").contains("not attached to rtb-0e55private001a"));
        assertEquals("lake-db-1b", e.chosen().orElseThrow().name());
    }

    @Test
    void azMismatchIsSkipped() {
        Evaluation e = evaluate("az-mismatch");
        assertEquals("AZ_MISMATCH", e.connections().get(0).blockingCheck().orElseThrow().code());
        assertEquals("orders-db-1b", e.chosen().orElseThrow().name());
    }

    @Test
    void glue6GravitonPassesByWorkersAndFailsByDpus() {
        Engine engine = new Engine(Samples.get("glue-6-graviton"));
        for (IpDemandModel model : IpDemandModel.values()) {
            Evaluation e = engine.evaluate(engine.job(null), Simulation.NONE, DEFAULTS.with("ipDemandModel",
                    model.name()));
            // IPS_BELOW_WORKERS is a run check: Glue uses the first connection under either figure.
            ConnectionEvaluation chosen = e.chosen().orElseThrow();
            assertEquals("features-db-1a", chosen.name(), model.name());
            CheckResult ips = chosen.result("IPS_BELOW_WORKERS").orElseThrow();
            assertEquals("27", ips.evidence().get("freeIps"));
            assertEquals("20", ips.evidence().get("workersFigure"));
            assertEquals("40", ips.evidence().get("dpuFigure"));
            // The two figures disagree, so the verdict rests on the model, and reports say so.
            assertTrue(e.inferencesBehindVerdict().contains("ipDemandModel"), e.inferencesBehindVerdict().toString());
            if (model == IpDemandModel.WORKERS) {
                assertEquals(CheckStatus.PASS, ips.status());
                assertTrue(e.runWouldSucceed());
            } else {
                assertEquals(CheckStatus.FAIL, ips.status());
                assertTrue(ips.message().contains("needs 41 (more than 40 DPUs)"), ips.message());
                assertFalse(e.runWouldSucceed());
                assertEquals(List.of("IPS_BELOW_WORKERS"), chosen.failedRunChecks());
            }
        }
        assertEquals("6.1", engine.job(null).glueVersion());
        assertEquals("G.2X.GRAVITON", engine.job(null).workerType());
    }

    @Test
    void aRoleThatCannotDescribeFailsEveryConnectionSoFailoverCannotHelp() {
        Evaluation e = evaluate("role-cannot-describe");
        ConnectionEvaluation first = e.connections().get(0);
        assertEquals("orders-db-2a", first.name());
        CheckResult blocking = first.blockingCheck().orElseThrow();
        assertEquals("ROLE_CANNOT_DESCRIBE", blocking.code());
        assertEquals("ec2:DescribeRouteTables (implicitDeny)", blocking.evidence().get("denied"));
        assertTrue(blocking.message().contains("VPC Id not found for subnet subnet-0f66private002a"));
        // The second connection asks the same role: it fails the same way, though its network is sound.
        ConnectionEvaluation second = e.connections().get(1);
        assertEquals("ROLE_CANNOT_DESCRIBE", second.blockingCheck().orElseThrow().code());
        second.checks().stream().filter(r -> !r.code().equals("ROLE_CANNOT_DESCRIBE"))
                .forEach(r -> assertEquals(CheckStatus.PASS, r.status(), r.code()));
        assertEquals(Evaluation.Outcome.NO_CONNECTION, e.outcome());
        assertTrue(e.headline().contains("orders-etl-glue-role is not authorized to perform ec2:DescribeRouteTables"),
                e.headline());
        // Granting the action is the fix: the first connection is chosen and the run works.
        dev.gluefailover.model.Snapshot s = Samples.get("role-cannot-describe");
        List<dev.gluefailover.model.RolePermission> granted = s.rolePermissions().stream()
                .map(p -> new dev.gluefailover.model.RolePermission(p.role(), p.action(), "allowed")).toList();
        Engine fixed = new Engine(new dev.gluefailover.model.Snapshot(s.schemaVersion(), s.capturedAt(), s.source(),
                s.region(), s.availabilityZones(), s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(),
                s.internetGateways(), s.vpcEndpoints(), s.securityGroups(), s.jobs(), s.connections(), s.problems(),
                granted));
        Evaluation after = fixed.evaluate(fixed.job(null), Simulation.NONE, DEFAULTS);
        assertEquals("orders-db-2a", after.chosen().orElseThrow().name());
        assertTrue(after.runWouldSucceed());
        // With roleDenialEffect=STOP the same role ends the launch.
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, new Engine(s).evaluate(new Engine(s).job(null), Simulation.NONE,
                DEFAULTS.with("roleDenialEffect", "STOP")).outcome());
    }

    @Test
    void aJobWithoutNetworkPlacementRunsOutsideTheVpcs() {
        Evaluation e = evaluate("no-vpc");
        assertEquals(List.of(Verdict.NO_NETWORK), verdicts(e));
        assertEquals("NO_NETWORK_PLACEMENT", e.connections().get(0).blockingCheck().orElseThrow().code());
        assertEquals(Evaluation.Placement.NO_VPC, e.placement());
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, e.outcome());
        assertTrue(e.headline().startsWith("This job runs outside your VPCs"), e.headline());
        assertTrue(e.runWouldSucceed());
        assertTrue(e.choiceCertain());
    }

    @Test
    void theOriginalSamplesKeepTheirVerdictsWithoutRoleData() {
        for (String name : List.of("seed-article", "three-az", "single-nat", "ip-exhaustion", "endpoint-wrong-table",
                "az-mismatch")) {
            Evaluation e = evaluate(name);
            assertEquals(Evaluation.VersionScope.DOCUMENTED, e.versionScope(), name);
            assertEquals(Evaluation.Placement.IN_VPC, e.placement(), name);
            assertTrue(e.launchStop().isEmpty(), name);
            assertTrue(e.choiceCertain(), name);
            e.connections().forEach(c -> c.result("ROLE_CANNOT_DESCRIBE").ifPresent(r -> assertTrue(
                    r.status() == CheckStatus.PASS && r.message().startsWith("Not checked"), name)));
        }
    }

    @Test
    void everyConnectionGetsAVerdictNotOnlyThoseBeforeTheWinner() {
        Evaluation e = evaluate("three-az");
        assertEquals(List.of(Verdict.CHOSEN, Verdict.PASSES, Verdict.PASSES), verdicts(e));
        // The gates every connection with a subnet passes through (status, role, subnet) and every check on a
        // valid subnet.
        e.connections().forEach(c -> assertEquals(3 + dev.gluefailover.engine.checks.CheckCatalogue.ON_VALID_SUBNET
                .size(), c.checks().size(), c.name()));
    }

    @Test
    void reportsSayWhenAVerdictRestsOnAnInference() {
        assertEquals(List.of(), evaluate("seed-article").inferencesBehindVerdict());
        assertEquals(List.of("NAT_IN_FAILED_AZ (an inferred check)"),
                evaluate("single-nat", new AzOutage("use1-az1")).inferencesBehindVerdict());
        Evaluation natDown = evaluate("three-az", new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a"));
        assertEquals("orders-db-1b", natDown.chosen().orElseThrow().name());
        assertTrue(natDown.inferencesBehindVerdict().contains("failedNatCounts"), natDown.inferencesBehindVerdict()
                .toString());
        // 3 free IPs for 10 workers fails under either figure, so the model is not what decides.
        assertFalse(evaluate("ip-exhaustion").inferencesBehindVerdict().contains("ipDemandModel"));
    }
}
