package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script sees it: output, JSON contract and exit codes. */
class CommandLineTest {
    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void checkOnTheSeedSampleChoosesTheSecondConnection() throws Exception {
        Result r = run("check", "--sample", "seed-article", "--format", "json");
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("nayuts-failover-job", j.get("job").asText());
        assertEquals("glue-5.1", j.get("ruleSet").asText());
        assertEquals("nayuts-sample-connection", j.get("chosen").asText());
        assertTrue(j.get("choiceCertain").asBoolean());
        assertTrue(j.get("runWouldSucceed").asBoolean());
        assertEquals(0, j.get("simulated").size());
        JsonNode first = j.get("connections").get(0);
        assertEquals(1, first.get("order").asInt());
        assertEquals("nayuts-private-only-connection", first.get("name").asText());
        assertEquals("SKIPPED", first.get("verdict").asText());
        assertEquals("subnet-0a11private00001a", first.get("subnetId").asText());
        assertEquals("ap-northeast-1a", first.get("availabilityZone").asText());
        assertEquals("apne1-az4", first.get("availabilityZoneId").asText());
        JsonNode egress = null;
        for (JsonNode c : first.get("checks")) {
            if (c.get("code").asText().equals("NO_S3_ENDPOINT_OR_NAT")) {
                egress = c;
            }
        }
        assertEquals("selection", egress.get("kind").asText());
        assertEquals("FAIL", egress.get("status").asText());
        assertTrue(egress.get("evidence").get("routeTable").asText().startsWith("rtb-0a11private0000main"));
        assertEquals("[DOC S1,S4,VPC]", egress.get("source").asText());
    }

    @Test
    void exitCodesTellScriptsWhatHappened() {
        assertEquals(ExitCode.OK, run("check", "--sample", "three-az").code());
        assertEquals(ExitCode.NO_CONNECTION, run("check", "--sample", "three-az", "--fail", "az=use1-az1",
                "--fail", "az=use1-az2", "--fail", "az=us-east-1c").code());
        assertEquals(ExitCode.RUN_WOULD_FAIL, run("check", "--sample", "single-nat", "--fail", "az=use1-az1").code());
        assertEquals(ExitCode.BAD_INPUT, run("check", "--sample", "no-such-sample").code());
        assertEquals(ExitCode.BAD_INPUT, run("check", "--sample", "three-az", "--fail", "volcano=1").code());
        assertEquals(ExitCode.BAD_INPUT, run("check", "--sample", "three-az", "--fail", "nat=nat-typo").code());
        assertEquals(ExitCode.BAD_INPUT, run("check", "--sample", "three-az", "--set", "noSuchSetting=1").code());
        assertEquals(ExitCode.BAD_INPUT, run("check", "--sample", "three-az", "--format", "xml").code());
        assertEquals(ExitCode.BAD_INPUT, run("check").code());
    }

