package dev.gluefailover.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a located tree to the model records, field by field, using the record components as
 * the schema. Written by hand rather than with Jackson's data binding so that every message
 * says in plain words what was expected and found, unknown fields list the allowed ones, and
 * all problems of a file are collected in one pass instead of stopping at the first.
 */
final class RecordDecoder {
    /** Returned for a value that could not be bound; the problem has already been recorded. */
    private static final Object FAILED = new Object();

    private final LocatedTree tree;
    private final List<SnapshotProblem> problems = new ArrayList<>();

    RecordDecoder(LocatedTree tree) {
        this.tree = tree;
    }

    List<SnapshotProblem> problems() {
        return List.copyOf(problems);
    }

    /** The bound record, or null when there were problems (see {@link #problems()}). */
    <T extends Record> T decode(Class<T> type) {
        Object v = decodeRecord(type, tree.root(), "");
        return v == FAILED || !problems.isEmpty() ? null : type.cast(v);
    }

    private Object decodeRecord(Class<?> type, JsonNode node, String path) {
        RecordComponent[] components = type.getRecordComponents();
        if (!node.isObject()) {
            return fail(path, "expected an object with the fields " + names(components) + ", found " + describe(node));
        }
        int before = problems.size();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            byName.put(c.getName(), c);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!byName.containsKey(name)) {
                String child = FieldPath.field(path, name);
                LocatedTree.Position at = tree.keyAt(child);
                problems.add(new SnapshotProblem(child, at.line(), at.column(), "unknown field \"" + name + "\""
                        + suggestion(name, byName.keySet()) + "; allowed here: " + names(components)));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String child = FieldPath.field(path, c.getName());
            JsonNode value = node.get(c.getName());
            if (value == null || value.isNull()) {
                args[i] = absent(type, c, child, value != null);
            } else {
                args[i] = decodeValue(c.getGenericType(), value, child);
            }
        }
        if (problems.size() > before) {
            return FAILED;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            // the model refused the values; say so at the object rather than crash
            return fail(path, "not a valid " + type.getSimpleName() + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private Object absent(Class<?> owner, RecordComponent c, String path, boolean explicitNull) {
        if (SnapshotSchema.required(owner, c.getName())) {
            if (explicitNull) {
                return fail(path, "required field \"" + c.getName() + "\" is null");
            }
            LocatedTree.Position at = tree.valueAt(path);
            problems.add(new SnapshotProblem(path, at.line(), at.column(),
                    "missing required field \"" + c.getName() + "\" in this " + owner.getSimpleName()));
            return FAILED;
        }
        if (c.getType() == boolean.class) {
            return false;
        }
        if (c.getType() == int.class) {
            return 0;
        }
        return null;
    }

    private Object decodeValue(Type type, JsonNode node, String path) {
        if (type == String.class) {
            if (node.isTextual()) {
                return node.textValue();
            }
            String hint = node.isNumber() || node.isBoolean() ? " (put it in quotes)" : "";
            return fail(path, "expected a string, found " + describe(node) + hint);
        }
        if (type == Integer.class || type == int.class) {
            if (node.isNumber()) {
                try {
                    return node.decimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    // not whole or out of range; fall through to the message
                }
            }
            return fail(path, "expected a whole number, found " + describe(node));
        }
        if (type == Double.class || type == double.class) {
            return node.isNumber() ? node.doubleValue() : fail(path, "expected a number, found " + describe(node));
        }
        if (type == Boolean.class || type == boolean.class) {
            return node.isBoolean() ? node.booleanValue() : fail(path, "expected true or false, found " + describe(node));
        }
        if (type instanceof Class<?> cls && cls.isRecord()) {
            return decodeRecord(cls, node, path);
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return decodeList(pt.getActualTypeArguments()[0], node, path);
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == Map.class
                && pt.getActualTypeArguments()[0] == String.class) {
            return decodeMap(pt.getActualTypeArguments()[1], node, path);
        }
        throw new IllegalStateException("the snapshot format has no rule for " + type + " at " + path);
    }

    private Object decodeList(Type element, JsonNode node, String path) {
        if (!node.isArray()) {
            return fail(path, "expected a list, found " + describe(node));
        }
        List<Object> out = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < node.size(); i++) {
            String child = FieldPath.index(path, i);
            JsonNode n = node.get(i);
            Object v = n.isNull() ? fail(child, "expected " + expected(element) + ", found null")
                    : decodeValue(element, n, child);
            failed |= v == FAILED;
            out.add(v);
        }
        return failed ? FAILED : out;
    }

    private Object decodeMap(Type valueType, JsonNode node, String path) {
        if (!node.isObject()) {
            return fail(path, "expected an object of names and values, found " + describe(node));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean failed = false;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String child = FieldPath.field(path, e.getKey());
            Object v = e.getValue().isNull() ? fail(child, "expected " + expected(valueType) + ", found null")
                    : decodeValue(valueType, e.getValue(), child);
            failed |= v == FAILED;
            out.put(e.getKey(), v);
        }
        return failed ? FAILED : out;
    }

    private Object fail(String path, String message) {
        problems.add(tree.problemAt(path, message));
        return FAILED;
    }

    private static String expected(Type type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class) {
            return "a whole number";
        }
        return type instanceof Class<?> c && c.isRecord() ? "an object" : "a value";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String t = node.textValue();
            return "\"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.asText();
    }

    private static String names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    /** A likely intended name for a typo: same letters in another case, or one or two edits away. */
    private static String suggestion(String name, Iterable<String> allowed) {
        for (String a : allowed) {
            if (a.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) || Spelling.distance(a, name) <= 2) {
                return " (did you mean \"" + a + "\"?)";
            }
        }
        return "";
    }

}
