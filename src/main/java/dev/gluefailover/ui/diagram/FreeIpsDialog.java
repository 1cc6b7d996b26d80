package dev.gluefailover.ui.diagram;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** "Set free IPs…": asks for a subnet's simulated number of free IP addresses. */
final class FreeIpsDialog {
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
        dialog.setTitle("Set free IPs");
        dialog.setHeaderText("Free IP addresses in " + subnetId + " (0 = exhausted; Glue skips a subnet with none)");
        dialog.setContentText("Free IPs:");
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
