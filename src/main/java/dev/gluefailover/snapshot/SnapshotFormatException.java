package dev.gluefailover.snapshot;

import java.util.List;

/**
 * A snapshot file that cannot be used as it is. Nothing is half-loaded: whoever gets this
 * exception gets no snapshot. The message lists every problem found, one per line, each
 * with the file, line, column and field path, so a person can fix a hand-edited file in one go.
 */
public final class SnapshotFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    /** More than this many problems are summarised, so a wrong file does not flood a dialog. */
    private static final int MAX_LISTED = 20;

    private final String source;
    private final List<SnapshotProblem> problems;

    public SnapshotFormatException(String source, List<SnapshotProblem> problems) {
        super(message(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) name the snapshot was read from. */
    public String source() {
        return source;
    }

    public List<SnapshotProblem> problems() {
        return problems;
    }

    private static String message(String source, List<SnapshotProblem> problems) {
        StringBuilder b = new StringBuilder();
        if (problems.size() > 1) {
            b.append(source).append(": ").append(problems.size()).append(" problems\n");
        }
        problems.stream().limit(MAX_LISTED).forEach(p -> b.append(format(source, p)).append('\n'));
        if (problems.size() > MAX_LISTED) {
            b.append("... and ").append(problems.size() - MAX_LISTED).append(" more\n");
        }
        return b.toString().stripTrailing();
    }

    /** Compiler style, "file:line:column: path: message", which editors and terminals make clickable. */
    static String format(String source, SnapshotProblem p) {
        StringBuilder b = new StringBuilder(source);
        if (p.line() > 0) {
            b.append(':').append(p.line());
            if (p.column() > 0) {
                b.append(':').append(p.column());
            }
        }
        b.append(": ");
        if (!p.path().isEmpty()) {
            b.append(p.path()).append(": ");
        }
        return b.append(p.message()).toString();
    }
}
