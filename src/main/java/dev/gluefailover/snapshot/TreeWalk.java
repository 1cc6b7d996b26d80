package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A parsed document built into a Jackson tree token by token, for the readers that must say where
 * each value was (snapshots here, templates and plans in {@code design}): Jackson's own trees forget
 * positions. The walk tells a {@link Visitor} where every value and field name starts and lets it
 * refuse what the parser reads without complaint but would load wrong — a repeated field name, a
 * YAML alias ({@link YamlAliases}); scalars are read as {@link ScalarNodes} reads them, and a YAML
 * tag is only ever a name handed to the visitor, never resolved.
 *
 * @param <X> what the visitor refuses with
 */
public final class TreeWalk<X extends Exception> {
    /** What a reader records and refuses while its tree is built. */
    public interface Visitor<X extends Exception> {
        /** The path of the field {@code name} of the object at {@code parent}. */
        String field(String parent, String name);

        /** The path of the element {@code index} of the array at {@code parent}. */
        String element(String parent, int index);

        /** A value starts at {@code path}: the parser stands on its first token. */
        void value(String path, JsonParser p);

        /** A field name, written where the parser stands; {@code repeated} when its object has one of that name. */
        void fieldName(String path, String name, JsonParser p, boolean repeated) throws X;

        /** The walk is back in the value at {@code path} after one of its fields or elements. */
        default void back(String path) {
        }

        /** What refuses the YAML alias the parser stands on, at {@code path}. */
        X alias(String path, JsonParser p);

        /** The node for a value the parser gave a type id (a YAML tag) to; the value read as it is by default. */
        default JsonNode tagged(String tag, JsonNode value, JsonLocation start, String path) throws X {
            return value;
        }
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Visitor<X> visitor;

    public TreeWalk(Visitor<X> visitor) {
        this.visitor = visitor;
    }

    /** The value the parser stands on (its first token), at {@code path}, with all it holds. */
    public JsonNode value(JsonParser p, String path) throws IOException, X {
        visitor.value(path, p);
        JsonLocation start = p.currentTokenLocation();
        Object typeId = p.canReadTypeId() ? p.getTypeId() : null;
        JsonNode plain = plain(p, path);
        return typeId == null ? plain : visitor.tagged(typeId.toString(), plain, start, path);
    }

    private JsonNode plain(JsonParser p, String path) throws IOException, X {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = nodes.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String child = visitor.field(path, name);
                visitor.fieldName(child, name, p, o.has(name));
                p.nextToken();
                o.set(name, value(p, child));
                visitor.back(path);
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = nodes.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                a.add(value(p, visitor.element(path, a.size())));
                visitor.back(path);
            }
            return a;
        }
        if (YamlAliases.isAlias(p)) {
            throw visitor.alias(path, p);
        }
        return ScalarNodes.of(p, nodes);
    }
}
