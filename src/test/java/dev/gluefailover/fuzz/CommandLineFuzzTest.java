package dev.gluefailover.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.cli.MainCommand;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The command line on broken snapshots and odd arguments: one clear line and a documented exit
 * code (0, 2, 3, 4), never a stack trace.
 */
class CommandLineFuzzTest {
    private static final Set<Integer> EXIT_CODES = Set.of(0, 2, 3, 4);
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("cli-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> brokenFiles() {
        SnapshotWriter writer = new SnapshotWriter();
        List<String> texts = Samples.names().stream()
                .flatMap(n -> java.util.stream.Stream.of(writer.toText(Samples.get(n), SnapshotFormat.JSON),
                        writer.toText(Samples.get(n), SnapshotFormat.YAML)))
                .toList();
        return Combinators2.mutate(Arbitraries.of(texts));
    }

    @Property(tries = 60)
    void checkOnABrokenSnapshotEndsInOneClearLine(@ForAll("brokenFiles") String content,
            @ForAll("formats") String format) {
        Path f = write(content.startsWith("{") ? ".json" : ".yaml", content);
        Result r = run("check", "--snapshot", f.toString(), "--format", format);
        assertTrue(EXIT_CODES.contains(r.code), r.code + " " + r.err);
        assertNoStackTrace(r);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("text", "json", "markdown");
    }

    @Property(tries = 60)
    void oddArgumentsAreUsageErrorsNotCrashes(@ForAll("argumentLists") List<String> args) {
        Result r = run(args.toArray(String[]::new));
        assertTrue(EXIT_CODES.contains(r.code), r.code + " " + args + " " + r.err);
        assertNoStackTrace(r);
    }

    @Provide
    Arbitrary<List<String>> argumentLists() {
        Arbitrary<String> words = Arbitraries.of("check", "matrix", "timeline", "samples", "checks", "diagram",
                "--sample", "seed-article", "three-az", "nosuch", "--fail", "az=nowhere", "az=", "=", "nat=nat-x",
                "subnet-ips=subnet-x:-1", "subnet-ips=x:y", "--set", "failedNatCounts=maybe", "nope=1", "--format",
                "yaml", "--snapshot", "/nonexistent/x.json", "--job", "", "-", "--", "--pairs", "--retries", "-3");
        return words.list().ofMinSize(1).ofMaxSize(6);
    }

    private static void assertNoStackTrace(Result r) {
        String all = r.out + r.err;
        assertFalse(all.contains("\tat "), all);
        assertFalse(all.contains("Exception in"), all);
        assertFalse(all.contains("NullPointerException"), all);
        assertFalse(all.contains("IndexOutOfBounds"), all);
    }

    private static Path write(String suffix, String content) {
        try {
            Path f = Files.createTempFile(dir, "broken", suffix);
            Files.writeString(f, content, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Text mutations: delete, insert, truncate, duplicate, at random places. */
    static final class Combinators2 {
        private Combinators2() {
        }

        static Arbitrary<String> mutate(Arbitrary<String> base) {
            Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
            Arbitrary<Integer> len = Arbitraries.integers().between(1, 300);
            Arbitrary<String> insert = Arbitraries.of("\"", "{", "]", ":", "null", "-7", "\u0000", "\n  - x", "1e999", "");
            return net.jqwik.api.Combinators.combine(base, at, len, insert, Arbitraries.integers().between(0, 3))
                    .as((text, where, n, ins, kind) -> {
                        int i = (int) (where * text.length());
                        int j = Math.min(text.length(), i + n);
                        return switch (kind) {
                            case 0 -> text.substring(0, i) + text.substring(j);
                            case 1 -> text.substring(0, i) + ins + text.substring(i);
                            case 2 -> text.substring(0, i);
                            default -> text.substring(0, j) + text.substring(i, j) + text.substring(j);
                        };
                    });
        }
    }
}
