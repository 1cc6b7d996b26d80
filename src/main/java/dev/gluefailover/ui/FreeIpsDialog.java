package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Edit ▸ Set free IPs (Ctrl+I) and the details' button: how many IPs a subnet has free in the
 * simulation; empty means "as captured".
 */
final class FreeIpsDialog {
    private static final Messages T = Messages.of("dialogs");

    /** What the user typed: a number of free IPs, "as captured", or something that is not a number. */
    sealed interface Answer {
        record Set(int freeIps) implements Answer {
        }

        record AsCaptured() implements Answer {
        }

        record NotANumber(String typed) implements Answer {
        }
    }

    private FreeIpsDialog() {
    }

    static Optional<Answer> ask(Window owner, String subnetId) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner);
        d.setTitle(T.get("freeIps.title"));
        d.setHeaderText(T.get("freeIps.header", subnetId));
        d.setContentText(T.get("freeIps.content"));
        ErrorDialog.speakTheToolsLanguage(d);
        return d.showAndWait().map(FreeIpsDialog::parse);
    }

    /** Asks, then sets the subnet's free IPs (or restores the captured figure); a typo gets the error dialog. */
    static void askAndApply(Window owner, MainViewModel vm, String subnetId) {
        ask(owner, subnetId).ifPresent(answer -> {
            if (answer instanceof Answer.Set n) {
                vm.setFreeIps(subnetId, n.freeIps());
            } else if (answer instanceof Answer.AsCaptured) {
                vm.setFreeIps(subnetId, null);
            } else if (answer instanceof Answer.NotANumber t) {
                ErrorDialog.show(owner, T.get("freeIps.notANumberTitle"), T.get("freeIps.notANumber", t.typed()), "",
                        T.get("freeIps.todo"));
            }
        });
    }

    /** The answer a typed text means (0 or more is a number of IPs). */
    static Answer parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return new Answer.AsCaptured();
        }
        OptionalInt n = number(t);
        return n.isPresent() ? new Answer.Set(n.getAsInt()) : new Answer.NotANumber(t);
    }

    private static OptionalInt number(String t) {
        try {
            int n = Integer.parseInt(t);
            return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
