package dev.gluefailover.ui;

import dev.gluefailover.model.Snapshot;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the window needs from outside itself: a way to open a web page (HostServices in the
 * app, a recorder in tests), the redaction used by Save ▸ Redact (null: not available, the
 * option is greyed out) and the way Load from AWS gets its clients (the user's environment in
 * the app, a local stand-in in tests).
 */
public record WindowServices(Consumer<String> linkOpener, UnaryOperator<Snapshot> redaction, AwsClientFactory aws) {
    public WindowServices {
        Objects.requireNonNull(aws, "aws");
    }

    /** Load from AWS uses the user's ~/.aws files and environment. */
    public WindowServices(Consumer<String> linkOpener, UnaryOperator<Snapshot> redaction) {
        this(linkOpener, redaction, AwsClientFactory.userEnvironment());
    }

    void openLink(String url) {
        linkOpener.accept(url);
    }
}
