package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits a snapshot file must stay within, the same for JSON and YAML (docs/snapshot-format.md
 * states them). They are far above any real job's network (a 1,000-subnet snapshot is about
 * 1 MiB) and keep a hostile or broken file from exhausting memory; a file over one is refused
 * with a message that says it is a size limit.
 */
public final class SnapshotLimits {
    /** The largest snapshot file read: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The deepest nesting of objects and arrays (a snapshot needs about 8). */
    public static final int MAX_NESTING = 200;
    /** The longest string value (a JDBC URL, a tag value): 1 MiB. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** The most digits in a number. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private SnapshotLimits() {
    }

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).maxDocumentLength(MAX_FILE_BYTES).build();
    }

    /** A JSON parser factory within these limits (snapshots, and the templates and plans of {@code design}). */
    public static JsonFactory json() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    /**
     * A YAML parser factory within these limits. Jackson's YAML parser never expands an alias (it
     * hands over the anchor's name), so the readers refuse aliases themselves ({@link YamlAliases})
     * and duplicate keys too, with both lines.
     */
    public static JsonFactory yaml() {
        LoaderOptions loader = new LoaderOptions();
        // SnakeYAML's own default (3 MiB of code points) is below what JSON reads: lift it to the file limit.
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setAllowDuplicateKeys(true); // duplicates are reported by the reader, with both lines
        return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints()).build();
    }
}
