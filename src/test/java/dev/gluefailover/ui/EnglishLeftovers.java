package dev.gluefailover.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds English left in a window that should speak Japanese: the words of the English bundles of
 * some areas that their Japanese bundles never use (so "AWS", "NAT" or "Glue" do not count), looked
 * for among the words of a shown text. A word is a run of three or more letters standing alone: ids
 * such as {@code orders-db-1a}, check codes such as {@code NAT_IN_FAILED_AZ} and commands such as
 * {@code `aws sso login`} are data, not English.
 */
final class EnglishLeftovers {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_\\-./:*@~`'#]+");
    /** Punctuation around a word ("exist.", "'nosuch'") is not part of it. */
    private static final Pattern EDGES = Pattern.compile("^[.'`:/*@~#\\-]+|[.'`:/*@~#\\-]+$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private EnglishLeftovers() {
    }

    /** The English-only words of the areas' bundles, in lower case. */
    static Set<String> wordsOf(String... areas) {
        Set<String> english = new TreeSet<>();
        Set<String> japanese = new TreeSet<>();
        for (String area : areas) {
            Properties en = load("i18n/" + area + ".properties");
            Properties ja = load("i18n/" + area + "_ja.properties");
            en.stringPropertyNames().forEach(k -> english.addAll(words(en.getProperty(k))));
            ja.stringPropertyNames().forEach(k -> japanese.addAll(words(ja.getProperty(k))));
        }
        english.removeAll(japanese);
        return english;
    }

    /** The words of the text that are English-only words of the bundles. */
    static Set<String> in(String text, Set<String> englishOnly) {
        Set<String> found = new TreeSet<>(words(text));
        found.retainAll(englishOnly);
        return found;
    }

    /** Whether the text holds Japanese (kana or kanji). */
    static boolean isJapanese(String text) {
        return text != null && text.codePoints().mapToObj(Character.UnicodeScript::of)
                .anyMatch(s -> s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                        || s == Character.UnicodeScript.HAN);
    }

    /** Every text a user can see in a node: labels, texts, fields, table headers and prompt texts, if showing. */
    static String visibleText(Node n) {
        if (!n.isVisible()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof Labeled l && l.getText() != null) {
            b.append(l.getText()).append('\n');
        }
        if (n instanceof Text t && t.getText() != null) {
            b.append(t.getText()).append('\n');
        }
        if (n instanceof TextInputControl t) {
            b.append(t.getText() == null ? "" : t.getText()).append('\n');
            b.append(t.getPromptText() == null ? "" : t.getPromptText()).append('\n');
        }
        if (n instanceof TableView<?> t) {
            t.getColumns().forEach(c -> b.append(((TableColumnBase<?, ?>) c).getText()).append('\n'));
        }
        if (n instanceof javafx.scene.control.DialogPane d && d.getHeaderText() != null) {
            b.append(d.getHeaderText()).append('\n');
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(visibleText(c)));
        }
        return b.toString();
    }

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            String token = EDGES.matcher(t.group()).replaceAll("");
            if (WORD.matcher(token).matches()) {
                out.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = EnglishLeftovers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
