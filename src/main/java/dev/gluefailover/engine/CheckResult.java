package dev.gluefailover.engine;

import dev.gluefailover.rules.Check;
import dev.gluefailover.rules.CheckKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check on one connection: its status, a message in plain words, the evidence it looked
 * at (ids and figures, in order) and the settings ([INF]) the result rests on. {@code kind} is
 * the check's effective kind: a run check becomes a selection check when a setting says Glue
 * skips the connection for it (see {@code sgFailureEffect}).
 */
public record CheckResult(Check check, CheckKind kind, CheckStatus status, String message,
        Map<String, String> evidence, List<String> settingsUsed) {
    public CheckResult {
        kind = kind == null ? check.kind() : kind;
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        settingsUsed = List.copyOf(settingsUsed);
    }

    public String code() {
        return check.code();
    }

    /** "[DOC S1,S4]", or "[INF ...]" style label when an inference setting decided the result. */
    public String source() {
        if (settingsUsed.isEmpty()) {
            return check.sourceLabel();
        }
        return check.sourceLabel() + " [INF " + String.join(",", settingsUsed) + "]";
    }

    public boolean restsOnInference() {
        return check.tag() == dev.gluefailover.rules.SourceTag.INF || !settingsUsed.isEmpty();
    }
}
