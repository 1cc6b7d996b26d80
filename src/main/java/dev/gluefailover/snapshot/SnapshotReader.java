package dev.gluefailover.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads snapshot files (JSON or YAML) into a {@link Snapshot}, or explains precisely why not.
 * Stateless and thread-safe.
 *
 * <p>Three stages, each reporting every problem it finds before giving up: syntax (with the
 * position where parsing stopped), schema version, fields and types (unknown, missing, wrong
 * type), then references between ids (duplicates, dangling ids).
 */
public final class SnapshotReader {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

    /**
     * Reads a file; the format follows the extension ({@code .json}, {@code .yaml}, {@code .yml})
     * or, for any other name, the content.
     *
     * @throws IOException             the file cannot be read at all
     * @throws SnapshotFormatException the content is not a valid snapshot
     */
    public Snapshot read(Path file) throws IOException, SnapshotFormatException {
        return read(readFile(file), file.toString());
    }

    /**
     * The bytes of a snapshot file, refusing what is not a regular file (a directory, a device
     * such as /dev/zero, a named pipe that would block forever) and what is larger than
     * {@link SnapshotLimits#MAX_FILE_BYTES}; the message says why in plain words.
     */
    static byte[] readFile(Path file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("permission denied", e);
        }
        if (attrs.isDirectory()) {
            throw new IOException("it is a directory, not a snapshot file");
        }
        if (!attrs.isRegularFile()) {
            throw new IOException("it is not a regular file (a device, a pipe or a socket); save the snapshot to a file first");
        }
        if (attrs.size() > SnapshotLimits.MAX_FILE_BYTES) {
            throw new IOException("size limit: the file has " + attrs.size() + " bytes, more than the "
                    + SnapshotLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB a snapshot may have");
        }
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("permission denied", e);
        }
    }

    /** Reads a stream fully (e.g. a bundled resource); {@code sourceName} is used for the format and in messages. */
    public Snapshot read(InputStream in, String sourceName) throws IOException, SnapshotFormatException {
        return read(in.readAllBytes(), sourceName);
    }

    /** Reads snapshot text held in memory; {@code sourceName} is used for the format and in messages. */
    public Snapshot read(byte[] content, String sourceName) throws SnapshotFormatException {
        SnapshotFormat format = SnapshotFormat.detect(sourceName, content);
        LocatedTree tree = LocatedTree.parse(sourceName, content, format);
        checkVersion(tree, sourceName);

        RecordDecoder decoder = new RecordDecoder(tree);
        Snapshot snapshot = decoder.decode(Snapshot.class);
        if (snapshot == null) {
            throw new SnapshotFormatException(sourceName, decoder.problems());
        }
        List<SnapshotProblem> references = new ArrayList<>(ReferenceCheck.check(snapshot, tree::valueAt));
        if (!references.isEmpty()) {
            references.sort(Comparator.comparingInt(SnapshotProblem::line).thenComparingInt(SnapshotProblem::column));
            throw new SnapshotFormatException(sourceName, references);
        }
        LOG.debug("read {} ({}): {} jobs, {} connections, {} subnets, {} load problems", sourceName, format,
                snapshot.jobs().size(), snapshot.connections().size(), snapshot.subnets().size(),
                snapshot.problems().size());
        return snapshot;
    }

    /**
     * The version is checked before anything else: a file from another version may have
     * another shape, and a list of "unknown field" errors would hide the real cause.
     */
    private static void checkVersion(LocatedTree tree, String source) throws SnapshotFormatException {
        JsonNode root = tree.root();
        if (!root.isObject()) {
            return; // the decoder says what was expected
        }
        JsonNode v = root.get("schemaVersion");
        String readable = "this build reads schemaVersion " + SnapshotSchema.readableVersions();
        if (v == null || v.isNull()) {
            throw new SnapshotFormatException(source, List.of(tree.problemAt("schemaVersion",
                    "missing required field \"schemaVersion\" (" + readable + ")")));
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new SnapshotFormatException(source, List.of(tree.problemAt("schemaVersion",
                    "expected a whole number, found " + RecordDecoder.describe(v) + " (" + readable + ")")));
        }
        int version = v.intValue();
        if (!SnapshotSchema.READABLE_VERSIONS.contains(version)) {
            String why = version > SnapshotSchema.READABLE_VERSIONS.last()
                    ? "; the file was probably written by a newer Glue Failover Explorer" : "";
            throw new SnapshotFormatException(source, List.of(tree.problemAt("schemaVersion",
                    "schemaVersion " + version + " is not supported: " + readable + why)));
        }
    }
}
