package dev.gluefailover.snapshot;

/**
 * One thing wrong with a snapshot file: where (field path, line, column) and what.
 *
 * @param path    the field path, e.g. {@code subnets[2].availableIpAddressCount}; empty for the whole file
 * @param line    1-based line, or 0 when the snapshot did not come from a file
 * @param column  1-based column, or 0 when unknown
 * @param message what was expected and what was found
 */
public record SnapshotProblem(String path, int line, int column, String message) {

    /** "line 14, column 37: subnets[2].availableIpAddressCount: expected a whole number, found "many"". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (line > 0) {
            b.append("line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(": ");
        }
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
