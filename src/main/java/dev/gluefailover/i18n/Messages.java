package dev.gluefailover.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every user-visible sentence of the tool, in English and Japanese. One bundle per area
 * ({@code i18n/<area>.properties} and {@code i18n/<area>_ja.properties}, UTF-8), so that each part
 * of the tool owns its own texts; keys are English and stable, values are {@link MessageFormat}
 * patterns ({@code {0}}; a literal apostrophe is written {@code ''}).
 *
 * <p>The language is process-wide: the OS locale picks it at start, {@code --lang en|ja} on the
 * command line or View ▸ Language in the window changes it ({@link #setLanguage}); listeners hear
 * the change so that a window can relabel itself without a restart. Check codes, JSON keys and
 * settings keys never go through here: they stay English.
 */
public final class Messages {
    /** The languages the tool speaks, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

    private static volatile Locale language = initial();
    private static final List<Consumer<Locale>> LISTENERS = new CopyOnWriteArrayList<>();

    private final String area;

    private Messages(String area) {
        this.area = Objects.requireNonNull(area, "area");
    }

    /** The texts of one area ({@code cli}, {@code ui}, {@code checks}, {@code review}…). */
    public static Messages of(String area) {
        return new Messages(area);
    }

    /** The text for the key in the current language, with its arguments filled in. */
    public String get(String key, Object... args) {
        return in(language, key, args);
    }

    /** The text for the key in a given language (for a report written in another language than the window's). */
    public String in(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + area + ":" + key + " (add it to i18n/" + area
                    + ".properties and i18n/" + area + "_ja.properties)", e);
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the area has a text for the key. */
    public boolean has(String key) {
        try {
            bundle(language).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private ResourceBundle bundle(Locale locale) {
        // Java 9+ reads .properties bundles as UTF-8; no fallback to the OS locale, English is the root.
        return ResourceBundle.getBundle("i18n." + area, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language texts come in now. */
    public static Locale language() {
        return language;
    }

    /** Japanese or English. */
    public static boolean isJapanese() {
        return language.getLanguage().equals("ja");
    }

    /**
     * Switches the language ({@code en}, {@code ja}; anything else is refused); listeners hear it.
     *
     * @throws IllegalArgumentException for a language the tool does not speak
     */
    public static void setLanguage(String tag) {
        setLanguage(parse(tag));
    }

    public static void setLanguage(Locale locale) {
        Locale chosen = supported(locale);
        if (chosen == null) {
            throw new IllegalArgumentException("language " + locale + " is not available; use en or ja");
        }
        language = chosen;
        LISTENERS.forEach(l -> l.accept(chosen));
    }

    /** Called with the new language after every {@link #setLanguage}. */
    public static void onChange(Consumer<Locale> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<Locale> listener) {
        LISTENERS.remove(listener);
    }

    /** {@code en} or {@code ja} as a locale; an unknown tag is refused with the ones that exist. */
    public static Locale parse(String tag) {
        Locale l = supported(Locale.forLanguageTag(tag == null ? "" : tag.trim().replace('_', '-')));
        if (l == null) {
            throw new IllegalArgumentException("unknown language '" + tag + "'; use en or ja");
        }
        return l;
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        for (Locale l : LANGUAGES) {
            if (l.getLanguage().equals(locale.getLanguage())) {
                return l;
            }
        }
        return null;
    }

    /** The OS locale's language when the tool speaks it, English otherwise; {@code gfe.lang} overrides. */
    private static Locale initial() {
        String forced = System.getProperty("gfe.lang");
        if (forced != null && !forced.isBlank()) {
            Locale l = supported(Locale.forLanguageTag(forced.trim()));
            if (l != null) {
                return l;
            }
        }
        Locale os = supported(Locale.getDefault());
        return os == null ? Locale.ENGLISH : os;
    }
}
