package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RetryMode;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineAndMatrixTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    private static List<String> names(List<RetryTimeline.Attempt> attempts) {
        return attempts.stream().map(RetryTimeline.Attempt::connection).toList();
    }

    @Test
    void aFailureBeforeTheSecondAttemptMovesBothModesThere() {
        Engine engine = new Engine(Samples.get("three-az"));
        GlueJob job = engine.job(null);
        RetryTimeline t = RetryTimeline.compute(engine, job, Simulation.NONE, Simulation.of(new AzOutage("use1-az1")),
                2, null, DEFAULTS);
        assertEquals(3, t.rescan().size());
        assertEquals(List.of("orders-db-1a", "orders-db-1b", "orders-db-1b"), names(t.rescan()));
        assertEquals(List.of("orders-db-1a", "orders-db-1b", "orders-db-1b"), names(t.sticky()));
        assertFalse(t.rescan().get(0).failureActive());
        assertTrue(t.rescan().get(1).failureActive());
        assertFalse(t.modesDiffer());
        assertTrue(t.sticky().get(2).kept());
    }

    @Test
    void whenTheZoneRecoversRescanGoesBackAndStickyStays() {
        Engine engine = new Engine(Samples.get("three-az"));
        RetryTimeline t = RetryTimeline.compute(engine, engine.job(null), Simulation.NONE,
                Simulation.of(new AzOutage("use1-az1")), 2, 3, DEFAULTS);
        assertEquals(List.of("orders-db-1a", "orders-db-1b", "orders-db-1a"), names(t.attempts(RetryMode.RESCAN)));
        assertEquals(List.of("orders-db-1a", "orders-db-1b", "orders-db-1b"), names(t.attempts(RetryMode.STICKY)));
        assertTrue(t.modesDiffer());
    }

    @Test
    void stickyLeavesAConnectionThatNowFails() {
        Engine engine = new Engine(Samples.get("ip-exhaustion"));
        RetryTimeline t = RetryTimeline.compute(engine, engine.job(null), Simulation.NONE,
                Simulation.of(new SimulatedFailure.SubnetIps("subnet-0d44tiny00001a", 0)), 2, null, DEFAULTS);
        assertEquals(List.of("warehouse-tiny-1a", "warehouse-large-1b"), names(t.sticky()));
        assertTrue(t.sticky().get(1).reason().contains("now fails NO_FREE_IPS"), t.sticky().get(1).reason());
    }

    @Test
    void noConnectionLeftIsAnAttemptThatCannotStart() {
        Engine engine = new Engine(Samples.get("single-nat"));
        RetryTimeline t = RetryTimeline.compute(engine, engine.job(null), Simulation.NONE,
                Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a")), 1, null, DEFAULTS);
        t.rescan().forEach(a -> assertNull(a.connection()));
        assertThrows(IllegalArgumentException.class, () -> RetryTimeline.compute(engine, engine.job(null),
                Simulation.NONE, Simulation.of(new AzOutage("use1-az1")), 2, 2, DEFAULTS));
    }

    @Test
    void matrixOfThreeAzSurvivesEverySingleFailureButNotEveryPair() {
        Engine engine = new Engine(Samples.get("three-az"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, DEFAULTS, true);
        assertEquals(6, m.singles().size()); // 3 AZs + 3 NAT gateways, no endpoint
        assertTrue(m.singles().stream().allMatch(WhatIfMatrix.Outcome::survives));
        assertEquals(15, m.pairs().size());
        assertTrue(m.pairs().stream().allMatch(WhatIfMatrix.Outcome::survives));
        assertTrue(m.summaryText().get(0).equals("survives any single AZ outage: yes"), m.summaryText().toString());
        // Survival of pairs: two AZs out still leaves the third.
        assertTrue(m.summaryText().get(3).startsWith("survives any pair of failures: yes"), m.summaryText().toString());
    }

    @Test
    void matrixOfSingleNatNamesTheZoneThatBreaksTheRun() {
        Engine engine = new Engine(Samples.get("single-nat"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, DEFAULTS, false);
        assertEquals("survives any single AZ outage: no — us-east-1a (use1-az1) Glue picks #2 orders-db-1b but the run "
                + "fails (NAT_IN_FAILED_AZ)", m.summaryText().get(0));
        WhatIfMatrix.Outcome az1 = m.singles().get(0);
        assertEquals("orders-db-1b", az1.chosen());
        assertEquals(List.of("NAT_IN_FAILED_AZ"), az1.failedRunChecks());
        assertTrue(m.pairs().isEmpty());
    }

    @Test
    void matrixStartsFromTheBaseSimulation() {
        Engine engine = new Engine(Samples.get("three-az"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.of(new AzOutage("use1-az1")),
                DEFAULTS, false);
        assertEquals("orders-db-1b", m.baseline().chosen());
        assertEquals("survives any single AZ outage: yes", m.summaryText().get(0));
        assertEquals(Simulation.of(new AzOutage("use1-az1")), m.base());
    }

    @Test
    void simulationParsesAndReplaces() {
        assertEquals(new AzOutage("use1-az1"), SimulatedFailure.parse("az=use1-az1"));
        assertEquals(new SimulatedFailure.SubnetIps("subnet-1", 5), SimulatedFailure.parse("subnet-ips=subnet-1:5"));
        assertEquals("subnet-ips=subnet-1:5", SimulatedFailure.parse("subnet-ips=subnet-1:5").spec());
        assertThrows(IllegalArgumentException.class, () -> SimulatedFailure.parse("subnet-ips=subnet-1"));
        assertThrows(IllegalArgumentException.class, () -> SimulatedFailure.parse("subnet-ips=subnet-1:-1"));
        assertThrows(IllegalArgumentException.class, () -> SimulatedFailure.parse("quake=1"));
        Simulation s = Simulation.of(new SimulatedFailure.SubnetIps("subnet-1", 5),
                new SimulatedFailure.SubnetIps("subnet-1", 0));
        assertEquals(1, s.failures().size());
        assertTrue(s.without(new SimulatedFailure.SubnetIps("subnet-1", 99)).isEmpty());
    }

    @Test
    void retriesOutsideWhatGlueAcceptsAreBoundedNotACrash() {
        Engine engine = new Engine(Samples.get("three-az"));
        GlueJob base = engine.job(null);
        for (int retries : new int[] {-3, Integer.MAX_VALUE}) {
            GlueJob job = new GlueJob(base.name(), base.connectionNames(), base.workerType(), base.numberOfWorkers(),
                    base.maxCapacity(), retries, base.glueVersion());
            RetryTimeline t = RetryTimeline.compute(engine, job, Simulation.NONE,
                    Simulation.of(new AzOutage("use1-az1")), 2, null, DEFAULTS);
            assertEquals(retries < 0 ? 1 : 1 + RetryTimeline.MAX_RETRIES, t.rescan().size(), "retries " + retries);
        }
    }
}
