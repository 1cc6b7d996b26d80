package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;

/** The process exit codes, a documented contract for scripts. */
public final class ExitCode {
    /** A connection is chosen and a run on it would work, or the job runs outside the user's VPCs. */
    public static final int OK = 0;
    /** Anything unexpected. */
    public static final int ERROR = 1;
    /** Bad input or usage: the message says what and where. */
    public static final int BAD_INPUT = 2;
    /** The job would not start: no connection would be chosen, or a connection ends the launch. */
    public static final int NO_CONNECTION = 3;
    /** A connection is chosen but a run on it would fail. */
    public static final int RUN_WOULD_FAIL = 4;
    /** Glue's choice cannot be said: Glue 6.x with assume51FailoverForNewerGlue off. */
    public static final int CHOICE_UNKNOWN = 5;
    /**
     * {@code diff} only: resilience got worse between BEFORE and AFTER. The same number as
     * {@link #CHOICE_UNKNOWN}, which diff never returns (its exit code answers "worse or not"), so a
     * CI step that runs diff reads 5 as "this change makes the job less resilient".
     */
    public static final int RESILIENCE_WORSE = 5;

    private ExitCode() {
    }

    /** The exit code of {@code check} for an evaluation. */
    static int of(Evaluation e) {
        return switch (e.outcome()) {
            case RUN_WORKS, RUNS_OUTSIDE_VPC -> OK;
            case RUN_FAILS -> RUN_WOULD_FAIL;
            case NO_CONNECTION, LAUNCH_STOPS -> NO_CONNECTION;
            case CHOICE_UNKNOWN -> CHOICE_UNKNOWN;
        };
    }
}
