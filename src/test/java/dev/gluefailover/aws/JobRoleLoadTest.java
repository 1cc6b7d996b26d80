package dev.gluefailover.aws;

import static dev.gluefailover.aws.TestNetworks.JOB;
import static dev.gluefailover.aws.TestNetworks.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The second-pass fields of a live load: what GetJob and GetConnection say about the job's role,
 * arguments, concurrency and the connections' status, and what IAM's policy simulator says the
 * job's role may do (Glue runs the network checks as that role).
 */
class JobRoleLoadTest {
    private static final String ROLE_ARN = "arn:aws:iam::" + TestNetworks.ACCOUNT + ":role/etl/RunnerRole";

    private static Snapshot load(FakeAws fake, List<String> jobs) {
        try (AwsClients clients = fake.clients()) {
            return new GlueNetworkLoader(clients).load(jobs);
        }
    }

    /** The world with its job replaced by {@code job} and these role permissions served. */
    private static Snapshot with(Snapshot world, GlueJob job, List<RolePermission> permissions) {
        Snapshot s = world.withJob(job);
        return new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(),
                s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), s.jobs(), s.connections(), s.problems(), permissions);
    }

    private static GlueJob withRole(GlueJob j, String role) {
        return new GlueJob(j.name(), j.connectionNames(), j.workerType(), j.numberOfWorkers(), j.maxCapacity(),
                j.maxRetries(), j.glueVersion(), role, j.defaultArguments(), j.maxConcurrentRuns());
    }

    /** The ActionNames.member.N values of a simulation request, in their order. */
    private static List<String> actionNames(FakeAws.Request r) {
        List<String> out = new ArrayList<>();
        for (int i = 1; r.params().containsKey("ActionNames.member." + i); i++) {
            out.add(r.params().get("ActionNames.member." + i));
        }
        return out;
    }

    @Test
    void readsRoleArgumentsConcurrencyWorkerTypeAndConnectionStatus() {
        Snapshot world = TestNetworks.world(3);
        GlueJob job = new GlueJob(JOB, world.job(JOB).orElseThrow().connectionNames(), "G.2X.GRAVITON", 6, null, 1,
                "5.0", ROLE, Map.of("--disable-proxy-v2", "true", "--enable-auto-scaling", "true"), 4);
        List<GlueConnection> connections = new ArrayList<>(world.connections());
        GlueConnection first = connections.get(0);
        connections.set(0, new GlueConnection(first.name(), first.connectionType(), first.subnetId(),
                first.securityGroupIds(), first.availabilityZone(), first.jdbcUrl(), "FAILED",
                "Subnet subnet-a1 was not found"));
        Snapshot s = with(world, job, world.rolePermissions());
        Snapshot served = new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(),
                s.availabilityZones(), s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(),
                s.vpcEndpoints(), s.securityGroups(), s.jobs(), connections, s.problems(), s.rolePermissions());
        try (FakeAws fake = FakeAws.serve(served).extraArguments(JOB,
                Map.of("--password", "p4ssw0rd-in-an-argument", "--TempDir", "s3://bucket/tmp"))) {
            Snapshot loaded = load(fake, List.of(JOB));
            GlueJob read = loaded.job(JOB).orElseThrow();
            assertEquals(ROLE, read.role());
            assertEquals("G.2X.GRAVITON", read.workerType());
            assertEquals(4, read.maxConcurrentRuns());
            assertEquals(Map.of("--disable-proxy-v2", "true", "--enable-auto-scaling", "true"),
                    read.defaultArguments(), "only the network flags");
            assertTrue(fake.requests("GetJob").size() == 1);
            GlueConnection failed = loaded.connection(first.name()).orElseThrow();
            assertEquals("FAILED", failed.status());
            assertEquals("Subnet subnet-a1 was not found", failed.statusReason());
            assertEquals("READY", loaded.connection("conn-01").orElseThrow().status());
            assertNull(loaded.connection("conn-01").orElseThrow().statusReason());
            String written = new SnapshotWriter().toText(loaded, SnapshotFormat.JSON);
            assertFalse(written.contains("p4ssw0rd") || written.contains("--password")
                    || written.contains("--TempDir"), "no other argument is kept");
            assertFalse(loaded.toString().contains("p4ssw0rd"));
        }
    }

    @Test
    void aRoleNameIsResolvedThroughGetRoleWithItsPath() {
        Snapshot world = TestNetworks.world(2);
        try (FakeAws fake = FakeAws.serve(world).rolePath(ROLE, "/service-role/")) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(1, fake.calls("GetRole"));
            assertEquals(ROLE, fake.requests("GetRole").get(0).params().get("RoleName"));
            assertEquals(1, fake.calls("SimulatePrincipalPolicy"));
            FakeAws.Request simulation = fake.requests("SimulatePrincipalPolicy").get(0);
            assertEquals("arn:aws:iam::" + TestNetworks.ACCOUNT + ":role/service-role/" + ROLE,
                    simulation.params().get("PolicySourceArn"));
            assertEquals(GlueNetworkLoader.ROLE_ACTIONS, actionNames(simulation));
            assertEquals(GlueNetworkLoader.ROLE_ACTIONS,
                    loaded.rolePermissions().stream().map(RolePermission::action).toList());
            assertTrue(loaded.rolePermissions().stream().allMatch(p -> p.role().equals(ROLE) && p.allowed()),
                    "kept under the role as the job names it: " + loaded.rolePermissions());
            assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        }
    }

    @Test
    void aRoleNamedWithItsPathIsLookedUpByItsBareName() {
        Snapshot world = TestNetworks.world(2);
        String named = "service-role/" + ROLE;
        try (FakeAws fake = FakeAws.serve(with(world, withRole(world.job(JOB).orElseThrow(), named), List.of()))) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(ROLE, fake.requests("GetRole").get(0).params().get("RoleName"));
            assertEquals("arn:aws:iam::" + TestNetworks.ACCOUNT + ":role/service-role/" + ROLE,
                    fake.requests("SimulatePrincipalPolicy").get(0).params().get("PolicySourceArn"));
            assertEquals(8, loaded.rolePermissions().size());
            assertTrue(loaded.rolePermissions().stream().allMatch(p -> p.role().equals(named)));
        }
    }

    @Test
    void aRoleArnIsSimulatedAsIsWithoutGetRole() {
        Snapshot world = TestNetworks.world(2);
        try (FakeAws fake = FakeAws.serve(with(world, withRole(world.job(JOB).orElseThrow(), ROLE_ARN),
                List.of()))) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(0, fake.calls("GetRole"));
            assertEquals(ROLE_ARN, fake.requests("SimulatePrincipalPolicy").get(0).params().get("PolicySourceArn"));
            assertEquals(8, loaded.rolePermissions().size());
            assertTrue(loaded.rolePermissions().stream().allMatch(p -> p.role().equals(ROLE_ARN)));
        }
    }

    @Test
    void deniedActionsShowUpWithIamsDecision() {
        Snapshot world = TestNetworks.world(2);
        Snapshot served = with(world, world.job(JOB).orElseThrow(), List.of(
                new RolePermission(ROLE, "ec2:DescribeRouteTables", "implicitDeny"),
                new RolePermission(ROLE, "ec2:CreateNetworkInterface", "explicitDeny")));
        try (FakeAws fake = FakeAws.serve(served)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals("implicitDeny", loaded.permission(ROLE, "ec2:DescribeRouteTables").orElseThrow().decision());
            assertEquals("explicitDeny",
                    loaded.permission(ROLE, "ec2:CreateNetworkInterface").orElseThrow().decision());
            assertFalse(loaded.permission(ROLE, "ec2:DescribeRouteTables").orElseThrow().allowed());
            assertTrue(loaded.permission(ROLE, "ec2:DescribeSubnets").orElseThrow().allowed());
            assertEquals(8, loaded.rolePermissions().size());
        }
    }

    @Test
    void aDeniedSimulationIsAProblemNamingTheRoleAndTheRestLoads() {
        Snapshot world = TestNetworks.world(4);
        try (FakeAws fake = FakeAws.serve(world).deny("SimulatePrincipalPolicy")) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertTrue(loaded.rolePermissions().isEmpty(), "unknown, not allowed");
            assertEquals(1, loaded.problems().size(), loaded.problems().toString());
            LoadProblem p = loaded.problems().get(0);
            assertEquals("iam:SimulatePrincipalPolicy", p.action());
            assertEquals("AccessDenied", p.errorCode());
            assertEquals(List.of(ROLE), p.resourceIds());
            assertTrue(p.message().contains("iam:SimulatePrincipalPolicy"), p.message());
            Snapshot expected = TestNetworks.expectedLoad(world, List.of(JOB));
            assertEquals(expected.jobs(), loaded.jobs());
            assertEquals(expected.connections(), loaded.connections());
            assertEquals(expected.subnets().size(), loaded.subnets().size());
            assertEquals(expected.routeTables().size(), loaded.routeTables().size());
        }
    }

    @Test
    void aDeniedGetRoleIsTheSameProblemAndSaysGetRoleIsWhatFailed() {
        Snapshot world = TestNetworks.world(4);
        try (FakeAws fake = FakeAws.serve(world).deny("GetRole"); AwsClients clients = fake.clients()) {
            var statuses = new CopyOnWriteArrayList<LoadStatus>();
            Snapshot loaded = new GlueNetworkLoader(clients).load(List.of(JOB), statuses::add,
                    CancellationSignal.never());
            assertEquals(0, fake.calls("SimulatePrincipalPolicy"), "no ARN, nothing to simulate");
            assertTrue(loaded.rolePermissions().isEmpty());
            LoadProblem p = loaded.problems().get(0);
            assertEquals(1, loaded.problems().size());
            assertEquals("iam:SimulatePrincipalPolicy", p.action());
            assertEquals("AccessDenied", p.errorCode());
            assertEquals(List.of(ROLE), p.resourceIds());
            assertTrue(p.message().startsWith("iam:GetRole failed for role 'GlueJobRole'"), p.message());
            assertEquals(world.subnets().size() - 1, loaded.subnets().size(), "all but vpc-zzz's subnet");
            LoadStatus last = statuses.get(statuses.size() - 1);
            assertEquals(last.callsDone(), last.callsPlanned(), "the simulation not sent is not left planned");
            assertEquals(fake.totalCalls(), last.callsDone());
        }
    }

    @Test
    void aRoleThatNoLongerExistsIsAProblemNotAFailedLoad() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(2)).roleGone(ROLE)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(1, loaded.problems().size(), loaded.problems().toString());
            LoadProblem p = loaded.problems().get(0);
            assertEquals("iam:SimulatePrincipalPolicy", p.action());
            assertEquals("NoSuchEntity", p.errorCode());
            assertEquals(List.of(ROLE), p.resourceIds());
            assertTrue(p.message().startsWith("iam:GetRole failed"), p.message());
            assertTrue(loaded.rolePermissions().isEmpty());
            assertEquals(2, loaded.connections().size());
        }
    }

    @Test
    void anEndpointThatDoesNotSpeakIamOnlyCostsTheRoleChecks() {
        Snapshot world = TestNetworks.world(3);
        try (FakeAws fake = FakeAws.serve(world).withoutIam()) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(1, loaded.problems().size(), loaded.problems().toString());
            LoadProblem p = loaded.problems().get(0);
            assertEquals("iam:SimulatePrincipalPolicy", p.action());
            assertEquals(List.of(ROLE), p.resourceIds());
            assertTrue(loaded.rolePermissions().isEmpty());
            Snapshot expected = TestNetworks.expectedLoad(world, List.of(JOB));
            assertEquals(expected.connections(), loaded.connections());
            assertEquals(expected.subnets().size(), loaded.subnets().size());
        }
    }

    @Test
    void theSimulationIsFollowedOverItsPages() {
        Snapshot world = TestNetworks.world(2);
        Snapshot served = with(world, world.job(JOB).orElseThrow(), List.of(
                new RolePermission(ROLE, "ec2:CreateTags", "implicitDeny")));
        try (FakeAws fake = FakeAws.serve(served).pageSize(3)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(3, fake.calls("SimulatePrincipalPolicy"), "8 actions, 3 a page");
            List<FakeAws.Request> pages = fake.requests("SimulatePrincipalPolicy").stream()
                    .sorted(java.util.Comparator.comparingLong(FakeAws.Request::receivedNanos)).toList();
            assertNull(pages.get(0).params().get("Marker"));
            assertEquals("3", pages.get(1).params().get("Marker"));
            assertEquals("6", pages.get(2).params().get("Marker"));
            assertEquals(GlueNetworkLoader.ROLE_ACTIONS,
                    loaded.rolePermissions().stream().map(RolePermission::action).toList());
            assertEquals("implicitDeny", loaded.permission(ROLE, "ec2:CreateTags").orElseThrow().decision(),
                    "the last page's answer is kept");
        }
    }

    @Test
    void aThrottledSimulationIsRetried() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(2)).throttle("SimulatePrincipalPolicy", 2)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(3, fake.calls("SimulatePrincipalPolicy"));
            assertEquals(8, loaded.rolePermissions().size());
            assertTrue(loaded.problems().isEmpty());
        }
    }

    @Test
    void jobsSharingARoleCostOneSimulation() {
        Snapshot world = TestNetworks.world(4);
        GlueJob job = world.job(JOB).orElseThrow();
        GlueJob twin = new GlueJob("twin-etl", job.connectionNames().subList(0, 2), "G.1X", 2, null, 0, "4.0",
                ROLE, Map.of(), null);
        List<GlueJob> jobs = new ArrayList<>(world.jobs());
        jobs.add(twin);
        Snapshot served = new Snapshot(world.schemaVersion(), world.capturedAt(), world.source(), world.region(),
                world.availabilityZones(), world.vpcs(), world.subnets(), world.routeTables(), world.natGateways(),
                world.internetGateways(), world.vpcEndpoints(), world.securityGroups(), jobs, world.connections(),
                world.problems(), world.rolePermissions());
        try (FakeAws fake = FakeAws.serve(served)) {
            Snapshot loaded = load(fake, List.of(JOB, "twin-etl"));
            assertEquals(1, fake.calls("GetRole"));
            assertEquals(1, fake.calls("SimulatePrincipalPolicy"));
            assertEquals(8, loaded.rolePermissions().size());
        }
    }

    @Test
    void aJobWithoutARoleOrWithoutAConnectionIsNotSimulated() {
        Snapshot world = TestNetworks.world(2);
        try (FakeAws fake = FakeAws.serve(with(world, withRole(world.job(JOB).orElseThrow(), null), List.of()))) {
            Snapshot loaded = load(fake, List.of(JOB, "other-job"));
            assertEquals(0, fake.calls("GetRole") + fake.calls("SimulatePrincipalPolicy"),
                    "other-job has a role but no connection: it does not run in a VPC");
            assertTrue(loaded.rolePermissions().isEmpty());
            assertEquals("OtherRole", loaded.job("other-job").orElseThrow().role(), "its role is still read");
            assertTrue(loaded.problems().isEmpty());
        }
    }

    @Test
    void aRoleByNameStillLoadsInThreeRoundTrips() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4)).delay(java.time.Duration.ofMillis(300))) {
            load(fake, List.of(JOB));
            assertEquals(1, fake.calls("GetRole"));
            assertEquals(1, fake.calls("SimulatePrincipalPolicy"));
            // GetJob; GetRole beside DescribeSubnets; SimulatePrincipalPolicy beside the VPC-scoped describes
            assertEquals(3, fake.roundTrips(), fake.allRequests().stream().map(FakeAws.Request::action).toList()
                    .toString());
        }
    }
}
