package dev.gluefailover.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the UI tests wait: on the state a user would see, with a generous bound (a busy 2-core
 * build machine can be slow for seconds), never on a fixed sleep. The bound only decides how long
 * a broken feature takes to fail.
 */
final class UiWait {
    /** Long enough for a first SDK call or a layout pass on a machine shared with other builds. */
    static final long SECONDS = 30;

    private UiWait() {
    }

    /** Waits until the condition holds, then for the events it caused; fails saying what never happened. */
    static void until(String what, Callable<Boolean> condition) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + SECONDS + " s waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Starts the JavaFX toolkit for a test without a window of its own. Through TestFX, as every
     * window test does: a toolkit started by {@code Platform.startup} would keep TestFX from launching
     * its primary stage when such a test runs first in the JVM.
     */
    static void startToolkit() {
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    /** Runs the work on the JavaFX thread and returns its result, within the same bound. */
    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(SECONDS, TimeUnit.SECONDS);
    }
}
