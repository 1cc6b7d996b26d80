package dev.gluefailover.design;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation's intrinsic functions and condition functions, evaluated over a template the
 * way CloudFormation would at deployment, as far as a design can know: {@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::GetAZs}, {@code Fn::Cidr}, {@code Fn::FindInMap}, {@code Fn::Base64},
 * {@code Fn::If}/{@code Fn::Equals}/{@code Fn::And}/{@code Fn::Or}/{@code Fn::Not}/{@code Condition},
 * {@code Fn::Length}. What only a deployment knows ({@code Fn::ImportValue}, a parameter without
 * a value, {@code AWS::StackName}) is an {@link Unknown} by name; a function it does not
 * understand is an unknown too, and a warning with the logical id where it was used.
 *
 * <p>Values: {@code String}, {@code BigDecimal}, {@code Boolean}, {@code List<Object>},
 * {@code Map<String, Object>}, {@link Unknown}, or {@link #NO_VALUE} ({@code AWS::NoValue}).
 */
final class Intrinsics {
    private static final Messages TEXT = Messages.of("design");

    /** {@code Ref: AWS::NoValue}: the property is left out. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    /** Resources as the evaluator sees them: what {@code Ref} and {@code Fn::GetAtt} return. */
    interface Resources {
        /** The resource's Ref value; empty when the template has no such resource. */
        Optional<Object> ref(String logicalId);

        /** The attribute; empty when the template has no such resource. */
        Optional<Object> getAtt(String logicalId, String attribute, String where);
    }

    /** Where a warning goes: the logical id it concerns and the sentence. */
    interface Warnings {
        void warn(String where, String text);
    }

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, Object> parameters;
    private final Map<String, Object> pseudo;
    private final JsonNode conditions;
    private final JsonNode mappings;
    private final Zones zones;
    private final Resources resources;
    private final Warnings warnings;
    private final Map<String, Object> conditionValues = new HashMap<>();

    /** The zones {@code Fn::GetAZs} returns, and what to say when they were assumed. */
    interface Zones {
        List<String> of(String region, String where);
    }

    Intrinsics(Map<String, Object> parameters, Map<String, Object> pseudo, JsonNode conditions, JsonNode mappings,
            Zones zones, Resources resources, Warnings warnings) {
        this.parameters = parameters;
        this.pseudo = pseudo;
        this.conditions = conditions;
        this.mappings = mappings;
        this.zones = zones;
        this.resources = resources;
        this.warnings = warnings;
    }

    /** The value of a template node; {@code where} is the logical id (or section) it belongs to. */
    Object eval(JsonNode node, String where) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            for (JsonNode e : node) {
                Object v = eval(e, where);
                if (v != NO_VALUE) {
                    out.add(v);
                }
            }
            return out;
        }
        if (node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                return function(key, node.get(key), where);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Object v = eval(e.getValue(), where);
            if (v != NO_VALUE) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** The value as text: strings and numbers as written, booleans as "true"/"false"; null for anything else. */
    static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return null;
    }

    /** A condition's value: TRUE, FALSE, or an {@link Unknown}. */
    Object condition(String name, String where) {
        if (conditionValues.containsKey(name)) {
            Object v = conditionValues.get(name);
            return v == null ? new Unknown("Condition " + name) : v;
        }
        JsonNode c = conditions == null ? null : conditions.get(name);
        if (c == null) {
            warnings.warn(where, TEXT.get("warn.noCondition", name));
            return new Unknown("Condition " + name);
        }
        conditionValues.put(name, null); // a cycle ends as unknown
        Object v = eval(c, "Conditions." + name);
        Object b = v instanceof Boolean || v instanceof Unknown ? v : new Unknown("Condition " + name);
        conditionValues.put(name, b);
        return b;
    }

    private Object function(String name, JsonNode arg, String where) {
        switch (name) {
            case "Ref":
                return ref(arg, where);
            case "Condition":
                return arg.isTextual() ? condition(arg.asText(), where) : bad(name, where);
            case "Fn::GetAtt":
                return getAtt(arg, where);
            case "Fn::Join":
                return join(arg, where);
            case "Fn::Sub":
                return sub(arg, where);
            case "Fn::Select":
                return select(arg, where);
            case "Fn::Split":
                return split(arg, where);
            case "Fn::GetAZs": {
                Object region = eval(arg, where);
                String r = text(region);
                if (region instanceof Unknown u) {
                    return new Unknown("Fn::GetAZs " + u.name());
                }
                if (r == null) {
                    return bad(name, where);
                }
                return new ArrayList<Object>(zones.of(r.isEmpty() ? text(pseudo.get("AWS::Region")) : r, where));
            }
            case "Fn::Cidr":
                return cidr(arg, where);
            case "Fn::ImportValue": {
                Object v = eval(arg, where);
                return new Unknown("Fn::ImportValue " + (v instanceof Unknown u ? u.name() : text(v)));
            }
            case "Fn::FindInMap":
                return findInMap(arg, where);
            case "Fn::Base64": {
                Object v = eval(arg, where);
                String s = text(v);
                return s != null ? Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))
                        : new Unknown("Fn::Base64");
            }
            case "Fn::If":
                return ifFunction(arg, where);
            case "Fn::Equals": {
                if (!arg.isArray() || arg.size() != 2) {
                    return bad(name, where);
                }
                Object a = eval(arg.get(0), where);
                Object b = eval(arg.get(1), where);
                if (a instanceof Unknown || b instanceof Unknown) {
                    return new Unknown("Fn::Equals");
                }
                return same(a, b);
            }
            case "Fn::And":
            case "Fn::Or":
                return andOr(name.equals("Fn::And"), arg, where);
            case "Fn::Not": {
                Object v = arg.isArray() && arg.size() == 1 ? eval(arg.get(0), where) : null;
                if (v instanceof Boolean b) {
                    return !b;
                }
                return v instanceof Unknown ? new Unknown("Fn::Not") : bad(name, where);
            }
            case "Fn::Length": {
                Object v = eval(arg, where);
                return v instanceof List<?> l ? BigDecimal.valueOf(l.size()) : new Unknown("Fn::Length");
            }
            default:
                warnings.warn(where, TEXT.get("warn.intrinsic", name));
                return new Unknown(name);
        }
    }

    private Object bad(String name, String where) {
        warnings.warn(where, TEXT.get("warn.badArguments", name));
        return new Unknown(name);
    }

    private static boolean same(Object a, Object b) {
        String ta = text(a);
        String tb = text(b);
        if (ta != null && tb != null) {
            return ta.equals(tb);
        }
        return java.util.Objects.equals(a, b);
    }

    private Object ref(JsonNode arg, String where) {
        if (!arg.isTextual()) {
            return bad("Ref", where);
        }
        String id = arg.asText();
        if (id.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (pseudo.containsKey(id)) {
            return pseudo.get(id);
        }
        if (id.startsWith("AWS::")) {
            return new Unknown(id);
        }
        if (parameters.containsKey(id)) {
            return parameters.get(id);
        }
        Optional<Object> r = resources.ref(id);
        if (r.isPresent()) {
            return r.get();
        }
        warnings.warn(where, TEXT.get("warn.refMissing", id));
        return new Unknown("Ref " + id);
    }

    private Object getAtt(JsonNode arg, String where) {
        String id;
        String attribute;
        if (arg.isArray() && arg.size() == 2) {
            id = arg.get(0).asText();
            Object a = eval(arg.get(1), where);
            attribute = text(a);
            if (attribute == null) {
                return new Unknown("Fn::GetAtt " + id);
            }
        } else if (arg.isTextual() && arg.asText().contains(".")) {
            String s = arg.asText();
            id = s.substring(0, s.indexOf('.'));
            attribute = s.substring(s.indexOf('.') + 1);
        } else {
            return bad("Fn::GetAtt", where);
        }
        Optional<Object> v = resources.getAtt(id, attribute, where);
        if (v.isPresent()) {
            return v.get();
        }
        warnings.warn(where, TEXT.get("warn.refMissing", id));
        return new Unknown("Fn::GetAtt " + id + "." + attribute);
    }

    private Object join(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() != 2) {
            return bad("Fn::Join", where);
        }
        String delimiter = text(eval(arg.get(0), where));
        Object list = eval(arg.get(1), where);
        if (delimiter == null || !(list instanceof List<?> items)) {
            return list instanceof Unknown u ? new Unknown("Fn::Join over " + u.name()) : bad("Fn::Join", where);
        }
        StringBuilder b = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (i > 0) {
                b.append(delimiter);
            }
            if (item instanceof Unknown u) {
                unknown.add(u.name());
                b.append(u.shown());
            } else {
                String t = text(item);
                if (t == null) {
                    return bad("Fn::Join", where);
                }
                b.append(t);
            }
        }
        return unknown.isEmpty() ? b.toString() : Unknown.composedOf(b.toString());
    }

    private Object sub(JsonNode arg, String where) {
        String template;
        Map<String, Object> vars = new HashMap<>();
        if (arg.isTextual()) {
            template = arg.asText();
        } else if (arg.isArray() && arg.size() == 2 && arg.get(0).isTextual() && arg.get(1).isObject()) {
            template = arg.get(0).asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = arg.get(1).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                vars.put(e.getKey(), eval(e.getValue(), where));
            }
        } else {
            return bad("Fn::Sub", where);
        }
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder b = new StringBuilder();
        boolean unknown = false;
        int last = 0;
        while (m.find()) {
            b.append(template, last, m.start());
            last = m.end();
            String name = m.group(1);
            if (name.startsWith("!")) {
                b.append("${").append(name.substring(1)).append('}');
                continue;
            }
            Object v;
            if (vars.containsKey(name)) {
                v = vars.get(name);
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                v = resources.getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), where)
                        .orElseGet(() -> {
                            warnings.warn(where, TEXT.get("warn.refMissing", name));
                            return new Unknown(name);
                        });
            } else {
                v = ref(com.fasterxml.jackson.databind.node.TextNode.valueOf(name), where);
            }
            if (v instanceof Unknown u) {
                unknown = true;
                b.append(u.shown());
            } else {
                String t = text(v);
                if (t == null) {
                    return bad("Fn::Sub", where);
                }
                b.append(t);
            }
        }
        b.append(template.substring(last));
        return unknown ? Unknown.composedOf(b.toString()) : b.toString();
    }

    private Object select(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() != 2) {
            return bad("Fn::Select", where);
        }
        Object index = eval(arg.get(0), where);
        Object list = eval(arg.get(1), where);
        if (list instanceof Unknown u) {
            return new Unknown("Fn::Select " + text(index) + " of " + u.name());
        }
        String i = text(index);
        if (!(list instanceof List<?> items) || i == null || !i.matches("\\d+")) {
            return index instanceof Unknown ? new Unknown("Fn::Select") : bad("Fn::Select", where);
        }
        int n = Integer.parseInt(i);
        if (n >= items.size()) {
            warnings.warn(where, TEXT.get("warn.selectRange", n, items.size()));
            return new Unknown("Fn::Select " + n);
        }
        return items.get(n);
    }

    private Object split(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() != 2) {
            return bad("Fn::Split", where);
        }
        String delimiter = text(eval(arg.get(0), where));
        Object source = eval(arg.get(1), where);
        if (source instanceof Unknown u) {
            return new Unknown("Fn::Split " + u.name());
        }
        String s = text(source);
        if (delimiter == null || delimiter.isEmpty() || s == null) {
            return bad("Fn::Split", where);
        }
        return new ArrayList<Object>(List.of(s.split(Pattern.quote(delimiter), -1)));
    }

    private Object cidr(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() != 3) {
            return bad("Fn::Cidr", where);
        }
        Object block = eval(arg.get(0), where);
        String count = text(eval(arg.get(1), where));
        String bits = text(eval(arg.get(2), where));
        if (block instanceof Unknown u) {
            return new Unknown("Fn::Cidr over " + u.name());
        }
        if (text(block) == null || count == null || bits == null || !count.matches("\\d+") || !bits.matches("\\d+")) {
            return bad("Fn::Cidr", where);
        }
        Optional<List<String>> blocks = Cidr.split(text(block), Integer.parseInt(count), Integer.parseInt(bits));
        if (blocks.isEmpty()) {
            warnings.warn(where, TEXT.get("warn.cidr", text(block), count, bits));
            return new Unknown("Fn::Cidr " + text(block));
        }
        return new ArrayList<Object>(blocks.get());
    }

    private Object findInMap(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() < 3) {
            return bad("Fn::FindInMap", where);
        }
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) {
            Object k = eval(arg.get(i), where);
            if (k instanceof Unknown u) {
                return new Unknown("Fn::FindInMap " + u.name());
            }
            keys[i] = text(k);
            if (keys[i] == null) {
                return bad("Fn::FindInMap", where);
            }
        }
        JsonNode v = mappings == null ? null : mappings.path(keys[0]).path(keys[1]).get(keys[2]);
        if (v == null) {
            if (arg.size() == 4 && arg.get(3).has("DefaultValue")) {
                return eval(arg.get(3).get("DefaultValue"), where);
            }
            warnings.warn(where, TEXT.get("warn.mapping", String.join(".", keys)));
            return new Unknown("Fn::FindInMap " + String.join(".", keys));
        }
        return eval(v, where);
    }

    private Object ifFunction(JsonNode arg, String where) {
        if (!arg.isArray() || arg.size() != 3 || !arg.get(0).isTextual()) {
            return bad("Fn::If", where);
        }
        Object c = condition(arg.get(0).asText(), where);
        if (c instanceof Boolean b) {
            return eval(arg.get(b ? 1 : 2), where);
        }
        warnings.warn(where, TEXT.get("warn.conditionUnknown", arg.get(0).asText()));
        return new Unknown("Fn::If " + arg.get(0).asText());
    }

    private Object andOr(boolean and, JsonNode arg, String where) {
        if (!arg.isArray() || arg.isEmpty()) {
            return bad(and ? "Fn::And" : "Fn::Or", where);
        }
        boolean unknown = false;
        for (JsonNode e : arg) {
            Object v = eval(e, where);
            if (v instanceof Boolean b) {
                if (and && !b) {
                    return false;
                }
                if (!and && b) {
                    return true;
                }
            } else {
                unknown = true;
            }
        }
        return unknown ? new Unknown(and ? "Fn::And" : "Fn::Or") : and;
    }
}
