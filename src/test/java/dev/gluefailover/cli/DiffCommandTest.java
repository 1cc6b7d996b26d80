package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.review.DiffFixtures;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} as a CI step sees it: exit codes, the JSON contract, bad input. */
class DiffCommandTest {
    @TempDir
    Path dir;
    private Locale language;

    @BeforeEach
    void english() {
        language = Messages.language();
        Messages.setLanguage("en");
    }

    @AfterEach
    void restore() {
        Messages.setLanguage(language);
    }

    private Path save(String name, Snapshot s) throws Exception {
        Path p = dir.resolve(name);
        new SnapshotWriter().write(s, p);
        return p;
    }

    private static CommandLineTest.Result run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void aSecondNatIsNoWorseExitZeroAndSurvivalImproved() throws Exception {
        Path before = save("before.json", Samples.get("single-nat"));
        Path after = save("after.json", DiffFixtures.singleNatWithSecondNat());
        CommandLineTest.Result r = run("diff", before.toString(), after.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("No worse: resilience improved."), r.out());
        assertTrue(r.out().contains("+ NAT gateway nat-0c33natgw00001b added"), r.out());
        assertTrue(r.out().contains("survives any single AZ outage: no \u2192 yes"), r.out());
    }

    @Test
    void aNatRemovedIsWorseExitFive() throws Exception {
        Path before = save("three-az.json", Samples.get("three-az"));
        Path after = save("three-az-one-nat-less.json", DiffFixtures.threeAzWithoutNat1b());
        CommandLineTest.Result r = run("diff", before.toString(), after.toString());
        assertEquals(ExitCode.RESILIENCE_WORSE, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Resilience got worse"), r.out());
        assertTrue(r.out().contains("- NAT gateway nat-0c33natgw00001b removed"), r.out());
        assertTrue(r.out().contains("! outage of us-east-1a (use1-az1): uses #2 orders-db-1b \u2192 Glue picks #2 "
                + "orders-db-1b but the run fails (NAT_IN_FAILED_AZ)"), r.out());
    }

    @Test
    void identicalIsNoChangesExitZero() throws Exception {
        Path a = save("a.json", Samples.get("three-az"));
        CommandLineTest.Result r = run("diff", a.toString(), "--after-sample", "three-az");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("No changes"), r.out());
    }

