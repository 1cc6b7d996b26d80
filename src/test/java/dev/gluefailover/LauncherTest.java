package dev.gluefailover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.Launcher.Start.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    private static final Set<String> COMMANDS = Launcher.commands();

    private static Launcher.Start decide(String... args) {
        return Launcher.decide(List.of(args), COMMANDS);
    }

    @Test
    void theWindowStartsOnlyWithNothingASnapshotFileOrItsOwnOptions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("snap"), "{}");
        assertEquals(Kind.DESKTOP, decide().kind());
        assertEquals(Kind.DESKTOP, decide("--sample", "three-az").kind());
        assertEquals(Kind.DESKTOP, decide("--sample=three-az").kind());
        assertEquals(Kind.DESKTOP, decide("--snapshot", "f.json").kind());
        assertEquals(Kind.DESKTOP, decide("-f", "f.yaml", "-s", "x").kind());
        assertEquals(Kind.DESKTOP, decide("job.yml").kind());
        assertEquals(Kind.DESKTOP, decide(file.toString()).kind(), "an existing file without extension");
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheCommand() {
        Launcher.Start s = decide("chek", "--snapshot", "f.json");
        assertEquals(Kind.USAGE_ERROR, s.kind());
        assertTrue(s.message().startsWith("error: 'chek' is not a command; did you mean `check`?"), s.message());
        assertTrue(s.message().contains("matrix"), s.message());
        assertEquals(Kind.USAGE_ERROR, decide("nonsense").kind());
        assertEquals(Kind.USAGE_ERROR, decide("f.json", "extra").kind());
    }

    @Test
    void commandsAndOptionsGoToTheCommandLine() {
        for (String c : COMMANDS) {
            assertEquals(Kind.CLI, decide(c).kind(), c);
        }
        assertTrue(COMMANDS.contains("check") && COMMANDS.contains("diagram"), COMMANDS.toString());
        assertEquals(Kind.CLI, decide("--help").kind());
        assertEquals(Kind.CLI, decide("--version").kind());
        assertEquals(Kind.CLI, decide("--bogus").kind(), "picocli reports the unknown option, exit 2");
    }

    @Test
    void theNearestCommand() {
        assertEquals("check", Launcher.nearest("chekc", COMMANDS));
        assertEquals("timeline", Launcher.nearest("timelin", COMMANDS));
        assertEquals("samples", Launcher.nearest("sampels", COMMANDS));
        assertNull(Launcher.nearest("zzzzzzzz", COMMANDS));
    }
}