    /** The seed sample saved to a file, with one piece of its text replaced. */
    private static Path seedWith(Path dir, String from, String to) throws Exception {
        Path file = dir.resolve("seed-" + Math.abs(to.hashCode()) + ".json");
        assertEquals(ExitCode.OK, run("samples", "seed-article", "--save", file.toString()).code());
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void aJobOutsideTheVpcsExitsZeroAndSaysWhereItRuns() throws Exception {
        Result r = run("check", "--sample", "no-vpc", "--format", "json");
        assertEquals(ExitCode.OK, r.code(), r.out());
        JsonNode j = r.json();
        assertEquals("NO_VPC", j.get("placement").asText());
        assertEquals("RUNS_OUTSIDE_VPC", j.get("outcome").asText());
        assertTrue(j.get("runWouldSucceed").asBoolean());
        assertTrue(j.get("chosen").isNull());
        assertTrue(j.get("headline").asText().startsWith("This job runs outside your VPCs"));
        Result text = run("check", "--sample", "no-vpc");
        assertEquals(ExitCode.OK, text.code());
        assertTrue(text.out().contains("none of its connections has a subnet, so there is nothing to fail over"));
        Result md = run("check", "--sample", "no-vpc", "--format", "markdown");
        assertTrue(md.out().contains("| Placement | outside your VPCs"), md.out());
        Result matrix = run("matrix", "--sample", "no-vpc");
        assertEquals(ExitCode.OK, matrix.code(), matrix.out());
        assertTrue(matrix.out().contains("no failure of your network can change where it runs"), matrix.out());
        Result matrixJson = run("matrix", "--sample", "no-vpc", "--format", "json");
        assertEquals("RUNS_OUTSIDE_VPC", matrixJson.json().get("outcome").asText());
    }

    @Test
    void aRoleThatMayNotDescribeStopsTheJob() throws Exception {
        Result r = run("check", "--sample", "role-cannot-describe", "--format", "json");
        assertEquals(ExitCode.NO_CONNECTION, r.code(), r.out());
        JsonNode j = r.json();
        assertEquals("NO_CONNECTION", j.get("outcome").asText());
        assertEquals("ROLE_CANNOT_DESCRIBE", j.get("connections").get(0).get("checks").get(1).get("code").asText());
        assertTrue(j.get("inferences").toString().contains("roleDenialEffect"));
        Result stop = run("check", "--sample", "role-cannot-describe", "--set", "roleDenialEffect=STOP", "--format",
                "json");
        assertEquals(ExitCode.NO_CONNECTION, stop.code());
        assertEquals("LAUNCH_STOPS", stop.json().get("outcome").asText());
        assertEquals("orders-db-2a", stop.json().get("launchStop").get("connection").asText());
        assertEquals("ROLE_CANNOT_DESCRIBE", stop.json().get("launchStop").get("code").asText());
    }

    @Test
    void aFailedConnectionStopsTheLaunchAndTheReportsNameIt(@TempDir Path dir) throws Exception {
        Path file = seedWith(dir, "\"jdbcUrl\": \"jdbc:postgresql://private-only.example.internal:5432/postgres\"",
                "\"jdbcUrl\": \"jdbc:postgresql://private-only.example.internal:5432/postgres\", \"status\": "
                        + "\"FAILED\", \"statusReason\": \"Secret not found\"");
        Result r = run("check", "--snapshot", file.toString(), "--format", "json");
        assertEquals(ExitCode.NO_CONNECTION, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals("This job would not start: connection nayuts-private-only-connection is FAILED (Secret not found)",
                j.get("headline").asText());
        assertEquals("LAUNCH_STOPS", j.get("outcome").asText());
        assertEquals("nayuts-private-only-connection", j.get("launchStop").get("connection").asText());
        assertEquals("CONNECTION_NOT_READY", j.get("launchStop").get("code").asText());
        JsonNode first = j.get("connections").get(0);
        assertEquals("FAILED", first.get("status").asText());
        assertEquals("Secret not found", first.get("statusReason").asText());
        assertTrue(first.get("stopsLaunch").asBoolean());
        Result skip = run("check", "--snapshot", file.toString(), "--set", "failedConnectionEffect=SKIP");
        assertEquals(ExitCode.OK, skip.code(), skip.out());
        assertTrue(skip.out().contains("Glue would use #2 nayuts-sample-connection"), skip.out());
        Result text = run("check", "--snapshot", file.toString());
        assertTrue(text.out().contains("CONNECTION_NOT_READY: ends the launch"), text.out());
    }

    @Test
    void aNewerGlueVersionIsNamedInEveryReport(@TempDir Path dir) throws Exception {
        Path file = seedWith(dir, "\"glueVersion\": \"5.0\"", "\"glueVersion\": \"6.1\"");
        String assumption = "(assuming Glue 6.1 fails over as Glue 5.1 does)";
        Result json = run("check", "--snapshot", file.toString(), "--format", "json");
        assertEquals(ExitCode.OK, json.code(), json.out() + json.err());
        JsonNode j = json.json();
        assertTrue(j.get("headline").asText().endsWith(assumption), j.get("headline").asText());
        assertEquals("ASSUMED_AS_5_1", j.get("glueVersionScope").asText());
        assertEquals("6.1", j.get("glueVersion").asText());
        assertTrue(j.get("inferences").get(0).asText().startsWith("assume51FailoverForNewerGlue (Glue 6.1"));
        assertTrue(j.get("notes").toString().contains("Glue 6.1 is newer than the Glue 5.1"));
        Result text = run("check", "--snapshot", file.toString());
        assertTrue(text.out().contains(assumption), text.out());
        assertTrue(text.out().contains("Rests on inference: assume51FailoverForNewerGlue (Glue 6.1"), text.out());
        Result md = run("check", "--snapshot", file.toString(), "--format", "markdown");
        assertTrue(md.out().contains(assumption), md.out());
        assertTrue(md.out().contains("| Glue version | 6.1 — newer than the documented 5.1: evaluated under the Glue 5.1 "
                + "rules (an assumption) |"), md.out());
        Result off = run("check", "--snapshot", file.toString(), "--set", "assume51FailoverForNewerGlue=off",
                "--format", "json");
        assertEquals(ExitCode.CHOICE_UNKNOWN, off.code(), off.out());
        assertEquals("CHOICE_UNKNOWN", off.json().get("outcome").asText());
        assertTrue(off.json().get("chosen").isNull());
        assertTrue(off.json().get("headline").asText().startsWith("Glue's choice is unknown for Glue 6.1"));
        assertEquals(ExitCode.CHOICE_UNKNOWN,
                run("matrix", "--snapshot", file.toString(), "--set", "assume51FailoverForNewerGlue=off").code());
        String offText = run("check", "--snapshot", file.toString(), "--set", "assume51FailoverForNewerGlue=off").out();
        assertTrue(offText.contains("\nResilience (the Glue 5.1 answer; no source describes Glue 6.x failover):\n"),
                offText);
    }

    @Test
    void textOutputIsAReadableTable() {
        Result r = run("check", "--sample", "three-az", "--fail", "az=use1-az1");
        assertTrue(r.out().contains("Glue would use #2 orders-db-1b"), r.out());
        assertTrue(r.out().contains("1  orders-db-1a  SKIPPED"), r.out());
        assertTrue(r.out().contains("AZ_UNHEALTHY"), r.out());
        assertTrue(r.out().contains("Simulated: AZ outage use1-az1"), r.out());
    }

    @Test
    void brokenSnapshotNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"region\": {\"name\": \"us-east-1\"},\n"
                + "  \"subnets\": [ {\"subnetId\": \"subnet-1\", \"availableIpAddressCount\": \"many\"} ]\n}\n");
        Result r = run("check", "--snapshot", file.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("broken.json"), r.err());
        assertTrue(r.err().contains("availableIpAddressCount"), r.err());
        assertTrue(r.err().contains(":4:") || r.err().contains("line 4"), r.err());
    }

