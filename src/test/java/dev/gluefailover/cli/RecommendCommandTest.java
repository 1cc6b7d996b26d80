package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend}: its exit codes and its JSON contract. */
class RecommendCommandTest {

    @Test
    void nothingToRecommendExitsZero() throws Exception {
        CommandLineTest.Result r = CommandLineTest.run("recommend", "--sample", "three-az");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("Nothing to recommend"), r.out());
        CommandLineTest.Result j = CommandLineTest.run("recommend", "--sample", "three-az", "--format", "json");
        assertEquals(ExitCode.OK, j.code());
        assertEquals(0, j.json().get("recommendations").size());
        assertTrue(j.json().get("now").get("resilience").get("survivesAnySingle").get("azOutage").asBoolean());
    }

    @Test
    void provenRecommendationsExitSixWithTheJsonContract() throws Exception {
        CommandLineTest.Result r = CommandLineTest.run("recommend", "--sample", "single-nat", "--format", "json");
        assertEquals(RecommendCommand.RECOMMENDATIONS, r.code(), r.err());
        JsonNode j = r.json();
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("job", "ruleSet", "source", "region", "simulated", "now", "recommendations"), keys);
        assertEquals("orders-nightly-etl", j.get("job").asText());
        JsonNode first = j.get("recommendations").get(0);
        List<String> recKeys = new ArrayList<>();
        first.fieldNames().forEachRemaining(recKeys::add);
        assertEquals(List.of("rank", "id", "kind", "title", "reason", "value", "before", "after", "changes",
                "singlePointsRemoved", "proposed", "commands", "notes"), recKeys);
        assertEquals(1, first.get("rank").asInt());
        assertEquals("NAT_PER_AZ", first.get("kind").asText());
        assertEquals("NAT_PER_AZ:vpc-0c33data000000001", first.get("id").asText());
        assertFalse(first.get("before").get("resilience").get("survivesAnySingle").get("azOutage").asBoolean());
        assertTrue(first.get("after").get("resilience").get("survivesAnySingle").get("azOutage").asBoolean());
        assertTrue(first.get("after").get("runWouldSucceed").asBoolean());
        assertEquals("RUN_WORKS", first.get("after").get("outcome").asText());
        assertEquals("nat-proposed-use1-az2", first.get("proposed").get("added").get(0).get("id").asText());
        assertEquals("NAT_GATEWAY", first.get("proposed").get("added").get(0).get("kind").asText());
        assertTrue(first.get("commands").toString().contains("aws ec2 create-nat-gateway"));
    }

    @Test
    void theSameSimulationAndSettingsApply() throws Exception {
        CommandLineTest.Result r = CommandLineTest.run("recommend", "--sample", "single-nat", "--fail", "az=us-east-1a",
                "--format", "json");
        assertEquals(RecommendCommand.RECOMMENDATIONS, r.code(), r.err());
        JsonNode first = r.json().get("recommendations").get(0);
        assertEquals(List.of("az=use1-az1").toString(), r.json().get("simulated").toString().replace("\"", ""));
        assertFalse(first.get("before").get("runWouldSucceed").asBoolean());
        assertTrue(first.get("after").get("runWouldSucceed").asBoolean());
        assertEquals("orders-db-1b", first.get("after").get("chosen").asText());
    }

    @Test
    void textMarkdownAndOut(@TempDir Path dir) throws Exception {
        CommandLineTest.Result text = CommandLineTest.run("recommend", "--sample", "seed-article");
        assertEquals(RecommendCommand.RECOMMENDATIONS, text.code(), text.err());
        assertTrue(text.out().contains("Create an S3 gateway endpoint in vpc-0a11private0000001"), text.out());
        assertTrue(text.out().contains("aws ec2 create-vpc-endpoint"), text.out());
        CommandLineTest.Result md = CommandLineTest.run("recommend", "--sample", "seed-article", "--format",
                "markdown");
        assertTrue(md.out().startsWith("## Recommendations\n"), md.out());
        assertTrue(md.out().contains("```sh\naws ec2 create-vpc-endpoint"), md.out());
        Path out = dir.resolve("sub/recs.md");
        CommandLineTest.Result file = CommandLineTest.run("recommend", "--sample", "seed-article", "--format",
                "markdown", "--out", out.toString());
        assertEquals(RecommendCommand.RECOMMENDATIONS, file.code(), file.err());
        assertEquals(md.out(), Files.readString(out));
        assertEquals("", file.out(), "the answer went to the file");
    }

    @Test
    void theMarkdownReviewEndsWithTheRecommendations() {
        CommandLineTest.Result r = CommandLineTest.run("check", "--sample", "single-nat", "--format", "markdown");
        assertEquals(ExitCode.OK, r.code(), r.err());
        int resilience = r.out().indexOf("## Resilience");
        int recs = r.out().indexOf("## Recommendations");
        assertTrue(resilience > 0 && recs > resilience, r.out());
        assertTrue(r.out().contains("| Survives any single AZ outage | no (1 of 3 fatal) | **yes** |"), r.out());
    }

    @Test
    void badInputExitsTwo() {
        CommandLineTest.Result r = CommandLineTest.run("recommend", "--sample", "no-such-sample");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        CommandLineTest.Result f = CommandLineTest.run("recommend", "--sample", "single-nat", "--fail", "nat=nat-nope");
        assertEquals(ExitCode.BAD_INPUT, f.code());
    }
}
