package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IPS_BELOW_WORKERS: both figures, and the setting that picks one. */
class IpsForWorkersTest {
    @Test
    void freeIpsBelowTheWorkersFailTheRunWithBothFigures() {
        SnapshotBuilder b = healthy().job(new GlueJob("big", List.of("conn"), "G.2X", 60, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        CheckResult byWorkers = engine.evaluate(engine.job("big"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("IPS_BELOW_WORKERS").orElseThrow();
        assertEquals(CheckStatus.PASS, byWorkers.status());
        assertEquals("60", byWorkers.evidence().get("workersFigure"));
        assertEquals("120", byWorkers.evidence().get("dpuFigure"));
        CheckResult byDpus = engine.evaluate(engine.job("big"), Simulation.NONE,
                DEFAULTS.with("ipDemandModel", IpDemandModel.DPUS.name())).connections().get(0)
                .result("IPS_BELOW_WORKERS").orElseThrow();
        assertEquals(CheckStatus.FAIL, byDpus.status());
        assertTrue(byDpus.message().contains("100 free IPs; the run needs about 120"));
    }
}
