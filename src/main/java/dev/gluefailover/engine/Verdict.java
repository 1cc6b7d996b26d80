package dev.gluefailover.engine;

/** What Glue would do with one connection of the job. */
public enum Verdict {
    /** First in job order that passes every selection check: Glue uses it. */
    CHOSEN,
    /** Passes every selection check but comes after the chosen one. */
    PASSES,
    /** Fails a selection check: Glue skips it. */
    SKIPPED,
    /** A selection check could not be decided (data missing or not readable). */
    UNKNOWN,
    /** No subnet: no network placement, not taken into account. */
    NO_NETWORK
}
