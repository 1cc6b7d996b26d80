package dev.gluefailover.rules;

/**
 * How a retry attempt picks its connection. The sources contradict each other [DOC S1,S2]:
 * "a retry uses the same connection" and "a retry should detect an AZ failure and pick another AZ".
 */
public enum RetryMode {
    /** Each attempt scans the list from the top (default). */
    RESCAN,
    /** Each attempt keeps the previous connection unless it now fails a selection check. */
    STICKY;

    public static RetryMode parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "rescan", "re-scan" -> RESCAN;
            case "sticky" -> STICKY;
            default -> throw new IllegalArgumentException("retry mode must be 'rescan' or 'sticky', not '" + text + "'");
        };
    }
}
