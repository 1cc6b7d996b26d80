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
}