    @Test
    void samplesAreListedAndSavedAsSnapshotsThatGiveTheSameAnswer(@TempDir Path dir) throws Exception {
        assertTrue(run("samples").out().contains("seed-article"));
        Path file = dir.resolve("seed.json");
        assertEquals(ExitCode.OK, run("samples", "seed-article", "--save", file.toString()).code());
        Result fromFile = run("check", "--snapshot", file.toString(), "--format", "json");
        Result fromSample = run("check", "--sample", "seed-article", "--format", "json");
        assertEquals(fromSample.json().get("connections"), fromFile.json().get("connections"));
    }

    @Test
    void severalJobsNeedJob() {
        Result r = run("check", "--sample", "seed-article", "--job", "nope");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nayuts-failover-job"), r.err());
    }

    @Test
    void matrixSummarisesSingleAzSurvival() throws Exception {
        Result r = run("matrix", "--sample", "single-nat", "--format", "json");
        assertEquals(ExitCode.NO_CONNECTION, r.code());
        JsonNode j = r.json();
        assertTrue(j.get("summary").get(0).asText().startsWith("survives any single AZ outage: no — us-east-1a (use1-az1)"),
                j.get("summary").toString());
        Result three = run("matrix", "--sample", "three-az", "--pairs");
        assertTrue(three.out().contains("survives any single AZ outage: yes"), three.out());
        assertTrue(three.out().contains("survives any pair of failures: yes"), three.out());
    }

