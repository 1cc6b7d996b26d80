package dev.gluefailover.fleet;

/** How bad a job's position is, worst first: the scan's ranking and its exit code follow it. */
public enum Risk {
    /** No connection would be chosen, or one ends the launch: a run would not start now. */
    WOULD_NOT_START,
    /** A connection is chosen but a run on it would fail now (or a run check could not be decided). */
    RUN_FAILS_NOW,
    /** Glue's choice cannot be said (Glue 6.x with the 5.1 assumption off): survival cannot be shown. */
    CHOICE_UNKNOWN,
    /** A run works now, but some single AZ outage, NAT gateway failure or endpoint removal stops it. */
    FAILS_UNDER_SINGLE_FAILURE,
    /** A run works now and survives every single failure. */
    SURVIVES;

    /** True for the risks a pipeline must not pass: everything but {@link #SURVIVES}. */
    public boolean atRisk() {
        return this != SURVIVES;
    }
}
