package dev.gluefailover.snapshot;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds, with its line and column, what makes a file unreadable as text before a parser gets to
 * it: a byte that is not UTF-8, or a character YAML does not allow (SnakeYAML reports both at
 * 1:1, which helps nobody fix the file).
 */
final class TextEncoding {

    /** A problem at a place in the text (1-based line and column). */
    record Found(int line, int column, String message) {
    }

    private TextEncoding() {
    }

    /** The first byte sequence that is not UTF-8, if any. */
    static Optional<Found> firstInvalidUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(Math.max(16, content.length));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            return Optional.empty();
        }
        int at = in.position();
        int line = 1;
        int column = 1;
        out.flip();
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.of(new Found(line, column, String.format("not valid UTF-8: byte 0x%02x cannot start or "
                + "continue a character; save the file as UTF-8", content[at] & 0xff)));
    }

    /** The first character YAML 1.1 does not allow in a document (control characters but tab and line ends). */
    static Optional<Found> firstYamlForbidden(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty(); // reported as bad UTF-8
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                    || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || Character.isSurrogate(c);
            if (!allowed) {
                return Optional.of(new Found(line, column, String.format("control character U+%04X is not allowed "
                        + "in YAML; remove it or write it escaped inside double quotes (\"\\u%04x\")", (int) c, (int) c)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.empty();
    }
}
