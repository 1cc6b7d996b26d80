package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Verdict;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The coloured verdict chip of the list and the details: CHOSEN strong with a mark, PASSES
 * calm, SKIPPED red, UNKNOWN amber, NO_NETWORK grey. Colours live in explorer.css so both
 * themes can set them; the style class names the verdict so tests can read it.
 */
final class VerdictChip {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private VerdictChip() {
    }

    static Label of(Verdict verdict) {
        Label chip = new Label(text(verdict), new FontIcon(icon(verdict)));
        chip.getStyleClass().addAll("verdict-chip", styleClass(verdict));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the verdict is never cut short
        return chip;
    }

    static String styleClass(Verdict verdict) {
        return "chip-" + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String text(Verdict verdict) {
        return TEXT.get("verdict." + verdict.name());
    }

    static String icon(Verdict verdict) {
        return switch (verdict) {
            case CHOSEN -> "mdi2c-check-decagram";
            case PASSES -> "mdi2c-check-circle-outline";
            case SKIPPED -> "mdi2c-close-circle-outline";
            case UNKNOWN -> "mdi2h-help-circle-outline";
            case NO_NETWORK -> "mdi2m-minus-circle-outline";
        };
    }

    /** What Glue does with a connection, in the words a reviewer would use. */
    static String meaning(Verdict verdict) {
        return TEXT.get("verdict." + verdict.name() + ".meaning");
    }

    static FontIcon statusIcon(CheckStatus status) {
        FontIcon icon = new FontIcon(switch (status) {
            case PASS -> "mdi2c-check-circle";
            case WARN -> "mdi2a-alert";
            case FAIL -> "mdi2c-close-circle";
            case UNKNOWN -> "mdi2h-help-circle";
        });
        icon.getStyleClass().addAll("status-icon", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return icon;
    }
}
