package dev.gluefailover.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Keeps every tab of the right column in sight. The column is narrower than the labels of its six
 * or seven tabs; JavaFX would cut the last ones off behind an overflow menu, out of a presenter's
 * sight. When the labels do not fit the header, the selected tab keeps its label and the others show
 * their icon alone, with the label as tooltip (and still as their text, for screen readers); when
 * the column is widened enough, every label comes back.
 *
 * <p>Whether the labels fit is computed, not tried: the width the headers take now plus, for each
 * tab shown as an icon, the width of its label in the tabs' font and the gap beside the icon.
 * Switching the mode therefore never changes the answer, and the header does not flicker.
 */
final class CompactTabs {
    /** The style class of a tab shown as its icon alone (explorer.css: graphic only). */
    static final String ICON_ONLY = "icon-only";
    private static final String OWN_TOOLTIP = "compact-tabs.tooltip";

    private final TabPane pane;
    /** What JavaFX keeps free beside the tabs before it calls them too wide (TabPaneSkin's spacer). */
    private static final double SPACER = 10;
    private boolean pending;

    private CompactTabs(TabPane pane) {
        this.pane = pane;
    }

    /** Follows the pane's width, its tabs, their labels and the selection from now on. */
    static void install(TabPane pane) {
        CompactTabs c = new CompactTabs(pane);
        InvalidationListener later = o -> c.later();
        pane.widthProperty().addListener(later);
        pane.skinProperty().addListener(later);
        pane.getSelectionModel().selectedItemProperty().addListener(later);
        pane.getTabs().forEach(t -> t.textProperty().addListener(later));
        pane.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(t -> t.textProperty().addListener(later));
                change.getRemoved().forEach(t -> {
                    t.textProperty().removeListener(later);
                    c.full(t);
                });
            }
            c.later();
        });
        c.later();
    }

    private void later() {
        if (pending) {
            return;
        }
        pending = true;
        // after the pass that lays the headers out with the new width, tabs or labels
        Platform.runLater(() -> {
            pending = false;
            update();
        });
    }

    /**
     * Decides the mode for the width the header has now, and shows the tabs so: every label; the
     * selected tab's label alone; or, when even that is too wide (a long label in a narrow column),
     * every tab as its icon.
     */
    void update() {
        Region area = (Region) pane.lookup(".tab-header-area");
        Region headers = (Region) pane.lookup(".headers-region");
        if (area == null || headers == null || area.getWidth() <= 0) {
            return;
        }
        // as JavaFX decides whether the tabs fit: beside them the tabs-menu button and a spacer
        Region buttons = (Region) pane.lookup(".control-buttons-tab");
        double available = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset()
                - (buttons == null ? 0 : buttons.prefWidth(-1)) - SPACER;
        Tab selected = pane.getSelectionModel().getSelectedItem();
        Label sample = tabLabel();
        double full = headers.prefWidth(-1);
        double labelsOfOthers = 0;
        for (Tab t : pane.getTabs()) {
            double label = labelWidth(t, sample);
            if (t.getStyleClass().contains(ICON_ONLY)) {
                full += label;
            }
            if (t.getGraphic() != null && t != selected) {
                labelsOfOthers += label;
            }
        }
        boolean compact = full > available;
        boolean iconsOnly = compact && full - labelsOfOthers > available;
        for (Tab t : pane.getTabs()) {
            if (t.getGraphic() != null && (iconsOnly || compact && t != selected)) {
                iconOnly(t);
            } else {
                full(t);
            }
        }
    }

    /** The width the label adds to the tab's header: the text in the tabs' font and the gap beside the icon. */
    private static double labelWidth(Tab t, Label sample) {
        if (sample == null || t.getText() == null || t.getText().isEmpty()) {
            return 0;
        }
        Text text = new Text(t.getText());
        text.setFont(sample.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + (t.getGraphic() == null ? 0 : sample.getGraphicTextGap());
    }

    private Label tabLabel() {
        for (Node n : pane.lookupAll(".tab-label")) {
            if (n instanceof Label l) {
                return l;
            }
        }
        return null;
    }

    private static void iconOnly(Tab t) {
        if (!t.getStyleClass().contains(ICON_ONLY)) {
            t.getStyleClass().add(ICON_ONLY);
        }
        Tooltip tip = t.getTooltip();
        if (tip == null || Boolean.TRUE.equals(tip.getProperties().get(OWN_TOOLTIP))) {
            if (tip == null) {
                tip = new Tooltip();
                tip.getProperties().put(OWN_TOOLTIP, Boolean.TRUE);
                t.setTooltip(tip);
            }
            tip.setText(t.getText());
        }
    }

    private static void full(Tab t) {
        t.getStyleClass().remove(ICON_ONLY);
        Tooltip tip = t.getTooltip();
        if (tip != null && Boolean.TRUE.equals(tip.getProperties().get(OWN_TOOLTIP))) {
            t.setTooltip(null);
        }
    }
}
