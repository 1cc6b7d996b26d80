package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Arrangement;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Arranges the VPCs again when the view's shape changes enough: on every size change it compares
 * the current arrangement with the best one for the new shape from the sizes the layout measured
 * ({@link Diagram#arrangements()}), without laying out; only when the best one would show the
 * drawing clearly larger does it ask for a re-layout, once the resize pauses (dragging a window
 * edge lays out once, not on every pixel).
 */
final class DiagramRearrangement {
    /** Above this gain in fit scale another arrangement is worth a rebuild (no flip-flop at a tie). */
    static final double RELAYOUT_GAIN = 1.03;

    private final DoubleSupplier aspect;
    private final PauseTransition timer = new PauseTransition(Duration.millis(150));
    private Diagram diagram;
    private boolean enabled;

    /**
     * @param aspect   width / height of the space the drawing is fitted into, 0 before sizing
     * @param relayout lays the same job out again for the view's shape
     */
    DiagramRearrangement(DoubleSupplier aspect, Runnable relayout) {
        this.aspect = aspect;
        timer.setOnFinished(e -> {
            if (enabled && aspect.getAsDouble() > 0) {
                relayout.run();
            }
        });
    }

    /** The drawing on screen; {@code canRelayout} when there is a job to lay out again with. */
    void drawn(Diagram diagram, boolean canRelayout) {
        timer.stop();
        this.diagram = diagram;
        this.enabled = canRelayout;
    }

    /** A re-layout is waiting for the resize to pause (tests wait on this, not on the clock). */
    boolean pending() {
        return timer.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Cheap, on every size change. */
    void sizeChanged() {
        if (diagram == null || !enabled) {
            return;
        }
        double a = aspect.getAsDouble();
        if (a <= 0) {
            return;
        }
        List<Arrangement> all = diagram.arrangements();
        int best = DiagramLayout.bestColumns(all, a);
        Arrangement now = all.stream().filter(x -> x.columns() == diagram.columns()).findFirst().orElse(null);
        Arrangement better = all.stream().filter(x -> x.columns() == best).findFirst().orElse(null);
        boolean worth = best != diagram.columns() && better != null
                && (now == null || better.fitScale(a) > now.fitScale(a) * RELAYOUT_GAIN);
        if (worth) {
            timer.playFromStart();
        } else {
            timer.stop();
        }
    }
}
