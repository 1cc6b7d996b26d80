package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice itself: stored order decides, and {@code choose} gives the same outcome as {@code evaluate}. */
class SelectionOrderTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    @Test
    void orderDecidesTheChoice() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        GlueJob job = engine.job(null);
        GlueJob reordered = job.withConnectionNames(List.of("orders-db-1c", "orders-db-1a", "orders-db-1b"));
        Evaluation e = engine.evaluate(reordered, Simulation.NONE, DEFAULTS);
        assertEquals("orders-db-1c", e.chosen().orElseThrow().name());
        assertEquals(1, e.chosen().orElseThrow().order());
    }

    @Test
    void chooseStopsAtTheChosenConnectionWithTheSameOutcome() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        GlueJob job = engine.job(null);
        Simulation sim = Simulation.of(new SimulatedFailure.AzOutage("use1-az1"));
        Evaluation full = engine.evaluate(job, sim, DEFAULTS);
        Evaluation quick = engine.choose(job, sim, DEFAULTS);
        assertEquals(full.chosen(), quick.chosen());
        assertEquals(2, quick.connections().size());
    }

    @Test
    void anAzNameAndItsZoneIdGiveTheSameEvaluation() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        GlueJob job = engine.job(null);
        Evaluation byId = engine.evaluate(job, Simulation.of(new SimulatedFailure.AzOutage("use1-az1")), DEFAULTS);
        Evaluation byName = engine.evaluate(job, Simulation.of(new SimulatedFailure.AzOutage("us-east-1a")), DEFAULTS);
        assertEquals(byId.connections(), byName.connections());
        // The evaluation keeps the simulation as given; FailureTargets is what turns names into ids.
        assertEquals("us-east-1a", byName.simulation().failures().get(0).target());
        assertEquals(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")),
                engine.failureTargets().resolve(byName.simulation()));
    }

    @Test
    void unknownTargetsAreNamedAndAnUnknownAzNameStaysAsTyped() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        Simulation typo = Simulation.of(new SimulatedFailure.AzOutage("us-east-1z"),
                new SimulatedFailure.NatGatewayFailure("nat-typo"));
        assertEquals(typo, engine.failureTargets().resolve(typo));
        List<String> unknown = engine.unknownTargets(typo);
        assertEquals(2, unknown.size(), unknown.toString());
        assertEquals("az=us-east-1z: no availability zone (name or id) 'us-east-1z' in the snapshot", unknown.get(0));
        assertEquals(List.of(), engine.unknownTargets(Simulation.of(new SimulatedFailure.AzOutage("us-east-1a"))));
    }
}
