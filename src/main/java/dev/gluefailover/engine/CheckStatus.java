package dev.gluefailover.engine;

/** The outcome of one check. WARN passes, with something a reviewer should know. */
public enum CheckStatus {
    PASS, WARN, FAIL, UNKNOWN;

    public boolean passes() {
        return this == PASS || this == WARN;
    }
}
