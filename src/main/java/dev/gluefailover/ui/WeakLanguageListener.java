package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import java.lang.ref.WeakReference;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lets a long-lived view-model word its texts again when the language changes (View ▸ Language)
 * without {@link Messages}' process-wide listener list keeping it alive: the listener holds its
 * owner weakly and leaves the list once the owner is gone. The owner hears the change on the JavaFX
 * thread when JavaFX runs (its properties are bound to views), else at once (unit tests).
 */
final class WeakLanguageListener<T> implements Consumer<Locale> {
    private final WeakReference<T> owner;
    private final Consumer<T> relabel;

    private WeakLanguageListener(T owner, Consumer<T> relabel) {
        this.owner = new WeakReference<>(owner);
        this.relabel = relabel;
    }

    /**
     * Calls {@code relabel} with the owner after every language change, while the owner lives.
     * {@code relabel} must not hold the owner itself (a method reference such as {@code Model::relabel}).
     */
    static <T> void follow(T owner, Consumer<T> relabel) {
        Messages.onChange(new WeakLanguageListener<>(owner, relabel));
    }

    @Override
    public void accept(Locale locale) {
        if (owner.get() == null) {
            Messages.removeListener(this);
            return;
        }
        if (javafx.application.Platform.isFxApplicationThread()) {
            run();
            return;
        }
        try {
            javafx.application.Platform.runLater(this::run);
        } catch (IllegalStateException toolkitNotRunning) {
            run();
        }
    }

    private void run() {
        T o = owner.get();
        if (o != null) {
            relabel.accept(o);
        } else {
            Messages.removeListener(this);
        }
    }
}
