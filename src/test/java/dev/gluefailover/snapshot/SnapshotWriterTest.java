package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotWriterTest {
    private final SnapshotReader reader = new SnapshotReader();
    private final SnapshotWriter writer = new SnapshotWriter();

    @Test
    void jsonRoundTrip(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap.json");
        writer.write(Fixtures.rich(), f);
        assertEquals(Fixtures.rich(), reader.read(f));
    }

    @Test
    void yamlRoundTripIncludingStringsYamlWouldOtherwiseReinterpret(@TempDir Path dir) throws Exception {
        // strings that look like numbers, booleans, null or dates must come back as the same strings
        Snapshot tricky = Fixtures.rich().withJob(new GlueJob("legacy-job", List.of("orders-db-b"), "true", null, 10.0,
                null, "2.0"));
        tricky = new Snapshot(1, "2026-11-21", "null", new Region("us-east-1", "012345678901"),
                tricky.availabilityZones(), tricky.vpcs(), tricky.subnets(), tricky.routeTables(), tricky.natGateways(),
                tricky.internetGateways(), tricky.vpcEndpoints(), tricky.securityGroups(), tricky.jobs(),
                tricky.connections(), tricky.problems());
        Path f = dir.resolve("snap.yaml");
        writer.write(tricky, f);
        String text = Files.readString(f);
        assertFalse(text.trim().startsWith("{"), "YAML, not JSON:\n" + text);
        assertEquals(tricky, reader.read(f));
    }

    @Test
    void outputIsStableAndLeavesOutNulls() {
        String a = writer.toText(Fixtures.rich(), SnapshotFormat.JSON);
        assertEquals(a, writer.toText(Fixtures.rich(), SnapshotFormat.JSON));
        assertFalse(a.contains("null"), "nulls are omitted");
        assertFalse(a.contains("\r"));
        assertTrue(a.startsWith("{\n  \"schemaVersion\": 1,\n  \"capturedAt\": \"2026-11-21T10:00:00Z\","), a);
        // every top-level section is written, even when empty
        String empty = writer.toText(new Snapshot(1, null, null, new Region("eu-west-1", null), null, null, null, null,
                null, null, null, null, null, null, null), SnapshotFormat.JSON);
        assertTrue(empty.contains("\"natGateways\": [ ]") || empty.contains("\"natGateways\": []"), empty);
        assertFalse(empty.contains("accountId"));
    }

    @Test
    void tagsAreWrittenSorted() {
        String a = writer.toText(Fixtures.rich(), SnapshotFormat.JSON);
        assertTrue(a.indexOf("\"Name\": \"prod-vpc\"") < a.indexOf("\"team\": \"data\""));
        assertEquals(Map.of("Name", "prod-vpc", "team", "data"), Fixtures.rich().vpcs().get(0).tags());
    }

    @Test
    void failedSaveLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap.json");
        Files.writeString(f, "previous content");
        SnapshotWriter failing = new SnapshotWriter((temp, target) -> {
            assertTrue(Files.exists(temp), "the new text is complete in the temporary file before the move");
            assertEquals(writer.toText(Fixtures.rich(), SnapshotFormat.JSON), Files.readString(temp));
            throw new IOException("disk full");
        });
        IOException e = assertThrows(IOException.class, () -> failing.write(Fixtures.rich(), f));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous content", Files.readString(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void successfulSaveReplacesTheFileAndCleansUp(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap.yml");
        Files.writeString(f, "previous content");
        writer.write(Fixtures.rich(), f);
        assertArrayEquals(writer.toText(Fixtures.rich(), SnapshotFormat.YAML).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(f));
        assertEquals(Fixtures.rich(), reader.read(f), "YAML round trip, with 123456789012 and \"-1\" kept as strings");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void missingDirectoryFailsWithoutSideEffects(@TempDir Path dir) {
        assertThrows(IOException.class, () -> writer.write(Fixtures.rich(), dir.resolve("no/such/dir/snap.json")));
    }
}
