package dev.gluefailover.ui;

import dev.gluefailover.export.ExportFile;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.review.FisExperiment;
import dev.gluefailover.review.FisRunbook;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulation ▸ Prove on AWS…: the AWS FIS experiment template that reproduces the current
 * simulation, and its runbook, shown side by side as the user sets the duration, the role and the
 * stop alarm; Save to folder writes both files atomically. Nothing is sent to AWS.
 */
final class ProveOnAwsDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ProveOnAwsDialog.class);
    private static final Messages TEXT = Messages.of("fis");
    static final String TEMPLATE_FILE = "experiment-template.json";
    static final String RUNBOOK_FILE = "runbook.md";

    private ProveOnAwsDialog() {
    }

    /** The two files for the current simulation, or why there are none. */
    record Contents(FisExperiment experiment, String template, String runbook, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Works out the files from what the window shows and what the fields say; never throws for bad input. */
    static Contents contents(MainViewModel vm, String duration, String roleArn, String stopAlarm) {
        if (vm.getEvaluation() == null) {
            return new Contents(null, "", "", TEXT.get("ui.noFailure"));
        }
        FisExperiment.Options options;
        try {
            options = new FisExperiment.Options(FisExperiment.Options.parseDuration(duration), blankToNull(roleArn),
                    blankToNull(stopAlarm));
        } catch (IllegalArgumentException e) {
            return new Contents(null, "", "", TEXT.get("ui.invalid", e.getMessage()));
        }
        FisExperiment x = FisExperiment.of(vm.getIndex(), vm.getSelectedJob(), vm.getSimulation(), options);
        if (x.actions().isEmpty()) {
            return new Contents(x, "", "", TEXT.get("ui.noFailure"));
        }
        String runbook = FisRunbook.markdown(vm.engine(), x, FisRunbook.expect(vm.engine(), x, vm.getSettings()),
                vm.getSnapshot().source(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return new Contents(x, x.json(), runbook, null);
    }

    /** Writes both files into the folder, each atomically. */
    static void save(Path folder, Contents c) throws IOException {
        ExportFile.write(folder.resolve(TEMPLATE_FILE), c.template());
        ExportFile.write(folder.resolve(RUNBOOK_FILE), c.runbook());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Shows the dialog; {@code status} hears where the files went. */
    static void show(Window owner, MainViewModel vm, Consumer<String> status) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(TEXT.get("ui.title"));
        d.setHeaderText(TEXT.get("ui.header"));
        d.setResizable(true);

        TextField duration = new TextField(FisExperiment.DEFAULT_DURATION.toString());
        TextField role = new TextField();
        role.setPromptText(TEXT.get("ui.placeholder"));
        TextField alarm = new TextField();
        alarm.setPromptText(TEXT.get("ui.placeholder"));
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, label(TEXT.get("ui.duration"), duration), duration);
        fields.addRow(1, label(TEXT.get("ui.role"), role), role);
        fields.addRow(2, label(TEXT.get("ui.alarm"), alarm), alarm);
        GridPane.setHgrow(role, Priority.ALWAYS);
        GridPane.setHgrow(alarm, Priority.ALWAYS);

        TextArea template = area();
        TextArea runbook = area();
        TabPane tabs = new TabPane(new Tab(TEXT.get("ui.template"), template), new Tab(TEXT.get("ui.runbook"), runbook));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("fis-problem");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        VBox content = new VBox(10, fields, problem, tabs);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefSize(900, 620);
        d.getDialogPane().setContent(content);

        ButtonType saveType = new ButtonType(TEXT.get("ui.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(TEXT.get("ui.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(saveType, closeType);
        Button save = (Button) d.getDialogPane().lookupButton(saveType);

        Contents[] current = new Contents[1];
        Runnable refresh = () -> {
            Contents c = contents(vm, duration.getText(), role.getText(), alarm.getText());
            current[0] = c;
            template.setText(c.template());
            runbook.setText(c.runbook());
            problem.setText(c.ok() ? "" : c.problem());
            problem.setManaged(!c.ok());
            problem.setVisible(!c.ok());
            save.setDisable(!c.ok());
        };
        duration.textProperty().addListener((o, a, b) -> refresh.run());
        role.textProperty().addListener((o, a, b) -> refresh.run());
        alarm.textProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();

        // Save keeps the dialog open when the folder chooser is cancelled or the write fails.
        save.addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ev.consume();
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(TEXT.get("ui.chooseFolder"));
            Path snapshotFile = vm.snapshotFileProperty().get();
            if (snapshotFile != null && snapshotFile.toAbsolutePath().getParent() != null) {
                chooser.setInitialDirectory(snapshotFile.toAbsolutePath().getParent().toFile());
            }
            File folder = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (folder == null || current[0] == null || !current[0].ok()) {
                return;
            }
            try {
                save(folder.toPath(), current[0]);
                status.accept(TEXT.get("ui.saved", TEMPLATE_FILE, RUNBOOK_FILE, folder));
                LOG.info("saved FIS experiment for {} to {}", vm.getSelectedJob().name(), folder);
                d.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot save FIS experiment to {}", folder, e);
                ErrorDialog.show(d.getDialogPane().getScene().getWindow(), TEXT.get("ui.cannotSave"),
                        folder.toString(), e.toString(), ErrorDialog.writeAdvice());
            }
        });
        d.showAndWait();
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setEditable(false);
        a.setWrapText(false);
        a.setStyle("-fx-font-family: monospace;");
        return a;
    }
}
