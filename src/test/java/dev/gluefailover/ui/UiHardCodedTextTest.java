package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible text is written into the window's code: every label, button, menu item,
 * tooltip, tab, column, dialog title, header and content, prompt and accessible text comes from
 * the i18n bundles, so that it exists in English and Japanese.
 *
 * <p>Two rules over the sources of {@code ui} and {@code ui.diagram} (comments are ignored):
 * <ol>
 * <li>a string literal that reaches a text-taking call ({@link #TEXT_CALLS}: {@code setText(…)},
 * {@code new Label(…)}, {@code new Tooltip(…)}, {@code setHeaderText(…)} …) directly, or through a
 * concatenation, a ternary or {@code String.join}/{@code format}, must hold no letter: symbols,
 * separators and numbers ("#", "  ·  ", "(", "—") are not words. What goes through another call
 * first ({@code TEXT.get("key")}, {@code new FontIcon("mdi2…")}) is that call's business;</li>
 * <li>anywhere else, a literal that reads as prose (two words, or any Japanese) is text too,
 * except inside a log call, an exception's message (developer-facing, English by the project's
 * rule) or a stylesheet.</li>
 * </ol>
 * MainWindow.fxml: every {@code text}, {@code promptText}, {@code title} and accessible attribute
 * is a {@code %key}, and every key is in both {@code window} bundles.
 */
class UiHardCodedTextTest {
    private static final Path UI = Path.of("src/main/java/dev/gluefailover/ui");
    private static final Path FXML = Path.of("src/main/resources/dev/gluefailover/ui/MainWindow.fxml");

    /** Files of ui not checked (none: every file of ui is). */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    /**
     * Literals with letters that are allowed in a text-taking call. Each entry must be a non-word
     * that is the same in every language: a key on the keyboard ("Ctrl+F", the tooltip of a button
     * whose label says what it does).
     */
    static final Set<String> ALLOWED = Set.of("Ctrl+F");

    /** Calls whose string argument is shown to the user. */
    static final Set<String> TEXT_CALLS = Set.of("setText", "setPromptText", "setTitle", "setHeaderText",
            "setContentText", "setAccessibleText", "setAccessibleHelp", "setAccessibleRoleDescription", "setMessage",
            "appendText", "setPlaceholder", "new Label", "new Button", "new MenuItem", "new Menu", "new CheckMenuItem",
            "new RadioMenuItem", "new Tooltip", "new Tab", "new TableColumn", "new TreeTableColumn", "new Hyperlink",
            "new ToggleButton", "new CheckBox", "new RadioButton", "new TitledPane", "new Text", "new Alert",
            "new TextInputDialog", "new ChoiceDialog", "new Notification", "new ButtonType", "SectionHeader.of", "say",
            // the panels' own small builders of labels
            "hint", "wrap", "caption", "section", "kindLabel", "fact", "row");
    /** Calls a literal passes through on its way into a text (their result is still the text). */
    static final Set<String> TRANSPARENT = Set.of("", "join", "format", "formatted", "concat", "valueOf");
    /** Calls whose literals are for developers or the toolkit, never the window's reader. */
    static final Pattern DEVELOPER_CALL = Pattern.compile(
            "new \\w*(Exception|Error)|trace|debug|info|warn|error|setStyle|getResource|getResourceAsStream"
                    + "|keyCombination|Thread|requireNonNull|getPseudoClass|web|replaceFirst|replaceAll|matches|split"
                    // patterns that recognise a message, and tests of one: never shown
                    + "|compile|startsWith");
    static final Pattern PROSE = Pattern.compile("\\p{IsLatin}{2,}[,.:;!?]?\\s+\\p{IsLatin}{2,}"
            + "|[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /** A string literal and the calls around it, innermost first ("" for a bracket that is no call). */
    record Literal(String file, int line, String value, List<String> calls) {
        String where() {
            return file + ":" + line + " \"" + value + "\"";
        }
    }

    @Test
    void noTextIsHardCodedInTheWindowsCode() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(UI)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no sources under " + UI);
        int checked = 0;
        for (Path p : files) {
            String rel = UI.relativize(p).toString().replace('\\', '/');
            if (NOT_YET_CONVERTED.contains(rel)) {
                continue;
            }
            checked++;
            problems.addAll(problems(rel, Files.readString(p, StandardCharsets.UTF_8)));
        }
        assertTrue(checked > 20, "the window's own files are checked: " + checked);
        assertTrue(problems.isEmpty(), "user-visible text written into the code (put it in i18n/window or "
                + "i18n/diagram, English and Japanese):\n" + String.join("\n", problems));
    }

