package dev.gluefailover.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed document plus the line and column of every value (and every field name), keyed by
 * field path. Jackson's trees forget where things were; the checks that run after binding
 * (dangling ids, duplicates) still need to point at the offending value, so the tree is built
 * here in one streaming pass that records positions as it goes.
 */
record LocatedTree(JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

    /** 1-based line and column. */
    record Position(int line, int column) {
        static final Position NONE = new Position(0, 0);

        static Position of(JsonLocation l) {
            return l == null ? NONE : new Position(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
        }
    }

    LocatedTree {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Where the value at {@code path} starts; falls back to the nearest enclosing value. */
    Position valueAt(String path) {
        String p = path;
        while (true) {
            Position pos = values.get(p);
            if (pos != null || p.isEmpty()) {
                return pos == null ? Position.NONE : pos;
            }
            p = parentOf(p);
        }
    }

    /** Where the field name of {@code path} is written (for unknown and duplicate fields). */
    Position keyAt(String path) {
        Position pos = keys.get(path);
        return pos != null ? pos : valueAt(path);
    }

    SnapshotProblem problemAt(String path, String message) {
        Position pos = valueAt(path);
        return new SnapshotProblem(path, pos.line(), pos.column(), message);
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    static LocatedTree parse(String source, byte[] content, SnapshotFormat format) throws SnapshotFormatException {
        Optional<TextEncoding.Found> badBytes = TextEncoding.firstInvalidUtf8(content);
        if (badBytes.isPresent()) {
            TextEncoding.Found f = badBytes.get();
            throw new SnapshotFormatException(source, List.of(new SnapshotProblem("", f.line(), f.column(), f.message())));
        }
        try {
            return parseText(source, content, format);
        } catch (SnapshotFormatException e) {
            // SnakeYAML reports a forbidden character at 1:1: find it and say where it is.
            if (format == SnapshotFormat.YAML && e.problems().size() == 1 && e.problems().get(0).line() <= 1) {
                Optional<TextEncoding.Found> c = TextEncoding.firstYamlForbidden(content);
                if (c.isPresent()) {
                    TextEncoding.Found f = c.get();
                    throw new SnapshotFormatException(source,
                            List.of(new SnapshotProblem("", f.line(), f.column(), f.message())));
                }
            }
            throw e;
        }
    }

    private static LocatedTree parseText(String source, byte[] content, SnapshotFormat format)
            throws SnapshotFormatException {
        JsonFactory factory = format == SnapshotFormat.YAML ? SnapshotLimits.yaml() : SnapshotLimits.json();
        Builder b = new Builder();
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(content)) {
            parser = p;
            if (p.nextToken() == null) {
                throw new SnapshotFormatException(source,
                        List.of(new SnapshotProblem("", 0, 0, "the file is empty; expected a snapshot object")));
            }
            JsonNode root = b.value(p, "");
            if (p.nextToken() != null) {
                throw new SnapshotFormatException(source, List.of(problem("", p.currentTokenLocation(),
                        "unexpected content after the end of the snapshot object")));
            }
            return new LocatedTree(root, b.values, b.keys);
        } catch (Refused d) {
            throw new SnapshotFormatException(source, List.of(d.problem));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            throw new SnapshotFormatException(source, List.of(problem(b.current, where,
                    "size limit: " + limitText(e.getOriginalMessage()))));
        } catch (JsonEOFException e) {
            throw new SnapshotFormatException(source, List.of(problem(b.current, e.getLocation(),
                    "the file ends too early (truncated?): " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("exceeds the limit")) {
                throw new SnapshotFormatException(source, List.of(problem(b.current, e.getLocation(),
                        "size limit: the file is larger than " + SnapshotLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB")));
            }
            throw new SnapshotFormatException(source, List.of(problem(b.current, e.getLocation(),
                    "not valid " + format + ": " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            // parsing from a byte array has no I/O of its own; anything here is a syntax problem
            throw new SnapshotFormatException(source, List.of(problem(b.current, null,
                    "not valid " + format + ": " + e.getMessage())));
        }
    }

    /** Jackson's wording names its own classes and methods; say which limit in the file's terms. */
    static String limitText(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "objects and arrays are nested deeper than " + SnapshotLimits.MAX_NESTING + " levels";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than " + SnapshotLimits.MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number has more than " + SnapshotLimits.MAX_NUMBER_LENGTH + " digits";
        }
        if (m.contains("Document length") || m.contains("document")) {
            return "the file is larger than " + SnapshotLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB";
        }
        return firstLine(m.replaceAll("\\s*\\(.*StreamReadConstraints.*\\)", ""));
    }

    private static SnapshotProblem problem(String path, JsonLocation where, String message) {
        Position pos = Position.of(where);
        return new SnapshotProblem(path, pos.line(), pos.column(), message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Thrown out of the recursion for what the parser reads without complaint but would load wrong:
     * a duplicate key (only the last value would be kept), a YAML alias (read as its anchor's name).
     */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SnapshotProblem problem;

        Refused(SnapshotProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Records every value's and field name's position, refuses a repeated field and an alias. */
    private static final class Builder implements TreeWalk.Visitor<Refused> {
        private final Map<String, Position> values = new HashMap<>();
        private final Map<String, Position> keys = new HashMap<>();
        /** The path being read, so that a syntax error can say where in the structure it happened. */
        private String current = "";

        JsonNode value(JsonParser p, String path) throws IOException {
            return new TreeWalk<>(this).value(p, path);
        }

        @Override
        public String field(String parent, String name) {
            return FieldPath.field(parent, name);
        }

        @Override
        public String element(String parent, int index) {
            return FieldPath.index(parent, index);
        }

        @Override
        public void value(String path, JsonParser p) {
            current = path;
            values.put(path, Position.of(p.currentTokenLocation()));
        }

        @Override
        public void fieldName(String path, String name, JsonParser p, boolean repeated) {
            Position at = Position.of(p.currentTokenLocation());
            if (repeated) {
                Position first = keys.get(path);
                throw new Refused(new SnapshotProblem(path, at.line(), at.column(),
                        "field \"" + name + "\" is given twice (first on line " + first.line() + ")"));
            }
            keys.put(path, at);
        }

        @Override
        public void back(String path) {
            current = path;
        }

        @Override
        public Refused alias(String path, JsonParser p) {
            Position at = Position.of(p.currentTokenLocation());
            return new Refused(new SnapshotProblem(path, at.line(), at.column(), YamlAliases.refusal(p)));
        }
    }
}
