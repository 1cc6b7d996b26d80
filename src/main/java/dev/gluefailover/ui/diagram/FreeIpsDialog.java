package dev.gluefailover.ui.diagram;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** "Set free IPs…": asks for a subnet's simulated number of free IP addresses. */
final class FreeIpsDialog {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    /** How the diagram asks (the dialog; a test answers in its place). Empty: cancelled or not a number. */
    @FunctionalInterface
    interface Ask {
        Optional<Integer> freeIps(Window owner, String subnetId, Integer current);
    }

    static final Ask DIALOG = FreeIpsDialog::show;

    private FreeIpsDialog() {
    }

    private static Optional<Integer> show(Window owner, String subnetId, Integer current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "0" : current.toString());
        dialog.setTitle(TEXT.get("freeIps.title"));
        dialog.setHeaderText(TEXT.get("freeIps.header", subnetId));
        dialog.setContentText(TEXT.get("freeIps.label"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().flatMap(FreeIpsDialog::parse);
    }

    /** A whole number, negatives read as 0; empty when it is not a number (the dialog said what is expected). */
    static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Math.max(0, Integer.parseInt(text.trim())));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
