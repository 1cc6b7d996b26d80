package dev.gluefailover.rules;

import dev.gluefailover.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A check's catalogue entry, as cfn-lint keeps a rule's: a stable code, a title, its kind, the
 * tag of the source it rests on, the sources themselves, and what Glue says when it fails
 * (where known). The check's logic lives next to its entry, in one unit of the engine.
 */
public record CheckDefinition(String code, String title, CheckKind kind, SourceTag tag, List<Source> sources,
        String description) {
    public CheckDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(code + " rests on no source");
        }
    }

    /**
     * The title in the current language: the {@code checks} bundle's {@code <CODE>.title}; the English
     * title given here when the bundle has none. {@link #description()} is Glue's own message and stays
     * as Glue prints it.
     */
    @Override
    public String title() {
        return titleIn(Messages.language());
    }

    /** The title in a given language (JSON and the checks catalogue in JSON keep English). */
    public String titleIn(Locale locale) {
        Messages m = Messages.of(TEXTS);
        String key = code + ".title";
        return m.has(key) ? m.in(locale, key) : title;
    }

    private static final String TEXTS = "checks";

    /** "[DOC S1,S4]" as reports show it. */
    public String sourceLabel() {
        StringBuilder sb = new StringBuilder("[").append(tag.name());
        for (int i = 0; i < sources.size(); i++) {
            sb.append(i == 0 ? " " : ",").append(sources.get(i).name());
        }
        return sb.append(']').toString();
    }

    /** The first source's address, for a link. */
    public String link() {
        return sources.get(0).url();
    }

    /** A check is its code: definitions are constants, compared on every result, so this stays cheap. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CheckDefinition d && d.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
