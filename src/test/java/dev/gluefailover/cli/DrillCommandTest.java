package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drill: the steps with their outcomes, in English and Japanese, text, Markdown and JSON; exit 2 on a mismatch. */
class DrillCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryStepWithItsCaptionAndOutcomeAndExitsZero() {
        CommandLineTest.Result r = CommandLineTest.run("drill", "--sample", "single-nat", "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("Step 3/4"), r.out());
        assertTrue(r.out().contains("az=us-east-1a"), r.out());
        assertTrue(r.out().contains("NAT_IN_FAILED_AZ"), r.out());
        assertTrue(r.out().contains("orders-db-1b, the run fails"), r.out());
        assertTrue(r.out().contains("All 4 steps of drill one-nat give the expected outcome."), r.out());
    }

    @Test
    void speaksJapaneseWithLangJa() {
        CommandLineTest.Result r = CommandLineTest.run("drill", "--sample", "three-az", "--lang", "ja");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("ステップ 2/4"), r.out());
        assertTrue(r.out().contains("us-east-1a が停止"), r.out());
        assertTrue(r.out().contains("orders-db-1b、実行は成功"), r.out());
    }

    @Test
    void jsonAndMarkdownForHandoutsAndTests() throws Exception {
        CommandLineTest.Result r = CommandLineTest.run("drill", "--sample", "ip-exhaustion", "--format", "json",
                "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode steps = root.path("drills").get(0).path("steps");
        assertEquals(3, steps.size());
        assertEquals("warehouse-tiny-1a", steps.get(0).path("actual").path("chosen").asText());
        assertFalse(steps.get(0).path("actual").path("runWorks").asBoolean());
        assertEquals("RUN_FAILS", steps.get(0).path("actual").path("outcome").asText());
        assertTrue(steps.get(2).path("actual").path("chosen").isNull());

        r = CommandLineTest.run("drill", "--sample", "seed-article", "--format", "markdown", "--lang", "en");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("| Step | Failures | Caption | Expected | Engine |"), r.out());
        assertTrue(r.out().contains("| 2 | endpoint=vpce-0b22aurora00s3gw1 |"), r.out());
    }

    @Test
    void aStepThatNoLongerMatchesExitsTwoAndIsNamed() throws Exception {
        Snapshot s = Samples.get("three-az");
        List<DrillStep> steps = new ArrayList<>(s.drills().get(0).steps());
        steps.set(1, new DrillStep(List.of("az=us-east-1a"), "wrong on purpose", null, "orders-db-1c", true));
        Snapshot broken = s.withDrills(List.of(new Drill("az-failover", "t", null, steps)));
        Path file = dir.resolve("broken.json");
        new SnapshotWriter().write(broken, file);

        CommandLineTest.Result r = CommandLineTest.run("drill", "--snapshot", file.toString(), "--lang", "en");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("az-failover: step 2: the drill expects orders-db-1c, the run works, "
                + "the engine gives orders-db-1b, the run works"), r.err());
        assertTrue(r.out().contains("DOES NOT MATCH"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CommandLineTest.Result r = CommandLineTest.run("drill", "--sample", "az-mismatch", "--lang", "en");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("holds no drill"), r.err());
        r = CommandLineTest.run("drill", "--sample", "three-az", "--drill", "nope", "--lang", "en");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains("az-failover"), r.err());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("drill", "--sample", "three-az", "--lang", "fr").code());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("drill").code());
    }
}
