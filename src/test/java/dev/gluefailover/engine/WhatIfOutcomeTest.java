package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import org.junit.jupiter.api.Test;

/** The what-if matrix follows the evaluation's outcome, not only "a connection is chosen". */
class WhatIfOutcomeTest {

    @Test
    void aJobOutsideTheVpcsSurvivesWhatIsNotThere() {
        Engine engine = new Engine(Samples.get("no-vpc"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, RuleSettings.defaults(), false);
        assertTrue(m.baseline().survives(), m.baseline().describe());
        assertEquals("runs outside the VPCs", m.baseline().describe());
        assertEquals(Evaluation.Outcome.RUNS_OUTSIDE_VPC, m.baseline().outcome());
    }

    @Test
    void aLaunchStopIsNamedAsSuch() {
        Engine engine = new Engine(Samples.get("role-cannot-describe"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE,
                RuleSettings.defaults().with("roleDenialEffect", "STOP"), false);
        assertEquals("the launch stops", m.baseline().describe());
        assertTrue(!m.baseline().survives());
    }
}
