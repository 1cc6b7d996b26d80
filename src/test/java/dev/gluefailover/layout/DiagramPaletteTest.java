package dev.gluefailover.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * diagram.css colours the window; {@link DiagramPalette} colours the SVG and draw.io exports. This
 * reads the stylesheet and fails on any difference, so the exports cannot drift from the window.
 */
class DiagramPaletteTest {
    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|rgba?\\([^)]*\\)|\\bwhite\\b|\\bblack\\b");

    /** Colours the stylesheet writes into rules, and the palette name the exports use for each. */
    private static final Map<String, String> RULES = Map.of(
            ".diagram-view .az-column.failed|-fx-background-color", "failed-zone-fill",
            ".diagram-view .az-header.failed|-fx-background-color", "failed-header-fill",
            ".diagram-view .outage-tag|-fx-text-fill", "on-solid",
            ".diagram-view .badge-number|-fx-fill", "on-solid",
            ".diagram-view .badge.verdict-chosen .badge-name|-fx-fill", "on-solid",
            ".diagram-view .badge.verdict-chosen .chosen-mark|-fx-icon-color", "chosen-mark",
            ".diagram-view .badge.verdict-unknown .badge-number|-fx-fill", "unknown-number",
            ".diagram-view .ip-bar-bg|-fx-fill", "ip-bar-bg");

    /** Colours only the window has (hover, the overview, the selection's shadow): no export draws them. */
    private static final Set<String> WINDOW_ONLY = Set.of(
            ".diagram-view .az-header:hover|-fx-background-color",
            ".diagram-view .minimap|-fx-effect",
            ".diagram-view .minimap-frame|-fx-fill");

    record Rule(String selector, String property, String value) {
    }

    private static List<Rule> rules;

    @BeforeAll
    static void readStylesheet() throws IOException {
        String css;
        try (InputStream in = DiagramPaletteTest.class.getResourceAsStream("/dev/gluefailover/ui/diagram/diagram.css")) {
            assertNotNull(in, "diagram.css on the class path");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        css = css.replaceAll("(?s)/\\*.*?\\*/", "");
        rules = new ArrayList<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css);
        while (m.find()) {
            for (String selector : m.group(1).split(",")) {
                for (String decl : m.group(2).split(";")) {
                    int colon = decl.indexOf(':');
                    if (colon > 0) {
                        rules.add(new Rule(selector.trim().replaceAll("\\s+", " "), decl.substring(0, colon).trim(),
                                decl.substring(colon + 1).trim()));
                    }
                }
            }
        }
        assertFalse(rules.isEmpty());
    }

    private static String norm(String colour) {
        String c = colour.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return switch (c) {
            case "white" -> "#ffffff";
            case "black" -> "#000000";
            default -> c;
        };
    }

    private static Map<String, String> variables(String selector) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (r.selector().equals(selector) && r.property().startsWith("-dg-")) {
                vars.put(r.property().substring(4), r.value());
            }
        }
        return vars;
    }

    @Test
    void lightVariablesAreThePalette() {
        Map<String, String> css = variables(".diagram-view");
        assertEquals(new TreeSet<>(DiagramPalette.VARIABLES), new TreeSet<>(css.keySet()),
                "the palette names the stylesheet's -dg-* variables, no more, no less");
        css.forEach((name, value) -> assertEquals(norm(value), norm(DiagramPalette.LIGHT.get(name)), name));
    }

    @Test
    void darkOverridesAreTheDarkPaletteAndTheRestIsInherited() {
        Map<String, String> dark = variables(".diagram-view:dark");
        assertFalse(dark.isEmpty());
        for (String name : DiagramPalette.VARIABLES) {
            String expected = dark.containsKey(name) ? dark.get(name) : variables(".diagram-view").get(name);
            assertEquals(norm(expected), norm(DiagramPalette.DARK.get(name)), name);
        }
    }

    @Test
    void everyColourARuleSpellsOutIsInThePaletteOrOnlyInTheWindow() {
        Set<String> seen = new TreeSet<>();
        for (Rule r : rules) {
            if (r.property().startsWith("-dg-") || !COLOUR.matcher(r.value()).find()) {
                continue;
            }
            String key = r.selector() + "|" + r.property();
            seen.add(key);
            if (WINDOW_ONLY.contains(key)) {
                continue;
            }
            String name = RULES.get(key);
            assertNotNull(name, "a colour in diagram.css the exports do not know: " + key + " = " + r.value()
                    + " (add it to DiagramPalette, or to WINDOW_ONLY here when no export draws it)");
            assertTrue(DiagramPalette.RULE_COLOURS.contains(name), name);
            for (DiagramPalette p : List.of(DiagramPalette.LIGHT, DiagramPalette.DARK)) {
                assertEquals(norm(r.value()), norm(p.get(name)), key);
            }
        }
        // and every colour this test maps is still in the stylesheet
        assertTrue(seen.containsAll(RULES.keySet()), "gone from diagram.css: " + RULES.keySet().stream()
                .filter(k -> !seen.contains(k)).toList());
        assertTrue(seen.containsAll(WINDOW_ONLY));
        assertEquals(DiagramPalette.RULE_COLOURS, Set.copyOf(RULES.values()));
    }

    @Test
    void drawioStandInsAreOpaque() {
        for (String name : DiagramPalette.DRAWIO_COLOURS) {
            assertTrue(DiagramPalette.LIGHT.get(name).matches("#[0-9a-f]{6}"), name);
        }
    }
}
