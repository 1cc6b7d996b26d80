package dev.gluefailover.design;

/**
 * A value a design does not know before deployment, by name: "Fn::ImportValue shared-subnet",
 * "parameter DbSubnet", "AWS::AccountId". It stays a named unknown wherever it flows, so a report
 * can say what was not known instead of guessing.
 */
record Unknown(String name) {
    /** How the unknown is shown where an id is expected: {@code {Fn::ImportValue shared-subnet}}. */
    String shown() {
        return "{" + name + "}";
    }
}
