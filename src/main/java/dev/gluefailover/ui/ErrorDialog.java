package dev.gluefailover.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's one error dialog: what happened (header), the details as selectable text (so a
 * user can copy {@code file:line:column} or the exception) and what to do about it.
 */
final class ErrorDialog {
    private ErrorDialog() {
    }

    static void show(Window owner, String title, String header, String details, String whatToDo) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setId("errorDetails");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, details.split("\n").length + 1)));
        Label todo = new Label(whatToDo);
        todo.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, text, todo));
        a.getDialogPane().setPrefWidth(640);
        a.getDialogPane().getStyleClass().add("error-dialog");
        a.showAndWait();
    }

    /** The advice of every failed write: the atomic writer leaves the earlier file as it was. */
    static final String WRITE_ADVICE =
            "Choose another folder or free some disk space; any earlier file of that name is unchanged.";
}
