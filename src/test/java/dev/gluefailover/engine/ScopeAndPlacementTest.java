package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's "Scope and job placement": Glue 6.x under an explicit assumption, and jobs outside the VPCs. */
class ScopeAndPlacementTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    /** The seed sample's job on another Glue version. */
    private static Evaluation seedOn(String version, RuleSettings settings) {
        Snapshot s = Samples.get("seed-article");
        GlueJob j = s.jobs().get(0);
        GlueJob job = new GlueJob(j.name(), j.connectionNames(), j.workerType(), j.numberOfWorkers(), j.maxCapacity(),
                j.maxRetries(), version, j.role(), j.defaultArguments(), j.maxConcurrentRuns());
        Engine engine = new Engine(s.withJob(job));
        return engine.evaluate(engine.job(null), Simulation.NONE, settings);
    }

    @Test
    void glue51AndEarlierAreDocumented() {
        for (String v : new String[] {"5.1", "5.0", "4.0", "0.9", null, "latest"}) {
            Evaluation e = seedOn(v, DEFAULTS);
            assertEquals(Evaluation.VersionScope.DOCUMENTED, e.versionScope(), v);
            assertEquals(List.of(), e.inferencesBehindVerdict(), v);
            assertFalse(e.headline().contains("assuming"), v);
        }
    }

    @Test
    void aNewerGlueIsEvaluatedUnderTheAssumptionAndEveryReportSaysSo() {
        Evaluation e = seedOn("6.1", DEFAULTS);
        assertEquals(Evaluation.VersionScope.ASSUMED_AS_5_1, e.versionScope());
        assertEquals("nayuts-sample-connection", e.chosen().orElseThrow().name());
        assertEquals(Evaluation.Outcome.RUN_WORKS, e.outcome());
        assertTrue(e.headline().endsWith("(assuming Glue 6.1 fails over as Glue 5.1 does)"), e.headline());
        assertEquals(List.of("assume51FailoverForNewerGlue (Glue 6.1 evaluated under the Glue 5.1 rules)"),
                e.inferencesBehindVerdict());
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("[INF] Glue 6.1 is newer than the Glue 5.1")),
                e.notes().toString());
        assertEquals(Evaluation.VersionScope.ASSUMED_AS_5_1, seedOn("6.0", DEFAULTS).versionScope());
        assertEquals(Evaluation.VersionScope.ASSUMED_AS_5_1, seedOn("5.2", DEFAULTS).versionScope());
    }

    @Test
    void withoutTheAssumptionTheChoiceIsUnknownAndThe51AnswerIsAHint() {
        Evaluation e = seedOn("6.0", DEFAULTS.with("assume51FailoverForNewerGlue", "false"));
        assertEquals(Evaluation.VersionScope.UNDOCUMENTED, e.versionScope());
        assertEquals(Evaluation.Outcome.CHOICE_UNKNOWN, e.outcome());
        assertTrue(e.chosen().isEmpty());
        assertFalse(e.choiceCertain());
        assertFalse(e.runWouldSucceed());
        assertEquals(List.of(Verdict.SKIPPED, Verdict.PASSES),
                e.connections().stream().map(ConnectionEvaluation::verdict).toList());
        assertEquals("Glue's choice is unknown for Glue 6.0: no source describes Glue 6.x failover "
                + "(assume51FailoverForNewerGlue is off); under the Glue 5.1 rules it would be #2 "
                + "nayuts-sample-connection", e.headline());
        assertTrue(e.uncertainty().contains(
                "Glue 6.0: no source describes Glue 6.x failover, and assume51FailoverForNewerGlue is off"));
    }

    @Test
    void aJobWithoutConnectionsOrWithoutSubnetsRunsOutsideTheVpcs() {
        Engine engine = new Engine(Samples.get("no-vpc"));
        Evaluation e = engine.evaluate(engine.job(null), Simulation.NONE, DEFAULTS);
        assertEquals(Evaluation.Placement.NO_VPC, e.placement());
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, e.outcome());
        assertTrue(e.runWouldSucceed(), "nothing of the network can make it fail");
        assertEquals("This job runs outside your VPCs: none of its connections has a subnet, so there is nothing "
                + "to fail over", e.headline());
        GlueJob none = new GlueJob("bare", List.of(), "G.1X", 2, null, 0, "5.0");
        Engine bare = new Engine(Samples.get("no-vpc").withJob(none));
        Evaluation empty = bare.evaluate(none, Simulation.NONE, DEFAULTS);
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, empty.outcome());
        assertTrue(empty.headline().contains("it lists no connection"), empty.headline());
    }

    @Test
    void ruleSixAppliesOnlyWhenSomeConnectionHasNetworkPlacement() {
        // the no-vpc job plus a connection in a subnet the snapshot lacks: placed, fails, so the job would not start
        Snapshot s = Samples.get("no-vpc");
        List<GlueConnection> connections = new java.util.ArrayList<>(s.connections());
        connections.add(new GlueConnection("lost", "JDBC", "subnet-0gone", List.of(), "eu-central-1a", null));
        GlueJob job = s.jobs().get(0).withConnectionNames(List.of("crm-public-db", "lost"));
        Snapshot both = new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(),
                s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), List.of(job), connections, s.problems(), s.rolePermissions());
        Engine engine = new Engine(both);
        Evaluation e = engine.evaluate(job, Simulation.NONE, DEFAULTS);
        assertEquals(Evaluation.Placement.IN_VPC, e.placement());
        assertEquals(Evaluation.Outcome.NO_CONNECTION, e.outcome());
        assertTrue(e.headline().startsWith("This job would not start: no connection passes Glue's checks"));
    }
}
