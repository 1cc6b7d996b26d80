package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.aws.ScanFile;
import dev.gluefailover.export.FleetCsv;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.fleet.TopRecommendation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account view's logic without the toolkit: the ranking as rows, the filter over job,
 * connection and account, "only jobs at risk", the count, the notices in the user's words, the
 * exports and what a row opens. FleetNetworks' accounts: every third VPC has a NAT gateway per
 * zone (its jobs survive), the others share one NAT in eu-west-1a.
 */
class ScanViewModelTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";

    private static ScanViewModel shown(List<ScanPart> parts, TopRecommendation recommendation) {
        ScanViewModel vm = new ScanViewModel(recommendation);
        vm.show(vm.rank(parts), ScanViewModel.capturedAt(parts));
        return vm;
    }

    private static ScanViewModel twoAccounts() {
        return shown(List.of(ScanPart.of(FleetNetworks.account(A, 9, 3)), ScanPart.of(FleetNetworks.account(B, 4, 2))),
                TopRecommendation.none());
    }

    @Test
    void rowsAreRankedWorstFirstWithTheirBadges() {
        ScanViewModel vm = twoAccounts();
        List<ScanViewModel.Row> rows = vm.rows();
        assertEquals(13, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).rank());
            if (i > 0) {
                assertTrue(rows.get(i - 1).risk().compareTo(rows.get(i).risk()) <= 0, "worst first at " + i);
            }
        }
        ScanViewModel.Row worst = rows.get(0);
        assertEquals(Risk.FAILS_UNDER_SINGLE_FAILURE, worst.risk());
        assertTrue(worst.runWorks());
        assertFalse(worst.survivesAz(), "one NAT in eu-west-1a");
        assertFalse(worst.survivesNat());
        assertEquals(2, worst.connections());
        assertFalse(worst.chosen().isEmpty());
        assertTrue(worst.spofs().contains("nat-"), worst.spofs());
        ScanViewModel.Row best = rows.get(rows.size() - 1);
        assertEquals(Risk.SURVIVES, best.risk());
        assertTrue(best.survivesAz() && best.survivesNat() && best.survivesEndpoint());
        // Shared causes are named once for the scan, per account's NAT.
        assertTrue(vm.sharedCauses().stream().anyMatch(c -> c.contains("nat-0001-a") && c.contains("jobs")),
                vm.sharedCauses().toString());
        assertTrue(vm.summary().startsWith("13 jobs in 2 accounts"), vm.summary());
    }

    @Test
    void theFilterSearchesJobConnectionAndAccountAndTheToggleKeepsOnlyJobsAtRisk() {
        ScanViewModel vm = twoAccounts();
        vm.setFilter("job-0003");
        assertEquals(List.of(A + "/eu-west-1/job-0003", B + "/eu-west-1/job-0003"),
                vm.shownRows().stream().map(ScanViewModel.Row::key).sorted().toList());
        // A connection's name finds the jobs that list it: VPC 0001's connections in both accounts.
        vm.setFilter("DB-0001-A");
        assertTrue(vm.shownRows().stream().allMatch(r -> r.source().job().connectionNames().contains("db-0001-a")));
        assertEquals(3 + 2, vm.shownRows().size(), "jobs 1, 4, 7 of A; 1, 3 of B");
        // Words narrow each other: the account and a connection.
        vm.setFilter(B + " db-0001-a");
        assertEquals(2, vm.shownRows().size());
        assertTrue(vm.shownRows().stream().allMatch(r -> r.account().equals(B)));
        vm.setFilter("");
        vm.setOnlyAtRisk(true);
        List<ScanViewModel.Row> risky = vm.shownRows();
        assertTrue(risky.stream().allMatch(r -> r.risk().atRisk()));
        long atRisk = vm.rows().stream().filter(r -> r.risk() != Risk.SURVIVES).count();
        assertEquals(atRisk, risky.size());
        assertEquals(6 + 2, risky.size(), "VPCs 1 and 2 of A (6 jobs), VPC 1 of B (2 jobs)");
        assertEquals("8 of 13 jobs", vm.countText(risky.size()));
        vm.setOnlyAtRisk(false);
        assertEquals(13, vm.shownRows().size());
    }

    @Test
    void theCountAndTheRiskSpeakJapanese() {
        ScanViewModel vm = twoAccounts();
        Locale before = Messages.language();
        try {
            Messages.setLanguage("ja");
            assertEquals("13 件中 8 件のジョブ", vm.countText(8));
            assertFalse(ScanViewModel.riskText(Risk.SURVIVES).equals("survives"));
        } finally {
            Messages.setLanguage(before);
        }
    }

    @Test
    void csvAndHtmlExportsHoldEveryJobWhateverTheFilter(@TempDir Path dir) throws Exception {
        ScanViewModel vm = twoAccounts();
        vm.setFilter("job-0000");
        vm.setOnlyAtRisk(true);
        Path csv = dir.resolve("new folder/scan.csv");
        vm.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(String.join(",", FleetCsv.HEADER), lines.get(0));
        assertEquals(1 + 13, lines.size());
        assertTrue(lines.get(1).startsWith("1," + vm.rows().get(0).account() + ",eu-west-1," + vm.rows().get(0).job()
                + ",FAILS_UNDER_SINGLE_FAILURE"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",SURVIVES,")));
        Path html = dir.resolve("scan.html");
        vm.exportHtml(html);
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        for (ScanViewModel.Row r : vm.rows()) {
            assertTrue(page.contains(">" + r.job() + "<"), r.job());
        }
        assertTrue(page.contains(vm.sharedCauses().get(0)), "the shared causes are in the page");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void anUnreadableAccountIsANoticeInTheUsersWordsAndStaysInTheExport(@TempDir Path dir) throws Exception {
        String raw = "Access denied for glue:GetJobs (AccessDeniedException): User: arn:aws:iam::1:user/x is not "
                + "authorized; use --profile";
        ScanViewModel vm = shown(List.of(ScanPart.of(FleetNetworks.account(A, 3, 1)),
                ScanPart.failed(B, "eu-west-1", "ACCESS_DENIED", raw),
                ScanPart.failed("333333333333", "eu-west-1", "AccessDenied", "sts:AssumeRole arn:aws:iam::3:role/R: "
                        + "not authorized")), TopRecommendation.none());
        List<ScanViewModel.Notice> notices = vm.notices();
        assertEquals(2, notices.size());
        ScanViewModel.Notice denied = notices.get(0);
        assertTrue(denied.text().startsWith("Account " + B + " in eu-west-1: access denied"), denied.text());
        assertFalse(denied.text().contains("--profile"), "no command-line wording in the window");
        assertFalse(denied.text().contains("arn:"), "no raw AWS text in the line");
        assertTrue(denied.details().contains(raw), "the raw message stays for the tooltip");
        assertTrue(notices.get(1).text().contains("role could not be assumed (AccessDenied)"), notices.get(1).text());
        assertEquals(3, vm.rows().size());
        vm.exportCsv(dir.resolve("s.csv"));
        assertTrue(Files.readString(dir.resolve("s.csv")).contains(",UNREADABLE,"));
    }

    @Test
    void aPartWithFactsAwsWouldNotGiveIsNamedOnce() {
        Snapshot s = FleetNetworks.account(A, 3, 1);
        s = new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(), s.vpcs(),
                s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), s.jobs(), s.connections(),
                List.of(new dev.gluefailover.model.LoadProblem("ec2:DescribeRouteTables", "UnauthorizedOperation",
                        "You are not authorized", List.of())), s.rolePermissions(), s.assumptions(), s.drills());
        ScanViewModel vm = shown(List.of(ScanPart.of(s)), TopRecommendation.none());
        assertEquals(1, vm.notices().size(), "one line for the account, not one per job");
        assertTrue(vm.notices().get(0).text().contains("1 thing(s) AWS would not say"), vm.notices().get(0).text());
        assertTrue(vm.notices().get(0).details().contains("ec2:DescribeRouteTables (UnauthorizedOperation)"));
    }

    @Test
    void aRowOpensItsJobWithItsNetworkOnly() {
        ScanViewModel vm = twoAccounts();
        ScanViewModel.Row row = vm.rows().stream().filter(r -> r.account().equals(B) && r.job().equals("job-0001"))
                .findFirst().orElseThrow();
        Snapshot opened = ScanViewModel.snapshotOf(row);
        assertEquals(List.of("job-0001"), opened.jobs().stream().map(j -> j.name()).toList());
        assertEquals(B, opened.region().accountId());
        assertTrue(opened.connection("db-0001-a").isPresent());
        assertEquals(row.source().snapshot().subnets(), opened.subnets());
        assertEquals("scan: job-0001 (" + B + ", eu-west-1)", ScanViewModel.labelOf(row));
    }

    @Test
    void aScanFileIsReadBackAndTheTopRecommendationIsTheReviewsProvenOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scan.json");
        ScanFile.write(List.of(new ScanFile.Entry(A, "eu-west-1", FleetNetworks.account(A, 3, 3), null, null),
                new ScanFile.Entry(B, "eu-west-1", null, "ACCESS_DENIED", "denied")), file);
        List<ScanPart> parts = ScanViewModel.read(file);
        assertEquals(2, parts.size());
        ScanViewModel vm = shown(parts, TopRecommendation.proven());
        assertEquals(3, vm.rows().size());
        ScanViewModel.Row risky = vm.rows().get(0);
        assertTrue(risky.risk().atRisk());
        assertFalse(risky.recommendation().isEmpty(), "a job on one NAT gets a proven recommendation");
        assertEquals(1, vm.notices().size());
    }

    @Test
    void targetsAreEachProfileInEachRegion() {
        assertEquals(List.of("eu-west-1", "us-east-1"), ScanViewModel.regions(" eu-west-1, us-east-1 eu-west-1 "));
        var targets = ScanViewModel.targets(List.of("dev", "prod"), List.of("eu-west-1", "us-east-1"));
        assertEquals(4, targets.size());
        assertEquals("prod", targets.get(3).profile());
        assertEquals("us-east-1", targets.get(3).region());
        var defaults = ScanViewModel.targets(List.of(), List.of());
        assertEquals(1, defaults.size());
        assertEquals(null, defaults.get(0).profile());
        assertEquals(null, defaults.get(0).region());
    }
}
