package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure of the command line is one clear line and a documented exit code. */
class CommandLineHardeningTest {

    private static CommandLineTest.Result run(String... args) {
        return CommandLineTest.run(args);
    }

    private static void oneErrorLine(CommandLineTest.Result r, String expected) {
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownSampleIsAnErrorNotSilence() {
        oneErrorLine(run("samples", "nope"), "no sample named 'nope'; samples: seed-article");
    }

    @Test
    void savingCreatesMissingDirectoriesAndRefusesWhatIsNotAFile(@TempDir Path dir) throws Exception {
        Path nested = dir.resolve("a/b/seed.json");
        CommandLineTest.Result ok = run("samples", "seed-article", "--save", nested.toString());
        assertEquals(ExitCode.OK, ok.code(), ok.err());
        assertTrue(Files.isRegularFile(nested));

        oneErrorLine(run("samples", "seed-article", "--save", dir.toString()), "that is a directory");
        oneErrorLine(run("samples", "seed-article", "--save", "/"), "that is a directory");
        oneErrorLine(run("samples", "seed-article", "--save", ""), "--save needs a file name");

        Path file = Files.writeString(dir.resolve("plain"), "x");
        oneErrorLine(run("samples", "seed-article", "--save", file.resolve("under-a-file.json").toString()),
                "cannot write");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void aReadOnlyFolderSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        locked.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "file modes apply to this user");
            oneErrorLine(run("samples", "seed-article", "--save", locked.resolve("s.json").toString()),
                    "permission denied");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void diagramOutFailuresAreOneLineToo(@TempDir Path dir) {
        oneErrorLine(run("diagram", "--sample", "seed-article", "--out", dir.toString() + "/"), "");
    }

    @Test
    void benchRefusesWhatItCannotGenerate() {
        oneErrorLine(run("bench", "--vpcs", "0"), "--vpcs must be from 1 to 250, not 0");
        oneErrorLine(run("bench", "--vpcs", "-1"), "--vpcs must be from 1 to 250");
        oneErrorLine(run("bench", "--zones", "0"), "--zones must be from 1");
        oneErrorLine(run("bench", "--subnets-per-vpc", "3"), "--subnets-per-vpc must be from 7");
        oneErrorLine(run("bench", "--runs", "0"), "--runs must be from 1");
    }

    @Test
    void aSnapshotWithoutJobsIsNamed(@TempDir Path dir) throws Exception {
        Snapshot seed = Samples.get("seed-article");
        Snapshot empty = new Snapshot(seed.schemaVersion(), seed.capturedAt(), seed.source(), seed.region(),
                seed.availabilityZones(), seed.vpcs(), seed.subnets(), seed.routeTables(), seed.natGateways(),
                seed.internetGateways(), seed.vpcEndpoints(), seed.securityGroups(), List.of(), seed.connections(),
                seed.problems());
        Path f = dir.resolve("nojobs.json");
        new SnapshotWriter().write(empty, f);
        oneErrorLine(run("check", "--snapshot", f.toString()), f + ": the snapshot holds no Glue job");
    }

    @Test
    void controlCharactersAndBidiOverridesNeverReachTheTerminalRaw(@TempDir Path dir) throws Exception {
        Snapshot seed = Samples.get("seed-article");
        String hostile = "evil\u001b[2J\u202enoitcennoc\u0007";
        List<GlueConnection> renamed = seed.connections().stream().map(c -> c.name().equals(seed.jobs().get(0)
                .connectionNames().get(0)) ? new GlueConnection(hostile, c.connectionType(), c.subnetId(),
                        c.securityGroupIds(), c.availabilityZone(), c.jdbcUrl()) : c).toList();
        List<String> names = seed.jobs().get(0).connectionNames().stream()
                .map(n -> n.equals(seed.jobs().get(0).connectionNames().get(0)) ? hostile : n).toList();
        Snapshot s = new Snapshot(seed.schemaVersion(), seed.capturedAt(), seed.source(), seed.region(),
                seed.availabilityZones(), seed.vpcs(), seed.subnets(), seed.routeTables(), seed.natGateways(),
                seed.internetGateways(), seed.vpcEndpoints(), seed.securityGroups(),
                List.of(seed.jobs().get(0).withConnectionNames(names)), renamed, seed.problems());
        Path f = dir.resolve("hostile.json");
        new SnapshotWriter().write(s, f);
        for (String format : List.of("text", "markdown", "json")) {
            CommandLineTest.Result r = run("check", "--snapshot", f.toString(), "--format", format);
            String all = r.out() + r.err();
            assertFalse(all.contains("\u001b"), format + ": raw ESC");
            assertFalse(all.contains("\u202e"), format + ": raw bidi override");
            assertFalse(all.contains("\u0007"), format + ": raw BEL");
            assertTrue(all.toLowerCase(java.util.Locale.ROOT).contains("evil\\u001b[2j\\u202enoitcennoc\\u0007"),
                    format + ": " + all);
        }
        // the JSON stays valid and names the connection exactly
        CommandLineTest.Result json = run("check", "--snapshot", f.toString(), "--format", "json");
        assertEquals(hostile, json.json().get("connections").get(0).get("name").asText());
    }

    @Test
    void escapeKeepsPlainTextAsItIs() {
        assertEquals("subnet-0abc (us-east-1a) → nat-1", TerminalSafeWriter.escape("subnet-0abc (us-east-1a) → nat-1"));
        assertEquals("a\\u001bb", TerminalSafeWriter.escape("a\u001bb"));
        assertEquals("line\nnext\ttab", TerminalSafeWriter.escape("line\nnext\ttab"));
    }

    @Test
    void whatAwsCannotHaveIsLoadedButNamedOnStderrAndInJson(@TempDir Path dir) throws Exception {
        Snapshot seed = Samples.get("seed-article");
        var first = seed.subnets().get(0);
        var subnets = new java.util.ArrayList<>(seed.subnets());
        subnets.set(0, new dev.gluefailover.model.Subnet(first.subnetId(), first.vpcId(), first.availabilityZone(),
                first.availabilityZoneId(), "999.1.1.1/99", first.state(), -10, first.mapPublicIpOnLaunch(),
                first.tags()));
        Snapshot bad = new Snapshot(seed.schemaVersion(), seed.capturedAt(), seed.source(), seed.region(),
                seed.availabilityZones(), seed.vpcs(), subnets, seed.routeTables(), seed.natGateways(),
                seed.internetGateways(), seed.vpcEndpoints(), seed.securityGroups(), seed.jobs(), seed.connections(),
                seed.problems());
        Path f = dir.resolve("bad.json");
        new SnapshotWriter().write(bad, f);
        CommandLineTest.Result text = run("check", "--snapshot", f.toString());
        assertEquals(ExitCode.OK, text.code(), text.err());
        assertTrue(text.err().contains("warning: subnet " + first.subnetId() + ": CIDR block \"999.1.1.1/99\""),
                text.err());
        assertTrue(text.err().contains("free IPs is negative (-10)"), text.err());
        CommandLineTest.Result json = run("check", "--snapshot", f.toString(), "--format", "json");
        var problems = json.json().get("problems");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(first.subnetId(), problems.get(0).get("elementId").asText());
        assertEquals("SUBNET", problems.get(0).get("elementKind").asText());
    }
}
