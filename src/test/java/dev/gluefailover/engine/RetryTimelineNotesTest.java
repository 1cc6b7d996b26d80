package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import org.junit.jupiter.api.Test;

/** [FIELD] A finished attempt's ENIs can linger for minutes: the retry timeline says so where it matters. */
class RetryTimelineNotesTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    @Test
    void aRetryInTheSameSubnetIsToldThatEnisMayLinger() {
        Engine engine = new Engine(Samples.get("three-az"));
        RetryTimeline t = RetryTimeline.compute(engine, engine.job(null), Simulation.NONE,
                Simulation.of(new AzOutage("use1-az1")), 2, null, DEFAULTS);
        // 1a, then 1b, then 1b again: only the third attempt follows one in its own subnet.
        assertFalse(t.rescan().get(0).reason().contains("linger"));
        assertFalse(t.rescan().get(1).reason().contains("linger"), t.rescan().get(1).reason());
        assertTrue(t.rescan().get(2).reason().endsWith(RetryTimeline.LINGERING_ENIS), t.rescan().get(2).reason());
        assertTrue(t.sticky().get(2).reason().startsWith("keeps orders-db-1b"), t.sticky().get(2).reason());
        assertTrue(t.sticky().get(2).reason().contains("[FIELD]"), t.sticky().get(2).reason());
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).startsWith("[FIELD]"));
    }

    @Test
    void aSingleAttemptHasNoRetryToWarnAbout() {
        Engine engine = new Engine(Samples.get("seed-article"));
        RetryTimeline t = RetryTimeline.compute(engine, engine.job(null), Simulation.NONE, Simulation.NONE, 1, null,
                DEFAULTS);
        assertEquals(1, t.rescan().size());
        assertTrue(t.notes().isEmpty());
    }
}
