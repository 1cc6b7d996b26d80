package dev.gluefailover.ui;

import dev.gluefailover.model.Snapshot;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the window needs from outside itself: a way to open a web page (HostServices in the
 * app, a recorder in tests) and the redaction used by Save ▸ Redact (null: not available, the
 * option is greyed out).
 */
public record WindowServices(Consumer<String> linkOpener, UnaryOperator<Snapshot> redaction) {
    void openLink(String url) {
        linkOpener.accept(url);
    }
}
