package dev.gluefailover.snapshot;

import java.util.regex.Pattern;

/**
 * Field paths as people read them: {@code subnets[2].availableIpAddressCount},
 * {@code vpcs[0].tags["kubernetes.io/role"]}. They double as keys of the location index.
 */
final class FieldPath {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private FieldPath() {
    }

    static String field(String parent, String name) {
        if (!PLAIN.matcher(name).matches()) {
            return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
