package dev.gluefailover.rules;

/**
 * SELECTION checks decide whether Glue picks a connection; RUN checks say whether a run on a
 * picked connection would actually work.
 */
public enum CheckKind {
    SELECTION, RUN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
