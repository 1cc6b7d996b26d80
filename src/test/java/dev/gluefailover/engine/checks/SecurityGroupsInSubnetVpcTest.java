package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SG_OTHER_VPC: a security group of another VPC than the subnet's cannot be attached; the run fails. */
class SecurityGroupsInSubnetVpcTest {
    private static ConnectionEvaluation evalWith(List<String> groups) {
        SnapshotBuilder b = healthy()
                .securityGroup(new SecurityGroup("sg-other", "vpc-2", "other",
                        List.of(SecurityGroupRule.allTrafficFromGroup("sg-other")),
                        List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0"))))
                .connection(new GlueConnection("c2", "JDBC", "subnet-1", groups, "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0);
    }

    @Test
    void groupsOfTheSubnetsVpcPass() {
        CheckResult r = check(healthy(), "SG_OTHER_VPC", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("vpc-1", r.evidence().get("subnetVpc"));
    }

    @Test
    void aGroupOfAnotherVpcFailsTheRunNotTheChoice() {
        ConnectionEvaluation c = evalWith(List.of("sg-1", "sg-other"));
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult r = c.result("SG_OTHER_VPC").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("sg-other (vpc-2)", r.evidence().get("otherVpc"));
        assertTrue(r.message().contains("another VPC"), r.message());
        assertFalse(c.runWouldSucceed());
    }

    @Test
    void aGroupTheSnapshotLacksIsUnknownHere() {
        CheckResult r = evalWith(List.of("sg-missing")).result("SG_OTHER_VPC").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, r.status());
        CheckResult partly = evalWith(List.of("sg-1", "sg-missing")).result("SG_OTHER_VPC").orElseThrow();
        assertEquals(CheckStatus.PASS, partly.status());
        assertEquals("sg-missing", partly.evidence().get("vpcUnknown"));
    }
}
