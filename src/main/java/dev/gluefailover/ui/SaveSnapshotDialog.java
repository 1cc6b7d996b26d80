package dev.gluefailover.ui;

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
        ask.setTitle("Save snapshot");
        ask.setHeaderText("Save the snapshot, with your connection order, as JSON or YAML");
        CheckBox redact = new CheckBox("Redact: replace account id, names, tags, JDBC hosts and CIDRs "
                + "with stable pseudonyms (for sharing)");
        redact.setId("redactCheck");
        redact.setWrapText(true);
        redact.setDisable(!redactionAvailable);
        Label note = new Label("Simulated failures are not saved: a snapshot is the network as captured.");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        ask.getDialogPane().setContent(new VBox(10, redact, note));
        ask.getButtonTypes().setAll(new ButtonType("Choose file…", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData().isCancelButton()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save snapshot");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        chooser.setInitialFileName(jobName + (redact.isSelected() ? "-redacted" : "") + ".json");
        File f = chooser.showSaveDialog(owner);
        return f == null ? Optional.empty() : Optional.of(new Answer(f.toPath(), redact.isSelected()));
    }
}
