package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.export.DrawioDiagram;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.export.SvgDiagram;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.ui.diagram.DiagramView;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin controller of MainWindow.fxml: it places the panels, binds menus and the status bar
 * to the view-model and turns menu actions into view-model commands and dialogs.
 */
public final class MainWindowController {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowController.class);

    private final MainViewModel vm;
    private final WindowServices services;
    private final DiagramView diagram = new DiagramView();

    @FXML private BorderPane root;
    @FXML private Menu sampleMenu;
    @FXML private Menu recentMenu;
    @FXML private Menu simulationMenu;
    @FXML private SeparatorMenuItem presetSeparator;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem restoreAllItem;
    @FXML private MenuItem restoreAllEditItem;
    @FXML private MenuItem moveUpItem;
    @FXML private MenuItem moveDownItem;
    @FXML private MenuItem toggleSelectedItem;
    @FXML private MenuItem freeIpsItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private CheckMenuItem runChecksItem;
    @FXML private CheckMenuItem allVpcsItem;
    @FXML private ComboBox<String> jobSelector;
    @FXML private Label jobLabel;
    @FXML private javafx.scene.control.Separator jobSeparator;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button restoreButton;
    @FXML private ToggleButton themeButton;
    @FXML private SplitPane mainSplit;
    @FXML private VBox leftColumn;
    @FXML private HBox headline;
    @FXML private FontIcon headlineIcon;
    @FXML private Label headlineText;
    @FXML private Label headlineSub;
    @FXML private StackPane diagramHolder;
    @FXML private TabPane rightTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab simulationTab;
    @FXML private Tab settingsTab;
    @FXML private Tab whatIfTab;
    @FXML private MenuItem exportReviewItem;
    @FXML private MenuItem exportSvgItem;
    @FXML private MenuItem exportDrawioItem;
    @FXML private StatusBar statusBar;

    private ConnectionListPanel connectionList;
    private WhatIfViewModel whatIf;
    private WhatIfPanel whatIfPanel;
    /** Started on first use: most sessions never compute pairs on a large network. */
    private java.util.concurrent.ExecutorService pairsExecutor;
    private final Label ruleSetLabel = new Label();
    private final Label failuresLabel = new Label();

    public MainWindowController(MainViewModel vm, WindowServices services) {
        this.vm = vm;
        this.services = services;
    }

    public DiagramView diagram() {
        return diagram;
    }

    /** The What if tab's view-model (tests drive the retry choices through it). */
    WhatIfViewModel whatIf() {
        return whatIf;
    }

    private void runPairs(Runnable work) {
        if (pairsExecutor == null) {
            pairsExecutor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "what-if-pairs");
                t.setDaemon(true); // never keeps the app alive after the window closes
                return t;
            });
        }
        pairsExecutor.execute(work);
    }

    @FXML
    private void initialize() {
        connectionList = new ConnectionListPanel(vm);
        VBox.setVgrow(connectionList, Priority.ALWAYS);
        leftColumn.getChildren().add(connectionList);

        diagram.setId("diagram");
        diagramHolder.getChildren().add(diagram);
        diagram.selectedElementProperty().bindBidirectional(vm.selectedElementProperty());
        diagram.setOnToggleFailure(vm::toggleFailure);
        diagram.darkProperty().bind(vm.darkThemeProperty());
        // The whole network in view whenever the space for it changes (window resized, panels moved).
        diagramHolder.widthProperty().addListener((o, a, b) -> diagram.fitToWindow());
        diagramHolder.heightProperty().addListener((o, a, b) -> diagram.fitToWindow());

        detailsTab.setContent(new DetailsPanel(vm, services::openLink, this::askFreeIps));
        simulationTab.setContent(new SimulationPanel(vm));
        settingsTab.setContent(new SettingsPanel(vm));
        whatIf = new WhatIfViewModel(vm, this::runPairs, javafx.application.Platform::runLater);
        // Lazy: the matrix is computed only while its tab is showing.
        whatIf.activeProperty().bind(whatIfTab.selectedProperty());
        whatIfPanel = new WhatIfPanel(whatIf, vm);
        whatIfTab.setContent(whatIfPanel);
        whatIfTab.selectedProperty().addListener((o, a, on) -> widenForWhatIf(on));
        // A selection in the diagram or the list is a question about that element: answer it.
        vm.selectedElementProperty().addListener((o, a, b) -> {
            if (b != null) {
                rightTabs.getSelectionModel().select(detailsTab);
            }
        });

        fillSampleMenu();
        vm.recentFiles().files().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecentMenu());
        fillRecentMenu();

        undoItem.disableProperty().bind(vm.canUndoProperty().not());
        redoItem.disableProperty().bind(vm.canRedoProperty().not());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        saveItem.disableProperty().bind(vm.snapshotProperty().isNull());
        exportReviewItem.disableProperty().bind(vm.evaluationProperty().isNull());
        exportSvgItem.disableProperty().bind(vm.evaluationProperty().isNull());
        exportDrawioItem.disableProperty().bind(vm.evaluationProperty().isNull());
        vm.undoStackProperty().addListener((javafx.collections.ListChangeListener<MainViewModel.Step>) c -> labelUndo());
        vm.redoStackProperty().addListener((javafx.collections.ListChangeListener<MainViewModel.Step>) c -> labelUndo());

        darkThemeItem.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        themeButton.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        runChecksItem.selectedProperty().bindBidirectional(vm.showRunChecksProperty());
        allVpcsItem.selectedProperty().bindBidirectional(vm.showAllVpcsProperty());
        vm.showAllVpcsProperty().addListener((o, a, b) -> redrawDiagram());

        jobSelector.setItems(vm.jobNamesProperty());
        // Only a snapshot with several jobs needs a selector.
        jobSelector.visibleProperty().bind(vm.jobNamesProperty().sizeProperty().greaterThan(1));
        jobSelector.managedProperty().bind(jobSelector.visibleProperty());
        jobSelector.setOnAction(e -> {
            String name = jobSelector.getValue();
            if (name != null && vm.getSelectedJob() != null && !name.equals(vm.getSelectedJob().name())) {
                vm.selectJob(name);
            }
        });
        jobLabel.visibleProperty().bind(jobSelector.visibleProperty());
        jobLabel.managedProperty().bind(jobSelector.visibleProperty());
        jobSeparator.visibleProperty().bind(jobSelector.visibleProperty());
        jobSeparator.managedProperty().bind(jobSelector.visibleProperty());

        statusBar.setText("");
        ruleSetLabel.getStyleClass().add("rule-set-label");
        failuresLabel.getStyleClass().add("failures-label");
        statusBar.getLeftItems().add(ruleSetLabel);
        statusBar.getRightItems().add(failuresLabel);

        vm.snapshotProperty().addListener((o, a, b) -> onSnapshotChanged(a, b));
        vm.snapshotLabelProperty().addListener((o, a, b) -> showSource());
        vm.selectedJobProperty().addListener((o, a, b) -> {
            if (b != null) {
                jobSelector.setValue(b.name());
                redrawDiagram();
            }
        });
        vm.evaluationProperty().addListener((o, a, b) -> onEvaluation(a, b));
        vm.simulationProperty().addListener((o, a, b) -> showFailures());
        vm.settingsProperty().addListener((o, a, b) -> ruleSetLabel.setText("Rules " + b.ruleSet()));
        vm.selectedElementProperty().addListener((o, a, b) -> updateSelectionActions());
        updateSelectionActions();

        if (vm.getSnapshot() != null) {
            onSnapshotChanged(null, vm.getSnapshot());
            redrawDiagram();
            jobSelector.setValue(vm.getSelectedJob().name());
            onEvaluation(null, vm.getEvaluation());
        }
        ruleSetLabel.setText("Rules " + vm.getSettings().ruleSet());
        showFailures();
        labelUndo();
    }

    // --- reacting to the view-model ------------------------------------------------------------

    /** Rebuilds the diagram for the current snapshot and job, with the VPCs the user asked for. */
    private void redrawDiagram() {
        if (vm.getIndex() == null || vm.getSelectedJob() == null) {
            return;
        }
        diagram.show(vm.getIndex(), vm.getSelectedJob(), vm.getEvaluation(),
                LayoutOptions.defaults().withShowAllVpcs(vm.showAllVpcsProperty().get()));
    }

    private void onSnapshotChanged(Snapshot before, Snapshot after) {
        // Reorders also give a new snapshot; the AZ presets only change with another network.
        if (after != null && (before == null || !before.availabilityZones().equals(after.availabilityZones()))) {
            fillPresets(after);
        }
        showSource();
    }

    private void showSource() {
        Snapshot s = vm.getSnapshot();
        statusBar.setText(vm.snapshotLabelProperty().get() + (s == null ? "" : "  ·  " + s.region().name()
                + (s.region().accountId() == null ? "" : "  ·  account " + s.region().accountId())
                + (s.capturedAt() == null ? "" : "  ·  captured " + s.capturedAt())));
    }

    private void onEvaluation(Evaluation before, Evaluation after) {
        if (after == null) {
            return;
        }
        // Always restyle: a new snapshot, job or order rebuilds the diagram first (with whatever
        // evaluation the view-model held then), and only this evaluation is current.
        diagram.update(after);
        showHeadline(after);
        boolean choiceChanged = before != null && before.job().name().equals(after.job().name())
                && !before.chosen().map(ConnectionEvaluation::name).equals(after.chosen().map(ConnectionEvaluation::name));
        if (choiceChanged) {
            FadeTransition fade = new FadeTransition(Duration.millis(450), headline);
            fade.setFromValue(0.25);
            fade.setToValue(1);
            fade.play();
        }
        updateSelectionActions();
    }

    private void showHeadline(Evaluation e) {
        headline.getStyleClass().removeAll("headline-ok", "headline-warn", "headline-fail");
        Optional<ConnectionEvaluation> chosen = e.chosen();
        String text = e.headline();
        if (chosen.isEmpty()) {
            headline.getStyleClass().add("headline-fail");
            headlineIcon.setIconLiteral("mdi2c-close-octagon");
            String reasons = String.join("; ", e.connections().stream()
                    .map(c -> "#" + c.order() + " " + c.name() + " " + c.blockingCheck().map(CheckResult::code)
                            .orElse(c.verdict().name()))
                    .toList());
            headlineText.setText(text + ".");
            headlineSub.setText(reasons.isEmpty() ? "The job lists no connection." : reasons);
        } else {
            boolean warn = !e.runWouldSucceed() || !e.choiceCertain();
            headline.getStyleClass().add(warn ? "headline-warn" : "headline-ok");
            headlineIcon.setIconLiteral(warn ? "mdi2a-alert" : "mdi2c-check-decagram");
            headlineText.setText(text);
            List<String> skipped = e.connections().stream()
                    .filter(c -> c.order() < chosen.get().order() && c.verdict() != Verdict.CHOSEN)
                    .map(c -> "#" + c.order() + " " + c.name() + " skipped: "
                            + c.blockingCheck().map(CheckResult::code).orElse(c.verdict().name()))
                    .toList();
            headlineSub.setText(skipped.isEmpty() ? "The first connection in job order passes every selection check."
                    : String.join("  ·  ", skipped));
        }
    }

    private void showFailures() {
        List<SimulatedFailure> failures = vm.getSimulation().failures();
        failuresLabel.setText(failures.isEmpty() ? "No simulated failure"
                : "Simulated: " + String.join(", ", failures.stream().map(SimulatedFailure::describe).toList()));
        failuresLabel.getStyleClass().remove("has-failures");
        if (!failures.isEmpty()) {
            failuresLabel.getStyleClass().add("has-failures");
        }
        restoreAllItem.setDisable(failures.isEmpty());
        restoreAllEditItem.setDisable(failures.isEmpty());
        restoreButton.setDisable(failures.isEmpty());
        simulationMenu.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                .map(i -> (CheckMenuItem) i)
                .forEach(i -> i.setSelected(vm.isFailed(new SimulatedFailure.AzOutage((String) i.getUserData()))));
    }

    private void labelUndo() {
        List<MainViewModel.Step> u = vm.undoStackProperty();
        List<MainViewModel.Step> r = vm.redoStackProperty();
        undoItem.setText(u.isEmpty() ? "Undo" : "Undo: " + u.get(u.size() - 1).description());
        redoItem.setText(r.isEmpty() ? "Redo" : "Redo: " + r.get(r.size() - 1).description());
    }

    private void updateSelectionActions() {
        ElementRef ref = vm.selectedElementProperty().get();
        boolean connection = ref != null && ref.kind() == ElementKind.CONNECTION;
        moveUpItem.setDisable(!connection);
        moveDownItem.setDisable(!connection);
        toggleSelectedItem.setDisable(vm.failureFor(ref).isEmpty());
        freeIpsItem.setDisable(ref == null || ref.kind() != ElementKind.SUBNET);
    }

    private void fillSampleMenu() {
        sampleMenu.getItems().clear();
        for (Samples.Sample s : Samples.all()) {
            MenuItem item = new MenuItem(s.name() + " — " + s.title());
            item.setId("sample-" + s.name());
            item.setOnAction(e -> vm.openSample(s.name()));
            sampleMenu.getItems().add(item);
        }
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles().files()) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** "AZ outage: us-east-1a (use1-az1)" per zone, Alt+1…Alt+9, right after the separator. */
    private void fillPresets(Snapshot s) {
        simulationMenu.getItems().removeIf(i -> i instanceof CheckMenuItem);
        int at = simulationMenu.getItems().indexOf(presetSeparator) + 1;
        int n = 0;
        for (AvailabilityZone z : s.availabilityZones()) {
            n++;
            CheckMenuItem item = new CheckMenuItem("AZ outage: " + z.label());
            item.setUserData(z.zoneId());
            item.setId("preset-" + z.zoneId());
            if (n <= 9) {
                item.setAccelerator(KeyCombination.keyCombination("Alt+" + n));
            }
            item.setOnAction(e -> vm.setAzOutage(z.zoneId(), item.isSelected()));
            simulationMenu.getItems().add(at++, item);
        }
        showFailures();
    }

    // --- menu actions ---------------------------------------------------------------------------

    @FXML
    private void onOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open snapshot");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Snapshots (JSON, YAML)", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            open(f.toPath());
        }
    }

    /**
     * Opens a snapshot file; on failure an error dialog names file, line and field and the
     * window keeps showing what it showed.
     */
    public boolean open(Path file) {
        try {
            vm.openSnapshot(file);
            return true;
        } catch (SnapshotFormatException e) {
            LOG.info("cannot open {}: {}", file, e.getMessage());
            error("Cannot open snapshot", file.getFileName() + " is not a valid snapshot", e.getMessage(),
                    "Fix the file at the line and field named above and open it again. The current view is unchanged.");
        } catch (NoSuchFileException e) {
            error("Cannot open snapshot", file.getFileName() + " does not exist", file.toAbsolutePath().toString(),
                    "Check the path; the file may have been moved or deleted.");
        } catch (IOException e) {
            error("Cannot open snapshot", "Cannot read " + file.getFileName(), e.toString(),
                    "Check that the file is readable by you.");
        } catch (RuntimeException e) {
            LOG.warn("cannot show {}", file, e);
            error("Cannot open snapshot", file.getFileName() + " cannot be shown", String.valueOf(e.getMessage()),
                    "The file was read but holds nothing to evaluate.");
        }
        return false;
    }

    @FXML
    private void onLoadFromAws() {
        new AwsLoadDialog(window(), statusBar, services.aws()).showAndLoad().ifPresent(r -> vm.loadFromAws(r.snapshot(), r.label()));
    }

    @FXML
    private void onSave() {
        if (vm.getSnapshot() == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window());
        ask.setTitle("Save snapshot");
        ask.setHeaderText("Save the snapshot, with your connection order, as JSON or YAML");
        CheckBox redact = new CheckBox("Redact: replace account id, names, tags, JDBC hosts and CIDRs "
                + "with stable pseudonyms (for sharing)");
        redact.setId("redactCheck");
        redact.setWrapText(true);
        redact.setDisable(services.redaction() == null);
        Label note = new Label("Simulated failures are not saved: a snapshot is the network as captured.");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        ask.getDialogPane().setContent(new VBox(10, redact, note));
        ask.getButtonTypes().setAll(new ButtonType("Choose file…", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData().isCancelButton()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save snapshot");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        chooser.setInitialFileName(vm.getSelectedJob().name() + (redact.isSelected() ? "-redacted" : "") + ".json");
        File f = chooser.showSaveDialog(window());
        if (f == null) {
            return;
        }
        try {
            vm.save(f.toPath(), redact.isSelected() ? services.redaction() : s -> s);
            statusBar.setText("Saved " + f.getName());
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot save {}", f, e);
            error("Cannot save snapshot", "Cannot write " + f.getName(), e.toString(),
                    "Choose another folder or free some disk space; any earlier file of that name is unchanged.");
        }
    }

    @FXML
    private void onExport1x() {
        export(1);
    }

    @FXML
    private void onExport2x() {
        export(2);
    }

    private void export(double scale) {
        File f = chooseExportFile("PNG", "PNG image", (scale > 1 ? "@2x" : "") + ".png");
        if (f != null) {
            exportPng(f.toPath(), scale);
        }
    }

    /** The save dialog of every diagram export: one filter, the job's name as the file name. */
    private File chooseExportFile(String format, String filterName, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export diagram as " + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                "*" + suffix.substring(suffix.lastIndexOf('.'))));
        String job = vm.getSelectedJob() == null ? "diagram" : vm.getSelectedJob().name();
        chooser.setInitialFileName(job + suffix);
        return chooser.showSaveDialog(window());
    }

    @FXML
    private void onExportSvg() {
        File f = chooseExportFile("SVG", "SVG image", ".svg");
        if (f != null) {
            exportVector(f.toPath(), false);
        }
    }

    @FXML
    private void onExportDrawio() {
        File f = chooseExportFile("draw.io", "draw.io diagram", ".drawio");
        if (f != null) {
            exportVector(f.toPath(), true);
        }
    }

    /**
     * Writes the diagram as drawn (same arrangement, the window's theme for SVG) as SVG or as a
     * draw.io file, atomically; says so in the status bar as the PNG export does.
     */
    public void exportVector(Path file, boolean drawio) {
        String what = drawio ? "draw.io" : "SVG";
        try {
            Diagram d = diagram.diagram();
            if (d == null) {
                return;
            }
            ExportFile.write(file, drawio ? DrawioDiagram.render(d, vm.getEvaluation())
                    : SvgDiagram.render(d, vm.getEvaluation(), diagram.darkProperty().get()));
            statusBar.setText("Exported " + file.getFileName() + " (" + what + ")");
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot export {}", file, e);
            error("Cannot export " + what, "Cannot write " + file.getFileName(), e.toString(),
                    "Choose another folder or free some disk space; any earlier file of that name is unchanged.");
        }
    }

    /** Writes the diagram, as drawn, to a PNG at the given scale (1 or 2). */
    public void exportPng(Path file, double scale) {
        try {
            WritableImage image = diagram.renderImage(scale);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            statusBar.setText("Exported " + file.getFileName() + " (" + (int) image.getWidth() + "×"
                    + (int) image.getHeight() + ")");
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot export {}", file, e);
            error("Cannot export PNG", "Cannot write " + file.getFileName(), e.toString(),
                    "Choose another folder or free some disk space.");
        }
    }

    @FXML
    private void onExportReview() {
        if (vm.getEvaluation() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export review as Markdown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        chooser.setInitialFileName(vm.getSelectedJob().name() + "-review.md");
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            exportReview(f.toPath());
        }
    }

    /** Writes the Markdown review of what the window shows; says so in the status bar. */
    public void exportReview(Path file) {
        try {
            vm.exportReview(file);
            int failures = vm.getSimulation().failures().size();
            statusBar.setText("Exported review " + file.getFileName() + " (" + vm.getSelectedJob().name()
                    + (failures == 0 ? "" : ", " + failures + " simulated failure" + (failures == 1 ? "" : "s")) + ")");
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot export review {}", file, e);
            error("Cannot export review", "Cannot write " + file.getFileName(), e.toString(),
                    "Choose another folder or free some disk space; any earlier file of that name is unchanged.");
        }
    }

    @FXML
    private void onQuit() {
        window().hide();
    }

    @FXML
    private void onUndo() {
        vm.undo();
    }

    @FXML
    private void onRedo() {
        vm.redo();
    }

    @FXML
    private void onRestoreAll() {
        vm.restoreAll();
    }

    @FXML
    private void onMoveUp() {
        moveSelected(-1);
    }

    @FXML
    private void onMoveDown() {
        moveSelected(1);
    }

    private void moveSelected(int delta) {
        ElementRef ref = vm.selectedElementProperty().get();
        if (ref != null && ref.kind() == ElementKind.CONNECTION) {
            vm.move(ref.id(), delta);
            connectionList.listView().requestFocus();
        }
    }

    @FXML
    private void onToggleSelected() {
        vm.failureFor(vm.selectedElementProperty().get()).ifPresent(vm::toggleFailure);
    }

    @FXML
    private void onSetFreeIps() {
        ElementRef ref = vm.selectedElementProperty().get();
        if (ref != null && ref.kind() == ElementKind.SUBNET) {
            askFreeIps(ref.id());
        }
    }

    private void askFreeIps(String subnetId) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window());
        d.setTitle("Set free IPs");
        d.setHeaderText("Simulate how many IPs subnet " + subnetId + " has free");
        d.setContentText("Free IPs (empty = as captured):");
        d.showAndWait().ifPresent(text -> {
            String t = text.trim();
            if (t.isEmpty()) {
                vm.setFreeIps(subnetId, null);
                return;
            }
            try {
                vm.setFreeIps(subnetId, Integer.parseInt(t));
            } catch (IllegalArgumentException e) {
                error("Not a number of IPs", "'" + t + "' is not a whole number of 0 or more", "",
                        "Type a whole number such as 0, 3 or 250.");
            }
        });
    }

    @FXML
    private void onZoomIn() {
        diagram.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        diagram.zoomOut();
    }

    @FXML
    private void onFit() {
        diagram.fitToWindow();
    }

    @FXML
    private void onResetZoom() {
        diagram.resetZoom();
    }

    @FXML
    private void onFocusConnections() {
        connectionList.listView().requestFocus();
        if (connectionList.listView().getSelectionModel().isEmpty() && !connectionList.listView().getItems().isEmpty()) {
            connectionList.listView().getSelectionModel().select(0);
        }
    }

    @FXML
    private void onFocusDiagram() {
        diagram.requestFocus();
    }

    @FXML
    private void onShowDetails() {
        rightTabs.getSelectionModel().select(detailsTab);
        detailsTab.getContent().requestFocus();
    }

    @FXML
    private void onShowSimulation() {
        rightTabs.getSelectionModel().select(simulationTab);
        simulationTab.getContent().requestFocus();
    }

    @FXML
    private void onShowSettings() {
        rightTabs.getSelectionModel().select(settingsTab);
        settingsTab.getContent().requestFocus();
    }

    /** The right column's width the What if tab asks for: its table has four columns and the retries two. */
    private static final double WHAT_IF_WIDTH = 620;
    /** The divider position before the What if tab widened the column; NaN when it did not. */
    private double dividerBeforeWhatIf = Double.NaN;
    private double dividerSetForWhatIf = Double.NaN;

    /**
     * Widens the right column while the What if tab is showing (the diagram refits), and gives
     * the width back when another tab is chosen, unless the user moved the divider meanwhile.
     */
    private void widenForWhatIf(boolean showing) {
        if (mainSplit.getDividers().size() < 2) {
            return;
        }
        SplitPane.Divider divider = mainSplit.getDividers().get(1);
        double width = mainSplit.getWidth();
        if (showing) {
            double wanted = 1 - WHAT_IF_WIDTH / width;
            if (width > 0 && divider.getPosition() > wanted && wanted > mainSplit.getDividers().get(0).getPosition() + 0.25) {
                dividerBeforeWhatIf = divider.getPosition();
                divider.setPosition(wanted);
                dividerSetForWhatIf = divider.getPosition();
                refitDiagram();
            }
        } else if (!Double.isNaN(dividerBeforeWhatIf)) {
            if (Math.abs(divider.getPosition() - dividerSetForWhatIf) < 0.005) {
                divider.setPosition(dividerBeforeWhatIf);
                refitDiagram();
            }
            dividerBeforeWhatIf = Double.NaN;
        }
    }

    /**
     * The holder's width listener fires while the split pane lays out, before the diagram has its
     * new size; after a divider move we lay out first, then fit.
     */
    private void refitDiagram() {
        mainSplit.layout();
        diagram.fitToWindow();
    }

    /** Brings the What if tab to the front (the README pictures use it). */
    void showWhatIfTab() {
        rightTabs.getSelectionModel().select(whatIfTab);
    }

    /** Scrolls the What if tab down to its retry section. */
    void scrollWhatIfToRetries() {
        whatIfPanel.layout();
        whatIfPanel.setVvalue(whatIfPanel.getVmax());
    }

    @FXML
    private void onShowWhatIf() {
        rightTabs.getSelectionModel().select(whatIfTab);
        whatIfPanel.table().requestFocus();
        if (whatIfPanel.table().getSelectionModel().isEmpty() && !whatIfPanel.table().getItems().isEmpty()) {
            whatIfPanel.table().getSelectionModel().select(0);
        }
    }

    @FXML
    private void onFocusJob() {
        if (jobSelector.isVisible()) {
            jobSelector.requestFocus();
            jobSelector.show();
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** An error dialog that says what happened and what to do; the details are selectable text. */
    void error(String title, String header, String details, String whatToDo) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(window());
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
}
