package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * The right column's tabs stay in sight at projector sizes: when their labels do not fit, the
 * selected tab keeps its label and the others show their icon with the label as tooltip; a column
 * widened enough shows every label again.
 */
class CompactTabsTest extends SingleNatWindowTest {
    @Override
    protected Locale language() {
        return Locale.ENGLISH;
    }

    private TabPane tabs() {
        return lookup(".right-tabs").queryAs(TabPane.class);
    }

    /** The tab headers that are not wholly inside the header area (cut off, or behind JavaFX's overflow menu). */
    private List<String> outOfSight() {
        TabPane pane = tabs();
        Region area = (Region) pane.lookup(".tab-header-area");
        Region buttons = (Region) pane.lookup(".control-buttons-tab");
        Bounds box = area.localToScene(area.getLayoutBounds());
        double right = box.getMaxX();
        if (buttons != null && buttons.isVisible() && buttons.getWidth() > 0) {
            right = Math.min(right, buttons.localToScene(buttons.getLayoutBounds()).getMinX());
        }
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (Node n : pane.lookupAll(".tab")) {
            if (n.getParent() == null || !n.getParent().getStyleClass().contains("headers-region")) {
                continue;
            }
            seen++;
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMinX() < box.getMinX() - 1 || b.getMaxX() > right + 1) {
                out.add(String.join(",", n.getStyleClass()) + " at " + Math.round(b.getMinX()) + "–"
                        + Math.round(b.getMaxX()) + " of " + Math.round(box.getMinX()) + "–" + Math.round(right));
            }
        }
        if (seen != pane.getTabs().size()) {
            out.add(seen + " headers for " + pane.getTabs().size() + " tabs");
        }
        // JavaFX shows its menu of the tabs that do not fit by showing the control buttons' container
        if (buttons != null && buttons.isVisible()) {
            Region headers = (Region) pane.lookup(".headers-region");
            out.add("JavaFX shows its menu of the tabs that do not fit (headers " + headers.prefWidth(-1) + " in "
                    + area.getWidth() + ", buttons " + buttons.prefWidth(-1) + "; "
                    + pane.getTabs().stream().map(t -> t.getText() + (t.getStyleClass().contains(CompactTabs.ICON_ONLY)
                            ? "(icon)" : "")).toList() + ")");
        }
        return out;
    }

    private boolean settled(boolean compact) {
        TabPane pane = tabs();
        Tab selected = pane.getSelectionModel().getSelectedItem();
        for (Tab t : pane.getTabs()) {
            boolean icon = t.getStyleClass().contains(CompactTabs.ICON_ONLY);
            if (icon != (compact && t != selected)) {
                return false;
            }
        }
        return outOfSight().isEmpty();
    }

    @Test
    void atBothProjectorSizesEveryTabIsInSightTheSelectedOneWithItsLabel() throws Exception {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            resize(size[0], size[1]);
            UiWait.until("every tab in sight at " + size[0] + "×" + size[1] + ": " + outOfSight(), () -> settled(true));
            TabPane pane = tabs();
            Tab selected = pane.getSelectionModel().getSelectedItem();
            for (Tab t : pane.getTabs()) {
                if (t == selected) {
                    assertNull(t.getTooltip(), "the selected tab shows its label: " + t.getText());
                } else {
                    assertNotNull(t.getGraphic(), "an icon-only tab has an icon: " + t.getText());
                    assertEquals(t.getText(), t.getTooltip().getText(), "its label is its tooltip");
                    assertFalse(t.getText().isEmpty(), "and still its text, for screen readers");
                }
            }
        }
    }

    @Test
    void selectingATabGivesItItsLabelAndTheComparisonTabFitsToo() throws Exception {
        resize(1280, 720);
        UiWait.until("compact", () -> settled(true));
        UiWait.onFx(() -> {
            window.controller().showWhatIfTab();
            return null;
        });
        // the What if tab widens the column for its matrix (WhatIfWidening): the labels may fit then
        UiWait.until("What if shows its label, all in sight: " + outOfSight(), () -> (settled(true) || settled(false))
                && tabs().getSelectionModel().getSelectedItem().getText().equals("What if")
                && !tabs().getSelectionModel().getSelectedItem().getStyleClass().contains(CompactTabs.ICON_ONLY));
        UiWait.onFx(() -> {
            window.controller().compare().compareWithSample("three-az");
            return null;
        });
        UiWait.until("the Compare tab joins, all in sight: " + outOfSight(), () -> tabs().getTabs().stream()
                .anyMatch(t -> "compareTab".equals(t.getId())) && (settled(true) || settled(false)));
    }

    /** The right column at its narrowest (its minimum width), each tab selected in turn: all stay in sight. */
    @Test
    void atTheNarrowestColumnEveryTabStaysInSightWhicheverIsSelected() throws Exception {
        resize(1280, 720);
        SplitPane split = lookup("#mainSplit").queryAs(SplitPane.class);
        UiWait.onFx(() -> {
            split.setDividerPositions(0.22, 1.0); // the right column clamps at its minimum width
            return null;
        });
        UiWait.until("the column is at its narrowest", () -> tabs().getWidth() < 360);
        for (int i = 0; i < tabs().getTabs().size(); i++) {
            Tab tab = tabs().getTabs().get(i);
            if (tab.getId() != null && tab.getId().equals("whatIfTab")) {
                continue; // What if widens the column for its matrix
            }
            UiWait.onFx(() -> {
                tabs().getSelectionModel().select(tab);
                return null;
            });
            UiWait.until(tab.getText() + " selected, every tab in sight: " + outOfSight(),
                    () -> outOfSight().isEmpty());
        }
    }

    @Test
    void aColumnWideEnoughShowsEveryLabelAgain() throws Exception {
        resize(1920, 1080);
        UiWait.until("compact at first", () -> settled(true));
        SplitPane split = lookup("#mainSplit").queryAs(SplitPane.class);
        UiWait.onFx(() -> {
            split.setDividerPositions(0.15, 0.45);
            return null;
        });
        UiWait.until("every label shown: " + outOfSight(), () -> settled(false));
        assertTrue(tabs().getTabs().stream().noneMatch(t -> t.getTooltip() != null), "no tooltip left behind");
        UiWait.onFx(() -> {
            split.setDividerPositions(0.22, 0.75);
            return null;
        });
        UiWait.until("compact again", () -> settled(true));
    }
}
