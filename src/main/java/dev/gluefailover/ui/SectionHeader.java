package dev.gluefailover.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;

/** The small capitals heading that opens a section of a side panel ("AZ OUTAGES", "VIEW" …). */
final class SectionHeader {
    private SectionHeader() {
    }

    static Label of(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-header");
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }
}
