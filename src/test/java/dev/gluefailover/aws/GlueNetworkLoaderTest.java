package dev.gluefailover.aws;

import static dev.gluefailover.aws.TestNetworks.JOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlueNetworkLoaderTest {

    private static Snapshot load(FakeAws fake, List<String> jobs) {
        try (AwsClients clients = fake.clients()) {
            return new GlueNetworkLoader(clients).load(jobs);
        }
    }

    @Test
    void roundTripGivesTheJobsNetworkAndNothingElse() {
        Snapshot world = TestNetworks.world(6);
        try (FakeAws fake = FakeAws.serve(world)) {
            Snapshot loaded = load(fake, List.of(JOB));
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(JOB)), loaded);
            assertEquals("aws:" + FakeAws.REGION, loaded.source());
            Instant.parse(loaded.capturedAt());
            assertTrue(loaded.subnet("subnet-z1").isEmpty(), "a subnet of another VPC is not loaded");
        }
    }

    @Test
    void followsPaginationEverywhere() {
        Snapshot world = TestNetworks.world(6);
        try (FakeAws fake = FakeAws.serve(world).pageSize(1)) {
            Snapshot loaded;
            try (AwsClients clients = fake.clients()) {
                // 0: read connections through one paginated GetConnections as well
                loaded = new GlueNetworkLoader(clients, GlueNetworkLoader.Options.defaults()
                        .withMaxConnectionReadsPerName(0)).load(List.of(JOB));
            }
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(JOB)), loaded);
            assertEquals(world.connections().size(), fake.calls("GetConnections"), "one connection per page");
            assertEquals(4 + 4, fake.calls("DescribeSubnets"), "4 subnets by id, then the 4 of their VPCs, a page each");
            assertEquals(4, fake.calls("DescribeRouteTables"), "4 route tables in vpc-aaa and vpc-bbb");
            assertEquals(3, fake.calls("DescribeSecurityGroups"));
            assertEquals(2, fake.calls("DescribeVpcEndpoints"), "vpce-s3 and vpce-glue");
        }
    }

    @Test
    void aDeletedSubnetIsAbsentAndTheRestLoads() {
        Snapshot world = TestNetworks.world(4);
        Snapshot withoutA2 = new Snapshot(world.schemaVersion(), world.capturedAt(), world.source(), world.region(),
                world.availabilityZones(), world.vpcs(),
                world.subnets().stream().filter(s -> !s.subnetId().equals("subnet-a2")).toList(),
                world.routeTables(), world.natGateways(), world.internetGateways(), world.vpcEndpoints(),
                world.securityGroups(), world.jobs(), world.connections(), world.problems());
        try (FakeAws fake = FakeAws.serve(withoutA2)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertTrue(loaded.subnet("subnet-a2").isEmpty());
            assertTrue(loaded.subnet("subnet-a1").isPresent());
            assertEquals("subnet-a2", loaded.connection("conn-01").orElseThrow().subnetId(),
                    "the connection stays, pointing at the missing subnet (engine: SUBNET_INVALID)");
            assertTrue(loaded.problems().isEmpty(), "a missing subnet is data, not a load problem");
            assertEquals(3, loaded.routeTables().stream().filter(t -> t.vpcId().equals("vpc-aaa")).count());
            // Real EC2 fails a whole SubnetIds list with one unknown id; the loader must not use one.
            fake.requests("DescribeSubnets").forEach(r -> assertFalse(
                    r.params().keySet().stream().anyMatch(k -> k.startsWith("SubnetId.")), r.body()));
        }
    }

    @Test
    void deletedSecurityGroupAndAllSubnetsOfAVpcGone() {
        Snapshot world = TestNetworks.world(4);
        Snapshot pruned = new Snapshot(world.schemaVersion(), world.capturedAt(), world.source(), world.region(),
                world.availabilityZones(), world.vpcs(),
                world.subnets().stream().filter(s -> !s.vpcId().equals("vpc-bbb")).toList(),
                world.routeTables(), world.natGateways(), world.internetGateways(), world.vpcEndpoints(),
                world.securityGroups().stream().filter(g -> !g.groupId().equals("sg-extra")).toList(),
                world.jobs(), world.connections(), world.problems());
        try (FakeAws fake = FakeAws.serve(pruned)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertTrue(loaded.securityGroups().stream().noneMatch(g -> g.groupId().equals("sg-extra")));
            assertTrue(loaded.securityGroups().stream().anyMatch(g -> g.groupId().equals("sg-glue")));
            assertTrue(loaded.vpcs().stream().noneMatch(v -> v.vpcId().equals("vpc-bbb")),
                    "no subnet left in vpc-bbb, so nothing of it is read");
            assertTrue(loaded.problems().isEmpty());
        }
    }

    @Test
    void deniedRouteTablesBecomeALoadProblemAndTheRestLoads() {
        Snapshot world = TestNetworks.world(4);
        try (FakeAws fake = FakeAws.serve(world).deny("DescribeRouteTables")) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(1, loaded.problems().size());
            LoadProblem p = loaded.problems().get(0);
            assertEquals("ec2:DescribeRouteTables", p.action());
            assertEquals("UnauthorizedOperation", p.errorCode());
            assertTrue(p.resourceIds().isEmpty(), "the whole call failed: concerns every resource");
            assertTrue(loaded.routeTables().isEmpty());
            Snapshot expected = TestNetworks.expectedLoad(world, List.of(JOB));
            assertEquals(expected.subnets().size(), loaded.subnets().size());
            assertEquals(expected.natGateways().size(), loaded.natGateways().size());
            assertEquals(expected.vpcEndpoints().size(), loaded.vpcEndpoints().size());
        }
    }

    @Test
    void deniedVpcAttributesLeaveDnsUnknownWithAProblemPerVpc() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4)).deny("DescribeVpcAttribute")) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertTrue(loaded.vpcs().stream().allMatch(v -> v.enableDnsSupport() == null
                    && v.enableDnsHostnames() == null));
            assertEquals(4, loaded.problems().size(), "two attributes for each of two VPCs");
            assertTrue(loaded.problems().stream().allMatch(p -> p.action().equals("ec2:DescribeVpcAttribute")
                    && p.resourceIds().size() == 1));
        }
    }

    @Test
    void throttlingIsRetried() {
        Snapshot world = TestNetworks.world(4);
        try (FakeAws fake = FakeAws.serve(world).throttle("GetJob", 2).throttle("DescribeSubnets", 2)
                .throttle("GetConnections", 1)) {
            Snapshot loaded = load(fake, List.of(JOB));
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(JOB)), loaded);
            assertEquals(3, fake.calls("GetJob"));
            assertEquals(2 + 2, fake.calls("DescribeSubnets"), "2 throttled, then by id and by VPC");
            assertEquals(1 + 1, fake.calls("GetConnections"), "1 throttled, then the one page that holds them all");
            assertEquals(0, fake.calls("GetConnection"), "no read by name: the page asked beside GetJob had them all");
        }
    }

    @Test
    void aMissingConnectionIsAProblemOnThatConnection() {
        Snapshot world = TestNetworks.world(3);
        var job = world.job(JOB).orElseThrow();
        Snapshot withGhost = world.withJob(job.withConnectionNames(List.of("conn-00", "ghost", "conn-02")));
        for (int perName : List.of(16, 0)) {
            try (FakeAws fake = FakeAws.serve(withGhost); AwsClients clients = fake.clients()) {
                Snapshot loaded = new GlueNetworkLoader(clients, GlueNetworkLoader.Options.defaults()
                        .withMaxConnectionReadsPerName(perName)).load(List.of(JOB));
                assertEquals(List.of("conn-00", "ghost", "conn-02"), loaded.job(JOB).orElseThrow().connectionNames());
                assertEquals(List.of("conn-00", "conn-02"),
                        loaded.connections().stream().map(c -> c.name()).toList());
                assertEquals(1, loaded.problems().size());
                LoadProblem p = loaded.problems().get(0);
                assertEquals("glue:GetConnection", p.action());
                assertEquals("EntityNotFoundException", p.errorCode());
                assertEquals(List.of("ghost"), p.resourceIds());
            }
        }
    }

    @Test
    void deniedGetConnectionsFallsBackToReadingByName() {
        Snapshot world = TestNetworks.world(5);
        try (FakeAws fake = FakeAws.serve(world).deny("GetConnections"); AwsClients clients = fake.clients()) {
            Snapshot loaded = new GlueNetworkLoader(clients, GlueNetworkLoader.Options.defaults()
                    .withMaxConnectionReadsPerName(2)).load(List.of(JOB));
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(JOB)), loaded);
            assertEquals(5, fake.calls("GetConnection"));
        }
    }

    @Test
    void everyGlueConnectionReadAsksToHideThePassword() {
        for (int perName : List.of(16, 0)) {
            try (FakeAws fake = FakeAws.serve(TestNetworks.world(5)).pageSize(2); AwsClients clients = fake.clients()) {
                Snapshot loaded = new GlueNetworkLoader(clients, GlueNetworkLoader.Options.defaults()
                        .withMaxConnectionReadsPerName(perName)).load(List.of(JOB));
                var reads = new java.util.ArrayList<FakeAws.Request>(fake.requests("GetConnection"));
                reads.addAll(fake.requests("GetConnections"));
                assertFalse(reads.isEmpty());
                for (FakeAws.Request r : reads) {
                    assertTrue(r.body().replace(" ", "").contains("\"HidePassword\":true"), r.body());
                }
                assertFalse(loaded.toString().contains(FakeAws.PASSWORD));
            }
        }
    }

    @Test
    void callCountDoesNotGrowWithConnections() {
        var ec2Counts = new java.util.ArrayList<Integer>();
        for (int n : List.of(4, 10, 50)) {
            try (FakeAws fake = FakeAws.serve(TestNetworks.world(n))) {
                load(fake, List.of(JOB));
                int ec2 = fake.callCounts().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("Describe")).mapToInt(e -> e.getValue()).sum();
                ec2Counts.add(ec2);
                int glueReads = fake.calls("GetConnection") + fake.calls("GetConnections");
                assertTrue(glueReads == n || glueReads == 1, n + " connections: " + fake.callCounts());
                assertEquals(1, fake.calls("GetJob"));
                assertEquals(4, fake.calls("DescribeVpcAttribute"), "2 per VPC");
            }
        }
        assertEquals(1, ec2Counts.stream().distinct().count(), "EC2 calls for 4, 10, 50 connections: " + ec2Counts);
        assertEquals(13, ec2Counts.get(0), "9 describes (subnets twice: by id, by VPC) + 2 attributes x 2 VPCs");
    }

    @Test
    void oneConnectionNeedsTheSameDescribesPerVpc() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1))) {
            load(fake, List.of(JOB));
            assertEquals(0, fake.calls("GetConnection"), "the GetConnections page asked beside GetJob has it");
            assertEquals(1, fake.calls("GetConnections"));
            assertEquals(2, fake.calls("DescribeVpcAttribute"));
            fake.callCounts().forEach((action, count) -> {
                if (action.equals("DescribeSubnets")) {
                    assertEquals(2, count, "by id, then the whole VPC");
                } else if (!action.equals("DescribeVpcAttribute")) {
                    assertEquals(1, count, action);
                }
            });
        }
    }

    @Test
    void progressCountsEveryCallAndEndsComplete() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(6)).pageSize(2); AwsClients clients = fake.clients()) {
            var statuses = new java.util.concurrent.CopyOnWriteArrayList<LoadStatus>();
            new GlueNetworkLoader(clients).load(List.of(JOB), statuses::add, CancellationSignal.never());
            LoadStatus last = statuses.get(statuses.size() - 1);
            assertEquals(fake.totalCalls(), last.callsDone());
            assertEquals(last.callsDone(), last.callsPlanned());
            assertEquals(1.0, last.fraction());
            for (int i = 1; i < statuses.size(); i++) {
                assertTrue(statuses.get(i).callsDone() >= statuses.get(i - 1).callsDone(), "done never goes back");
                assertTrue(statuses.get(i).callsDone() <= statuses.get(i).callsPlanned());
            }
            assertTrue(statuses.stream().anyMatch(s -> s.step().contains("Glue connection")));
            assertTrue(statuses.stream().anyMatch(s -> s.step().contains("VPC")));
        }
    }

    @Test
    void cancelStopsTheLoadPromptly() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(6)).delay(Duration.ofMillis(400));
                AwsClients clients = fake.clients()) {
            CancellationSignal.Flag cancel = new CancellationSignal.Flag();
            LoadProgress cancelAfterFirstCall = s -> {
                if (s.callsDone() >= 1) {
                    cancel.cancel();
                }
            };
            long start = System.nanoTime();
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> new GlueNetworkLoader(clients).load(List.of(JOB), cancelAfterFirstCall, cancel));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1500, "cancelled after " + millis + " ms");
            assertEquals(0, fake.calls("DescribeSubnets"), "no EC2 call after the cancel");
        }
    }

    @Test
    void listsJobsWithTheirConnectionCountsOverPages() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(3)).pageSize(1); AwsClients clients = fake.clients()) {
            List<JobSummary> jobs = new GlueNetworkLoader(clients).listJobs();
            assertEquals(List.of(new JobSummary(JOB, 3), new JobSummary("other-job", 0)), jobs);
            assertEquals(2, fake.calls("GetJobs"));
        }
    }

    @Test
    void loadAllJobsUsesGetJobsOnly() {
        Snapshot world = TestNetworks.world(3);
        try (FakeAws fake = FakeAws.serve(world); AwsClients clients = fake.clients()) {
            Snapshot loaded = new GlueNetworkLoader(clients).loadAllJobs(LoadProgress.ignore(),
                    CancellationSignal.never());
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, List.of(JOB, "other-job")), loaded);
            assertEquals(0, fake.calls("GetJob"));
        }
    }

    @Test
    void anUnknownJobIsAClearError() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1))) {
            AwsLoadException e = assertThrows(AwsLoadException.class, () -> load(fake, List.of("nope")));
            assertEquals(AwsLoadException.Reason.JOB_NOT_FOUND, e.reason());
            assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains(FakeAws.REGION), e.getMessage());
        }
    }

    @Test
    void aDeniedGetJobNamesTheActionToGrant() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)).deny("GetJob")) {
            AwsLoadException e = assertThrows(AwsLoadException.class, () -> load(fake, List.of(JOB)));
            assertEquals(AwsLoadException.Reason.ACCESS_DENIED, e.reason());
            assertTrue(e.getMessage().contains("glue:GetJob"), e.getMessage());
            assertTrue(e.getMessage().contains("AccessDeniedException"), e.getMessage());
        }
    }

    @Test
    void anAnswerWithoutAnyOptionalFieldLoadsAndSaysWhatIsUnknown() {
        Snapshot world = TestNetworks.world(4);
        try (FakeAws fake = FakeAws.serve(world).omitOptionalFields()) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(1, loaded.jobs().size());
            assertFalse(loaded.subnets().isEmpty(), "subnets are still read by id");
            assertTrue(loaded.region().accountId() == null, "no ownerId anywhere: the account is unknown, not a crash");
            // and the engine can evaluate what came back
            new dev.gluefailover.engine.Engine(loaded).evaluate(loaded.jobs().get(0),
                    dev.gluefailover.engine.Simulation.NONE, dev.gluefailover.rules.RuleSettings.defaults());
        }
    }

    @Test
    void credentialsInsideTheJdbcUrlNeverReachTheSnapshot() {
        Snapshot world = TestNetworks.world(4);
        String conn = world.connections().get(0).name();
        try (FakeAws fake = FakeAws.serve(world)
                .rawJdbcUrl(conn, "jdbc:mysql://admin:s3cr3t@db.example.com:3306/sales?password=s3cr3t&useSSL=true")) {
            Snapshot loaded = load(fake, List.of(JOB));
            String url = loaded.connection(conn).orElseThrow().jdbcUrl();
            assertEquals("jdbc:mysql://db.example.com:3306/sales?useSSL=true", url);
            assertFalse(new dev.gluefailover.snapshot.SnapshotWriter().toText(loaded,
                    dev.gluefailover.snapshot.SnapshotFormat.JSON).contains("s3cr3t"));
        }
    }

    @Test
    void aSmallAccountLoadsInThreeRoundTrips() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(24)).delay(java.time.Duration.ofMillis(300))) {
            load(fake, List.of(JOB));
            // GetJob + GetConnections + DescribeAvailabilityZones, then subnets and groups, then the VPCs
            assertEquals(3, fake.roundTrips(), fake.allRequests().stream().map(FakeAws.Request::action).toList()
                    .toString());
            assertEquals(0, fake.calls("GetConnection"));
            assertEquals(1, fake.calls("GetRole"), "the job's role, by name: GetRole beside DescribeSubnets");
            assertEquals(1, fake.calls("SimulatePrincipalPolicy"), "beside the VPC-scoped describes");
        }
    }

    @Test
    void manyConnectionsOverSeveralPagesAreStillReadByName() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(6)).pageSize(2)) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(6, loaded.connections().size());
            assertEquals(1, fake.calls("GetConnections"), "only the page asked ahead");
            assertEquals(6, fake.calls("GetConnection"), "the job's names read one by one, in parallel");
        }
    }

    @Test
    void aDeniedGetConnectionsOnlyCostsTheHeadStart() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(4)).deny("GetConnections")) {
            Snapshot loaded = load(fake, List.of(JOB));
            assertEquals(4, loaded.connections().size());
            assertTrue(loaded.problems().isEmpty(), "the head start is not a problem: " + loaded.problems());
        }
    }
}
