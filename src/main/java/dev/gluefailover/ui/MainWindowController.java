package dev.gluefailover.ui;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotWarnings;
import dev.gluefailover.ui.diagram.DiagramView;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller of MainWindow.fxml, wiring only: it places the panels, binds menus, toolbar and
 * status bar to the view-model and turns menu actions into view-model commands. The exports are
 * {@link Exports}; the dialogs {@link SaveSnapshotDialog}, {@link FreeIpsDialog},
 * {@link ErrorDialog} and {@link AwsLoadDialog}; the headline {@link Headline}; the AZ presets
 * {@link AzPresets}; the status bar {@link StatusLine}; the What if tab's extra width
 * {@link WhatIfWidening}.
 */
public final class MainWindowController {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowController.class);
    private static final Messages TEXT = Messages.of("window");

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
    @FXML private javafx.scene.layout.VBox centreColumn;
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
    @FXML private Tab recommendationsTab;
    @FXML private MenuItem exportReviewItem;
    @FXML private MenuItem exportHtmlReviewItem;
    @FXML private MenuItem proveOnAwsItem;
    @FXML private MenuItem exportSvgItem;
    @FXML private MenuItem exportDrawioItem;
    @FXML private StatusBar statusBar;
    @FXML private MenuItem compareItem;
    @FXML private Menu compareSampleMenu;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private Menu languageMenu;
    @FXML private MenuItem scanItem;

    private ConnectionListPanel connectionList;
    private Headline headlineView;
    private ResilienceBadges resilience;
    private AzPresets presets;
    private Exports exports;
    private SnapshotFiles files;
    private WhatIfViewModel whatIf;
    private WhatIfPanel whatIfPanel;
    private RecommendationsViewModel recommendations;
    /** Started on first use: most sessions never compute pairs on a large network. */
    private java.util.concurrent.ExecutorService pairsExecutor;
    private StatusLine status;
    private NoticeBanner notice;
    private ComparePanel compare;
    private PresentationMode presentation;
    /** Set once another window's content has taken over (a language switch): nothing here reacts any more. */
    private boolean disposed;
    private ScanWindow scanWindow;
    private EditorViewModel editor;
    private final Tab editTab = new Tab();

    public MainWindowController(MainViewModel vm, WindowServices services) {
        this.vm = vm;
        this.services = services;
    }

    public DiagramView diagram() {
        return diagram;
    }

    /** The Recommendations tab's view-model (tests wait on its result). */
    RecommendationsViewModel recommendations() {
        return recommendations;
    }

    /** Presentation mode (F5): tests step drills through it. */
    PresentationMode presentation() {
        return presentation;
    }

    /** The scenario editor's view-model (tests edit through it). */
    EditorViewModel editor() {
        return editor;
    }

    /** The Edit tab: the scenario editor's property sheet beside Details; its menus; its drill warning. */
    private void installEditor() {
        editor = new EditorViewModel(vm);
        EditorPanel panel = new EditorPanel(editor);
        editTab.setId("editTab");
        editTab.setContent(panel);
        editTab.setClosable(false);
        editTab.setGraphic(new FontIcon("mdi2p-pencil-outline"));
        rightTabs.getTabs().add(rightTabs.getTabs().indexOf(detailsTab) + 1, editTab);
        Runnable showEditor = () -> rightTabs.getSelectionModel().select(editTab);
        EditMenus menus = new EditMenus(vm, editor, showEditor);
        diagram.setMenuAdditions(menus::itemsFor);
        menus.addTo(menuBar);
        NoticeBanner drills = new NoticeBanner(vm, diagramHolder, "drillWarning", javafx.geometry.Pos.TOP_CENTER, false);
        editor.drillWarningProperty().addListener((o, a, b) -> drills.show(b));
        drills.show(editor.drillWarningProperty().get());
        editor.lastEditProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                status.say(b);
            }
        });
        Runnable label = () -> editTab.setText(dev.gluefailover.i18n.Messages.of("editor-window").get("tab"));
        label.run();
        dev.gluefailover.i18n.Messages.onChange(l -> javafx.application.Platform.runLater(label));
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
        headlineView = new Headline(headline, headlineIcon, headlineText, headlineSub);
        resilience = new ResilienceBadges(vm);
        centreColumn.getChildren().add(centreColumn.getChildren().indexOf(headline) + 1, resilience.node());
        presets = new AzPresets(vm, simulationMenu, presetSeparator);
        status = new StatusLine(vm, statusBar);
        exports = new Exports(vm, diagram, this::window, status::say);
        files = new SnapshotFiles(vm, services, this::window, status::say);
        connectionList = new ConnectionListPanel(vm);
        VBox.setVgrow(connectionList, Priority.ALWAYS);
        leftColumn.getChildren().add(connectionList);

        diagram.setId("diagram");
        diagramHolder.getChildren().add(diagram);
        notice = new NoticeBanner(vm, diagramHolder);
        NoticeBanner warnings = new NoticeBanner(vm, diagramHolder, "snapshotWarnings", javafx.geometry.Pos.BOTTOM_CENTER,
                false);
        vm.warningsProperty().addListener((javafx.collections.ListChangeListener<SnapshotWarnings.Warning>) c ->
                warnings.show(warningText(vm.warningsProperty())));
        warnings.show(warningText(vm.warningsProperty()));
        diagram.selectedElementProperty().bindBidirectional(vm.selectedElementProperty());
        diagram.setOnToggleFailure(vm::toggleFailure);
        diagram.setOnToggleElement(vm::toggleElement); // one undo step per gesture, whatever it restores
        diagram.darkProperty().bind(vm.darkThemeProperty());
        // The whole network stays in view when the space for it changes (the view refits itself in its
        // layout pass, once it has its new size, and only while the user has not zoomed or panned).

        detailsTab.setContent(new DetailsPanel(vm, services::openLink, this::askFreeIps));
        simulationTab.setContent(new SimulationPanel(vm));
        settingsTab.setContent(new SettingsPanel(vm));
        whatIf = new WhatIfViewModel(vm, this::runPairs, javafx.application.Platform::runLater);
        // Lazy: the matrix is computed only while its tab is showing.
        whatIf.activeProperty().bind(whatIfTab.selectedProperty());
        whatIfPanel = new WhatIfPanel(whatIf, vm);
        whatIfTab.setContent(whatIfPanel);
        WhatIfWidening widening = new WhatIfWidening(mainSplit, diagram);
        whatIfTab.selectedProperty().addListener((o, a, on) -> widening.showing(on));
        recommendations = RecommendationsViewModel.inBackground(vm);
        RecommendationsPanel.install(recommendationsTab, recommendations, status::say);
        javafx.beans.binding.Bindings.bindContent(diagram.proposedElements(), recommendations.proposedElements());
        // A changed copy that keeps the job (a preview, its undo) fires no job change: draw it here.
        vm.indexProperty().addListener((o, a, b) -> {
            if (a != null && b != null && vm.getSelectedJob() != null
                    && b.snapshot().job(vm.getSelectedJob().name()).orElse(null) == vm.getSelectedJob()) {
                redrawDiagram();
            }
        });
        installEditor();
        // A selection in the diagram or the list is a question about that element: answer it (in the
        // Edit tab while that is open: the sheet follows the selection).
        vm.selectedElementProperty().addListener((o, a, b) -> {
            if (b != null && !editTab.isSelected()) {
                rightTabs.getSelectionModel().select(detailsTab);
            }
        });

        fillLanguageMenu();

        presentation = new PresentationMode(vm, new PresentationMode.Parts(root, mainSplit, leftColumn, centreColumn,
                rightTabs, headline, resilience.node(), diagram));
        PresentationMenu.addTo(menuBar, presentation);

        files.fillSampleMenu(sampleMenu);
        compare = new ComparePanel(vm, diagram, this::window, status::say);
        compare.install(rightTabs);
        CompactTabs.install(rightTabs);
        compare.fillMenu(compareItem, compareSampleMenu);
        files.followRecentFiles(recentMenu);

        undoItem.disableProperty().bind(vm.canUndoProperty().not());
        redoItem.disableProperty().bind(vm.canRedoProperty().not());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        saveItem.disableProperty().bind(vm.snapshotProperty().isNull());
        exportReviewItem.disableProperty().bind(vm.evaluationProperty().isNull());
        exportHtmlReviewItem.setText(Messages.of("report").get("ui.menu"));
        exportHtmlReviewItem.disableProperty().bind(vm.evaluationProperty().isNull());
        scanItem.setText(Messages.of("scan-window").get("menu.scan"));
        proveOnAwsItem.setText(Messages.of("fis").get("ui.menu"));
        proveOnAwsItem.disableProperty().bind(vm.evaluationProperty().isNull());
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


        vm.snapshotProperty().addListener((o, a, b) -> onSnapshotChanged(a, b));
        vm.selectedJobProperty().addListener((o, a, b) -> {
            if (b != null) {
                jobSelector.setValue(b.name());
                redrawDiagram();
            }
        });
        vm.evaluationProperty().addListener((o, a, b) -> onEvaluation(a, b));
        vm.simulationProperty().addListener((o, a, b) -> showFailures());
        vm.selectedElementProperty().addListener((o, a, b) -> updateSelectionActions());
        updateSelectionActions();

        if (vm.getSnapshot() != null) {
            onSnapshotChanged(null, vm.getSnapshot());
            redrawDiagram();
            jobSelector.setValue(vm.getSelectedJob().name());
            onEvaluation(null, vm.getEvaluation());
        }
        showFailures();
        labelUndo();
    }

    // --- reacting to the view-model ------------------------------------------------------------

    /** Rebuilds the diagram for the current snapshot and job, with the VPCs the user asked for. */
    private void redrawDiagram() {
        if (disposed || vm.getIndex() == null || vm.getSelectedJob() == null) {
            return;
        }
        diagram.show(vm.getIndex(), vm.getSelectedJob(), vm.getEvaluation(),
                LayoutOptions.defaults().withShowAllVpcs(vm.showAllVpcsProperty().get()));
    }

    private void onSnapshotChanged(Snapshot before, Snapshot after) {
        // Reorders also give a new snapshot; the AZ presets only change with another network.
        if (after != null && (before == null || !before.availabilityZones().equals(after.availabilityZones()))) {
            presets.fill(after);
        }
    }

    private void onEvaluation(Evaluation before, Evaluation after) {
        if (disposed || after == null) {
            return;
        }
        // Always restyle: a new snapshot, job or order rebuilds the diagram first (with whatever
        // evaluation the view-model held then), and only this evaluation is current.
        diagram.update(after);
        headlineView.show(before, after);
        resilience.show(after);
        updateSelectionActions();
    }

    private void showFailures() {
        if (disposed) {
            return;
        }
        boolean none = vm.getSimulation().isEmpty();
        restoreAllItem.setDisable(none);
        restoreAllEditItem.setDisable(none);
        restoreButton.setDisable(none);
        presets.showChecks();
    }

    private void labelUndo() {
        List<MainViewModel.Step> u = vm.undoStackProperty();
        List<MainViewModel.Step> r = vm.redoStackProperty();
        undoItem.setText(u.isEmpty() ? TEXT.get("menu.undo") : TEXT.get("menu.undoStep", u.get(u.size() - 1).description()));
        redoItem.setText(r.isEmpty() ? TEXT.get("menu.redo") : TEXT.get("menu.redoStep", r.get(r.size() - 1).description()));
    }

    private void updateSelectionActions() {
        ElementRef ref = vm.selectedElementProperty().get();
        boolean connection = ref != null && ref.kind() == ElementKind.CONNECTION;
        moveUpItem.setDisable(!connection);
        moveDownItem.setDisable(!connection);
        toggleSelectedItem.setDisable(vm.failureFor(ref).isEmpty());
        freeIpsItem.setDisable(ref == null || ref.kind() != ElementKind.SUBNET);
    }

    // --- menu actions ---------------------------------------------------------------------------

    @FXML
    private void onOpen() {
        files.chooseAndOpen();
    }

    /** File ▸ Open design…: a template or plan, its assumed values said in the notice banner. */
    @FXML
    private void onOpenDesign() {
        String said = files.chooseAndOpenDesign();
        if (said != null) {
            notice.show(said);
        }
    }

    /** "This snapshot holds 2 things AWS cannot have: subnet …; vpc …", or null when it holds none. */
    static String warningText(java.util.List<SnapshotWarnings.Warning> list) {
        if (list.isEmpty()) {
            return null;
        }
        String shown = String.join(TEXT.get("warnings.separator"), list.stream().limit(4)
                .map(SnapshotWarnings.Warning::text).toList());
        return TEXT.get("warnings.text", list.size(), shown, Math.max(0, list.size() - 4));
    }

    /**
     * Opens a snapshot file; on failure an error dialog names file, line and field and the
     * window keeps showing what it showed.
     */
    public boolean open(Path file) {
        return files.open(file);
    }

    /**
     * Shows what the command line asked for: the sample, then the file. What cannot be shown is
     * said in the window, over a sample so the window is never empty: a notice over the diagram
     * ("No sample named 'x'; showing seed-article. Samples: …", "Could not open f.json: …"), and for
     * a file the error dialog with its problems once the window shows.
     */
    void openAtStart(ExplorerApp.StartOptions options) {
        String missingSample = null;
        if (options.sample() != null) {
            if (Samples.find(options.sample()).isPresent()) {
                vm.openSample(options.sample());
            } else {
                LOG.warn("no sample named {}; showing {}", options.sample(), ExplorerApp.DEFAULT_SAMPLE);
                missingSample = options.sample();
                vm.openSample(ExplorerApp.DEFAULT_SAMPLE);
            }
        }
        if (vm.getSnapshot() == null) {
            vm.openSample(ExplorerApp.DEFAULT_SAMPLE);
        }
        String shown = vm.shownSample().orElse(vm.snapshotLabelProperty().get());
        SnapshotFiles.OpenProblem fileProblem = null;
        if (options.snapshot() != null) {
            fileProblem = files.tryOpen(options.snapshot()).orElse(null);
            if (fileProblem == null) {
                shown = null;
            } else {
                SnapshotFiles.OpenProblem p = fileProblem;
                String meanwhile = TEXT.get("start.meanwhile", shown);
                // Once the window shows, so the dialog has a window to sit on and start() is not held up.
                javafx.application.Platform.runLater(() -> files.showProblem(p, meanwhile));
            }
        }
        notice.show(StartNotice.text(missingSample, Samples.names(), fileProblem, shown));
    }

    @FXML
    private void onCompare() {
        compare.chooseFile();
    }

    /** Compare mode (File ▸ Compare with…), for tests and the README pictures. */
    ComparePanel compare() {
        return compare;
    }

    @FXML
    private void onLoadFromAws() {
        new AwsLoadDialog(window(), status, services.aws()).showAndLoad().ifPresent(r -> vm.loadFromAws(r.snapshot(), r.label()));
    }

    /** File ▸ Scan account…: one account view per window, shown again (with its last scan) when asked again. */
    @FXML
    private void onScanAccount() {
        if (scanWindow == null) {
            scanWindow = new ScanWindow(window(), vm, services.aws());
        }
        scanWindow.show();
    }

    /** The account view, once File ▸ Scan account has opened it (tests drive it). */
    ScanWindow scanWindow() {
        return scanWindow;
    }

    @FXML
    private void onSave() {
        files.save();
    }

    @FXML
    private void onExport1x() {
        exports.choosePng(1);
    }

    @FXML
    private void onExport2x() {
        exports.choosePng(2);
    }

    @FXML
    private void onExportSvg() {
        exports.chooseSvg();
    }

    @FXML
    private void onExportDrawio() {
        exports.chooseDrawio();
    }

    @FXML
    private void onExportReview() {
        exports.chooseReview();
    }

    @FXML
    private void onExportHtmlReview() {
        exports.chooseHtmlReview();
    }

    @FXML
    private void onProveOnAws() {
        ProveOnAwsDialog.show(window(), vm, status::say);
    }

    /** Writes the self-contained HTML review of what the window shows, atomically. */
    public void exportHtmlReview(Path file) {
        exports.htmlReview(file);
    }

    /** Writes the diagram, as drawn, to a PNG at the given scale (1 or 2), atomically. */
    public void exportPng(Path file, double scale) {
        exports.png(file, scale);
    }

    /** Writes the diagram as SVG or as a draw.io file, atomically. */
    public void exportVector(Path file, boolean drawio) {
        exports.vector(file, drawio);
    }

    /** Writes the Markdown review of what the window shows, atomically. */
    public void exportReview(Path file) {
        exports.review(file);
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
        vm.toggleElement(vm.selectedElementProperty().get());
    }

    @FXML
    private void onSetFreeIps() {
        ElementRef ref = vm.selectedElementProperty().get();
        if (ref != null && ref.kind() == ElementKind.SUBNET) {
            askFreeIps(ref.id());
        }
    }

    private void askFreeIps(String subnetId) {
        FreeIpsDialog.askAndApply(window(), vm, subnetId);
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
    private void onShowRecommendations() {
        rightTabs.getSelectionModel().select(recommendationsTab);
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

    // --- language -----------------------------------------------------------------------------

    /**
     * View ▸ Language: one radio item per language the tool speaks, each named in itself. Choosing
     * one switches {@link Messages}; the window hears it and builds itself again in that language.
     */
    private void fillLanguageMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (java.util.Locale l : Messages.LANGUAGES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    TEXT.get("language." + l.getLanguage()));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.equals(Messages.language()));
            item.setOnAction(e -> javafx.application.Platform.runLater(() -> Messages.setLanguage(l)));
            languageMenu.getItems().add(item);
        }
    }

    /** What the user arranged in the window that the view-model does not hold: carried into a rebuilt window. */
    record Look(int tab, double[] dividers, DiagramView.ViewState diagram) {
    }

    Look look() {
        return new Look(rightTabs.getSelectionModel().getSelectedIndex(), mainSplit.getDividerPositions(),
                diagram.viewState());
    }

    void restore(Look look) {
        if (look.tab() >= 0 && look.tab() < rightTabs.getTabs().size()) {
            rightTabs.getSelectionModel().select(look.tab());
        }
        if (look.dividers().length == mainSplit.getDividers().size()) {
            mainSplit.setDividerPositions(look.dividers());
        }
        diagram.restoreViewState(look.diagram());
    }

    /**
     * This window's content is being replaced (another language): it stops computing and stops
     * following the view-model, which the new content takes over as it is.
     */
    void dispose() {
        disposed = true;
        if (presentation.isActive()) {
            presentation.leave();
        }
        if (recommendations.getPreviewing() != null) {
            recommendations.leavePreview();
        }
        whatIf.activeProperty().unbind();
        whatIf.activeProperty().set(false);
        recommendations.activeProperty().unbind();
        recommendations.activeProperty().set(false);
        diagram.selectedElementProperty().unbindBidirectional(vm.selectedElementProperty());
        diagram.darkProperty().unbind();
        javafx.beans.binding.Bindings.unbindContent(diagram.proposedElements(), recommendations.proposedElements());
        darkThemeItem.selectedProperty().unbindBidirectional(vm.darkThemeProperty());
        themeButton.selectedProperty().unbindBidirectional(vm.darkThemeProperty());
        runChecksItem.selectedProperty().unbindBidirectional(vm.showRunChecksProperty());
        allVpcsItem.selectedProperty().unbindBidirectional(vm.showAllVpcsProperty());
        if (pairsExecutor != null) {
            pairsExecutor.shutdownNow();
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** An error dialog that says what happened and what to do; the details are selectable text. */
    void error(String title, String header, String details, String whatToDo) {
        ErrorDialog.show(window(), title, header, details, whatToDo);
    }
}
