package dev.gluefailover.ui;

import dev.gluefailover.ui.diagram.DiagramView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * Gives the What if tab room while it is showing, and gives it back when another tab is chosen
 * (unless the user moved the divider meanwhile). The room comes from the connection list, not from
 * the diagram: on a narrow window (a 1280×720 projector) the list steps aside, so the matrix reads
 * whole and the diagram keeps its width; on a wide one the right column only widens.
 */
final class WhatIfWidening {
    /** The right column's width the What if tab asks for: its table has four columns and the retries two. */
    private static final double WHAT_IF_WIDTH = 640;
    /** Below this window width the connection list makes way instead of the diagram. */
    private static final double NARROW = 1700;

    private final SplitPane split;
    private final DiagramView diagram;
    /** The divider positions before the What if tab took its room; null when it did not. */
    private double[] before;
    /** The items before the list stepped aside; null when it did not. */
    private List<Node> itemsBefore;
    private double set = Double.NaN;

    WhatIfWidening(SplitPane split, DiagramView diagram) {
        this.split = split;
        this.diagram = diagram;
    }

    void showing(boolean showing) {
        double width = split.getWidth();
        if (showing) {
            if (split.getDividers().size() < 2 || width <= 0) {
                return;
            }
            before = split.getDividerPositions();
            if (width < NARROW) {
                itemsBefore = new ArrayList<>(split.getItems());
                split.getItems().remove(0);
                split.setDividerPositions(1 - WHAT_IF_WIDTH / width);
                set = split.getDividerPositions()[0];
                refit();
                return;
            }
            double wanted = 1 - WHAT_IF_WIDTH / width;
            SplitPane.Divider divider = split.getDividers().get(1);
            if (divider.getPosition() > wanted && wanted > split.getDividers().get(0).getPosition() + 0.25) {
                divider.setPosition(wanted);
                set = divider.getPosition();
                refit();
            } else {
                before = null;
            }
        } else if (before != null) {
            if (itemsBefore != null) {
                split.getItems().setAll(itemsBefore);
                split.setDividerPositions(before);
                itemsBefore = null;
                refit();
            } else if (split.getDividers().size() >= 2
                    && Math.abs(split.getDividers().get(1).getPosition() - set) < 0.005) {
                split.getDividers().get(1).setPosition(before[1]);
                refit();
            }
            before = null;
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
