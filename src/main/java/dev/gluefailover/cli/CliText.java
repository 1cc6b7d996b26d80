package dev.gluefailover.cli;

import dev.gluefailover.i18n.Messages;

/** The command line's sentences: the {@code cli} bundles, in the language of the run ({@code --lang}). */
final class CliText {
    static final Messages TEXTS = Messages.of("cli");

    private CliText() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
