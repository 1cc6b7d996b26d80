package dev.gluefailover.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The one way this program replaces a file (snapshot saves and every export): the bytes go to a
 * temporary file in the target's directory, are forced to disk, and the temporary file is moved
 * over the target. A crash or a full disk leaves the old file or the new one, never half of one,
 * and a failure never leaves the temporary file behind.
 *
 * <p>JDK only, so every room that writes files may use it.
 */
public final class AtomicFile {

    /** The last step, the move into place; a seam so tests can make it fail. */
    @FunctionalInterface
    public interface FinalMove {
        void move(Path temp, Path target) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces (or creates) the target; its directory must exist. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, AtomicFile::moveIntoPlace);
    }

    /** As {@link #write(Path, byte[])}, with the final move given (tests make it fail). */
    public static void write(Path target, byte[] bytes, FinalMove finalMove) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        // Same directory, so the move is a rename within one file system; a dot name so a file
        // manager does not show it while it exists.
        Path temp = createTemp(dir, absolute.getFileName().toString());
        try {
            keepPermissions(absolute, temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            finalMove.move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /**
     * Where a save through a symbolic link goes: the file it points to (followed to the end), so the
     * link stays a link, as an editor's save would leave it. A dangling link is written at its target.
     */
    static Path throughLinks(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException(target + ": too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = (link.isAbsolute() ? link : p.getParent().resolve(link)).normalize();
        }
        return p;
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: its files are
     * owner-only (0600) and the rename would make every saved snapshot and export private; this
     * one gets the permissions any new file gets (the umask).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file: draw another name
            }
        }
    }

    /** A file replaced keeps its permissions (a private snapshot stays private). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file inherits the folder's access rules, as the old one did
        }
    }

    /**
     * An atomic rename over the target; a plain replacing move only where the file system cannot
     * rename atomically (then a crash at that moment may lose the old file, nothing else).
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); best effort elsewhere. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the rename is still atomic there
        }
    }
}
