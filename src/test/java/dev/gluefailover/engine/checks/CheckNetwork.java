package dev.gluefailover.engine.checks;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;

/**
 * The one-connection network the check tests start from: VPC vpc-1, subnet-1 in us-east-1a
 * (use1-az1) with 100 free IPs, its own route table rtb-1 when a test adds it, a public subnet
 * subnet-pub in us-east-1b (use1-az2) where the NAT gateway sits.
 */
final class CheckNetwork {
    static final RuleSettings DEFAULTS = RuleSettings.defaults();

    private CheckNetwork() {
    }

    /** The base network; the caller adds the route table, NATs and endpoints under test. */
    static SnapshotBuilder network() {
        return new SnapshotBuilder("us-east-1")
                .zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue")
                .job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", "jdbc:postgresql://db:5432/x");
    }

    static SnapshotBuilder withNat(SnapshotBuilder b, NatGateway nat, Route route) {
        return b.nat(nat).routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), route);
    }

    static NatGateway nat(String state, String type) {
        return new NatGateway("nat-1", "vpc-1", "subnet-pub", state, type, Map.of());
    }

    static ConnectionEvaluation eval(SnapshotBuilder b, RuleSettings settings, SimulatedFailure... failures) {
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job(null), Simulation.of(failures), settings).connections().get(0);
    }

    static CheckResult check(SnapshotBuilder b, String code, RuleSettings settings, SimulatedFailure... failures) {
        return eval(b, settings, failures).result(code).orElseThrow();
    }

    static SnapshotBuilder healthy() {
        return withNat(network(), nat("available", "public"), defaultToNat("nat-1"));
    }
}
