package dev.gluefailover.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The diagram's colours for the drawings that cannot read the window's stylesheet (SVG, draw.io),
 * by name: the {@code -dg-*} variables of {@code ui/diagram/diagram.css} without their prefix
 * ({@code "vpc"}, {@code "public-fill"}), plus the few colours its rules spell out themselves
 * ({@link #RULE_COLOURS}) and the opaque stand-ins draw.io needs for translucent fills
 * ({@link #DRAWIO_COLOURS}). {@code DiagramPaletteTest} reads diagram.css and fails when the two
 * differ, so a colour changes in the stylesheet and here together.
 */
public final class DiagramPalette {
    /** The names diagram.css declares as {@code -dg-NAME} on {@code .diagram-view}. */
    public static final Set<String> VARIABLES;
    /** Colours diagram.css writes into rules rather than variables (same in both themes). */
    public static final Set<String> RULE_COLOURS = Set.of("failed-zone-fill", "failed-header-fill", "on-solid",
            "chosen-mark", "unknown-number", "ip-bar-bg");
    /** draw.io fills in place of the stylesheet's translucent ones: what they look like on the light surface. */
    public static final Set<String> DRAWIO_COLOURS = Set.of("drawio-az-fill", "drawio-failed-zone-fill",
            "drawio-skipped-fill", "drawio-unknown-fill");

    public static final DiagramPalette LIGHT;
    public static final DiagramPalette DARK;

    static {
        Map<String, String> light = new LinkedHashMap<>();
        light.put("bg", "#f6f8fa");
        light.put("surface", "#ffffff");
        light.put("fg", "#1f2328");
        light.put("muted", "#57606a");
        light.put("region", "#7d8590");
        light.put("vpc", "#8c4fff");
        light.put("vpc-fill", "#faf7ff");
        light.put("az", "#00a4a6");
        light.put("az-fill", "rgba(0,164,166,0.035)");
        light.put("public", "#3f8624");
        light.put("public-fill", "#eef6e8");
        light.put("private", "#147eba");
        light.put("private-fill", "#e8f1fa");
        light.put("rt", "#6e7781");
        light.put("rt-fill", "#ffffff");
        light.put("nat", "#7a3e9d");
        light.put("nat-fill", "#f6effa");
        light.put("igw", "#7a3e9d");
        light.put("endpoint", "#c7511f");
        light.put("endpoint-fill", "#fff3ec");
        light.put("edge", "#8c959f");
        light.put("path", "#1a7f37");
        light.put("related", "#0969da");
        light.put("selected", "#0969da");
        light.put("failed", "#d1242f");
        light.put("chosen", "#1a7f37");
        light.put("passes", "#a2d9b1");
        light.put("passes-fg", "#0f5323");
        light.put("skipped", "#cf222e");
        light.put("unknown", "#d4a72c");
        light.put("no-network", "#8c959f");
        light.put("badge-pill", "#ffffff");
        VARIABLES = Set.copyOf(light.keySet());

        Map<String, String> dark = new LinkedHashMap<>(light);
        dark.put("bg", "#0d1117");
        dark.put("surface", "#161b22");
        dark.put("fg", "#e6edf3");
        dark.put("muted", "#9198a1");
        dark.put("region", "#6e7681");
        dark.put("vpc", "#a371f7");
        dark.put("vpc-fill", "#15121f");
        dark.put("az", "#39c5cf");
        dark.put("az-fill", "rgba(57,197,207,0.04)");
        dark.put("public", "#56d364");
        dark.put("public-fill", "#12261b");
        dark.put("private", "#58a6ff");
        dark.put("private-fill", "#0f2236");
        dark.put("rt", "#8b949e");
        dark.put("rt-fill", "#161b22");
        dark.put("nat", "#d2a8ff");
        dark.put("nat-fill", "#241a33");
        dark.put("igw", "#d2a8ff");
        dark.put("endpoint", "#ffa657");
        dark.put("endpoint-fill", "#2d1d10");
        dark.put("edge", "#6e7681");
        dark.put("path", "#3fb950");
        dark.put("related", "#58a6ff");
        dark.put("selected", "#58a6ff");
        dark.put("chosen", "#2da44e");
        dark.put("passes", "#1f4d2c");
        dark.put("passes-fg", "#aff5b4");
        dark.put("badge-pill", "#161b22");

        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("failed-zone-fill", "rgba(209,36,47,0.05)");
        rules.put("failed-header-fill", "rgba(209,36,47,0.16)");
        rules.put("on-solid", "#ffffff");
        rules.put("chosen-mark", "#ffd33d");
        rules.put("unknown-number", "#1f2328");
        rules.put("ip-bar-bg", "rgba(127,127,127,0.25)");
        rules.put("drawio-az-fill", "#f7fcfc");
        rules.put("drawio-failed-zone-fill", "#fdf3f3");
        rules.put("drawio-skipped-fill", "#ffebe9");
        rules.put("drawio-unknown-fill", "#fff8c5");
        light.putAll(rules);
        dark.putAll(rules);
        LIGHT = new DiagramPalette(light);
        DARK = new DiagramPalette(dark);
    }

    private final Map<String, String> colours;

    private DiagramPalette(Map<String, String> colours) {
        this.colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
    }

    public static DiagramPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The colour of that name, as CSS / SVG / draw.io write it ({@code #rrggbb} or {@code rgba(r,g,b,a)}). */
    public String get(String name) {
        String c = colours.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no diagram colour " + name);
        }
        return c;
    }

    /** Every colour by name. */
    public Map<String, String> asMap() {
        return colours;
    }
}
