package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
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

    private static CheckResult onSubnet(Subnet subnet, String connectionAz) {
        SnapshotBuilder b = healthy().subnet(subnet).connection(new GlueConnection("c2", "JDBC", subnet.subnetId(),
                List.of("sg-1"), connectionAz, null)).job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("AZ_MISMATCH").orElseThrow();
    }

    @Test
    void theMismatchQuotesGluesText() {
        CheckResult r = onSubnet(new Subnet("subnet-2", "vpc-1", "us-east-1a", "use1-az1", "10.0.2.0/24", "available", 9,
                false, Map.of()), "us-east-1b");
        assertTrue(r.message().startsWith("Availability Zone us-east-1b does not correspond to subnet subnet-2 "
                + "[FIELD F1]"), r.message());
        assertEquals(CheckStatus.PASS, onSubnet(new Subnet("subnet-2", "vpc-1", "us-east-1a", "use1-az1", "10.0.2.0/24",
                "available", 9, false, Map.of()), null).status());
    }

    @Test
    void aSubnetWhoseAzIsUnknownIsUnknownNotAFailure() {
        Subnet noZone = new Subnet("subnet-2", "vpc-1", null, null, "10.0.2.0/24", "available", 9, false, Map.of());
        for (String want : java.util.Arrays.asList("us-east-1a", null)) {
            CheckResult r = onSubnet(noZone, want);
            assertEquals(CheckStatus.UNKNOWN, r.status(), String.valueOf(want));
            assertTrue(r.message().contains("is not in the snapshot"), r.message());
        }
        // With the subnet's zone id alone, the connection's zone name is compared by its id.
        Subnet idOnly = new Subnet("subnet-2", "vpc-1", null, "use1-az1", "10.0.2.0/24", "available", 9, false,
                Map.of());
        assertEquals(CheckStatus.PASS, onSubnet(idOnly, "us-east-1a").status());
        assertEquals(CheckStatus.FAIL, onSubnet(idOnly, "us-east-1b").status());
        assertEquals(CheckStatus.UNKNOWN, onSubnet(idOnly, "us-east-1z").status());
    }
}
