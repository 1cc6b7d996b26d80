package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.SgFailureEffect;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SG_NO_SELF_INGRESS and SG_NO_EGRESS, and the setting that makes them selection checks. */
class SecurityGroupChecksTest {
    @Test
    void securityGroupsNeedSelfIngressAndAllEgress() {
        SnapshotBuilder b = healthy().securityGroup(new SecurityGroup("sg-closed", "vpc-1", "closed",
                List.of(new SecurityGroupRule("tcp", 5432, 5432, List.of("10.0.0.0/16"), List.of(), List.of())),
                List.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-1", List.of("sg-closed"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        ConnectionEvaluation c = e.connections().get(0);
        assertEquals(Verdict.CHOSEN, c.verdict());
        assertEquals(CheckStatus.FAIL, c.result("SG_NO_SELF_INGRESS").orElseThrow().status());
        assertEquals(CheckStatus.FAIL, c.result("SG_NO_EGRESS").orElseThrow().status());
        assertEquals(CheckKind.RUN, c.result("SG_NO_EGRESS").orElseThrow().kind());
        assertFalse(e.runWouldSucceed());

        RuleSettings skips = DEFAULTS.with("sgFailureEffect", SgFailureEffect.SKIPS_CONNECTION.name());
        ConnectionEvaluation skipped = engine.evaluate(engine.job("job2"), Simulation.NONE, skips).connections().get(0);
        assertEquals(Verdict.SKIPPED, skipped.verdict());
        assertEquals(CheckKind.SELECTION, skipped.result("SG_NO_SELF_INGRESS").orElseThrow().kind());

        CheckResult ok = check(healthy(), "SG_NO_SELF_INGRESS", DEFAULTS);
        assertEquals("sg-1 inbound all ports from itself (sg-1)", ok.evidence().get("rule"));
    }
}
