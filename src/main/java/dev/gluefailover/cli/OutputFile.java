package dev.gluefailover.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one rule for every file a command writes ({@code samples --save}, {@code capture --out},
 * {@code diagram --out}, reports): the target must name a file (not nothing, not a directory);
 * missing parent directories are created; the write itself is atomic (the writers use
 * {@code files.AtomicFile}); any failure is one {@code error:} line in the user's words and exit 2,
 * never a stack trace.
 */
final class OutputFile {

    /** Writes a file's content. */
    @FunctionalInterface
    interface Write {
        void to(Path target) throws IOException;
    }

    private OutputFile() {
    }

    static void write(String option, Path target, Write write) {
        if (target == null || target.toString().isBlank()) {
            throw new UserInputException(CliText.get("error.needsFile", option));
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute) || absolute.getParent() == null) {
            throw new UserInputException(CliText.get("error.isDirectory", option, target));
        }
        try {
            Path parent = absolute.getParent();
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            write.to(absolute);
        } catch (IOException e) {
            throw new UserInputException(CliText.get("error.cannotWrite", target, reason(e)), e);
        }
    }

    /** The cause in plain words ("permission denied", "no such directory", the system's own text). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return CliText.get("reason.permission");
        }
        if (e instanceof NoSuchFileException) {
            return CliText.get("reason.noSuchFile");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() == null ? CliText.get("reason.fileExists") : CliText.get("reason.exists", f.getFile());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
