package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.checks.DnsEnabled;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.fleet.FleetRanking;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.FleetRow;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.rules.RuleSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a scan asks AWS, counted by the fake endpoint (no delay: counts, not times; the timed figures
 * are {@link ScanBenchmark}'s). The scan reads the DNS attributes only where they decide a verdict,
 * as {@code scan} does ({@link DnsEnabled#vpcsWhereAttributesDecide}).
 */
class ScanCallCountTest {
    private static final String A = "111111111111";
    private static final String ATTRIBUTE = "DescribeVpcAttribute";

    static List<ScanOutcome> scan(FakeAws fake) {
        return scan(fake, withoutDns -> DnsEnabled.vpcsWhereAttributesDecide(new Engine(withoutDns),
                RuleSettings.defaults()));
    }

    static List<ScanOutcome> scan(FakeAws fake, GlueNetworkLoader.DnsAttributesNeeded dnsNeeded) {
        return new AccountScan(AccountScanTest.clients(fake), 1).scan(List.of(ScanTarget.profile(null, FakeAws.REGION)),
                dnsNeeded, ScanProgress.ignore(), CancellationSignal.never());
    }

    @Test
    void aThousandJobsOverTwoHundredVpcsCostTheCallsOfFiftyJobsOverThem() {
        Map<Integer, Map<String, Integer>> counts = new TreeMap<>();
        for (int jobs : List.of(1000, 50)) {
            try (FakeAws fake = FakeAws.serve(FleetNetworks.accountCoveringEveryVpc(A, jobs, 200))) {
                assertTrue(fake.delay().isZero(), "counts only: the fake adds no delay here");
                Snapshot s = scan(fake).get(0).snapshot();
                assertEquals(jobs, s.jobs().size());
                assertEquals(400, s.connections().size());
                assertEquals(200, s.vpcs().size());
                assertTrue(s.problems().isEmpty(), s.problems().toString());
                counts.put(jobs, fake.callCounts());
                int others = fake.totalCalls() - fake.calls(ATTRIBUTE);
                assertTrue(others <= 30, "every call but the DNS attributes: " + fake.callCounts());
                // Every VPC here holds a connection a run can use: both attributes of each are read.
                assertEquals(2 * 200, fake.calls(ATTRIBUTE), fake.callCounts().toString());
                assertTrue(s.vpcs().stream().allMatch(v -> Boolean.TRUE.equals(v.enableDnsSupport())
                        && Boolean.TRUE.equals(v.enableDnsHostnames())));
                assertEquals(1, fake.calls("GetJobs"));
                assertEquals(1, fake.calls("GetConnections"));
                assertEquals(0, fake.calls("GetJob") + fake.calls("GetConnection"), "no call per job or connection");
            }
        }
        assertEquals(counts.get(1000), counts.get(50), "the calls do not depend on the number of jobs");
    }

    @Test
    void theDescribesGrowWithVpcChunksNotWithJobs() {
        // 400 VPCs: twice the filter chunks of 200, the same GetJobs/GetConnections pages.
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 400, 400))) {
            scan(fake, withoutDns -> Set.of()); // the describes only: no DNS attribute is asked
            assertEquals(0, fake.calls(ATTRIBUTE));
            assertEquals(2, fake.calls("DescribeVpcs"), fake.callCounts().toString());
            assertEquals(2, fake.calls("DescribeNatGateways"));
            // 800 connection subnets in 4 chunks of 200, then the 400 VPCs' subnets in 4 chunks of 100
            assertEquals(8, fake.calls("DescribeSubnets"));
            assertEquals(400 / GlueNetworkLoader.ROUTE_TABLE_VPCS_PER_CALL, fake.calls("DescribeRouteTables"));
        }
    }

    @Test
    void theDnsAttributesOfAVpcNoRunCanUseAreNotAskedAndSaySo() {
        Snapshot world = FleetNetworks.account(A, 10, 10);
        // VPCs 0005..0009 lose their default routes: their connections fail NO_S3_ENDPOINT_OR_NAT, so no
        // run of their jobs uses them, now or under any single failure.
        Set<String> broken = Set.of("vpc-0005", "vpc-0006", "vpc-0007", "vpc-0008", "vpc-0009");
        List<RouteTable> tables = world.routeTables().stream().map(t -> !broken.contains(t.vpcId()) ? t
                : new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), t.routes().stream()
                        .filter(r -> r.natGatewayId() == null).toList(), t.tags())).toList();
        try (FakeAws fake = FakeAws.serve(world.withRouteTables(tables))) {
            Snapshot s = scan(fake).get(0).snapshot();
            assertEquals(2 * 5, fake.calls(ATTRIBUTE), "only the five VPCs a run can use: " + fake.callCounts());
            assertTrue(s.problems().isEmpty(), "not asked is not a load problem: " + s.problems());
            for (Vpc v : s.vpcs()) {
                boolean asked = !broken.contains(v.vpcId());
                assertEquals(asked, v.enableDnsSupport() != null, v.vpcId());
                assertEquals(asked, v.enableDnsHostnames() != null, v.vpcId());
            }
            Engine engine = new Engine(s);
            for (var job : s.jobs()) {
                for (ConnectionEvaluation ce : engine.evaluate(job, Simulation.NONE, RuleSettings.defaults())
                        .connections()) {
                    CheckResult dns = ce.result(DnsEnabled.DEFINITION.code()).orElseThrow();
                    String vpc = s.subnet(ce.subnetId()).orElseThrow().vpcId();
                    if (broken.contains(vpc)) {
                        assertEquals(Verdict.SKIPPED, ce.verdict());
                        assertEquals(CheckStatus.UNKNOWN, dns.status());
                        assertEquals("Not checked: no run uses this connection (it fails NO_S3_ENDPOINT_OR_NAT), so "
                                + "the DNS attributes of " + vpc + " were not needed.", dns.message());
                    } else {
                        assertEquals(CheckStatus.PASS, dns.status(), dns.message());
                    }
                }
            }
            FleetReport r = new FleetRanking(RuleSettings.defaults()).rank(List.of(ScanPart.of(s)));
            for (FleetRow row : r.rows()) {
                String vpc = "vpc-" + row.jobName().substring(row.jobName().length() - 4);
                assertEquals(broken.contains(vpc), row.risk() == Risk.WOULD_NOT_START, row.key() + " " + row.risk());
                assertTrue(row.problems().isEmpty(), row.key());
            }
        }
    }

    @Test
    void theConfigPathAsksTheDnsAttributesOnlyWhereTheyDecideToo() {
        Snapshot world = FleetNetworks.account(A, 6, 6);
        List<RouteTable> tables = world.routeTables().stream().map(t -> !t.vpcId().equals("vpc-0002") ? t
                : new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), t.routes().stream()
                        .filter(r -> r.natGatewayId() == null).toList(), t.tags())).toList();
        Snapshot broken = world.withRouteTables(tables);
        try (FakeAws fake = FakeAws.serve(broken).account(A, broken)) {
            List<ScanOutcome> out = new AccountScan(AccountScanTest.clients(fake), 1).scanWithConfig(
                    FakeConfigItems.AGGREGATOR, null, FakeAws.REGION, List.of(), List.of(), "ReadOnly",
                    withoutDns -> DnsEnabled.vpcsWhereAttributesDecide(new Engine(withoutDns), RuleSettings.defaults()),
                    ScanProgress.ignore(), CancellationSignal.never());
            assertEquals(2 * 5, fake.calls(ATTRIBUTE), "vpc-0002's connections are used by no run: "
                    + fake.callCounts());
            Snapshot s = out.get(0).snapshot();
            assertNull(s.vpcs().stream().filter(v -> v.vpcId().equals("vpc-0002")).findFirst().orElseThrow()
                    .enableDnsSupport());
            assertTrue(s.problems().isEmpty(), s.problems().toString());
        }
    }

    @Test
    void theScanPathLoadsWhatTheAllJobsLoadLoadsWithPagesRolesAndADeniedListing() {
        Snapshot world = TestNetworks.world(7);
        List<String> jobs = List.of(TestNetworks.JOB, "other-job");
        try (FakeAws fake = FakeAws.serve(world).pageSize(3); AwsClients clients = fake.clients()) {
            Snapshot scanned = new GlueNetworkLoader(clients).scanAllJobs(LoadProgress.ignore(),
                    CancellationSignal.never(), GlueNetworkLoader.DnsAttributesNeeded.everyVpc());
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, jobs), scanned);
            assertTrue(fake.calls("GetConnections") > 1, "followed the pages: " + fake.callCounts());
            assertTrue(fake.requests("GetConnections").stream().allMatch(r -> r.body().contains("\"HidePassword\":true")));
            // the job role's permissions, as the load reads them: one GetRole, the simulation's 8 actions 3 a page
            assertEquals(1, fake.calls("GetRole"), fake.callCounts().toString());
            assertEquals(3, fake.calls("SimulatePrincipalPolicy"), fake.callCounts().toString());
        }
        try (FakeAws fake = FakeAws.serve(world).deny("GetConnections"); AwsClients clients = fake.clients()) {
            Snapshot scanned = new GlueNetworkLoader(clients).scanAllJobs(LoadProgress.ignore(),
                    CancellationSignal.never(), GlueNetworkLoader.DnsAttributesNeeded.everyVpc());
            TestNetworks.assertSameContent(TestNetworks.expectedLoad(world, jobs), scanned);
            assertTrue(fake.calls("GetConnection") > 0, "a denied listing falls back to reading by name");
            assertTrue(fake.requests("GetConnection").stream().allMatch(r -> r.body().contains("\"HidePassword\":true")));
        }
    }

    @Test
    void aDeniedAttributeIsStillAProblemNamingTheVpc() {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 2, 2)).deny(ATTRIBUTE)) {
            Snapshot s = scan(fake).get(0).snapshot();
            assertEquals(4, fake.calls(ATTRIBUTE));
            assertEquals(Set.of("vpc-0000", "vpc-0001"), Set.copyOf(s.problems().stream()
                    .flatMap(p -> p.resourceIds().stream()).toList()));
            assertTrue(s.problems().stream().allMatch(p -> p.errorCode().equals("UnauthorizedOperation")));
            assertNull(s.vpcs().get(0).enableDnsSupport());
        }
    }
}
