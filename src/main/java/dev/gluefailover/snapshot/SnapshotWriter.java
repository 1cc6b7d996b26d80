package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gluefailover.files.AtomicFile;
import dev.gluefailover.model.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes snapshots as pretty JSON (or YAML for {@code .yaml}/{@code .yml} targets): fields in
 * record order, nulls left out, "\n" line ends on every platform, so that two captures of the
 * same network give the same bytes and diffs show only real changes.
 *
 * <p>Saving is atomic ({@link AtomicFile}, as every export): a crash or a full disk leaves
 * either the old file or the new one, never half of one.
 */
public final class SnapshotWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    /** The last step of a save; a seam so tests can make it fail. */
    @FunctionalInterface
    interface FinalMove {
        void move(Path temp, Path target) throws IOException;
    }

    private final ObjectWriter json;
    private final ObjectWriter yaml;
    private final FinalMove finalMove;

    public SnapshotWriter() {
        this(AtomicFile::moveIntoPlace);
    }

    SnapshotWriter(FinalMove finalMove) {
        this.finalMove = finalMove;
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.json = JsonMapper.builder().build().writer(pretty);
        this.yaml = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // the reader wants strings for ids like 123456789012 and "-1" (all protocols)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build().writer();
    }

    /** The snapshot as text in the given format, ending with a newline. */
    public String toText(Snapshot snapshot, SnapshotFormat format) {
        try {
            String text = (format == SnapshotFormat.YAML ? yaml : json).writeValueAsString(RecordEncoder.encode(snapshot));
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            // writing a tree of strings, numbers and booleans to a String cannot fail for I/O reasons
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves atomically; YAML when the name ends with {@code .yaml} or {@code .yml}, JSON otherwise.
     * On failure the previous file (if any) is untouched and no temporary file is left behind.
     */
    public void write(Snapshot snapshot, Path target) throws IOException {
        SnapshotFormat format = SnapshotFormat.byFileName(target.getFileName().toString()).orElse(SnapshotFormat.JSON);
        byte[] bytes = toText(snapshot, format).getBytes(StandardCharsets.UTF_8);
        Path absolute = target.toAbsolutePath();
        AtomicFile.write(absolute, bytes, finalMove::move);
        LOG.debug("wrote {} ({} bytes, {})", absolute, bytes.length, format);
    }
}
