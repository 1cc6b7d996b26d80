package dev.gluefailover.aws;

/**
 * Receives progress while a load runs. Called from loader threads, possibly concurrently:
 * a UI must hop to its own thread.
 */
@FunctionalInterface
public interface LoadProgress {
    void update(LoadStatus status);

    static LoadProgress ignore() {
        return status -> {
        };
    }
}
