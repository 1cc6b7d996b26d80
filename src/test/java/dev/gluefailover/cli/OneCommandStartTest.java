package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A start that names its command builds the command line with that command only (picocli then reads
 * one command's options, not fifteen): it must parse, help and fail exactly as the whole command line.
 */
class OneCommandStartTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(boolean oneCommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = oneCommand ? MainCommand.commandLine(new PrintWriter(out), new PrintWriter(err), args[0])
                : MainCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theNamesReadOffTheAnnotationsAreTheCommandLinesCommands() {
        var whole = MainCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(List.copyOf(whole.getSubcommands().keySet()), List.copyOf(MainCommand.commandNames()));
        assertTrue(MainCommand.commandNames().containsAll(Set.of("check", "jobs", "capture", "scan", "bench")));
    }

    @Test
    void eachCommandAloneHasTheOptionsItHasInTheWholeCommandLine() {
        for (String name : MainCommand.commandNames()) {
            var alone = MainCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    name);
            assertEquals(Set.of(name), alone.getSubcommands().keySet());
            // --help lists every option, --lang (inherited from the top) among them
            Result single = run(true, name, "--help");
            Result whole = run(false, name, "--help");
            assertEquals(whole, single, name);
            assertTrue(single.out().contains("--lang"), name + " --help:\n" + single.out());
        }
    }

    @Test
    void aRunAndAUsageErrorAreTheSameWithOneCommand() {
        for (String[] args : List.of(
                new String[] {"check", "--sample", "seed-article", "--format", "json"},
                new String[] {"check", "--sample", "three-az", "--lang", "ja"},
                new String[] {"matrix", "--sample", "single-nat"},
                new String[] {"check", "--sampel", "seed-article"},
                new String[] {"check", "--sample", "seed-article", "--lang", "xx"})) {
            Result single = run(true, args);
            Result whole = run(false, args);
            assertEquals(whole, single, String.join(" ", args));
        }
    }

    @Test
    void withoutACommandFirstEveryCommandIsThere() {
        for (String first : new String[] {"--lang", "--help", "chek", "-V"}) {
            var cl = MainCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    first);
            assertEquals(MainCommand.commandNames(), cl.getSubcommands().keySet(), first);
        }
        Result langFirst = run(true, "--lang", "ja", "check", "--sample", "seed-article");
        Result langFirstWhole = run(false, "--lang", "ja", "check", "--sample", "seed-article");
        assertEquals(langFirstWhole, langFirst);
        assertEquals(ExitCode.OK, langFirst.code(), langFirst.err());
    }
}
