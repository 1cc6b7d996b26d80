package dev.gluefailover.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    @Test
    void reviewShowsChoiceEvidenceSourcesAndTheMatrix() {
        Snapshot s = Samples.get("single-nat");
        Engine engine = new Engine(s);
        Simulation sim = Simulation.of(new SimulatedFailure.AzOutage("use1-az1"));
        Evaluation e = engine.evaluate(engine.job(null), sim, RuleSettings.defaults());
        String md = MarkdownReport.render(s, e,
                WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, RuleSettings.defaults(), false));
        assertTrue(md.contains("| 2 | orders-db-1b | **CHOSEN** |"), md);
        assertTrue(md.contains("| FAIL | `NAT_IN_FAILED_AZ` | run |"), md);
        assertTrue(md.contains("natGateway=nat-0c33natgw00001a"), md);
        assertTrue(md.contains("| Simulated failures | AZ outage use1-az1 |"), md);
        assertTrue(md.contains("**Rests on inference:** NAT_IN_FAILED_AZ (an inferred check)."), md);
        assertTrue(md.contains("- survives any single AZ outage: no — us-east-1a (use1-az1)"), md);
    }

    @Test
    void reviewEndsWithTheResilienceSummary() {
        Snapshot s = Samples.get("single-nat");
        Engine engine = new Engine(s);
        Evaluation e = engine.evaluate(engine.job(null), Simulation.NONE, RuleSettings.defaults());
        String md = MarkdownReport.render(s, e,
                WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, RuleSettings.defaults(), false));
        assertTrue(md.contains("## Resilience\n\n| Any single | Survives | Failing scenarios |"), md);
        assertTrue(md.contains("| NAT gateway failure | **no** | nat-0c33natgw00001a leaves no usable connection |"), md);
        assertTrue(md.contains("| endpoint removal | yes (none to fail) | - |"), md);
        assertTrue(md.contains("**Single points of failure:**\n\n- NAT gateway nat-0c33natgw00001a in us-east-1a "
                + "(use1-az1) carries every connection\n"), md);
        assertFalse(MarkdownReport.render(s, e, null).contains("## Resilience"), "no matrix, no summary");
    }
}
