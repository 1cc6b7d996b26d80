package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Save snapshot: first whether to redact (and that simulated failures are not saved),
 * then where. The answer is a file and the redaction choice; saving is the view-model's.
 */
final class SaveSnapshotDialog {
    private static final Messages T = Messages.of("dialogs");

    /** Where to save and whether to redact first. */
    record Answer(Path file, boolean redact) {
    }

    private SaveSnapshotDialog() {
    }

    /**
     * @param redactionAvailable false greys the Redact option out (no redaction configured)
     * @param jobName            the suggested file name's stem
     */
    static Optional<Answer> ask(Window owner, boolean redactionAvailable, String jobName) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle(T.get("save.title"));
        ask.setHeaderText(T.get("save.header"));
        CheckBox redact = new CheckBox(T.get("save.redact"));
        redact.setId("redactCheck");
        redact.setWrapText(true);
        redact.setDisable(!redactionAvailable);
        Label note = new Label(T.get("save.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        ask.getDialogPane().setContent(new VBox(10, redact, note));
        ask.getButtonTypes().setAll(new ButtonType(T.get("save.chooseFile"), ButtonType.OK.getButtonData()),
                ButtonType.CANCEL);
        ErrorDialog.speakTheToolsLanguage(ask);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData().isCancelButton()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(T.get("save.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(T.get("save.filterJson"), "*.json"),
                new FileChooser.ExtensionFilter(T.get("save.filterYaml"), "*.yaml", "*.yml"));
        chooser.setInitialFileName(jobName + (redact.isSelected() ? "-redacted" : "") + ".json");
        File f = chooser.showSaveDialog(owner);
        return f == null ? Optional.empty() : Optional.of(new Answer(f.toPath(), redact.isSelected()));
    }
}
