package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.SimulatedFailure;
import org.junit.jupiter.api.Test;

/** NO_FREE_IPS: at least one free IP, the simulated figure when set. */
class FreeIpsTest {
    @Test
    void freeIpsMustBeAboveZero() {
        CheckResult r = check(healthy(), "NO_FREE_IPS", DEFAULTS, new SimulatedFailure.SubnetIps("subnet-1", 0));
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("0", r.evidence().get("freeIps"));
        assertTrue(r.evidence().get("simulated").contains("snapshot: 100"));
        // Glue's own text at run start [FIELD F1], not EC2's ENI error.
        assertTrue(r.message().startsWith("Number of IP addresses on subnet is 0 [FIELD F1]"), r.message());
        assertTrue(r.check().description().contains("Number of IP addresses on subnet is 0"));
        assertEquals(CheckStatus.PASS,
                check(healthy(), "NO_FREE_IPS", DEFAULTS, new SimulatedFailure.SubnetIps("subnet-1", 1)).status());
    }
}
