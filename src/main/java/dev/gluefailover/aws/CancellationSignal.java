package dev.gluefailover.aws;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a running load to stop. A JavaFX {@code Task} can pass {@code task::isCancelled};
 * the CLI can use {@link Flag}. The loader checks it before every call and while waiting, and
 * then throws {@link java.util.concurrent.CancellationException}.
 */
@FunctionalInterface
public interface CancellationSignal {
    boolean isCancelled();

    static CancellationSignal never() {
        return () -> false;
    }

    /** A signal that someone cancels by calling {@link #cancel()}. */
    final class Flag implements CancellationSignal {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
