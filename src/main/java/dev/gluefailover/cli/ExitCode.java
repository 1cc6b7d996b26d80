package dev.gluefailover.cli;

/** The process exit codes, a documented contract for scripts. */
public final class ExitCode {
    /** A connection is chosen and a run on it would work. */
    public static final int OK = 0;
    /** Anything unexpected. */
    public static final int ERROR = 1;
    /** Bad input or usage: the message says what and where. */
    public static final int BAD_INPUT = 2;
    /** No connection would be chosen: the job would not start. */
    public static final int NO_CONNECTION = 3;
    /** A connection is chosen but a run on it would fail. */
    public static final int RUN_WOULD_FAIL = 4;

    private ExitCode() {
    }
}
