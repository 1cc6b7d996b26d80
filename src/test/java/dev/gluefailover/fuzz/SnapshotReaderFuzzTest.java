package dev.gluefailover.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.snapshot.SnapshotProblem;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of every built-in sample, in JSON and in YAML: the reader gives a whole
 * snapshot or refuses with problems that name a line and column (or say why they cannot), and
 * never fails any other way. Bounded (tries per property) so the suite stays within seconds.
 */
class SnapshotReaderFuzzTest {
    private static final SnapshotReader READER = new SnapshotReader();
    private static final List<byte[]> JSON = texts(SnapshotFormat.JSON);
    private static final List<byte[]> YAML = texts(SnapshotFormat.YAML);

    private static List<byte[]> texts(SnapshotFormat format) {
        SnapshotWriter writer = new SnapshotWriter();
        List<byte[]> out = new ArrayList<>();
        for (String name : Samples.names()) {
            out.add(writer.toText(Samples.get(name), format).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** One way of breaking a file, applied at a position given as a fraction of its length. */
    enum Mutation { DELETE_RANGE, INSERT_BYTES, REPLACE_BYTE, TRUNCATE, DUPLICATE_RANGE, SWAP_DIGIT, INSERT_TEXT }

    record Edit(Mutation mutation, double at, int length, byte[] bytes, String text) {
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8);
        Arbitrary<String> text = Arbitraries.of("\"", "{", "}", "[", "]", ":", ",", "null", "-1", "99999999999999999999",
                "\u0000", "\u202e", "\t", "\n", "- ", "&a", "*a", "!!binary", "true", "\"schemaVersion\": 2,", "'");
        return Combinators.combine(Arbitraries.of(Mutation.class), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 400), bytes, text).as(Edit::new);
    }

    @Property(tries = 250)
    void mutatedJsonIsReadWholeOrRefusedWithAPosition(@ForAll("edits") Edit first, @ForAll("edits") Edit second,
            @ForAll("sample") int sample) {
        check(apply(apply(JSON.get(sample % JSON.size()), first), second), "fuzz.json");
    }

    @Property(tries = 250)
    void mutatedYamlIsReadWholeOrRefusedWithAPosition(@ForAll("edits") Edit first, @ForAll("edits") Edit second,
            @ForAll("sample") int sample) {
        check(apply(apply(YAML.get(sample % YAML.size()), first), second), "fuzz.yaml");
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, 1000);
    }

    private static void check(byte[] content, String name) {
        Snapshot s;
        try {
            s = READER.read(content, name);
        } catch (SnapshotFormatException e) {
            assertFalse(e.problems().isEmpty());
            for (SnapshotProblem p : e.problems()) {
                assertNotNull(p.message());
                assertFalse(p.message().isBlank());
                assertFalse(p.message().contains("StreamReadConstraints"), p.message());
                assertFalse(p.message().contains("com.fasterxml"), p.message());
                // a position, or a sentence about the whole file
                assertTrue(p.line() > 0 || p.message().contains("empty") || p.message().contains("file")
                        || p.message().contains("schemaVersion") || !p.path().isEmpty(), p.toString());
            }
            assertTrue(e.getMessage().startsWith(name), e.getMessage());
            return;
        }
        // read whole: every section is there (possibly empty), nothing half-built
        assertNotNull(s.jobs());
        assertNotNull(s.connections());
        assertNotNull(s.subnets());
    }

    private static byte[] apply(byte[] in, Edit e) {
        int n = in.length;
        int at = (int) Math.min(n, Math.floor(e.at() * n));
        int len = Math.min(e.length(), n - at);
        byte[] add = e.mutation() == Mutation.INSERT_TEXT ? e.text().getBytes(StandardCharsets.UTF_8) : e.bytes();
        switch (e.mutation()) {
            case DELETE_RANGE:
                return concat(slice(in, 0, at), slice(in, at + len, n));
            case INSERT_BYTES:
            case INSERT_TEXT:
                return concat(concat(slice(in, 0, at), add), slice(in, at, n));
            case REPLACE_BYTE:
                if (at < n) {
                    byte[] copy = in.clone();
                    copy[at] = add[0];
                    return copy;
                }
                return in;
            case TRUNCATE:
                return slice(in, 0, at);
            case DUPLICATE_RANGE:
                return concat(concat(slice(in, 0, at + len), slice(in, at, at + len)), slice(in, at + len, n));
            case SWAP_DIGIT:
                for (int i = at; i < n; i++) {
                    if (in[i] >= '0' && in[i] <= '9') {
                        byte[] copy = in.clone();
                        copy[i] = (byte) ('0' + (copy[i] - '0' + 7) % 10);
                        return copy;
                    }
                }
                return in;
            default:
                return in;
        }
    }

    private static byte[] slice(byte[] a, int from, int to) {
        return java.util.Arrays.copyOfRange(a, Math.max(0, from), Math.max(Math.max(0, from), Math.min(a.length, to)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
