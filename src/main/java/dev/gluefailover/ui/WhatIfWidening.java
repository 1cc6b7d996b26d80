package dev.gluefailover.ui;

import dev.gluefailover.ui.diagram.DiagramView;
import javafx.scene.control.SplitPane;

/**
 * Widens the right column while the What if tab is showing (the diagram refits), and gives the
 * width back when another tab is chosen, unless the user moved the divider meanwhile.
 */
final class WhatIfWidening {
    /** The right column's width the What if tab asks for: its table has four columns and the retries two. */
    private static final double WHAT_IF_WIDTH = 620;

    private final SplitPane split;
    private final DiagramView diagram;
    /** The divider position before the What if tab widened the column; NaN when it did not. */
    private double before = Double.NaN;
    private double set = Double.NaN;

    WhatIfWidening(SplitPane split, DiagramView diagram) {
        this.split = split;
        this.diagram = diagram;
    }

    void showing(boolean showing) {
        if (split.getDividers().size() < 2) {
            return;
        }
        SplitPane.Divider divider = split.getDividers().get(1);
        double width = split.getWidth();
        if (showing) {
            double wanted = 1 - WHAT_IF_WIDTH / width;
            if (width > 0 && divider.getPosition() > wanted && wanted > split.getDividers().get(0).getPosition() + 0.25) {
                before = divider.getPosition();
                divider.setPosition(wanted);
                set = divider.getPosition();
                refit();
            }
        } else if (!Double.isNaN(before)) {
            if (Math.abs(divider.getPosition() - set) < 0.005) {
                divider.setPosition(before);
                refit();
            }
            before = Double.NaN;
        }
    }

    /**
     * The holder's width listener fires while the split pane lays out, before the diagram has its
     * new size; after a divider move we lay out first, then fit.
     */
    private void refit() {
        split.layout();
        diagram.fitToWindow();
    }
}
