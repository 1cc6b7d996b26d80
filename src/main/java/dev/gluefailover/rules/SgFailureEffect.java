package dev.gluefailover.rules;

/** Whether a security group that lacks the required rules makes Glue skip the connection [INF]. */
public enum SgFailureEffect {
    /** Glue selects the connection, but the run fails (default). */
    RUN_FAILS,
    /** Glue skips the connection as if a selection check had failed. */
    SKIPS_CONNECTION
}
