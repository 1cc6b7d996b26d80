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
        Result r = run("check", "--sample", "single-nat", "--fail", "nat=nat-0c33natgw00001a", "--set",
                "failedNatCounts=true", "--format", "json");
        assertEquals("orders-db-1a", r.json().get("chosen").asText());
        Result d = run("check", "--sample", "single-nat", "--fail", "nat=nat-0c33natgw00001a", "--format", "json");
        assertTrue(d.json().get("chosen").isNull());
        assertFalse(d.json().get("runWouldSucceed").asBoolean());
    }
}
