package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps docs/snapshot-format.md honest: its example must be a valid snapshot. */
class FormatDocTest {
    @Test
    void theDocumentedExampleReads() throws Exception {
        String doc = Files.readString(Path.of("docs/snapshot-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        Snapshot s = new SnapshotReader().read(json.getBytes(StandardCharsets.UTF_8), "snapshot-format.md#example.json");
        assertEquals("orders-a", s.jobs().get(0).connectionNames().get(0));
        assertEquals(s, new SnapshotReader().read(new SnapshotWriter().toText(s, SnapshotFormat.YAML)
                .getBytes(StandardCharsets.UTF_8), "example.yaml"));
    }
}
