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

    public String meaning() {
        return meaning;
    }
}
