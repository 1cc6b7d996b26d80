package dev.gluefailover.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.model.Snapshot;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns model records into a tree, in record component order (so files are stable and diff
 * well), leaving out nulls and, below the top level, empty lists and maps: a hand-written file
 * need not spell out {@code "tags": {}} on every resource. The top-level sections are always
 * written so a reader sees that, say, there are no NAT gateways.
 */
final class RecordEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Top-level sections added after version 1 was published: left out when empty, so a snapshot
     * without them is byte for byte what earlier builds wrote (and read).
     */
    private static final java.util.Set<String> OPTIONAL_TOP_LEVEL = java.util.Set.of("assumptions", "drills");

    private RecordEncoder() {
    }

    static ObjectNode encode(Record r) {
        ObjectNode o = NODES.objectNode();
        boolean top = r instanceof Snapshot;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
            boolean optionalSection = top && OPTIONAL_TOP_LEVEL.contains(c.getName());
            if (v == null || (!top || optionalSection) && (v instanceof Collection<?> col && col.isEmpty()
                    || v instanceof Map<?, ?> m && m.isEmpty())) {
                continue;
            }
            o.set(c.getName(), value(v));
        }
        return o;
    }

    private static JsonNode value(Object v) {
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Record r) {
            return encode(r);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(e -> a.add(value(e)));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            // the model keeps tag maps sorted already; entries are written in that order
            map.forEach((k, e) -> o.set(String.valueOf(k), value(e)));
            return o;
        }
        throw new IllegalStateException("the snapshot format has no rule for " + v.getClass());
    }
}
