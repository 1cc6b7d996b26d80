package dev.gluefailover.design;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.snapshot.SnapshotLimits;
import dev.gluefailover.snapshot.TreeWalk;
import dev.gluefailover.snapshot.YamlAliases;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A template or plan parsed into a tree, with the line of every value by path (so that a
 * warning or an error can say file:line). CloudFormation's YAML short forms ({@code !Ref x},
 * {@code !GetAtt a.b}, {@code !Sub …}, …) become their long forms ({@code {"Ref": "x"}}) while
 * reading: tags are only ever read as names from the parser's events, never resolved to objects.
 */
record TemplateTree(JsonNode root, Map<String, Integer> lines) {
    private static final Messages TEXT = Messages.of("design");

    /** The short-form tags CloudFormation defines; any other custom tag is refused with its line. */
    static final Set<String> FUNCTION_TAGS = Set.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs",
            "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
            "Length", "ToJsonString");

    /** YAML's own scalar and collection tags ({@code !!str}…): read as the plain values they tag. */
    static final Set<String> CORE_TAGS = Set.of("tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq");

    /** The line of the value at this path or, failing that, of its nearest enclosing value (0 when unknown). */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = p.lastIndexOf('.');
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    static TemplateTree parse(String source, byte[] content) throws DesignException {
        boolean yaml = looksLikeYaml(source, content);
        JsonFactory factory = yaml ? SnapshotLimits.yaml() : SnapshotLimits.json();
        Builder b = new Builder(source);
        try (JsonParser p = factory.createParser(content)) {
            if (p.nextToken() == null) {
                throw new DesignException(source, 0, TEXT.get("error.empty"));
            }
            JsonNode root = b.value(p, "");
            if (!root.isObject()) {
                throw new DesignException(source, 1, TEXT.get("error.notObject"));
            }
            return new TemplateTree(root, b.lines);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            int nl = m.indexOf('\n');
            throw new DesignException(source, l == null ? 0 : Math.max(l.getLineNr(), 0),
                    TEXT.get("error.syntax", yaml ? "YAML" : "JSON", nl < 0 ? m : m.substring(0, nl)));
        } catch (IOException e) {
            throw new DesignException(source, 0, TEXT.get("error.syntax", yaml ? "YAML" : "JSON", e.getMessage()));
        }
    }

    private static boolean looksLikeYaml(String source, byte[] content) {
        String name = source.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template")) {
            return !startsWithBrace(content);
        }
        return !name.endsWith(".json") && !startsWithBrace(content);
    }

    private static boolean startsWithBrace(byte[] content) {
        for (byte c : content) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == (byte) 0xEF || c == (byte) 0xBB
                    || c == (byte) 0xBF) {
                continue;
            }
            return c == '{';
        }
        return false;
    }

    /**
     * Records every value's line, turns the short forms into their long ones, and refuses a repeated
     * field, an unknown tag and an alias.
     */
    private static final class Builder implements TreeWalk.Visitor<DesignException> {
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final Map<String, Integer> lines = new HashMap<>();
        private final String source;

        Builder(String source) {
            this.source = source;
        }

        JsonNode value(JsonParser p, String path) throws IOException, DesignException {
            return new TreeWalk<>(this).value(p, path);
        }

        @Override
        public String field(String parent, String name) {
            return parent.isEmpty() ? name : parent + "." + name;
        }

        @Override
        public String element(String parent, int index) {
            return parent + "." + index;
        }

        @Override
        public void value(String path, JsonParser p) {
            // a field's line is its key's (put first), an array element's its own
            lines.putIfAbsent(path, line(p.currentTokenLocation()));
        }

        @Override
        public void fieldName(String path, String name, JsonParser p, boolean repeated) throws DesignException {
            int line = line(p.currentTokenLocation());
            if (repeated) {
                throw new DesignException(source, line, TEXT.get("error.duplicate", name));
            }
            lines.put(path, line);
        }

        @Override
        public DesignException alias(String path, JsonParser p) {
            return new DesignException(source, line(p.currentTokenLocation()),
                    TEXT.get("error.alias", YamlAliases.written(p)));
        }

        /** {@code !Ref x} → {@code {"Ref": "x"}}, {@code !GetAtt a.b} → {@code {"Fn::GetAtt": ["a", "b"]}}… */
        @Override
        public JsonNode tagged(String tag, JsonNode value, JsonLocation start, String path) throws DesignException {
            if (CORE_TAGS.contains(tag)) {
                return value;
            }
            ObjectNode o = nodes.objectNode();
            switch (tag) {
                case "Ref" -> o.set("Ref", value);
                case "Condition" -> o.set("Condition", value);
                case "GetAtt" -> {
                    if (value.isTextual()) {
                        String s = value.asText();
                        int dot = s.indexOf('.');
                        ArrayNode a = nodes.arrayNode();
                        a.add(dot < 0 ? s : s.substring(0, dot));
                        a.add(dot < 0 ? "" : s.substring(dot + 1));
                        o.set("Fn::GetAtt", a);
                    } else {
                        o.set("Fn::GetAtt", value);
                    }
                }
                default -> {
                    if (!FUNCTION_TAGS.contains(tag)) {
                        String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
                        throw new DesignException(source, line(start), TEXT.get("error.unknownTag", shown));
                    }
                    o.set("Fn::" + tag, value);
                }
            }
            return o;
        }

        private static int line(JsonLocation at) {
            return at == null ? 0 : Math.max(at.getLineNr(), 0);
        }
    }
}
