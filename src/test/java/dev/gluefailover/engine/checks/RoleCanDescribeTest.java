package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.RoleNetwork.ROLE;
import static dev.gluefailover.engine.checks.RoleNetwork.denying;
import static dev.gluefailover.engine.checks.RoleNetwork.withPermissions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.RolePermission;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROLE_CANNOT_DESCRIBE: Glue's checks run as the job's role [FIELD F1]; roleDenialEffect says what a denial does. */
class RoleCanDescribeTest {

    private static CheckResult first(Evaluation e) {
        return e.connections().get(0).result("ROLE_CANNOT_DESCRIBE").orElseThrow();
    }

    @Test
    void aRoleAllowedEveryActionPasses() {
        Evaluation e = withPermissions(denying(), DEFAULTS);
        CheckResult r = first(e);
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.message().startsWith("Role glue-role may describe the network"), r.message());
        assertEquals("conn", e.chosen().orElseThrow().name());
    }

    @Test
    void aDeniedActionFailsEveryConnectionWithGluesText() {
        Evaluation e = withPermissions(denying("ec2:DescribeRouteTables"), DEFAULTS);
        CheckResult r = first(e);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().contains("is not authorized to perform: ec2:DescribeRouteTables"), r.message());
        assertTrue(r.message().contains("VPC Id not found for subnet subnet-1 and availability zone us-east-1a"),
                r.message());
        assertEquals("ec2:DescribeRouteTables (implicitDeny)", r.evidence().get("denied"));
        assertEquals(List.of("roleDenialEffect"), r.settingsUsed());
        assertEquals(List.of(Verdict.SKIPPED, Verdict.SKIPPED),
                e.connections().stream().map(ConnectionEvaluation::verdict).toList());
        assertEquals(Evaluation.Outcome.NO_CONNECTION, e.outcome());
        assertTrue(e.headline().endsWith("the job's role glue-role is not authorized to perform "
                + "ec2:DescribeRouteTables (implicitDeny), which Glue's checks need for every connection"), e.headline());
        assertTrue(e.inferencesBehindVerdict().contains("roleDenialEffect"));
    }

    @Test
    void withStopADenialEndsTheLaunch() {
        Evaluation e = withPermissions(denying("ec2:DescribeSubnets"), DEFAULTS.with("roleDenialEffect", "STOP"));
        assertEquals(Evaluation.Outcome.LAUNCH_STOPS, e.outcome());
        assertEquals("This job would not start: the job's role glue-role is not authorized to perform "
                + "ec2:DescribeSubnets (implicitDeny)", e.headline());
        assertTrue(first(e).message().contains("the launch fails"), first(e).message());
    }

    @Test
    void aRoleThatCouldNotBeSimulatedIsOneUncertaintyOfTheJobNotAnUndecidedConnection() {
        Evaluation e = RoleNetwork.notSimulated(DEFAULTS);
        CheckResult r = first(e);
        assertEquals(CheckStatus.UNKNOWN, r.status());
        assertTrue(r.message().contains("grant iam:SimulatePrincipalPolicy (and iam:GetRole) to the caller to decide "
                + "this"), r.message());
        ConnectionEvaluation chosen = e.chosen().orElseThrow();
        assertEquals("conn", chosen.name());
        assertTrue(chosen.blockingCheck().isEmpty(), "the role's question is the job's, not this connection's");
        assertEquals(Verdict.PASSES, e.connections().get(1).verdict());
        assertFalse(e.choiceCertain());
        assertEquals(1, e.uncertainty().size(), e.uncertainty().toString());
        assertTrue(e.uncertainty().get(0).contains("iam:SimulatePrincipalPolicy"), e.uncertainty().toString());
    }

    @Test
    void nothingAskedIsNotCheckedAndPasses() {
        Evaluation noPermissions = withPermissions(List.of(), DEFAULTS);
        assertEquals(CheckStatus.PASS, first(noPermissions).status());
        assertTrue(first(noPermissions).message().startsWith("Not checked: the snapshot has no role permissions for "
                + "glue-role"), first(noPermissions).message());
        assertTrue(noPermissions.choiceCertain());
        Evaluation noRole = RoleNetwork.evaluate(RoleNetwork.snapshot(RoleNetwork.builder(null), denying(
                "ec2:DescribeSubnets")), DEFAULTS);
        assertEquals(CheckStatus.PASS, first(noRole).status());
        assertEquals("Not checked: the snapshot names no role for the job.", first(noRole).message());
    }

    @Test
    void actionsTheSnapshotDoesNotAnswerAreNamedAsNotChecked() {
        Evaluation e = withPermissions(List.of(new RolePermission(ROLE, "ec2:DescribeSubnets", "allowed")), DEFAULTS);
        CheckResult r = first(e);
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("ec2:DescribeRouteTables, ec2:DescribeVpcEndpoints, ec2:DescribeSecurityGroups",
                r.evidence().get("notChecked"));
    }
}
