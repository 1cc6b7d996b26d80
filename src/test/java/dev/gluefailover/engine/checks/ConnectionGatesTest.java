package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CONNECTION_NOT_FOUND and NO_NETWORK_PLACEMENT: the gates before any subnet check. */
class ConnectionGatesTest {
    @Test
    void connectionWithoutSubnetHasNoNetwork() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("net", "NETWORK", null, List.of(), null, null))
                .job(new GlueJob("job2", List.of("net", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        assertEquals(Verdict.NO_NETWORK, e.connections().get(0).verdict());
        assertEquals("conn", e.chosen().orElseThrow().name());
    }

    @Test
    void missingConnectionIsReportedOnThatConnection() {
        SnapshotBuilder b = healthy().job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        assertEquals(Verdict.SKIPPED, e.connections().get(0).verdict());
        assertEquals("CONNECTION_NOT_FOUND", e.connections().get(0).blockingCheck().orElseThrow().code());

        SnapshotBuilder denied = healthy().problem(new LoadProblem("glue:GetConnection", "AccessDeniedException",
                "denied", List.of("ghost"))).job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine e2 = new Engine(denied.build());
        assertEquals(Verdict.UNKNOWN,
                e2.evaluate(e2.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0).verdict());
    }
}
