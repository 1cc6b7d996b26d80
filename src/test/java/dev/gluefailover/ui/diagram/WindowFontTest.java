package dev.gluefailover.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which families draw Japanese where, and that the sheet covers every rule of the tool's stylesheets that picks a family. */
class WindowFontTest {
    private static final List<String> DEBIAN_NOTO = List.of("DejaVu Sans", "DejaVu Sans Mono", "Noto Sans CJK JP",
            "Noto Sans CJK KR", "Noto Sans Mono CJK JP", "Noto Serif CJK JP");

    @Test
    void onLinuxWithNotoCjkJapaneseIsDrawnInNotoSansAndItsMonoCut() {
        WindowFont.Families f = WindowFont.japanese("Linux", DEBIAN_NOTO).orElseThrow();
        assertEquals("Noto Sans CJK JP", f.sans());
        assertEquals("Noto Sans Mono CJK JP", f.mono());
    }

    @Test
    void theListsAreReadFromTheirResource() {
        assertEquals("Noto Sans CJK JP", WindowFont.JAPANESE_SANS.get(0));
        assertTrue(WindowFont.JAPANESE_SANS.contains("IPAGothic") && WindowFont.JAPANESE_SANS.contains("Noto Sans CJK KR"),
                WindowFont.JAPANESE_SANS.toString());
        assertEquals("Noto Sans Mono CJK JP", WindowFont.JAPANESE_MONO.get(0));
    }

    @Test
    void familiesAreMatchedWhateverTheirCaseAndTheBestInstalledOneWins() {
        WindowFont.Families f = WindowFont.japanese("linux", List.of("vl gothic", "IPAGothic", "DejaVu Sans")).orElseThrow();
        assertEquals("IPAGothic", f.sans(), "IPAGothic comes before VL Gothic in the list");
        assertEquals("IPAGothic", f.mono(), "IPAGothic is fixed-width itself");
    }

    @Test
    void withoutAFixedWidthJapaneseFamilyTheSansFamilyDrawsTheFixedWidthRules() {
        WindowFont.Families f = WindowFont.japanese("Linux", List.of("Noto Sans CJK JP", "DejaVu Sans Mono")).orElseThrow();
        assertEquals("Noto Sans CJK JP", f.mono());
    }

    @Test
    void windowsAndMacOsFallBackByThemselvesAndALinuxWithoutAJapaneseFontIsLeftAlone() {
        assertEquals(Optional.empty(), WindowFont.japanese("Windows 11", DEBIAN_NOTO));
        assertEquals(Optional.empty(), WindowFont.japanese("Mac OS X", DEBIAN_NOTO));
        assertEquals(Optional.empty(), WindowFont.japanese("Linux", List.of("DejaVu Sans", "DejaVu Sans Mono")));
        assertEquals(Optional.empty(), WindowFont.japanese(null, DEBIAN_NOTO));
    }

    @Test
    void japaneseChineseAndKoreanTextIsRecognisedAndLatinIsNot() {
        assertTrue(WindowFont.holdsCjk("orders-db 注文"));
        assertTrue(WindowFont.holdsCjk("ひらがな"));
        assertTrue(WindowFont.holdsCjk("カタカナ"));
        assertTrue(WindowFont.holdsCjk("데이터"));
        assertEquals(false, WindowFont.holdsCjk("orders-db-1a, Ünïcödé, ←→ …"));
        assertEquals(false, WindowFont.holdsCjk(null));
    }

    @Test
    void theSheetNamesTheFamilyOnTheRootAndOneClassMoreSpecificallyOnEveryRuleWithAFamily() {
        WindowFont.Families f = new WindowFont.Families("Noto Sans CJK JP", "Noto Sans Mono CJK JP");
        String css = f.css();
        assertTrue(css.contains(".root { -fx-font-family: \"Noto Sans CJK JP\"; }"), css);
        assertTrue(css.contains(".root .diagram-view .route-row.none { -fx-font-family: \"Noto Sans CJK JP\"; }"), css);
        assertTrue(css.contains(".root .evidence-value { -fx-font-family: \"Noto Sans Mono CJK JP\"; }"), css);
        String url = f.stylesheetUrl();
        assertTrue(url.startsWith("data:text/css;base64,"), url);
        assertEquals(css, new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8));
    }

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern FAMILY = Pattern.compile("-fx-font-family\\s*:\\s*\"?([^\";]+)\"?\\s*;");

    /** Every rule of the window's stylesheets that sets a family is one the sheet overrides, with the right kind. */
    @Test
    void everyRuleOfTheStylesheetsThatPicksAFamilyIsCovered() throws IOException {
        List<String> sans = new ArrayList<>();
        List<String> mono = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/gluefailover/ui"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher rule = RULE.matcher(text);
                while (rule.find()) {
                    Matcher family = FAMILY.matcher(rule.group(2));
                    if (!family.find()) {
                        continue;
                    }
                    for (String selector : rule.group(1).split(",")) {
                        (family.group(1).trim().equalsIgnoreCase("monospace") ? mono : sans).add(selector.trim());
                    }
                }
            }
        }
        assertTrue(mono.size() >= 5, "the stylesheets were read: " + mono);
        assertEquals(List.copyOf(WindowFont.SANS_RULES).stream().sorted().toList(), sans.stream().sorted().toList(),
                "rules with a proportional family");
        assertEquals(List.copyOf(WindowFont.MONO_RULES).stream().sorted().toList(), mono.stream().sorted().toList(),
                "rules with monospace");
    }
}
