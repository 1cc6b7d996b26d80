package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
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

    /** subnet-1 in us-east-1a, whose zone has this state. */
    private static SnapshotBuilder zoneIn(String state) {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1", state)
                .zone("us-east-1b", "use1-az2")
                .vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        return withNat(b, nat("available", "public"), defaultToNat("nat-1"));
    }

    @Test
    void impairedAndUnavailableAreUnhealthy() {
        for (String state : List.of("impaired", "unavailable")) {
            CheckResult r = check(zoneIn(state), "AZ_UNHEALTHY", DEFAULTS);
            assertEquals(CheckStatus.FAIL, r.status(), state);
            assertTrue(r.message().startsWith("Could not find subnet for AZ us-east-1a (use1-az1) [DOC S1]"),
                    r.message());
            assertEquals(List.of("azStateCountsAsUnhealthy"), r.settingsUsed());
        }
    }

    @Test
    void informationAndConstrainedAreHealthyWithANoteBySetting() {
        for (String state : List.of("information", "constrained")) {
            CheckResult r = check(zoneIn(state), "AZ_UNHEALTHY", DEFAULTS);
            assertEquals(CheckStatus.PASS, r.status(), state);
            assertTrue(r.message().contains("AWS reports it " + state), r.message());
            assertEquals(List.of("azNoticeStatesHealthy"), r.settingsUsed());
            CheckResult off = check(zoneIn(state), "AZ_UNHEALTHY", DEFAULTS.with("azNoticeStatesHealthy", "false"));
            assertEquals(CheckStatus.FAIL, off.status(), state);
            assertEquals(List.of("azNoticeStatesHealthy", "azStateCountsAsUnhealthy"), off.settingsUsed());
            assertEquals(CheckStatus.WARN, check(zoneIn(state), "AZ_UNHEALTHY", DEFAULTS
                    .with("azNoticeStatesHealthy", "false").with("azStateCountsAsUnhealthy", "false")).status());
        }
        assertEquals(List.of(), check(zoneIn("available"), "AZ_UNHEALTHY", DEFAULTS).settingsUsed());
    }

    @Test
    void theSubnetsOwnZoneIdDecidesAnOutage() {
        // The subnet's record says use1-az2 although the zone table maps its name to use1-az1.
        SnapshotBuilder b = withNat(new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1")
                .zone("us-east-1b", "use1-az2").vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet(new Subnet("subnet-1", "vpc-1", "us-east-1a", "use1-az2", "10.0.1.0/24", "available", 100, false,
                        Map.of()))
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null), nat("available", "public"),
                defaultToNat("nat-1"));
        assertEquals(CheckStatus.PASS, check(b, "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage("use1-az1"))
                .status());
        CheckResult r = check(b, "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage("use1-az2"));
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("use1-az2", r.evidence().get("zoneId"));
    }
}
