package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad bytes and forbidden characters are reported where they are, not at 1:1. */
class TextEncodingTest {
    private static final String YAML = new SnapshotWriter().toText(Samples.get("seed-article"), SnapshotFormat.YAML);
    private static final String JSON = new SnapshotWriter().toText(Samples.get("seed-article"), SnapshotFormat.JSON);

    private static byte[] withBytesAtEndOfLine(String text, int line, byte... extra) {
        String[] lines = text.split("\n", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            out.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
            if (i == line - 1) {
                out.writeBytes(extra);
            }
            if (i < lines.length - 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    @Test
    void invalidUtf8InYamlIsReportedAtItsLineAndColumn() {
        String line10 = YAML.split("\n")[9];
        byte[] bad = withBytesAtEndOfLine(YAML, 10, (byte) 0xff, (byte) 0xfe);
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> new SnapshotReader().read(bad, "s.yaml"));
        assertEquals(10, e.problems().get(0).line(), e.getMessage());
        assertEquals(line10.length() + 1, e.problems().get(0).column(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8: byte 0xff"), e.getMessage());
    }

    @Test
    void invalidUtf8InJsonToo() {
        byte[] bad = withBytesAtEndOfLine(JSON, 5, (byte) 0xc3);
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> new SnapshotReader().read(bad, "s.json"));
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("s.json:5:"), e.getMessage());
    }

    @Test
    void aControlCharacterInYamlIsReportedWhereItIs() {
        byte[] bad = withBytesAtEndOfLine(YAML, 13, (byte) 0x07);
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> new SnapshotReader().read(bad, "s.yaml"));
        assertEquals(13, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("control character U+0007 is not allowed in YAML"), e.getMessage());
    }

    @Test
    void aValidFileWithNonAsciiTextReads() throws Exception {
        String withJapanese = YAML.replace("nayuts-failover-job", "nayuts-failover-job-日本語");
        assertEquals("nayuts-failover-job-日本語", new SnapshotReader()
                .read(withJapanese.getBytes(StandardCharsets.UTF_8), "ja.yaml").jobs().get(0).name());
    }
}
