package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gluefailover.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader refuses for its size, and that it reads everything the tool itself writes. */
class SnapshotLimitsTest {
    private final SnapshotReader reader = new SnapshotReader();
    private final SnapshotWriter writer = new SnapshotWriter();

    @Test
    void aYamlSnapshotOverThreeMebibytesReadsLikeItsJson(@TempDir Path dir) throws Exception {
        Snapshot big = SyntheticNetwork.generate(150, 3, 90, 400);
        Path yaml = dir.resolve("big.yaml");
        Path json = dir.resolve("big.json");
        writer.write(big, yaml);
        writer.write(big, json);
        assertTrue(Files.size(yaml) > 3L * 1024 * 1024, "the test needs more than SnakeYAML's default: " + Files.size(yaml));
        Snapshot fromYaml = reader.read(yaml);
        Snapshot fromJson = reader.read(json);
        assertEquals(fromJson, fromYaml);
        assertEquals(big.subnets().size(), fromYaml.subnets().size());
    }

    @Test
    void deepNestingIsASizeLimitWithAPositionAndNoJacksonInternals() {
        String deep = "{\"schemaVersion\":1,\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> reader.read(deep.getBytes(StandardCharsets.UTF_8), "deep.json"));
        assertTrue(e.getMessage().startsWith("deep.json:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("size limit: objects and arrays are nested deeper than"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
    }

    @Test
    void aVeryLongNumberIsASizeLimit() {
        String json = "{\"schemaVersion\":1,\"x\":" + "9".repeat(5000) + "}";
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), "long.json"));
        assertTrue(e.getMessage().contains("size limit: a number has more than"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
        assertTrue(e.problems().get(0).line() > 0, e.getMessage());
    }

    @Test
    void aDeviceIsRefusedAtOnceInsteadOfReadForever() {
        Path zero = Paths.get("/dev/zero");
        assumeTrue(Files.exists(zero));
        IOException e = assertThrows(IOException.class, () -> reader.read(zero));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfBlocking(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
        IOException e = assertThrows(IOException.class, () -> reader.read(fifo));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aDirectoryAndAMissingFileSaySo(@TempDir Path dir) {
        IOException d = assertThrows(IOException.class, () -> reader.read(dir));
        assertTrue(d.getMessage().contains("is a directory"), d.getMessage());
        IOException m = assertThrows(IOException.class, () -> reader.read(dir.resolve("nope.json")));
        assertEquals("no such file", m.getMessage());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("locked.json");
        Files.writeString(f, "{}");
        f.toFile().setReadable(false, false);
        assumeTrue(!Files.isReadable(f), "running as a user that file modes apply to");
        IOException e = assertThrows(IOException.class, () -> reader.read(f));
        assertEquals("permission denied", e.getMessage());
    }
}
