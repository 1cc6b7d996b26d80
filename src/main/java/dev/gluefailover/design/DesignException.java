package dev.gluefailover.design;

/**
 * A template or plan that cannot be used: the file, the line (0 when unknown) and what is wrong,
 * as one line in the compiler style editors make clickable ({@code file:line: message}).
 */
public final class DesignException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public DesignException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
