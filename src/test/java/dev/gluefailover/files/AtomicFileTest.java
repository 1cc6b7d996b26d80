package dev.gluefailover.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("review.md");
        Files.writeString(f, "old text, longer than the new one");
        AtomicFile.write(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), filesIn(dir), "no temporary file behind");
    }

    @Test
    void createsAFileThatDidNotExist(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("diagram.svg");
        AtomicFile.write(f, new byte[] {1, 2, 3});
        assertEquals(List.of(f), filesIn(dir));
        assertEquals(3, Files.size(f));
    }

    @Test
    void aFailedMoveLeavesTheOldFileUntouchedAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap.json");
        Files.writeString(f, "previous content");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, "new content".getBytes(), (temp, target) -> {
            assertEquals(dir, temp.getParent(), "the temporary file sits beside the target, so the move is a rename");
            assertEquals("new content", Files.readString(temp), "the new bytes are complete before the move");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous content", Files.readString(f));
        assertEquals(List.of(f), filesIn(dir), "the temporary file is removed");
    }

    @Test
    void anUncheckedFailureAlsoRemovesTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap.json");
        Files.writeString(f, "previous content");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(f, new byte[] {1}, (temp, target) -> {
            throw new IllegalStateException("bug in the caller");
        }));
        assertEquals("previous content", Files.readString(f));
        assertEquals(List.of(f), filesIn(dir));
    }

    @Test
    void aTargetThatIsAFolderFailsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        Files.writeString(folder.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFile.write(folder, new byte[] {1}));
        assertEquals(List.of(folder), filesIn(dir));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aMissingFolderFailsWithoutCreatingIt(@TempDir Path dir) {
        assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("no/such/dir/f.txt"), "x"));
        assertTrue(Files.notExists(dir.resolve("no")));
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsNotMadePrivate(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path shared = dir.resolve("shared.png");
        Files.writeString(shared, "old");
        var sharedMode = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(shared, sharedMode);
        AtomicFile.write(shared, "new");
        assertEquals(sharedMode, Files.getPosixFilePermissions(shared));

        Path secret = dir.resolve("private.json");
        Files.writeString(secret, "old");
        var privateMode = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(secret, privateMode);
        AtomicFile.write(secret, "new");
        assertEquals(privateMode, Files.getPosixFilePermissions(secret), "a private snapshot stays private");

        // A new file gets what any new file gets here (the umask), not createTempFile's owner-only 0600.
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path created = dir.resolve("created.md");
        AtomicFile.write(created, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(created));
    }

    @Test
    void aSaveThroughASymbolicLinkWritesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        AtomicFile.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        assertEquals("new", Files.readString(link));
    }

    @Test
    void aChainOfLinksIsFollowedToTheEnd(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Path real = Files.writeString(dir.resolve("sub/real.yaml"), "old");
        Path first = Files.createSymbolicLink(dir.resolve("first"), dir.resolve("second"));
        Files.createSymbolicLink(dir.resolve("second"), Path.of("sub/real.yaml"));
        AtomicFile.write(first, "new");
        assertEquals("new", Files.readString(real));
        assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(dir.resolve("second")));
    }
}
