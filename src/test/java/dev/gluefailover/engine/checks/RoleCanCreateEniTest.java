package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.RoleNetwork.denying;
import static dev.gluefailover.engine.checks.RoleNetwork.withPermissions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.rules.CheckKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROLE_CANNOT_CREATE_ENI: Glue may choose the connection, but the run's ENIs are created as the job's role. */
class RoleCanCreateEniTest {

    private static CheckResult chosenResult(Evaluation e) {
        return e.chosen().orElseThrow().result("ROLE_CANNOT_CREATE_ENI").orElseThrow();
    }

    @Test
    void aRoleAllowedToCreateInterfacesPasses() {
        Evaluation e = withPermissions(denying(), DEFAULTS);
        assertEquals(CheckStatus.PASS, chosenResult(e).status());
        assertEquals(Evaluation.Outcome.RUN_WORKS, e.outcome());
    }

    @Test
    void aDeniedActionFailsTheRunNotTheChoice() {
        Evaluation e = withPermissions(denying("ec2:CreateNetworkInterface", "ec2:CreateTags"), DEFAULTS);
        CheckResult r = chosenResult(e);
        assertEquals(CheckKind.RUN, r.kind());
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().contains("not authorized to perform: ec2:CreateNetworkInterface, ec2:CreateTags"),
                r.message());
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertEquals(Evaluation.Outcome.RUN_FAILS, e.outcome());
        assertTrue(e.headline().contains("the run would fail (ROLE_CANNOT_CREATE_ENI)"), e.headline());
    }

    @Test
    void aRoleThatCouldNotBeSimulatedLeavesTheRunUndecided() {
        Evaluation e = RoleNetwork.notSimulated(DEFAULTS);
        assertEquals(CheckStatus.UNKNOWN, chosenResult(e).status());
        assertFalse(e.runWouldSucceed());
        assertTrue(e.headline().contains("whether the run works is not known (undecided: ROLE_CANNOT_CREATE_ENI)"),
                e.headline());
    }

    @Test
    void nothingAskedIsNotChecked() {
        Evaluation e = withPermissions(List.of(), DEFAULTS);
        assertEquals(CheckStatus.PASS, chosenResult(e).status());
        assertTrue(chosenResult(e).message().startsWith("Not checked"));
        assertTrue(e.runWouldSucceed());
    }

    @Test
    void theActionListIsTheDescribeHalfThenTheInterfaceHalf() {
        assertEquals(8, JobRoleActions.ALL.size());
        assertEquals(JobRoleActions.DESCRIBE, JobRoleActions.ALL.subList(0, 4));
        assertEquals(JobRoleActions.CREATE_ENI, JobRoleActions.ALL.subList(4, 8));
    }
}