    @Test
    void checkCarriesTheResilienceSummaryInJsonTextAndMarkdown() throws Exception {
        JsonNode r = run("check", "--sample", "single-nat", "--format", "json").json().get("resilience");
        assertFalse(r.get("survivesAnySingle").get("azOutage").asBoolean());
        assertFalse(r.get("survivesAnySingle").get("natGatewayFailure").asBoolean());
        assertTrue(r.get("survivesAnySingle").get("endpointRemoval").asBoolean());
        assertEquals(2, r.get("failingScenarios").size());
        JsonNode nat = r.get("failingScenarios").get(1);
        assertEquals("NAT gateway failure", nat.get("kind").asText());
        assertEquals("nat=nat-0c33natgw00001a", nat.get("failures").get(0).asText());
        assertEquals("leaves no usable connection", nat.get("happens").asText());
        JsonNode spof = r.get("singlePointsOfFailure").get(0);
        assertEquals("NAT_GATEWAY", spof.get("kind").asText());
        assertEquals("NAT_GATEWAY", spof.get("elements").get(0).get("kind").asText());
        assertEquals("nat-0c33natgw00001a", spof.get("elements").get(0).get("id").asText());
        assertEquals("use1-az1", spof.get("elements").get(1).get("id").asText());
        assertEquals("NAT gateway nat-0c33natgw00001a in us-east-1a (use1-az1) carries every connection",
                spof.get("text").asText());
        assertFalse(spof.get("survivesItsFailure").asBoolean());

        JsonNode three = run("check", "--sample", "three-az", "--format", "json").json().get("resilience");
        assertTrue(three.get("survivesAnySingle").get("azOutage").asBoolean());
        assertEquals(0, three.get("failingScenarios").size());
        assertEquals(0, three.get("singlePointsOfFailure").size());

        String text = run("check", "--sample", "single-nat").out();
        assertTrue(text.contains("\nResilience:\n  survives any single AZ outage: no — us-east-1a (use1-az1)"), text);
        assertTrue(text.contains("\n    - NAT gateway nat-0c33natgw00001a in us-east-1a (use1-az1) carries every "
                + "connection\n"), text);
        assertTrue(run("check", "--sample", "three-az").out().contains("  single points of failure: none\n"));
        String md = run("check", "--sample", "single-nat", "--format", "markdown").out();
        assertTrue(md.contains("## Resilience"), md);
        assertTrue(md.contains("- NAT gateway nat-0c33natgw00001a in us-east-1a (use1-az1) carries every connection"),
                md);
        String matrix = run("matrix", "--sample", "seed-article").out();
        assertTrue(matrix.contains("\nResilience:\n  single points of failure:\n"
                + "    - every connection is in ap-northeast-1a (apne1-az4)\n"), matrix);
        JsonNode matrixJson = run("matrix", "--sample", "seed-article", "--format", "json").json().get("resilience");
        assertTrue(matrixJson.get("survivesAnySingle").get("natGatewayFailure").asBoolean(), "no NAT to fail");
        assertEquals("S3_ENDPOINT", matrixJson.get("singlePointsOfFailure").get(1).get("kind").asText());
        JsonNode noVpc = run("check", "--sample", "no-vpc", "--format", "json").json().get("resilience");
        assertEquals(0, noVpc.get("singlePointsOfFailure").size());
    }

