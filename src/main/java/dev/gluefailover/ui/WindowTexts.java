package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An area's texts ({@link Messages}) as the {@link ResourceBundle} an FXML file reads its
 * {@code %key} attributes from, in one language: the window loads MainWindow.fxml with the texts
 * of the language current at that moment, and loads it again when the language changes.
 * Values are the bundle's patterns without arguments ({@code ''} read as one apostrophe), as
 * {@link Messages#get} gives them.
 */
final class WindowTexts extends ResourceBundle {
    private final Messages texts;
    private final Locale locale;
    private final ResourceBundle raw;

    private WindowTexts(String area, Locale locale) {
        this.texts = Messages.of(area);
        this.locale = locale;
        this.raw = ResourceBundle.getBundle("i18n." + area, locale, WindowTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The {@code window} area in the current language. */
    static ResourceBundle current() {
        return of("window", Messages.language());
    }

    static ResourceBundle of(String area, Locale locale) {
        return new WindowTexts(area, locale);
    }

    @Override
    protected Object handleGetObject(String key) {
        return raw.containsKey(key) ? texts.in(locale, key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(raw.keySet());
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
