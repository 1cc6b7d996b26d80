package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IPS_BELOW_WORKERS: both figures, the DPU table, MaxCapacity jobs, auto scaling and concurrent runs. */
class IpsForWorkersTest {
    private static final RuleSettings BY_DPUS = DEFAULTS.with("ipDemandModel", IpDemandModel.DPUS.name());

    private static GlueJob job(String type, Integer workers, Double maxCapacity, Map<String, String> args) {
        return new GlueJob("j", List.of("conn"), type, workers, maxCapacity, 0, "5.0", null, args, null);
    }

    /** subnet-1 of the check network with this many free IPs (simulated), for this job. */
    private static CheckResult check(GlueJob job, int freeIps, RuleSettings settings) {
        SnapshotBuilder b = healthy().job(job);
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job("j"), Simulation.of(new SimulatedFailure.SubnetIps("subnet-1", freeIps)),
                settings).connections().get(0).result("IPS_BELOW_WORKERS").orElseThrow();
    }

    @Test
    void freeIpsBelowTheWorkersFailTheRunWithBothFigures() {
        GlueJob big = job("G.2X", 60, null, null);
        CheckResult byWorkers = check(big, 100, DEFAULTS);
        assertEquals(CheckStatus.PASS, byWorkers.status());
        assertEquals("60", byWorkers.evidence().get("workersFigure"));
        assertEquals("120", byWorkers.evidence().get("dpuFigure"));
        assertEquals(List.of("ipDemandModel"), byWorkers.settingsUsed());
        CheckResult byDpus = check(big, 100, BY_DPUS);
        assertEquals(CheckStatus.FAIL, byDpus.status());
        assertTrue(byDpus.message().contains("100 free IPs; the run needs 121 (more than 120 DPUs)"), byDpus.message());
        // EC2's error when the ENIs cannot be created belongs here, not to NO_FREE_IPS.
        assertTrue(byDpus.message().contains("does not have enough free addresses"), byDpus.message());
    }

    @Test
    void theWorkersFigureIsNumberOfWorkersWhateverTheType() {
        for (String type : List.of("G.1X", "G.8X", "G.2X.GRAVITON", "R.4X", "Z.2X", "G.025X")) {
            CheckResult r = check(job(type, 10, null, null), 10, DEFAULTS);
            assertEquals(CheckStatus.PASS, r.status(), type);
            assertEquals("10", r.evidence().get("workersFigure"), type);
            assertEquals(CheckStatus.FAIL, check(job(type, 10, null, null), 9, DEFAULTS).status(), type);
        }
    }

    @Test
    void theDpuTableAndGravitonVariants() {
        Map<String, Double> table = Map.ofEntries(Map.entry("G.025X", 0.25), Map.entry("G.1X", 1.0),
                Map.entry("G.2X", 2.0), Map.entry("G.4X", 4.0), Map.entry("G.8X", 8.0), Map.entry("G.12X", 12.0),
                Map.entry("G.16X", 16.0), Map.entry("R.1X", 1.0), Map.entry("R.2X", 2.0), Map.entry("R.4X", 4.0),
                Map.entry("R.8X", 8.0), Map.entry("Z.2X", 2.0));
        table.forEach((type, dpus) -> {
            assertEquals(dpus, IpDemand.dpusPerWorker(type), type);
            assertEquals(dpus, IpDemand.dpusPerWorker(type + ".GRAVITON"), type);
        });
        assertNull(IpDemand.dpusPerWorker("X.9X"));
        assertNull(IpDemand.dpusPerWorker(null));
        CheckResult unknownType = check(job("X.9X", 4, null, null), 100, BY_DPUS);
        assertEquals(CheckStatus.UNKNOWN, unknownType.status());
        assertTrue(unknownType.message().contains("X.9X is not in the DPU table"), unknownType.message());
    }

    @Test
    void theDpuFigureMustBeStrictlyExceeded() {
        // 10 G.2X.GRAVITON workers = 20 DPUs: 20 free IPs are not enough, 21 are.
        GlueJob graviton = job("G.2X.GRAVITON", 10, null, null);
        assertEquals(CheckStatus.FAIL, check(graviton, 20, BY_DPUS).status());
        assertEquals(CheckStatus.PASS, check(graviton, 21, BY_DPUS).status());
        // Quarter DPUs: 6 G.025X workers = 1.5 DPUs, so 2 free IPs are more than that.
        assertEquals(CheckStatus.PASS, check(job("G.025X", 6, null, null), 2, BY_DPUS).status());
        assertEquals(CheckStatus.FAIL, check(job("G.025X", 8, null, null), 2, BY_DPUS).status());
    }

    @Test
    void aMaxCapacityJobIsLabelledByItsDpusNotAsWorkers() {
        GlueJob shell = job(null, null, 10.0, null);
        for (RuleSettings s : List.of(DEFAULTS, BY_DPUS)) {
            CheckResult r = check(shell, 10, s);
            assertEquals(CheckStatus.FAIL, r.status(), s.toString());
            assertTrue(r.message().contains("needs 11 (more than 10 DPUs)"), r.message());
            assertTrue(r.message().contains("MaxCapacity 10 DPUs (no workers)"), r.message());
            assertFalse(r.message().contains("workers ["), r.message());
            assertEquals("none (MaxCapacity only)", r.evidence().get("workersFigure"));
        }
        assertEquals(CheckStatus.PASS, check(job(null, null, 0.0625, null), 1, DEFAULTS).status());
        CheckResult nothing = check(job(null, null, null, null), 10, DEFAULTS);
        assertEquals(CheckStatus.UNKNOWN, nothing.status());
    }

    @Test
    void autoScalingShowsTheDemandAtTheMaximum() {
        GlueJob scaling = job("G.1X", 20, null, Map.of("--enable-auto-scaling", "true"));
        CheckResult r = check(scaling, 15, DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().contains("needs at most 20"), r.message());
        assertTrue(r.message().contains("may start with fewer"), r.message());
        assertTrue(r.evidence().containsKey("autoScaling"));
        CheckResult off = check(job("G.1X", 20, null, Map.of("--enable-auto-scaling", "false")), 15, DEFAULTS);
        assertFalse(off.message().contains("at most"), off.message());
        assertFalse(off.evidence().containsKey("autoScaling"));
    }

    @Test
    void concurrentRunsMultiplyTheDemand() {
        GlueJob j = new GlueJob("j", List.of("conn"), "G.2X", 10, null, 0, "5.0", null, null, 3);
        assertEquals(CheckStatus.PASS, check(j, 25, DEFAULTS).status());
        RuleSettings three = DEFAULTS.with("concurrentRuns", "3");
        CheckResult r = check(j, 25, three);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().contains("3 concurrent runs need 30"), r.message());
        assertEquals("3 (MaxConcurrentRuns 3)", r.evidence().get("concurrentRuns"));
        assertTrue(r.settingsUsed().contains("concurrentRuns"));
        assertEquals(CheckStatus.PASS, check(j, 30, three).status());
        // DPUs: 3 x 20 = 60, so 61 are needed.
        assertEquals(CheckStatus.FAIL, check(j, 60, three.with("ipDemandModel", "DPUS")).status());
        assertEquals(CheckStatus.PASS, check(j, 61, three.with("ipDemandModel", "DPUS")).status());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with("concurrentRuns", "0"));
        assertEquals(1, DEFAULTS.number(dev.gluefailover.rules.Setting.CONCURRENT_RUNS));
    }
}