    @Test
    void theScannerFindsWhatItIsFor() {
        String source = """
                class X {
                    // new Label("a comment is not shown")
                    void f(boolean b) {
                        Label l = new Label("Hello");
                        l.setText(b ? "#" + n : "none" + " left");
                        l.setTooltip(new Tooltip(TEXT.get("ok.key") + "  ·  " + String.join(", ", list)));
                        Button ok = new Button(TEXT.get("k"), new FontIcon("mdi2c-check"));
                        String why = "The job lists no connection.";
                        throw new IllegalStateException("a developer reads this one");
                        String ja = "接続";
                    }
                }
                """;
        List<String> found = problems("X.java", source);
        assertEquals(List.of("X.java:4 \"Hello\" is passed to new Label", "X.java:5 \"none\" is passed to setText",
                "X.java:5 \" left\" is passed to setText", "X.java:8 \"The job lists no connection.\" reads as text",
                "X.java:10 \"接続\" reads as text"), found);
    }

    @Test
    void mainWindowFxmlTakesEveryTextFromTheWindowBundles() throws IOException {
        String fxml = Files.readString(FXML, StandardCharsets.UTF_8);
        Properties en = load("i18n/window.properties");
        Properties ja = load("i18n/window_ja.properties");
        List<String> problems = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(text|promptText|title|accessibleText|accessibleHelp)=\"([^\"]*)\"").matcher(fxml);
        int keys = 0;
        while (m.find()) {
            String value = m.group(2);
            int line = fxml.substring(0, m.start()).split("\n", -1).length;
            if (value.startsWith("%")) {
                keys++;
                String key = value.substring(1);
                if (!en.containsKey(key) || !ja.containsKey(key)) {
                    problems.add("MainWindow.fxml:" + line + " " + value + " is not in both window bundles");
                }
            } else if (value.codePoints().anyMatch(Character::isLetter)) {
                problems.add("MainWindow.fxml:" + line + " " + m.group(1) + "=\"" + value + "\" is not a %key");
            }
        }
        assertTrue(keys > 40, "the menus, toolbar and tabs are keys: " + keys);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(UiHardCodedTextTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Both rules over one source file. */
    static List<String> problems(String file, String source) {
        List<String> problems = new ArrayList<>();
        for (Literal l : literals(file, source)) {
            String target = textCall(l.calls());
            if (target != null) {
                if (l.value().codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(l.value())) {
                    problems.add(l.where() + " is passed to " + target);
                }
            } else if (PROSE.matcher(l.value()).find() && l.calls().stream()
                    .noneMatch(c -> DEVELOPER_CALL.matcher(simple(c)).matches())) {
                problems.add(l.where() + " reads as text");
            }
        }
        return problems;
    }

    /** "warn" for "LOG.warn", "new Label" stays. */
    private static String simple(String call) {
        return call.startsWith("new ") ? call : call.substring(call.lastIndexOf('.') + 1);
    }

    /** The text-taking call the literal flows into, or null when another call takes it first. */
    private static String textCall(List<String> calls) {
        for (String c : calls) {
            if (TEXT_CALLS.contains(c) || TEXT_CALLS.contains(simple(c))) {
                return simple(c);
            }
            if (!TRANSPARENT.contains(simple(c))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The string literals of a Java source, outside comments, each with the calls it sits in: the
     * identifier before each open bracket ({@code new X} for a constructor), innermost first.
     */
    static List<Literal> literals(String file, String s) {
        List<Literal> out = new ArrayList<>();
        Deque<String> calls = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(s, i, end);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.add(new Literal(file, line, s.substring(i + 3, Math.max(i + 3, end - 3)), List.copyOf(calls)));
                line += count(s, i, end);
                i = end;
            } else if (c == '"') {
                StringBuilder v = new StringBuilder();
                int j = i + 1;
                while (j < n && s.charAt(j) != '"') {
                    if (s.startsWith("\\u", j) && j + 6 <= n) {
                        v.append((char) Integer.parseInt(s.substring(j + 2, j + 6), 16));
                        j += 6;
                    } else if (s.charAt(j) == '\\' && j + 1 < n) {
                        v.append(unescape(s.charAt(j + 1)));
                        j += 2;
                    } else {
                        v.append(s.charAt(j++));
                    }
                }
                out.add(new Literal(file, line, v.toString(), List.copyOf(calls)));
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '\'') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '(') {
                calls.push(callBefore(s, i));
                i++;
            } else if (c == ')') {
                if (!calls.isEmpty()) {
                    calls.pop();
                }
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final Pattern CALL = Pattern.compile(
            "(new\\s+)?((?:[A-Za-z_$][\\w$]*\\s*\\.\\s*)?[A-Za-z_$][\\w$]*)\\s*(<[^()]*>)?\\s*$");

    /** "setText", "new Label", or "" for a bracket after no name (a cast, a group, a lambda's parameters). */
    private static String callBefore(String s, int open) {
        Matcher m = CALL.matcher(s.substring(Math.max(0, open - 80), open));
        if (!m.find()) {
            return "";
        }
        String name = m.group(2).replaceAll("\\s+", "");
        if (Set.of("if", "for", "while", "switch", "catch", "return", "synchronized").contains(simple(name))) {
            return "";
        }
        return m.group(1) != null ? "new " + name : name;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }
}
