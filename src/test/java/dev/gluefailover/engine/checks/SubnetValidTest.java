package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.network;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SUBNET_INVALID: the subnet exists, is available and has a VPC id; UNKNOWN when it could not be read. */
class SubnetValidTest {
    @Test
    void missingSubnetIsInvalid() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("gone", "JDBC", "subnet-gone", List.of("sg-1"),
                "us-east-1a", null)).job(new GlueJob("job2", List.of("gone"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        ConnectionEvaluation c = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0);
        assertEquals(Verdict.SKIPPED, c.verdict());
        CheckResult r = c.result("SUBNET_INVALID").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().startsWith("VPC Id not found for subnet subnet-gone"));
        // The checks that need the subnet are reported, as not checked.
        assertEquals(CheckStatus.UNKNOWN, c.result("NO_FREE_IPS").orElseThrow().status());
    }

    @Test
    void subnetNotAvailableOrDeletedBySimulationIsInvalid() {
        SnapshotBuilder pending = withNat(network(), nat("available", "public"), defaultToNat("nat-1"))
                .subnet(new Subnet("subnet-2", "vpc-1", "us-east-1a", "use1-az1", "10.0.2.0/24", "pending", 10, false,
                        Map.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-2", List.of("sg-1"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(pending.build());
        CheckResult r = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("SUBNET_INVALID").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("pending", r.evidence().get("state"));

        CheckResult deleted = check(healthy(), "SUBNET_INVALID", DEFAULTS, new SimulatedFailure.SubnetDeleted("subnet-1"));
        assertEquals(CheckStatus.FAIL, deleted.status());
        assertEquals("subnet deleted", deleted.evidence().get("simulated"));
    }

    @Test
    void unreadableSubnetIsUnknownWithTheAwsErrorCode() {
        SnapshotBuilder b = healthy().problem(new LoadProblem("ec2:DescribeSubnets", "UnauthorizedOperation",
                "not authorized", List.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-hidden", List.of("sg-1"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        ConnectionEvaluation c = e.connections().get(0);
        assertEquals(Verdict.UNKNOWN, c.verdict());
        CheckResult r = c.result("SUBNET_INVALID").orElseThrow();
        assertEquals("UnauthorizedOperation", r.evidence().get("errorCode"));
        assertTrue(r.message().contains("grant ec2:DescribeSubnets"));
        // An UNKNOWN before the chosen connection makes the choice uncertain, and says why.
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertFalse(e.choiceCertain());
        assertTrue(e.uncertainty().get(0).contains("#1 c2: SUBNET_INVALID"));
    }
}
