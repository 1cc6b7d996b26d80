package dev.gluefailover.ui.diagram;

import dev.gluefailover.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;

/**
 * The fonts the window draws Japanese in.
 *
 * <p>On Linux JavaFX draws its logical fonts ({@code System}, {@code monospace}) with the font
 * fontconfig names first and falls back only to fonts in TrueType format; the CJK fonts most
 * distributions install (Noto Sans CJK, Ubuntu's and Debian's Japanese default, and Source Han
 * Sans) are OpenType/CFF collections, so with them Japanese is drawn as empty boxes. When the window
 * speaks Japanese on Linux, this sheet names an installed Japanese family outright: on the scene's
 * root, and on every rule of the tool's stylesheets that picks a family of its own
 * ({@link #SANS_RULES}, {@link #MONO_RULES}; {@code WindowFontTest} reads the stylesheets and fails
 * when a rule is missing here). Windows and macOS fall back to their Japanese fonts by themselves and
 * are left alone. An English window keeps the logical fonts unless what it shows holds Japanese
 * (a job or connection named in Japanese: {@link #showsJapaneseText}), which the Japanese family
 * then draws as well.
 */
public final class WindowFont {
    private static final Properties LISTS = lists();
    /** Japanese sans-serif families, best first (japanese-fonts.properties). */
    static final List<String> JAPANESE_SANS = families("sans");
    /** Japanese fixed-width families, best first; without one, the sans family draws the fixed-width rules. */
    static final List<String> JAPANESE_MONO = families("mono");

    /** The rules of the tool's stylesheets that set a proportional family ({@code System}). */
    static final List<String> SANS_RULES = List.of(".diagram-view .route-row.none");
    /** The rules of the tool's stylesheets that set {@code monospace}. */
    static final List<String> MONO_RULES = List.of(".check-code", ".evidence-value", ".error-dialog .text-area",
            ".recommendations-panel .rec-kind", ".recommendations-panel .rec-commands", ".diagram-view .route-row");

    private WindowFont() {
    }

    private static Properties lists() {
        Properties p = new Properties();
        try (InputStream in = WindowFont.class.getResourceAsStream("japanese-fonts.properties")) {
            if (in == null) {
                throw new IllegalStateException("japanese-fonts.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read japanese-fonts.properties", e);
        }
        return p;
    }

    private static List<String> families(String key) {
        return Arrays.stream(LISTS.getProperty(key, "").split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    /** The families to draw Japanese in on this OS with these installed families; empty where the logical fonts do. */
    static Optional<Families> japanese(String osName, Collection<String> installed) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        Set<String> have = installed.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
        Optional<String> sans = JAPANESE_SANS.stream().filter(f -> have.contains(f.toLowerCase(Locale.ROOT))).findFirst();
        if (sans.isEmpty()) {
            return Optional.empty();
        }
        String mono = JAPANESE_MONO.stream().filter(f -> have.contains(f.toLowerCase(Locale.ROOT))).findFirst()
                .orElse(sans.get());
        return Optional.of(new Families(sans.get(), mono));
    }

    /** A sans-serif and a fixed-width family. */
    record Families(String sans, String mono) {
        /** The stylesheet that names them: on the root, and (one class more specific) on each rule with a family of its own. */
        String css() {
            StringBuilder b = new StringBuilder();
            b.append(".root { -fx-font-family: \"").append(sans).append("\"; }\n");
            for (String rule : SANS_RULES) {
                b.append(".root ").append(rule).append(" { -fx-font-family: \"").append(sans).append("\"; }\n");
            }
            for (String rule : MONO_RULES) {
                b.append(".root ").append(rule).append(" { -fx-font-family: \"").append(mono).append("\"; }\n");
            }
            return b.toString();
        }

        /** {@link #css()} as a stylesheet URL a scene accepts (a data URL: no file is written). */
        String stylesheetUrl() {
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The sheet for this machine, found once: empty where the logical fonts draw Japanese or no Japanese font is installed. */
    private static final class Installed {
        static final Optional<Families> FAMILIES = japanese(System.getProperty("os.name"), Font.getFamilies());
        static final String URL = FAMILIES.map(Families::stylesheetUrl).orElse(null);
    }

    /** The sans-serif family this machine draws Japanese in, when its logical fonts cannot (found once). */
    public static Optional<String> japaneseSans() {
        return Installed.FAMILIES.map(Families::sans);
    }

    /** Whether the scene carries the Japanese sheet now. */
    public static boolean drawsJapanese(Scene scene) {
        return scene != null && Installed.URL != null && scene.getStylesheets().contains(Installed.URL);
    }

    private static boolean watching;
    /** The windows (by their owner, held weakly) that show Japanese text whatever the language: names of a job, tags. */
    private static final Map<Object, Boolean> SHOWING_JAPANESE = new WeakHashMap<>();
    private static final Pattern CJK = Pattern.compile(
            "[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\p{IsHangul}]");

    /** Whether the text holds a Japanese, Chinese or Korean character (which the logical fonts may draw as boxes). */
    public static boolean holdsCjk(String text) {
        return text != null && CJK.matcher(text).find();
    }

    /**
     * Says whether what this owner's window shows holds Japanese text in any language (a job or
     * connection named in Japanese in an English window): while any window does, the Japanese
     * families draw every window too, so that those names are not boxes. The owner is held weakly.
     * Call on the JavaFX thread.
     */
    public static void showsJapaneseText(Object owner, boolean yes) {
        boolean before = showsJapaneseText();
        if (yes) {
            SHOWING_JAPANESE.put(owner, Boolean.TRUE);
        } else {
            SHOWING_JAPANESE.remove(owner);
        }
        if (showsJapaneseText() != before) {
            applyEverywhere();
        }
    }

    private static boolean showsJapaneseText() {
        return !SHOWING_JAPANESE.isEmpty();
    }

    /**
     * Keeps the fonts right for the language: the Japanese sheet on the scene while the language is
     * Japanese (and this machine needs it), none otherwise; and the same on every window JavaFX shows
     * from then on (dialogs, menus, tooltips), whose scenes are their own. Follows View ▸ Language.
     * Call on the JavaFX thread.
     */
    public static void follow(Scene scene) {
        if (Installed.FAMILIES.isEmpty()) {
            return;
        }
        apply(scene);
        if (watching) {
            return;
        }
        watching = true;
        ObservableList<Window> windows = Window.getWindows();
        windows.forEach(WindowFont::watch);
        windows.addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(WindowFont::watch);
            }
        });
        Messages.onChange(language -> {
            if (Platform.isFxApplicationThread()) {
                applyEverywhere();
            } else {
                Platform.runLater(WindowFont::applyEverywhere);
            }
        });
    }

    private static final Object WATCHED = new Object();

    private static void watch(Window window) {
        apply(window.getScene());
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, was, now) -> apply(now));
        }
    }

    private static void applyEverywhere() {
        List.copyOf(Window.getWindows()).forEach(w -> apply(w.getScene()));
    }

    /** The Japanese sheet on the scene while the language is Japanese or a window shows Japanese text, else none. */
    private static void apply(Scene scene) {
        if (scene == null || Installed.FAMILIES.isEmpty()) {
            return;
        }
        String url = Installed.URL;
        boolean japanese = showsJapaneseText()
                || Locale.JAPANESE.getLanguage().equals(Messages.language().getLanguage());
        if (japanese && !scene.getStylesheets().contains(url)) {
            scene.getStylesheets().add(url);
        } else if (!japanese) {
            scene.getStylesheets().remove(url);
        }
    }
}
