package dev.gluefailover.export;

import dev.gluefailover.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every export (Markdown review, SVG, draw.io, PNG) the way snapshots are saved, through
 * {@link AtomicFile}: the old file or the new one, never half of one, and no temporary file
 * behind. Unlike a snapshot save, an export creates missing folders (the CLI's {@code --out}).
 */
public final class ExportFile {
    private ExportFile() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFile.write(target, bytes);
    }
}
