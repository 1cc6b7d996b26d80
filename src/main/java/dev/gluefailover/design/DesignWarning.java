package dev.gluefailover.design;

/**
 * Something in a design the importer read but could not use as written: a relevant resource
 * type or an intrinsic it does not understand, a value only a deployment knows. Never dropped
 * silently: the command line prints these, the window shows them.
 *
 * @param source    the file
 * @param line      the line of the resource (0 when unknown)
 * @param logicalId the template's logical id or the plan's resource address; null for the whole file
 * @param text      the sentence
 */
public record DesignWarning(String source, int line, String logicalId, String text) {
    /** {@code file:line: LogicalId: text}, as compilers write it. */
    public String shown() {
        return source + (line > 0 ? ":" + line : "") + ": " + (logicalId == null ? "" : logicalId + ": ") + text;
    }
}
