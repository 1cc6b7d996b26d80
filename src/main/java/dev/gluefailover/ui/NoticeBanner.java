package dev.gluefailover.ui;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A warning over the top of the diagram: the window is not showing what was asked for (a sample
 * that does not exist, a file that cannot be opened, given on the command line). It stays until
 * the user closes it or another snapshot opens; the status bar is too narrow for the sentence and
 * must keep saying where the snapshot came from.
 */
final class NoticeBanner {
    private final Notification note = new Notification("", new FontIcon("mdi2a-alert"));

    NoticeBanner(MainViewModel vm, StackPane over) {
        this(vm, over, "startNotice", Pos.TOP_CENTER, true);
    }

    /**
     * A banner with its own id and place; {@code clearOnNewSnapshot}: another snapshot takes it away
     * (false for a banner its owner keeps up to date itself).
     */
    NoticeBanner(MainViewModel vm, StackPane over, String id, Pos where, boolean clearOnNewSnapshot) {
        note.setId(id);
        note.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_1);
        note.setMaxWidth(720);
        note.setMaxHeight(Region.USE_PREF_SIZE);
        note.setOnClose(e -> show(null));
        StackPane.setAlignment(note, where);
        StackPane.setMargin(note, new Insets(12));
        show(null);
        over.getChildren().add(note);
        // Another snapshot opened: why this one and not the one asked for no longer matters. The
        // label, not the snapshot: a reorder changes the snapshot too.
        if (clearOnNewSnapshot) {
            vm.snapshotLabelProperty().addListener((o, a, b) -> show(null));
        }
    }

    /** Shows the notice; null or blank takes it away. */
    void show(String text) {
        boolean on = text != null && !text.isBlank();
        note.setMessage(on ? text : "");
        note.setVisible(on);
        note.setManaged(on);
    }
}
