package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AZ_MISMATCH: the connection's AZ is its subnet's. */
class AzMatchesTest {
    @Test
    void connectionAzMustMatchSubnetAz() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("c2", "JDBC", "subnet-1", List.of("sg-1"),
                "us-east-1b", null)).job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        CheckResult r = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("AZ_MISMATCH").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("us-east-1b", r.evidence().get("connectionAz"));
        assertEquals("us-east-1a", r.evidence().get("subnetAz"));
    }
}
