package dev.gluefailover.rules;

/** How sure we are of a rule: AWS documentation, an observed field report, or our inference. */
public enum SourceTag {
    DOC("[DOC]", "AWS documentation says so"),
    FIELD("[FIELD]", "observed in a public field report"),
    INF("[INF]", "inference; a setting decides it");

    private final String label;
    private final String meaning;

    SourceTag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the tag means, in the current language (the {@code settings} bundle's {@code tag.<NAME>}). */
    public String meaning() {
        dev.gluefailover.i18n.Messages m = dev.gluefailover.i18n.Messages.of("settings");
        return m.has("tag." + name()) ? m.get("tag." + name()) : meaning;
    }
}