    @Test
    void theJsonContractHasItsSections() throws Exception {
        Path after = save("after.json", DiffFixtures.threeAzWithoutNat1b());
        CommandLineTest.Result r = run("diff", "--before-sample", "three-az", after.toString(), "--format", "json");
        assertEquals(ExitCode.RESILIENCE_WORSE, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("orders-nightly-etl", j.get("job").asText());
        assertEquals("sample three-az", j.get("before").get("label").asText());
        assertEquals(after.toString(), j.get("after").get("label").asText());
        assertEquals("WORSE", j.get("verdict").asText());
        assertTrue(j.get("worse").asBoolean());
        assertEquals(5, j.get("exitCode").asInt());
        JsonNode nat = null;
        for (JsonNode c : j.get("resources")) {
            if (c.get("kind").asText().equals("NAT_GATEWAY")) {
                nat = c;
            }
        }
        assertEquals("nat-0c33natgw00001b", nat.get("id").asText());
        assertEquals("REMOVED", nat.get("action").asText());
        assertTrue(nat.get("part").isNull());
        assertEquals("NAT_GATEWAY", nat.get("elements").get(0).get("kind").asText());
        assertEquals("NAT gateway nat-0c33natgw00001b removed", nat.get("text").asText());
        JsonNode route = j.get("resources").get(0);
        assertEquals("route", route.get("part").asText());
        assertEquals("CHANGED", route.get("action").asText());
        assertEquals("0.0.0.0/0 \u2192 nat-0c33natgw00001b", route.get("before").asText());
        assertEquals("0.0.0.0/0 \u2192 nat-0c33natgw00001a", route.get("after").asText());
        assertFalse(j.get("choice").get("changed").asBoolean());
        assertEquals("orders-db-1a", j.get("choice").get("after").asText());
        assertEquals("RUN_WORKS", j.get("run").get("after").asText());
        assertFalse(j.get("run").get("worse").asBoolean());
        JsonNode az1 = null;
        for (JsonNode s : j.get("scenarios")) {
            if (s.get("failures").asText().equals("az=use1-az1")) {
                az1 = s;
            }
        }
        assertTrue(az1.get("worse").asBoolean());
        assertTrue(az1.get("before").get("survives").asBoolean());
        assertFalse(az1.get("after").get("survives").asBoolean());
        assertEquals("NAT_IN_FAILED_AZ", az1.get("after").get("failedRunChecks").get(0).asText());
        JsonNode azSummary = j.get("summary").get(0);
        assertEquals("AZ outage", azSummary.get("kind").asText());
        assertTrue(azSummary.get("survivesBefore").asBoolean());
        assertFalse(azSummary.get("survivesAfter").asBoolean());
        assertEquals("us-east-1a (use1-az1)", azSummary.get("failingAfter").get(0).asText());
        assertTrue(j.get("singlePointsOfFailure").isArray());
        assertTrue(j.get("connections").isArray());
    }

    @Test
    void aMissingFileIsBadInputNamingTheFile() throws Exception {
        Path a = save("a.json", Samples.get("three-az"));
        Path missing = dir.resolve("nope.json");
        CommandLineTest.Result r = run("diff", a.toString(), missing.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nope.json"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBrokenSnapshotIsBadInputWithFileLineAndColumn() throws Exception {
        Path a = save("a.json", Samples.get("three-az"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"region\": {\"name\": \"us-east-1\"},\n"
                + "  \"subnets\": [{\"subnetId\": \"subnet-1\", \"availableIpAddressCount\": \"many\"}]\n}\n");
        CommandLineTest.Result r = run("diff", a.toString(), broken.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().matches("(?s)error: .*broken\\.json:4:\\d+: .*"), r.err());
    }

    @Test
    void usageMistakesAreBadInput() {
        assertEquals(ExitCode.BAD_INPUT, run("diff", "--before-sample", "three-az").code());
        CommandLineTest.Result noSample = run("diff", "--before-sample", "nine-az", "--after-sample", "three-az");
        assertEquals(ExitCode.BAD_INPUT, noSample.code());
        assertTrue(noSample.err().contains("nine-az"), noSample.err());
        CommandLineTest.Result typo = run("diff", "--before-sample", "three-az", "--after-sample", "three-az",
                "--fail", "nat=nat-typo");
        assertEquals(ExitCode.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("nat-typo"), typo.err());
        CommandLineTest.Result otherJobs = run("diff", "--before-sample", "seed-article", "--after-sample", "three-az");
        assertEquals(ExitCode.BAD_INPUT, otherJobs.code());
        assertTrue(otherJobs.err().contains("compared by name"), otherJobs.err());
    }

    @Test
    void markdownAndOutFile() throws Exception {
        Path out = dir.resolve("reports/diff.md");
        CommandLineTest.Result r = run("diff", "--before-sample", "single-nat", "--after-sample", "three-az",
                "--format", "markdown", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# What changed for job orders-nightly-etl"), md);
        assertTrue(md.contains("## Resilience (single failures)"), md);
        assertTrue(md.contains("- `+` NAT gateway nat-0c33natgw00001b added"), md);
    }

    @Test
    void theFailuresOfTheScenarioApplyToBothSides() {
        CommandLineTest.Result r = run("diff", "--before-sample", "three-az", "--after-sample", "single-nat",
                "--fail", "az=us-east-1a", "--format", "json");
        assertEquals(ExitCode.RESILIENCE_WORSE, r.code(), r.err());
        assertTrue(r.out().contains("\"az=use1-az1\""), r.out());
        assertTrue(r.out().contains("\"RUN_FAILS\""), "with us-east-1a out the one NAT is lost: " + r.out());
    }
}
