package dev.gluefailover.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints goes through this: names and tags come from AWS or from a
 * file someone else wrote, and a control character, an escape sequence or a bidi override in
 * them must not reach the terminal raw (it could move the cursor, recolour the screen or make
 * "nat-0abc" read as another id). Such characters are written as {@code \\uXXXX}, which is also a
 * valid escape inside a JSON string, so JSON output stays valid and means the same. New lines
 * and tabs pass; a carriage return passes only where a progress line needs it (standard error).
 */
final class TerminalSafeWriter extends FilterWriter {
    private final boolean allowCarriageReturn;

    TerminalSafeWriter(Writer out, boolean allowCarriageReturn) {
        super(out);
        this.allowCarriageReturn = allowCarriageReturn;
    }

    /** True for a character that must not reach a terminal as it is. */
    static boolean unsafe(char c, boolean allowCarriageReturn) {
        if (c == '\n' || c == '\t' || (c == '\r' && allowCarriageReturn)) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (ESC and CSI among them)
                || c == 0x061c || c == 0x200e || c == 0x200f // bidi marks
                || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069); // isolates
    }

    /** The text with every unsafe character escaped (for callers that build strings). */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, false)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c, allowCarriageReturn)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (unsafe(cbuf[i], allowCarriageReturn)) {
                out.write(cbuf, start, i - start);
                out.write(String.format("\\u%04x", (int) cbuf[i]));
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
