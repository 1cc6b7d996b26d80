package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * The tree node of the scalar the parser stands on, for the readers that build their trees token
 * by token to keep each value's line (snapshots here, templates and plans in {@code design}):
 * numbers keep every digit (big integers and decimals, never doubles), and what is no JSON scalar
 * (a YAML {@code !!binary}, an embedded object) becomes its text — nothing a snapshot or a
 * template holds, so never an object made from the file.
 */
public final class ScalarNodes {
    private ScalarNodes() {
    }

    public static JsonNode of(JsonParser p, JsonNodeFactory nodes) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return nodes.nullNode();
        }
        return switch (t) {
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> nodes.nullNode();
            default -> nodes.textNode(String.valueOf(p.getText()));
        };
    }
}
