package dev.gluefailover.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every area has both bundles, with the same keys, and every value is a pattern MessageFormat reads. */
class BundlesTest {
    private static final Path DIR = Path.of("src/main/resources/i18n");

    @Test
    void everyAreaHasTheSameKeysInEnglishAndJapanese() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> areas;
        try (Stream<Path> files = Files.list(DIR)) {
            areas = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .filter(n -> !n.contains("_ja")).map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        }
        assertFalse(areas.isEmpty(), "no bundles in " + DIR);
        for (String area : areas) {
            Path ja = DIR.resolve(area + "_ja.properties");
            if (!Files.exists(ja)) {
                problems.add(area + ": no Japanese bundle " + ja);
                continue;
            }
            Properties en = load(DIR.resolve(area + ".properties"));
            Properties jp = load(ja);
            TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(jp.stringPropertyNames());
            TreeSet<String> onlyJa = new TreeSet<>(jp.stringPropertyNames());
            onlyJa.removeAll(en.stringPropertyNames());
            onlyEn.forEach(k -> problems.add(area + ": " + k + " has no Japanese text"));
            onlyJa.forEach(k -> problems.add(area + ": " + k + " has no English text"));
            for (Properties p : List.of(en, jp)) {
                for (String k : p.stringPropertyNames()) {
                    try {
                        new MessageFormat(p.getProperty(k));
                    } catch (IllegalArgumentException e) {
                        problems.add(area + ": " + k + " is not a MessageFormat pattern: " + e.getMessage());
                    }
                }
            }
            for (String k : jp.stringPropertyNames()) {
                if (jp.getProperty(k).isBlank()) {
                    problems.add(area + ": " + k + " is empty in Japanese");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theLanguageSwitchesAndListenersHearIt() {
        var heard = new ArrayList<String>();
        java.util.function.Consumer<java.util.Locale> l = loc -> heard.add(loc.getLanguage());
        java.util.Locale before = Messages.language();
        Messages.onChange(l);
        try {
            Messages.setLanguage("ja");
            assertTrue(Messages.isJapanese());
            assertEquals("ロケール", Messages.of("common").get("test.locale"));
            Messages.setLanguage("en");
            assertEquals("locale", Messages.of("common").get("test.locale"));
            assertEquals(List.of("ja", "en"), heard);
        } finally {
            Messages.removeListener(l);
            Messages.setLanguage(before);
        }
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheOnesThatExist() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Messages.parse("fr"));
        assertTrue(e.getMessage().contains("en or ja"), e.getMessage());
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
