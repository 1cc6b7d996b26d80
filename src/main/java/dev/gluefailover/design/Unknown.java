package dev.gluefailover.design;

/**
 * A value a design does not know before deployment, by name: "Fn::ImportValue shared-subnet",
 * "parameter DbSubnet", "AWS::AccountId". It stays a named unknown wherever it flows, so a report
 * can say what was not known instead of guessing.
 */
record Unknown(String name, boolean composed) {
    Unknown(String name) {
        this(name, false);
    }

    /** Text built around unknowns ({@code jdbc:postgresql://{Fn::ImportValue db-host}:5432/x}), shown as it is. */
    static Unknown composedOf(String text) {
        return new Unknown(text, true);
    }

    /** How the unknown is shown where a value is expected: {@code {Fn::ImportValue shared-subnet}}. */
    String shown() {
        return composed ? name : "{" + name + "}";
    }
}
