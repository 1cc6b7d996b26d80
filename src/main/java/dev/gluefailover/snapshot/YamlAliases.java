package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * YAML aliases ({@code *name}) are refused by every reader of the tool. Jackson's YAML parser does
 * not expand them: it hands over the anchor's name as a text ({@code y: *a} reads as
 * {@code y: "a"}), and it does not report anchors on scalars, so an alias could be neither loaded
 * as written nor expanded reliably. Refusing it, with its position, keeps a file from loading with
 * values it does not hold (and makes an "alias bomb" harmless: nothing is expanded).
 */
public final class YamlAliases {
    private YamlAliases() {
    }

    /** Whether the parser stands on an alias. */
    public static boolean isAlias(JsonParser p) {
        return p instanceof YAMLParser y && y.isCurrentAlias();
    }

    /** The alias as written ({@code *name}). */
    public static String written(JsonParser p) {
        try {
            return "*" + p.getText();
        } catch (IOException e) {
            return "*";
        }
    }

    /** The sentence a snapshot reader gives (snapshot messages are English, as the format is). */
    static String refusal(JsonParser p) {
        return "YAML alias " + written(p) + " is not read: write the value out in full (anchors and aliases are not"
                + " supported)";
    }
}