    @Test
    void anAzByNameOrByIdGivesTheSameAnswerAndTheReportShowsTheZoneId() throws Exception {
        Result byId = run("check", "--sample", "three-az", "--fail", "az=use1-az1", "--format", "json");
        Result byName = run("check", "--sample", "three-az", "--fail", "az=us-east-1a", "--format", "json");
        assertEquals(byId.out(), byName.out());
        assertEquals("az=use1-az1", byName.json().get("simulated").get(0).asText());
        Result typo = run("check", "--sample", "three-az", "--fail", "az=us-east-1z");
        assertEquals(ExitCode.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("'us-east-1z'"), typo.err());
    }

    @Test
    void timelineShowsBothRetryModes() throws Exception {
        Result r = run("timeline", "--sample", "three-az", "--fail", "az=use1-az1", "--at-attempt", "2",
                "--until-attempt", "3", "--format", "json");
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("orders-db-1a", j.get("rescan").get(2).get("connection").asText());
        assertEquals("orders-db-1b", j.get("sticky").get(2).get("connection").asText());
        assertTrue(j.get("sticky").get(2).get("kept").asBoolean());
        assertTrue(j.get("modesDiffer").asBoolean());
        Result sticky = run("timeline", "--sample", "three-az", "--fail", "az=use1-az1", "--at-attempt", "2",
                "--until-attempt", "3", "--retry-mode", "sticky");
        assertEquals(ExitCode.OK, sticky.code());
        assertEquals(ExitCode.BAD_INPUT, run("timeline", "--sample", "three-az", "--at-attempt", "2").code());
    }

    @Test
    void settingsChangeTheVerdictAndAreListed() throws Exception {
        Result checks = run("checks");
        assertTrue(checks.out().contains("NO_S3_ENDPOINT_OR_NAT"));
        assertTrue(checks.out().contains("failedNatCounts"));
        // Each check with its title, each setting with its title, help, default and values.
        for (dev.gluefailover.rules.CheckDefinition c : dev.gluefailover.engine.checks.CheckCatalogue.definitions()) {
            assertTrue(checks.out().contains(c.title()), c.code());
        }
        for (dev.gluefailover.rules.Setting s : dev.gluefailover.rules.Setting.values()) {
            assertTrue(checks.out().contains(s.title()), s.key());
            assertTrue(checks.out().contains(s.help()), s.key());
        }
        assertTrue(checks.out().contains("default false; one of true, false"), checks.out());
        assertTrue(checks.out().contains("one of RUN_FAILS, SKIPS_CONNECTION"), checks.out());
        for (String key : new String[] {"assume51FailoverForNewerGlue", "failedConnectionEffect",
                "missingConnectionEffect", "roleDenialEffect"}) {
            assertTrue(checks.out().contains("  " + key + " — "), key);
        }
        assertTrue(checks.out().contains("default STOP; one of STOP, SKIP"), checks.out());
        assertTrue(checks.out().contains("default SKIP; one of STOP, SKIP"), checks.out());
        assertTrue(checks.out().contains("ROLE_CANNOT_DESCRIBE") && checks.out().contains("CONNECTION_NOT_READY")
                && checks.out().contains("ROLE_CANNOT_CREATE_ENI"), checks.out());
        Result r = run("check", "--sample", "single-nat", "--fail", "nat=nat-0c33natgw00001a", "--set",
                "failedNatCounts=true", "--format", "json");
        assertEquals("orders-db-1a", r.json().get("chosen").asText());
        Result d = run("check", "--sample", "single-nat", "--fail", "nat=nat-0c33natgw00001a", "--format", "json");
        assertTrue(d.json().get("chosen").isNull());
        assertFalse(d.json().get("runWouldSucceed").asBoolean());
    }
}
