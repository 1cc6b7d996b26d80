package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.healthy;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The healthy network with two connections in the same subnet ("conn", "conn2") and a job "job2"
 * that runs as role "glue-role", whose simulated permissions the tests choose.
 */
final class RoleNetwork {
    static final String ROLE = "glue-role";

    private RoleNetwork() {
    }

    static SnapshotBuilder builder(String role) {
        return healthy().connection(new GlueConnection("conn2", "JDBC", "subnet-1", List.of("sg-1"), "us-east-1a",
                null)).job(new GlueJob("job2", List.of("conn", "conn2"), "G.1X", 2, null, 0, "5.0", role, null, null));
    }

    /** Every action of {@link JobRoleActions#ALL} asked; those named are denied (implicitDeny). */
    static List<RolePermission> denying(String... denied) {
        Set<String> no = Set.of(denied);
        List<RolePermission> list = new ArrayList<>();
        for (String action : JobRoleActions.ALL) {
            list.add(new RolePermission(ROLE, action, no.contains(action) ? "implicitDeny" : "allowed"));
        }
        return list;
    }

    static Snapshot snapshot(SnapshotBuilder b, List<RolePermission> permissions) {
        Snapshot s = b.build();
        return new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(), s.vpcs(),
                s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), s.jobs(), s.connections(), s.problems(), permissions);
    }

    static Evaluation evaluate(Snapshot s, RuleSettings settings) {
        Engine engine = new Engine(s);
        return engine.evaluate(engine.job("job2"), Simulation.NONE, settings);
    }

    static Evaluation withPermissions(List<RolePermission> permissions, RuleSettings settings) {
        return evaluate(snapshot(builder(ROLE), permissions), settings);
    }

    /** The caller could not simulate the role: the loader's record of it. */
    static Evaluation notSimulated(RuleSettings settings) {
        return evaluate(snapshot(builder(ROLE).problem(new LoadProblem(JobRoleActions.SIMULATE, "AccessDenied",
                "User is not authorized to perform: iam:SimulatePrincipalPolicy", List.of(ROLE))), List.of()),
                settings);
    }
}
