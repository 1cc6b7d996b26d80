package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AZ_UNHEALTHY: simulated outages (by zone id or name) and the reported zone state. */
class AzHealthyTest {
    @Test
    void azOutageByIdOrNameMakesTheZoneUnhealthy() {
        for (String az : List.of("use1-az1", "us-east-1a")) {
            CheckResult r = check(healthy(), "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage(az));
            assertEquals(CheckStatus.FAIL, r.status(), az);
            assertEquals("use1-az1", r.evidence().get("zoneId"));
        }
        assertEquals(CheckStatus.PASS,
                check(healthy(), "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage("use1-az2")).status());
    }

    @Test
    void zoneStateIsASetting() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1", "impaired")
                .zone("us-east-1b", "use1-az2")
                .vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        assertEquals(CheckStatus.FAIL, check(b, "AZ_UNHEALTHY", DEFAULTS).status());
        assertEquals(CheckStatus.WARN,
                check(b, "AZ_UNHEALTHY", DEFAULTS.with("azStateCountsAsUnhealthy", "false")).status());
    }
}
