package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CONNECTION_NOT_READY: a FAILED or IN_PROGRESS connection ends the launch, or is skipped (failedConnectionEffect). */
class ConnectionStatusTest {
    private static final RuleSettings SKIP = DEFAULTS.with("failedConnectionEffect", "SKIP");

    /** The healthy network with a second connection "other" in the same subnet, whose status is given. */
    private static SnapshotBuilder withOther(String status, String reason, String... order) {
        return healthy().connection(new GlueConnection("other", "JDBC", "subnet-1", List.of("sg-1"), "us-east-1a",
                null, status, reason)).job(new GlueJob("job2", List.of(order), "G.1X", 2, null, 0, "5.0"));
    }

    private static Evaluation evaluate(SnapshotBuilder b, RuleSettings settings) {
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job("job2"), Simulation.NONE, settings);
    }

    @Test
    void anUnknownStatusCountsAsUsableAndReadyPasses() {
        Evaluation unknown = evaluate(withOther(null, null, "other", "conn"), DEFAULTS);
        CheckResult r = unknown.connections().get(0).result("CONNECTION_NOT_READY").orElseThrow();
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.message().contains("taken as usable"), r.message());
        assertEquals("other", unknown.chosen().orElseThrow().name());
        Evaluation ready = evaluate(withOther("READY", null, "other", "conn"), DEFAULTS);
        assertEquals(CheckStatus.PASS, ready.connections().get(0).result("CONNECTION_NOT_READY").orElseThrow().status());
        assertEquals("other", ready.chosen().orElseThrow().name());
    }

    @Test
    void aFailedConnectionStopsTheLaunchWhateverTheOthersByDefault() {
        Evaluation e = evaluate(withOther("FAILED", "Subnet subnet-1 not found", "conn", "other"), DEFAULTS);
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, e.outcome());
        assertTrue(e.chosen().isEmpty(), "a launch that stops chooses nothing");
        assertEquals(List.of(Verdict.PASSES, Verdict.SKIPPED), e.connections().stream().map(c -> c.verdict()).toList());
        Evaluation.LaunchStop stop = e.launchStop().orElseThrow();
        assertEquals("other", stop.connection().name());
        assertEquals("CONNECTION_NOT_READY", stop.check().code());
        assertTrue(stop.check().message().contains("Invalid connection name"), stop.check().message());
        assertEquals("This job would not start: connection other is FAILED (Subnet subnet-1 not found)", e.headline());
        assertFalse(e.runWouldSucceed());
        assertTrue(e.inferencesBehindVerdict().contains("failedConnectionEffect"), e.inferencesBehindVerdict().toString());
        assertEquals("Subnet subnet-1 not found", stop.check().evidence().get("statusReason"));
    }

    @Test
    void theQuickChoiceStillSeesAStopAfterTheChosenConnection() {
        Engine engine = new Engine(withOther("FAILED", null, "conn", "other").build());
        Evaluation quick = engine.choose(engine.job("job2"), Simulation.NONE, DEFAULTS);
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, quick.outcome());
        assertTrue(quick.chosen().isEmpty());
        assertEquals("This job would not start: connection other is FAILED", quick.headline());
    }

    @Test
    void withSkipTheNextConnectionIsConsidered() {
        Evaluation e = evaluate(withOther("FAILED", "bad subnet", "other", "conn"), SKIP);
        assertEquals("conn", e.chosen().orElseThrow().name());
        CheckResult blocking = e.connections().get(0).blockingCheck().orElseThrow();
        assertEquals("CONNECTION_NOT_READY", blocking.code());
        assertTrue(blocking.message().contains("FAILED (bad subnet)"), blocking.message());
        assertTrue(blocking.message().contains("Glue skips it"), blocking.message());
        assertTrue(e.launchStop().isEmpty());
        assertEquals(Evaluation.Outcome.RUN_WORKS, e.outcome());
        assertTrue(e.inferencesBehindVerdict().contains("failedConnectionEffect"));
    }

    @Test
    void inProgressFailsAsFailedDoesAndAnUndocumentedStatusIsUnknown() {
        Evaluation inProgress = evaluate(withOther("IN_PROGRESS", null, "other", "conn"), SKIP);
        assertEquals(CheckStatus.FAIL,
                inProgress.connections().get(0).result("CONNECTION_NOT_READY").orElseThrow().status());
        assertEquals("conn", inProgress.chosen().orElseThrow().name());
        Evaluation odd = evaluate(withOther("DELETING", null, "other", "conn"), DEFAULTS);
        assertEquals(Verdict.UNKNOWN, odd.connections().get(0).verdict());
        assertEquals("conn", odd.chosen().orElseThrow().name());
        assertFalse(odd.choiceCertain());
    }

    @Test
    void anUndecidedStatusAfterTheChosenConnectionMakesTheChoiceUncertainUnderStop() {
        Evaluation e = evaluate(withOther("DELETING", null, "conn", "other"), DEFAULTS);
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertFalse(e.choiceCertain());
        assertTrue(e.uncertainty().get(0).contains("if it fails, the job would not start"), e.uncertainty().toString());
        assertTrue(evaluate(withOther("DELETING", null, "conn", "other"), SKIP).choiceCertain());
    }

    @Test
    void aFailedConnectionWithoutASubnetStillStopsTheLaunch() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("kafka", "KAFKA", null, List.of(), null, null,
                "FAILED", "secret not found")).job(new GlueJob("job2", List.of("conn", "kafka"), "G.1X", 2, null, 0,
                        "5.0"));
        Evaluation e = evaluate(b, DEFAULTS);
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, e.outcome());
        assertEquals(Verdict.NO_NETWORK, e.connections().get(1).verdict());
        assertEquals("This job would not start: connection kafka is FAILED (secret not found)", e.headline());
        assertEquals(Evaluation.Outcome.RUN_WORKS, evaluate(b, SKIP).outcome());
    }
}
