package dev.gluefailover.ui;

import javafx.scene.control.Alert;
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
    private ErrorDialog() {
    }

    static void show(Window owner, String title, String header, String details, String whatToDo) {
        Alert a = alert(owner, title, header);
        Label todo = whatToDo(whatToDo);
        a.getDialogPane().setContent(new VBox(8, detailsArea(details), todo));
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
    static final String WRITE_ADVICE =
            "Choose another folder or free some disk space; any earlier file of that name is unchanged.";
}
