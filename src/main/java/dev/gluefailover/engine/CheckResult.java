package dev.gluefailover.engine;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.SourceTag;
import dev.gluefailover.i18n.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One check on one connection: its status, a message in plain words, the evidence it looked
 * at (typed: each item names its element by kind and id) and the settings ([INF]) the result
 * rests on. {@code kind} is the check's effective kind: a run check becomes a selection check when
 * a setting says Glue skips the connection for it (see {@code sgFailureEffect}).
 *
 * <p>What the catalogue says about the check (title, source, link) is answered here too, so that
 * rooms that may not read {@code rules} (export) can print it.
 */
public record CheckResult(CheckDefinition check, CheckKind kind, CheckStatus status, Text text,
        List<Evidence> typedEvidence, List<String> settingsUsed) {
    public CheckResult {
        kind = kind == null ? check.kind() : kind;
        java.util.Objects.requireNonNull(text, "text");
        typedEvidence = List.copyOf(typedEvidence);
        settingsUsed = List.copyOf(settingsUsed);
    }

    /** The message in the current language (rendered when asked, not when the check ran). */
    public String message() {
        return text.get();
    }

    /** The message in a given language (JSON writes English). */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** A result of the check's own kind. */
    public CheckResult(CheckDefinition check, CheckStatus status, Text text, List<Evidence> typedEvidence,
            List<String> settingsUsed) {
        this(check, check.kind(), status, text, typedEvidence, settingsUsed);
    }

    public String code() {
        return check.code();
    }

    /** The check's title in the current language. */
    public String title() {
        return check.title();
    }

    /** The address of the check's first source. */
    public String link() {
        return check.link();
    }

    /** "[DOC S1,S4]": the check's own source, without the settings that decided this result. */
    public String sourceLabel() {
        return check.sourceLabel();
    }

    /** "selection" or "run", as JSON and reports write the effective kind. */
    public String kindLabel() {
        return kind.json();
    }

    /** "[DOC S1,S4]", or "[INF ...]" style label when an inference setting decided the result. */
    public String source() {
        if (settingsUsed.isEmpty()) {
            return check.sourceLabel();
        }
        return check.sourceLabel() + " [INF " + String.join(",", settingsUsed) + "]";
    }

    public boolean restsOnInference() {
        return check.tag() == SourceTag.INF || !settingsUsed.isEmpty();
    }

    /** The evidence as reports and JSON print it: key to value, in the order the check looked. */
    public Map<String, String> evidence() {
        Map<String, String> m = new LinkedHashMap<>(typedEvidence.size() * 2);
        for (Evidence e : typedEvidence) {
            m.put(e.key(), e.value());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The elements the evidence names, in order, without repeats. */
    public List<ElementRef> elements() {
        List<ElementRef> refs = new ArrayList<>(typedEvidence.size());
        for (Evidence e : typedEvidence) {
            ElementRef ref = e.element();
            if (ref != null && !refs.contains(ref)) {
                refs.add(ref);
            }
        }
        return refs;
    }
}
