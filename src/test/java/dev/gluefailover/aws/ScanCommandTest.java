package dev.gluefailover.aws;

import static dev.gluefailover.aws.LiveCommandLine.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gluefailover.aws.LiveCommandLine.Run;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `scan` and `capture --scan` end to end against the fake endpoint, through the clients users get. */
class ScanCommandTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final LiveCommandLine keys = new LiveCommandLine();

    private static String[] live(FakeAws fake, String... more) {
        List<String> args = new ArrayList<>(List.of("scan", "--region", FakeAws.REGION, "--endpoint-url",
                fake.endpoint().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void textNamesTheSharedCauseOnceAndExitsFourWhenJobsFailUnderOneFailure() {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 9, 3))) {
            Run r = run(live(fake));
            assertEquals(4, r.exit(), r.err());
            assertTrue(r.out().contains("9 jobs in 1 accounts"), r.out());
            assertTrue(r.out().contains("an outage of eu-west-1a (euw1-az3) stops 6 jobs"), r.out());
            assertEquals(1, r.out().lines().filter(l -> l.contains("NAT gateway nat-0001-a in eu-west-1a (euw1-az3) "
                    + "carries 3 jobs alone")).count(), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void exitZeroWhenEveryJobSurvivesAndThreeWhenOneWouldNotStart() {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 3, 1))) {
            assertEquals(0, run(live(fake)).exit());
            fake.snapshot(FleetNetworks.account(A, 3, 1).withNatGateways(List.of()));
            assertEquals(3, run(live(fake)).exit());
        }
    }

    @Test
    void jsonCarriesCheckFieldsPlusAccountRegionAndSummaryPerJob() throws Exception {
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 4, 2))) {
            Run r = run(live(fake, "--format", "json"));
            JsonNode root = JSON.readTree(r.out());
            assertEquals(4, root.path("summary").path("jobs").asInt());
            assertEquals(4, root.path("summary").path("exitCode").asInt());
            JsonNode first = root.path("jobs").get(0);
            for (String field : List.of("rank", "account", "risk", "job", "region", "chosen", "runWouldSucceed",
                    "outcome", "connections", "resilience", "topRecommendation", "loadProblems", "singlePointsOfFailure")) {
                assertTrue(first.has(field), field + " in " + first);
            }
            assertEquals(A, first.path("account").asText());
            assertEquals(FakeAws.REGION, first.path("region").asText());
            assertEquals("FAILS_UNDER_SINGLE_FAILURE", first.path("risk").asText());
            assertFalse(first.path("resilience").path("survivesAnySingle").path("azOutage").asBoolean());
            assertTrue(root.path("sharedCauses").size() > 0);
        }
    }

    @Test
    void theConfigAggregatorPathReportsOnlyTheGivenRegion() throws Exception {
        Snapshot a = FleetNetworks.account(A, 4, 2);
        Snapshot b = FleetNetworks.account(B, 6, 3);
        List<String> items = new ArrayList<>(FakeConfigItems.of(A, a));
        items.addAll(FakeConfigItems.of(B, new Snapshot(b.schemaVersion(), b.capturedAt(), b.source(),
                new dev.gluefailover.model.Region("us-east-1", B), b.availabilityZones(), b.vpcs(), b.subnets(),
                b.routeTables(), b.natGateways(), b.internetGateways(), b.vpcEndpoints(), b.securityGroups(), b.jobs(),
                b.connections(), b.problems(), b.rolePermissions(), b.assumptions(), b.drills())));
        try (FakeAws fake = FakeAws.serve(a).account(A, a).account(B, b).configResults(items)) {
            Run r = run(live(fake, "--config-aggregator", FakeConfigItems.AGGREGATOR, "--role-name", "ReadOnly",
                    "--format", "json"));
            JsonNode root = JSON.readTree(r.out());
            assertEquals(4, root.path("summary").path("jobs").asInt(), r.out());
            for (JsonNode job : root.path("jobs")) {
                assertEquals(FakeAws.REGION, job.path("region").asText());
                assertEquals(A, job.path("account").asText());
            }
            assertTrue(fake.requests("SelectAggregateResourceConfig").stream()
                    .allMatch(q -> q.body().contains("awsRegion IN ('" + FakeAws.REGION + "')")));
        }
    }

    @Test
    void csvAndHtmlOutputs(@TempDir Path dir) throws Exception {
        Snapshot world = FleetNetworks.account(A, 3, 3);
        // A job named like a spreadsheet formula and like markup: neither runs anywhere.
        List<GlueJob> jobs = new ArrayList<>(world.jobs());
        GlueJob j = jobs.get(0);
        jobs.set(0, new GlueJob("=cmd|'<b>x</b>'", j.connectionNames(), j.workerType(), j.numberOfWorkers(),
                j.maxCapacity(), j.maxRetries(), j.glueVersion(), j.role(), j.defaultArguments(), j.maxConcurrentRuns()));
        try (FakeAws fake = FakeAws.serve(world.withJobs(jobs))) {
            Path csv = dir.resolve("out/scan.csv");
            Run r = run(live(fake, "--format", "csv", "--out", csv.toString()));
            assertEquals(4, r.exit(), r.err());
            List<String> lines = Files.readAllLines(csv);
            assertEquals(4, lines.size());
            assertEquals("rank,account,region,job,risk,outcome,connections,chosen,runWouldSucceed,survivesAzOutage,"
                    + "survivesNatGatewayFailure,survivesEndpointRemoval,singlePointsOfFailure,topRecommendation,"
                    + "loadProblems", lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.contains(",'=cmd|'<b>x</b>',")), lines.toString());
            assertTrue(lines.get(1).startsWith("1," + A + "," + FakeAws.REGION + ","), lines.get(1));
            assertTrue(Files.readString(csv).contains("\r\n"));

            Path html = dir.resolve("scan.html");
            assertEquals(4, run(live(fake, "--format", "html", "--out", html.toString())).exit());
            String page = Files.readString(html);
            assertTrue(page.startsWith("<!DOCTYPE html>"));
            assertFalse(page.contains("<b>x</b>"), "names are escaped");
            assertTrue(page.contains("=cmd|&#39;&lt;b&gt;x&lt;/b&gt;&#39;"));
            assertEquals(3, page.split("<tr><td>", -1).length - 1, "one row per job");
            assertTrue(page.contains("Shared causes"));
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temp file left");
            }
        }
    }

    @Test
    void twoAccountsThroughARoleFromAnAccountsFile(@TempDir Path dir) throws Exception {
        Path accounts = dir.resolve("accounts.txt");
        Files.writeString(accounts, "# production\n" + A + "\n" + B + ", 333333333333\n");
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 1, 1)).account(A, FleetNetworks.account(A, 3, 1))
                .account(B, FleetNetworks.account(B, 2, 1))) {
            Run r = run(live(fake, "--accounts-file", accounts.toString(), "--role-name", "ReadOnly", "--format", "json"));
            // A and B survive; 333333333333 has no role to assume: reported, exit 1
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("333333333333") && r.err().contains("AccessDenied"), r.err());
            JsonNode root = JSON.readTree(r.out());
            assertEquals(5, root.path("jobs").size());
            assertEquals(1, root.path("unreadable").size());
            assertEquals(3, fake.calls("AssumeRole"));
        }
    }

    @Test
    void captureScanWritesOneFileThatScanReadsBackOffline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fleet.json");
        String live;
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 6, 3))) {
            Run c = run("capture", "--scan", "--out", file.toString(), "--region", FakeAws.REGION, "--endpoint-url",
                    fake.endpoint().toString());
            assertEquals(0, c.exit(), c.err());
            live = run(live(fake, "--format", "csv")).out();
        }
        Run offline = run("scan", "--snapshot", file.toString(), "--format", "csv");
        assertEquals(4, offline.exit(), offline.err());
        assertEquals(live, offline.out());
    }

    @Test
    void severalPartsMakeAScanFileThatReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("org.json");
        String first;
        try (FakeAws fake = FakeAws.serve(FleetNetworks.account(A, 1, 1)).account(A, FleetNetworks.account(A, 3, 2))
                .account(B, FleetNetworks.account(B, 2, 1))) {
            Run r = run(live(fake, "--accounts", A + "," + B, "--role-name", "ReadOnly", "--format", "csv",
                    "--save-scan", file.toString()));
            assertEquals(4, r.exit(), r.err());
            first = r.out();
        }
        assertTrue(Files.readString(file).contains("\"scanFile\" : 1"));
        assertEquals(first, run("scan", "--snapshot", file.toString(), "--format", "csv").out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run r = run("scan", "--accounts", A, "--region", "eu-west-1");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: --accounts and --accounts-file need --role-name"), r.err());
        Run bad = run("scan", "--accounts", "12345", "--role-name", "R", "--region", "eu-west-1");
        assertEquals(2, bad.exit());
        assertEquals("error: account id '12345' is not 12 digits", bad.err().strip());
        assertEquals(2, run("scan", "--snapshot", "/nonexistent/x.json").exit());
    }
}
