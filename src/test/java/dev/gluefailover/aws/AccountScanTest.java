package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.fleet.FleetRanking;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The scan's loader against the fake endpoint: shared describes, pagination, roles, partial failures, Config. */
class AccountScanTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final String ROLE = "GlueFailoverReadOnly";

    static ScanClients clients(FakeAws fake) {
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret"));
        return new ScanClients(fake.endpoint(), AwsTimeouts.defaults(), profile -> creds,
                b -> b.credentials(creds).retryStrategy(FakeAws.quickRetries()).profileFile(FakeAws::emptyProfileFile)
                        .environment(Map.of()), FakeAws.quickRetries());
    }

    private static List<ScanOutcome> scanOwnAccount(FakeAws fake) {
        return new AccountScan(clients(fake), 4).scan(List.of(ScanTarget.profile(null, FakeAws.REGION)),
                ScanProgress.ignore(), CancellationSignal.never());
    }

    @Test
    void theCallCountDoesNotGrowWithTheNumberOfJobs() {
        int[] calls = new int[2];
        int i = 0;
        for (int jobs : List.of(10, 100)) {
            try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, jobs, 5))) {
                List<ScanOutcome> out = scanOwnAccount(fake);
                assertEquals(jobs, out.get(0).snapshot().jobs().size());
                assertEquals(10, out.get(0).snapshot().connections().size());
                calls[i++] = fake.totalCalls();
                assertEquals(1, fake.calls("DescribeRouteTables"), "one for all VPCs: " + fake.callCounts());
                assertEquals(1, fake.calls("GetJobs"));
            }
        }
        assertEquals(calls[0], calls[1], "10 and 100 jobs over the same 5 VPCs");
    }

    @Test
    void getJobsAndGetConnectionsArePaginated() {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 30, 10)).pageSize(7)) {
            Snapshot s = scanOwnAccount(fake).get(0).snapshot();
            assertEquals(30, s.jobs().size());
            assertEquals(20, s.connections().size());
            assertEquals(5, fake.calls("GetJobs"), "30 jobs at 7 a page");
            assertEquals(3, fake.calls("GetConnections"), "20 connections at 7 a page");
            assertEquals(0, fake.calls("GetJob"), "GetJobs returns whole jobs");
            assertTrue(fake.requests("GetConnections").stream().allMatch(r -> r.body().contains("\"HidePassword\":true")));
            assertTrue(s.problems().isEmpty(), s.problems().toString());
        }
    }

    @Test
    void twoAccountsThroughAssumedRolesAndOneThatRefuses() {
        Snapshot a = FleetNetworks.account(A, 4, 2);
        Snapshot b = FleetNetworks.account(B, 6, 3);
        try (FakeAws fake = FakeAws.serve(a).account(A, a).account(B, b)) {
            List<ScanOutcome> out = new AccountScan(clients(fake), 2).scan(List.of(
                    ScanTarget.assumeRole(null, FakeAws.REGION, A, ROLE),
                    ScanTarget.assumeRole(null, FakeAws.REGION, B, ROLE),
                    ScanTarget.assumeRole(null, FakeAws.REGION, "333333333333", ROLE)),
                    ScanProgress.ignore(), CancellationSignal.never());
            assertEquals(4, out.get(0).snapshot().jobs().size());
            assertEquals(A, out.get(0).account());
            assertEquals(6, out.get(1).snapshot().jobs().size());
            assertEquals(B, out.get(1).account());
            assertTrue(out.get(2).failed());
            assertEquals("AccessDenied", out.get(2).errorCode());
            assertEquals(3, fake.calls("AssumeRole"));
            assertTrue(fake.requests("AssumeRole").get(0).body().contains("RoleSessionName=glue-failover-explorer-scan"));
            // Every Glue and EC2 call went out with an assumed role's credentials, never the base ones.
            assertEquals(new HashSet<>(List.of(A, B, "-")), new HashSet<>(fake.signedBy()));
            assertEquals(3, fake.signedBy().stream().filter("-"::equals).count(), "only the three AssumeRole calls");
        }
    }

    @Test
    void aDeniedDescribeInOneAccountDegradesThatAccountsJobsOnly() {
        Snapshot a = FleetNetworks.account(A, 3, 3);
        Snapshot b = FleetNetworks.account(B, 3, 3);
        try (FakeAws fake = FakeAws.serve(a).account(A, a).account(B, b).denyIn(B, "DescribeRouteTables")) {
            List<ScanOutcome> out = new AccountScan(clients(fake), 2).scan(List.of(
                    ScanTarget.assumeRole(null, FakeAws.REGION, A, ROLE),
                    ScanTarget.assumeRole(null, FakeAws.REGION, B, ROLE)),
                    ScanProgress.ignore(), CancellationSignal.never());
            assertTrue(out.get(0).snapshot().problems().isEmpty());
            LoadProblem p = out.get(1).snapshot().problems().get(0);
            assertEquals("ec2:DescribeRouteTables", p.action());
            assertEquals("UnauthorizedOperation", p.errorCode());
            FleetReport r = new FleetRanking(RuleSettings.defaults()).rank(parts(out));
            for (FleetRow row : r.rows()) {
                boolean inB = row.account().equals(B);
                assertEquals(inB, !row.problems().isEmpty(), row.key());
                // B's egress cannot be decided: UNKNOWN, with the error code in the check's evidence
                assertEquals(inB, row.evaluation().connections().stream().flatMap(c -> c.checks().stream())
                        .anyMatch(c -> c.status() == dev.gluefailover.engine.CheckStatus.UNKNOWN), row.key());
            }
        }
    }

    @Test
    void aJobWhoseConnectionWasDeletedIsUnknownForThatJobOnly() {
        Snapshot world = FleetNetworks.account(A, 4, 2);
        List<GlueConnection> left = world.connections().stream().filter(c -> !c.name().equals("db-0001-a")).toList();
        try (FakeAws fake = FakeAws.serve(world.withConnections(left))) {
            Snapshot s = scanOwnAccount(fake).get(0).snapshot();
            assertEquals(1, s.problems().size());
            LoadProblem p = s.problems().get(0);
            assertEquals(List.of("glue:GetConnection", "EntityNotFoundException", List.of("db-0001-a")),
                    List.of(p.action(), p.errorCode(), p.resourceIds()));
            FleetReport r = new FleetRanking(RuleSettings.defaults()).rank(List.of(ScanPart.of(s)));
            for (FleetRow row : r.rows()) {
                boolean usesIt = row.job().connectionNames().contains("db-0001-a");
                assertEquals(usesIt, !row.problems().isEmpty(), row.key());
            }
        }
    }

    @Test
    void theConfigAggregatorGivesTheSameNetworkAsTheDescribes() {
        Snapshot a = FleetNetworks.account(A, 4, 2);
        Snapshot b = FleetNetworks.account(B, 6, 3);
        try (FakeAws fake = FakeAws.serve(a).account(A, a).account(B, b)) {
            List<ScanOutcome> direct = new AccountScan(clients(fake), 2).scan(List.of(
                    ScanTarget.assumeRole(null, FakeAws.REGION, A, ROLE), ScanTarget.assumeRole(null, FakeAws.REGION, B, ROLE)),
                    ScanProgress.ignore(), CancellationSignal.never());
            fake.resetCounts();
            List<ScanOutcome> viaConfig = new AccountScan(clients(fake), 2).scanWithConfig(FakeConfigItems.AGGREGATOR, null,
                    FakeAws.REGION, List.of(), List.of(), ROLE, ScanProgress.ignore(), CancellationSignal.never());
            assertEquals(2, viaConfig.size());
            int items = FakeConfigItems.of(Map.of(A, a, B, b)).size();
            assertEquals((items + 99) / 100, fake.calls("SelectAggregateResourceConfig"), "100 items a page");
            assertEquals(0, fake.calls("DescribeSubnets") + fake.calls("DescribeRouteTables")
                    + fake.calls("DescribeNatGateways") + fake.calls("DescribeSecurityGroups"), fake.callCounts().toString());
            assertTrue(fake.requests("SelectAggregateResourceConfig").get(0).body().contains("AWS::EC2::RouteTable"));
            FleetRanking ranking = new FleetRanking(RuleSettings.defaults());
            FleetReport one = ranking.rank(parts(direct));
            FleetReport two = ranking.rank(parts(viaConfig.stream().sorted(java.util.Comparator.comparing(
                    ScanOutcome::account)).toList()));
            assertEquals(one.rows().stream().map(r -> r.key() + " " + r.risk() + " " + r.chosen().orElse("-")).toList(),
                    two.rows().stream().map(r -> r.key() + " " + r.risk() + " " + r.chosen().orElse("-")).toList());
            for (ScanOutcome o : viaConfig) {
                assertTrue(o.snapshot().vpcs().stream().allMatch(v -> Boolean.TRUE.equals(v.enableDnsSupport())),
                        "DNS attributes read from EC2");
                assertNull(o.errorCode());
            }
        }
    }

    @Test
    void theConfigPathReportsOnlyTheGivenRegionsAndSaysSoInTheQuery() {
        Snapshot a = FleetNetworks.account(A, 4, 2);
        Snapshot b = FleetNetworks.account(B, 6, 3);
        List<String> items = new java.util.ArrayList<>(FakeConfigItems.of(A, a));
        items.addAll(FakeConfigItems.of(A, inRegion(a, "us-east-1")));
        items.addAll(FakeConfigItems.of(B, inRegion(b, "us-east-1")));
        try (FakeAws fake = FakeAws.serve(a).account(A, a).account(B, b).configResults(items)) {
            List<ScanOutcome> all = new AccountScan(clients(fake), 2).scanWithConfig(FakeConfigItems.AGGREGATOR, null,
                    FakeAws.REGION, List.of(), List.of(), ROLE, ScanProgress.ignore(), CancellationSignal.never());
            assertEquals(List.of(A + "/eu-west-1", A + "/us-east-1", B + "/us-east-1"), all.stream()
                    .map(o -> o.account() + "/" + o.region()).sorted().toList(), "without --region: every region");
            fake.resetCounts();
            List<ScanOutcome> out = new AccountScan(clients(fake), 2).scanWithConfig(FakeConfigItems.AGGREGATOR, null,
                    FakeAws.REGION, List.of(FakeAws.REGION), List.of(), ROLE, ScanProgress.ignore(),
                    CancellationSignal.never());
            assertEquals(List.of(A + "/eu-west-1"), out.stream().map(o -> o.account() + "/" + o.region()).toList());
            String query = fake.requests("SelectAggregateResourceConfig").get(0).body();
            assertTrue(query.contains("AND awsRegion IN ('eu-west-1')"), query);
            // only A's eu-west-1 items came back from the (filtering) fake, and only its jobs were read
            assertEquals(1, fake.calls("AssumeRole"), fake.callCounts().toString());
            assertEquals(a.vpcs().size(), out.get(0).snapshot().vpcs().size());
            assertEquals(4, out.get(0).snapshot().jobs().size());
        }
    }

    @Test
    void aRegionNameCannotCarryQueryText() {
        assertTrue(ScanConfigInventory.expression(List.of("us-gov-west-1", "cn-north-1")).endsWith(
                "AND awsRegion IN ('us-gov-west-1', 'cn-north-1')"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ScanConfigInventory.expression(List.of("eu-west-1') OR ('1'='1")));
    }

    private static Snapshot inRegion(Snapshot s, String region) {
        return new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), new dev.gluefailover.model.Region(region,
                s.region().accountId()), s.availabilityZones(), s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(),
                s.internetGateways(), s.vpcEndpoints(), s.securityGroups(), s.jobs(), s.connections(), s.problems(),
                s.rolePermissions(), s.assumptions(), s.drills());
    }

    @Test
    void aHandWrittenAdvancedQueryAnswerIsRead() {
        String subnet = "{\"accountId\":\"" + A + "\",\"awsRegion\":\"eu-west-1\",\"resourceId\":\"subnet-1\","
                + "\"resourceType\":\"AWS::EC2::Subnet\",\"configuration\":{\"subnetId\":\"subnet-1\",\"vpcId\":\"vpc-1\","
                + "\"availabilityZone\":\"eu-west-1a\",\"availabilityZoneId\":\"euw1-az3\",\"cidrBlock\":\"10.0.0.0/24\","
                + "\"availableIpAddressCount\":200,\"state\":\"available\",\"mapPublicIpOnLaunch\":false,"
                + "\"tags\":[{\"key\":\"Name\",\"value\":\"private\"}]}}";
        String group = "{\"accountId\":\"" + A + "\",\"awsRegion\":\"eu-west-1\",\"resourceId\":\"sg-1\","
                + "\"resourceType\":\"AWS::EC2::SecurityGroup\",\"configuration\":{\"groupId\":\"sg-1\",\"vpcId\":\"vpc-1\","
                + "\"groupName\":\"glue\",\"ipPermissions\":[{\"ipProtocol\":\"-1\",\"ipv4Ranges\":[],\"ipRanges\":[],"
                + "\"userIdGroupPairs\":[{\"groupId\":\"sg-1\",\"userId\":\"" + A + "\"}],\"prefixListIds\":[]}],"
                + "\"ipPermissionsEgress\":[{\"ipProtocol\":\"-1\",\"ipv4Ranges\":[{\"cidrIp\":\"0.0.0.0/0\"}],"
                + "\"ipRanges\":[\"0.0.0.0/0\"],\"userIdGroupPairs\":[],\"prefixListIds\":[]}]}}";
        var n = ScanConfigInventory.parse(List.of(subnet, group)).get(A + "/eu-west-1");
        assertEquals("euw1-az3", n.subnets().get(0).availabilityZoneId());
        assertEquals(Integer.valueOf(200), n.subnets().get(0).availableIpAddressCount());
        assertEquals(Map.of("Name", "private"), n.subnets().get(0).tags());
        assertEquals(List.of("sg-1"), n.securityGroups().get(0).ingress().get(0).groupIds());
        assertEquals(List.of("0.0.0.0/0"), n.securityGroups().get(0).egress().get(0).cidrs());
        assertFalse(ScanConfigInventory.expression().contains("FROM"), "Config's SQL has no FROM");
    }

    private static List<ScanPart> parts(List<ScanOutcome> outcomes) {
        return outcomes.stream().map(o -> o.failed() ? ScanPart.failed(o.account(), o.region(), o.errorCode(), o.message())
                : ScanPart.loaded(o.account(), o.region(), o.snapshot())).toList();
    }
}
