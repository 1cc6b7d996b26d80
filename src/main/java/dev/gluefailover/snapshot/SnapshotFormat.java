package dev.gluefailover.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The two file formats a snapshot can be stored in. JSON is the default for writing. */
public enum SnapshotFormat {
    JSON, YAML;

    /** By file name: {@code .json}, {@code .yaml}, {@code .yml} (any case); empty for anything else. */
    public static Optional<SnapshotFormat> byFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /**
     * By content: a document whose first significant character is '{' or '[' is JSON, anything
     * else YAML. JSON is (nearly) YAML too, but the JSON parser gives the clearer errors.
     */
    public static SnapshotFormat sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' || c == '[' ? JSON : YAML;
        }
        return JSON;
    }

    /** The extension wins; content decides when the name says nothing. */
    public static SnapshotFormat detect(String fileName, byte[] content) {
        return byFileName(fileName).orElseGet(() -> sniff(content));
    }
}
