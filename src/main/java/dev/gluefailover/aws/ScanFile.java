package dev.gluefailover.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.files.AtomicFile;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole scan as one file, for {@code capture --scan} and {@code scan --snapshot}: one account
 * and region is a plain snapshot file (every job and the network they share); several are a JSON
 * <em>scan file</em>, {@code {"scanFile": 1, "parts": [{"account", "region", "snapshot": {…}}, …]}}
 * where each {@code snapshot} is a whole snapshot as the snapshot format defines it, and a part that
 * could not be read has {@code errorCode} and {@code message} instead (docs/snapshot-format.md).
 * Both are read back by {@link #read}.
 */
public final class ScanFile {
    /** The version of the scan file's envelope (each snapshot carries its own schema version). */
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One part: its snapshot, or why it could not be read. */
    public record Entry(String account, String region, Snapshot snapshot, String errorCode, String message) {
    }

    private ScanFile() {
    }

    /** Writes atomically: a plain snapshot for a single readable part, else a scan file. */
    public static void write(List<Entry> entries, Path target) throws IOException {
        SnapshotWriter writer = new SnapshotWriter();
        if (entries.size() == 1 && entries.get(0).snapshot() != null) {
            writer.write(entries.get(0).snapshot(), target);
            return;
        }
        ObjectNode root = JSON.createObjectNode().put("scanFile", VERSION);
        ArrayNode parts = root.putArray("parts");
        for (Entry e : entries) {
            ObjectNode p = parts.addObject().put("account", e.account()).put("region", e.region());
            if (e.snapshot() != null) {
                p.set("snapshot", JSON.readTree(writer.toText(e.snapshot(), SnapshotFormat.JSON)));
            } else {
                p.put("errorCode", e.errorCode()).put("message", e.message());
            }
        }
        AtomicFile.write(target.toAbsolutePath(), (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a scan file or a plain snapshot file; each embedded snapshot is checked as a snapshot file
     * is, and its errors name the part ({@code file#parts[2]: …}).
     */
    public static List<Entry> read(Path file) throws IOException, SnapshotFormatException {
        byte[] bytes = Files.readAllBytes(file);
        SnapshotReader reader = new SnapshotReader();
        JsonNode root = null;
        if (SnapshotFormat.detect(file.toString(), bytes) == SnapshotFormat.JSON) {
            try {
                root = JSON.readTree(bytes);
            } catch (IOException e) {
                root = null; // not JSON after all: the snapshot reader says where it breaks
            }
        }
        if (root == null || !root.has("scanFile")) {
            Snapshot s = reader.read(bytes, file.toString());
            return List.of(new Entry(s.region().accountId() == null ? "-" : s.region().accountId(), s.region().name(),
                    s, null, null));
        }
        if (root.path("scanFile").asInt(-1) != VERSION) {
            throw new IOException("scan file version " + root.path("scanFile") + " is not supported (this build reads "
                    + VERSION + ")");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode p : root.path("parts")) {
            String where = file + "#parts[" + i++ + "]";
            String account = p.path("account").asText("-");
            String region = p.path("region").asText("-");
            if (p.has("snapshot")) {
                Snapshot s = reader.read(JSON.writeValueAsBytes(p.get("snapshot")), where + ".json");
                out.add(new Entry(account, region, s, null, null));
            } else {
                out.add(new Entry(account, region, null, p.path("errorCode").asText("Unknown"),
                        p.path("message").asText("")));
            }
        }
        return out;
    }
}
