package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's one error dialog: what happened (header), the details as selectable text (so a
 * user can copy {@code file:line:column} or the exception) and what to do about it. Details a user
 * needs to act on (a file's line and field) show at once; raw details that only help a bug report
 * (an SDK's message) wait behind the dialog's Details expander.
 */
final class ErrorDialog {
    private static final Messages T = Messages.of("dialogs");

    private ErrorDialog() {
    }

    static void show(Window owner, String title, String header, String details, String whatToDo) {
        Alert a = alert(owner, title, header);
        Label todo = whatToDo(whatToDo);
        a.getDialogPane().setContent(new VBox(8, detailsArea(details), todo));
        speakTheToolsLanguage(a);
        a.showAndWait();
    }

    /**
     * An error dialog whose details are folded away behind "Show Details"; the caller shows it
     * (e.g. later, with {@code Platform.runLater(a::showAndWait)}, from inside a task's handler).
     */
    static Alert withFoldedDetails(Window owner, String title, String header, String whatToDo, String details) {
        Alert a = alert(owner, title, header);
        a.getDialogPane().setContent(whatToDo(whatToDo));
        a.getDialogPane().setExpandableContent(detailsArea(details));
        a.getDialogPane().setExpanded(false);
        speakTheToolsLanguage(a);
        return a;
    }

    private static Alert alert(Window owner, String title, String header) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setPrefWidth(640);
        a.getDialogPane().getStyleClass().add("error-dialog");
        return a;
    }

    private static Label whatToDo(String text) {
        Label todo = new Label(text);
        todo.setId("errorWhatToDo");
        todo.setWrapText(true);
        return todo;
    }

    private static TextArea detailsArea(String details) {
        TextArea text = new TextArea(details);
        text.setId("errorDetails");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, details.split("\n").length + 1)));
        return text;
    }

    /** The advice of every failed write: the atomic writer leaves the earlier file as it was. */
    static String writeAdvice() {
        return T.get("error.writeAdvice");
    }

    /**
     * Labels a dialog's standard buttons (OK, Cancel, Close) and its Show/Hide Details link in the
     * tool's language. JavaFX words them in the JVM's default locale, which is the OS's: a window
     * switched to Japanese on an English system (or the other way round) would show them in the
     * other language. The details link only exists once the dialog shows, so it is labelled then.
     */
    static void speakTheToolsLanguage(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        labelButtons(pane);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            labelButtons(pane);
            labelDetails(pane);
            // DialogPane words the link again on every toggle: word it after DialogPane has.
            pane.expandedProperty().addListener((o, was, is) -> javafx.application.Platform.runLater(
                    () -> labelDetails(pane)));
            javafx.application.Platform.runLater(() -> labelDetails(pane));
        });
    }

    private static void labelDetails(DialogPane pane) {
        if (pane.lookup(".details-button") instanceof Hyperlink details) {
            details.setText(T.get(pane.isExpanded() ? "details.hide" : "details.show"));
        }
    }

    private static void labelButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = type == ButtonType.OK ? "button.ok" : type == ButtonType.CANCEL ? "button.cancel"
                    : type == ButtonType.CLOSE ? "button.close" : null;
            if (key != null && pane.lookupButton(type) instanceof Button b) {
                b.setText(T.get(key));
            }
        }
    }
}
