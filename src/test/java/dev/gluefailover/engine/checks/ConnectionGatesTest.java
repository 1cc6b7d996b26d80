package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CONNECTION_NOT_FOUND and NO_NETWORK_PLACEMENT: the gates before any subnet check. */
class ConnectionGatesTest {
    private static final RuleSettings SKIP = DEFAULTS.with("missingConnectionEffect", "SKIP");

    private static Evaluation evaluate(SnapshotBuilder b, RuleSettings settings) {
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job("job2"), Simulation.NONE, settings);
    }

    @Test
    void connectionWithoutSubnetHasNoNetwork() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("net", "NETWORK", null, List.of(), null, null))
                .job(new GlueJob("job2", List.of("net", "conn"), "G.1X", 2, null, 0, "5.0"));
        Evaluation e = evaluate(b, DEFAULTS);
        assertEquals(Verdict.NO_NETWORK, e.connections().get(0).verdict());
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertEquals(Evaluation.Placement.IN_VPC, e.placement());
    }

    @Test
    void aMissingConnectionStopsTheLaunchByDefault() {
        SnapshotBuilder b = healthy().job(new GlueJob("job2", List.of("conn", "ghost"), "G.1X", 2, null, 0, "5.0"));
        Evaluation e = evaluate(b, DEFAULTS);
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, e.outcome());
        assertEquals(Verdict.SKIPPED, e.connections().get(1).verdict());
        assertEquals("CONNECTION_NOT_FOUND", e.launchStop().orElseThrow().check().code());
        assertEquals("This job would not start: connection ghost does not exist", e.headline());
        assertTrue(e.inferencesBehindVerdict().contains("missingConnectionEffect"));
        Engine engine = new Engine(b.build());
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS,
                engine.choose(engine.job("job2"), Simulation.NONE, DEFAULTS).outcome());
    }

    @Test
    void withSkipAMissingConnectionIsReportedOnThatConnectionAndPassedOver() {
        SnapshotBuilder b = healthy().job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0"));
        Evaluation e = evaluate(b, SKIP);
        assertEquals(Verdict.SKIPPED, e.connections().get(0).verdict());
        assertEquals("CONNECTION_NOT_FOUND", e.connections().get(0).blockingCheck().orElseThrow().code());
        assertTrue(e.connections().get(0).blockingCheck().orElseThrow().message().contains("Glue skips it"));
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertTrue(e.launchStop().isEmpty());
    }

    @Test
    void aConnectionThatCouldNotBeReadIsUnknownAndAfterTheChosenOneMakesTheChoiceUncertain() {
        LoadProblem denied = new LoadProblem("glue:GetConnection", "AccessDeniedException", "denied", List.of("ghost"));
        Evaluation first = evaluate(healthy().problem(denied)
                .job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0")), DEFAULTS);
        assertEquals(Verdict.UNKNOWN, first.connections().get(0).verdict());
        assertEquals("conn", first.chosen().orElseThrow().name());
        assertFalse(first.choiceCertain());
        Evaluation after = evaluate(healthy().problem(denied)
                .job(new GlueJob("job2", List.of("conn", "ghost"), "G.1X", 2, null, 0, "5.0")), DEFAULTS);
        assertEquals("conn", after.chosen().orElseThrow().name());
        assertFalse(after.choiceCertain(), "if ghost does not exist, the launch stops");
        assertTrue(evaluate(healthy().problem(denied)
                .job(new GlueJob("job2", List.of("conn", "ghost"), "G.1X", 2, null, 0, "5.0")), SKIP).choiceCertain());
    }

    @Test
    void onlyMissingOrUnplacedConnectionsUnderSkipMeanTheJobRunsOutsideTheVpcs() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("net", "NETWORK", null, List.of(), null, null))
                .job(new GlueJob("job2", List.of("ghost", "net"), "G.1X", 2, null, 0, "5.0"));
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, evaluate(b, SKIP).outcome());
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, evaluate(b, DEFAULTS).outcome());
    }
}
