package dev.gluefailover.ui;

import atlantafx.base.theme.Styles;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.AwsLoadException;
import dev.gluefailover.aws.ScanClients;
import dev.gluefailover.aws.ScanTarget;
import dev.gluefailover.fleet.FleetReport;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.fleet.ScanPart;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.ui.diagram.WindowFont;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;

/**
 * File ▸ Scan account…: its own, non-modal window. Profiles (from ~/.aws) and regions to scan, an
 * optional endpoint URL, Scan with progress and a Cancel that stops the scan and leaves the window
 * as it was; or Open scan file… for a {@code capture --scan} file, without AWS. The jobs are ranked
 * worst first in a sortable, filterable table with the shared causes above it; a double-click (or
 * Enter) opens the job in the explorer. The logic is {@link ScanViewModel}'s; every AWS call and the
 * ranking run in a {@link Task}, never on the JavaFX thread.
 */
final class ScanWindow {
    private static final Logger LOG = LoggerFactory.getLogger(ScanWindow.class);
    private static final Messages TEXT = Messages.of("scan-window");

    private final MainViewModel explorer;
    private final Window mainWindow;
    private final AwsClientFactory aws;
    private final ScanViewModel model = new ScanViewModel();
    private final Stage stage = new Stage();
    private final Map<String, Profile> profiles;

    private final CheckComboBox<String> profileBox = new CheckComboBox<>();
    private final TextField regions = new TextField();
    private final TextField endpoint = new TextField();
    private final Label endpointError = new Label();
    private final BooleanProperty endpointInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Button scan = new Button(TEXT.get("button.scan"), new FontIcon("mdi2r-radar"));
    private final Button cancel = new Button(TEXT.get("button.cancel"), new FontIcon("mdi2c-close-circle-outline"));
    private final Button openFile = new Button(TEXT.get("button.openScanFile"), new FontIcon("mdi2f-folder-open"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label step = new Label();
    private final VBox causes = new VBox(2);
    private final VBox notices = new VBox(2);
    private final ScrollPane causesPane = new ScrollPane();
    private final Label summary = new Label();
    private final TextField filter = new TextField();
    private final javafx.scene.control.CheckBox atRisk = new javafx.scene.control.CheckBox(TEXT.get("toggle.atRisk"));
    private final Label count = new Label();
    private final Button exportCsv = new Button(TEXT.get("button.exportCsv"),
            new FontIcon("mdi2f-file-delimited-outline"));
    private final Button exportHtml = new Button(TEXT.get("button.exportHtml"), new FontIcon("mdi2l-language-html5"));
    private final ObservableList<ScanViewModel.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<ScanViewModel.Row> filtered = new FilteredList<>(rows);
    private final TableView<ScanViewModel.Row> table = new TableView<>();
    private final Label status = new Label(TEXT.get("status.ready"));
    private final Label selection = new Label(TEXT.get("selection.none"));
    private final Label header = new Label();
    private final Label profilesLabel = new Label();
    private final Label regionsLabel = new Label();
    private final Label endpointLabel = new Label();
    private final Label hint = new Label();
    private Task<?> running;

    ScanWindow(Window mainWindow, MainViewModel explorer, AwsClientFactory aws) {
        this.mainWindow = mainWindow;
        this.explorer = explorer;
        this.aws = aws;
        this.profiles = aws.profiles();
        build();
    }

    /** Shows the window, or brings it to the front when it already shows. */
    void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    ScanViewModel model() {
        return model;
    }

    TableView<ScanViewModel.Row> table() {
        return table;
    }

    // ---- building --------------------------------------------------------------------------------

    private void build() {
        header.getStyleClass().add("scan-header");
        header.setWrapText(true);

        profileBox.setId("scanProfiles");
        profileBox.getItems().setAll(new TreeSet<>(profiles.keySet()));
        String envProfile = System.getenv("AWS_PROFILE");
        String initial = envProfile != null && profiles.containsKey(envProfile) ? envProfile
                : profiles.containsKey("default") ? "default" : null;
        if (initial != null) {
            profileBox.getCheckModel().check(initial);
        }
        // None ticked reads as what it means: the default credentials.
        profileBox.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<String>) c -> titleProfiles());
        titleProfiles();
        profileBox.setMaxWidth(Double.MAX_VALUE);
        regions.setId("scanRegions");
        regions.setText(initialRegion(initial));
        endpoint.setId("scanEndpoint");
        endpointError.setId("scanEndpointError");
        endpointError.getStyleClass().add(Styles.DANGER);
        endpointError.setWrapText(true);
        endpointError.visibleProperty().bind(endpointInvalid);
        endpointError.managedProperty().bind(endpointInvalid);
        endpoint.textProperty().addListener((o, a, b) -> validateEndpoint());

        scan.setId("scanStart");
        scan.getStyleClass().add(Styles.ACCENT);
        scan.setDefaultButton(true);
        scan.disableProperty().bind(busy.or(endpointInvalid));
        scan.setOnAction(e -> startScan());
        cancel.setId("scanCancel");
        cancel.disableProperty().bind(busy.not());
        cancel.setOnAction(e -> cancelRunning());
        openFile.setId("scanOpenFile");
        openFile.disableProperty().bind(busy);
        openFile.setOnAction(e -> chooseScanFile());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, profilesLabel, profileBox, regionsLabel, regions, endpointLabel, endpoint);
        form.add(endpointError, 5, 1);
        for (var n : List.of(profileBox, regions, endpoint)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
        }
        profileBox.setPrefWidth(200);
        regions.setPrefWidth(220);
        endpoint.setPrefWidth(260);
        HBox actions = new HBox(8, scan, cancel, new Separator(), openFile);
        actions.setAlignment(Pos.CENTER_LEFT);

        progress.setId("scanProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        step.setId("scanStep");
        step.getStyleClass().add("hint");
        HBox progressRow = new HBox(10, progress, step);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.SOMETIMES);
        progress.setPrefWidth(260);
        progressRow.visibleProperty().bind(busy);
        progressRow.managedProperty().bind(busy);

        summary.setId("scanSummary");
        summary.getStyleClass().add("scan-summary");
        summary.setWrapText(true);
        causes.setId("scanSharedCauses");
        notices.setId("scanNotices");
        VBox causesBox = new VBox(6, causes, notices);
        causesBox.setPadding(new Insets(2, 4, 2, 4));
        causesPane.setContent(causesBox);
        causesPane.setFitToWidth(true);
        causesPane.setMaxHeight(112);
        causesPane.getStyleClass().addAll("scan-causes", "edge-to-edge");
        causesPane.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);

        filter.setId("scanFilter");
        filter.setPrefWidth(340);
        filter.textProperty().addListener((o, a, b) -> refilter());
        atRisk.setId("scanAtRisk");
        atRisk.selectedProperty().addListener((o, a, b) -> refilter());
        count.setId("scanCount");
        count.getStyleClass().add("scan-count");
        exportCsv.setId("scanExportCsv");
        exportHtml.setId("scanExportHtml");
        exportCsv.setOnAction(e -> chooseExport(false));
        exportHtml.setOnAction(e -> chooseExport(true));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox filterRow = new HBox(10, filter, atRisk, count, grow, exportCsv, exportHtml);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        exportCsv.setDisable(true);
        exportHtml.setDisable(true);

        status.setId("scanStatus");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        hint.getStyleClass().add("hint");
        Region statusGrow = new Region();
        HBox.setHgrow(statusGrow, Priority.ALWAYS);
        HBox bottom = new HBox(10, status, statusGrow, hint);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);

        selection.setId("scanSelection");
        selection.getStyleClass().add("scan-selection");
        selection.setWrapText(true);
        selection.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showSelection(row));
        hint.setMinWidth(Region.USE_PREF_SIZE);
        VBox top = new VBox(8, header, form, actions, progressRow, summary, causesPane, filterRow);
        VBox below = new VBox(4, selection, bottom);
        BorderPane root = new BorderPane(table, top, null, below, null);
        root.getStyleClass().addAll("explorer-root", "scan-window");
        root.setPadding(new Insets(10, 12, 8, 12));
        BorderPane.setMargin(table, new Insets(8, 0, 6, 0));

        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(ScanWindow.class.getResource("explorer.css").toExternalForm());
        WindowFont.follow(scene);
        applyDark(explorer.darkThemeProperty().get(), root);
        explorer.darkThemeProperty().addListener((o, a, dark) -> applyDark(dark, root));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> {
            cancelRunning();
            WindowFont.showsJapaneseText(this, false); // its names are gone from the screen
        });
        relabel();
        showReport();
        // View ▸ Language: the window speaks the new language at once (the shared causes keep the words
        // of the ranking that made them until the next scan).
        Messages.onChange(l -> javafx.application.Platform.runLater(() -> {
            relabel();
            showReport();
            showSelection(table.getSelectionModel().getSelectedItem());
            table.refresh();
        }));
    }

    /** Every fixed text of the window, in the current language. */
    private void relabel() {
        stage.setTitle(TEXT.get("window.title"));
        header.setText(TEXT.get("header"));
        profilesLabel.setText(TEXT.get("label.profiles"));
        regionsLabel.setText(TEXT.get("label.regions"));
        endpointLabel.setText(TEXT.get("label.endpoint"));
        profileBox.setTooltip(new Tooltip(TEXT.get("hint.profiles")));
        titleProfiles();
        regions.setPromptText(TEXT.get("prompt.regions"));
        regions.setTooltip(new Tooltip(TEXT.get("hint.regions")));
        endpoint.setPromptText(TEXT.get("prompt.endpoint"));
        endpoint.setTooltip(new Tooltip(TEXT.get("hint.endpoint")));
        scan.setText(TEXT.get("button.scan"));
        cancel.setText(TEXT.get("button.cancel"));
        openFile.setText(TEXT.get("button.openScanFile"));
        filter.setPromptText(TEXT.get("filter.prompt"));
        atRisk.setText(TEXT.get("toggle.atRisk"));
        exportCsv.setText(TEXT.get("button.exportCsv"));
        exportHtml.setText(TEXT.get("button.exportHtml"));
        hint.setText(TEXT.get("hint.open"));
        List<TableColumn<ScanViewModel.Row, ?>> all = new ArrayList<>(table.getColumns());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).getColumns());
        }
        for (TableColumn<ScanViewModel.Row, ?> c : all) {
            c.setText(TEXT.get("column." + c.getId().substring("scanColumn-".length())));
        }
        if (running == null && model.rows().isEmpty()) {
            status.setText(TEXT.get("status.ready"));
        }
    }

    private static void applyDark(boolean dark, BorderPane root) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            stage.hide();
        } else if (FIND.match(e)) {
            e.consume();
            filter.requestFocus();
            filter.selectAll();
        }
    }

    /** A vertical bar between groups of buttons. */
    private static final class Separator extends javafx.scene.control.Separator {
        Separator() {
            super(javafx.geometry.Orientation.VERTICAL);
        }
    }

    private void titleProfiles() {
        profileBox.setTitle(profileBox.getCheckModel().getCheckedItems().isEmpty() ? TEXT.get("profiles.none") : null);
    }

    private String initialRegion(String profile) {
        Profile p = profile == null ? null : profiles.get(profile);
        String fromProfile = p == null ? null : p.property("region").orElse(null);
        String env = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(System.getenv("AWS_DEFAULT_REGION"));
        return fromProfile != null ? fromProfile : env != null ? env : "";
    }

    private void buildTable() {
        table.setId("scanTable");
        table.getStyleClass().addAll("scan-table", Styles.STRIPED, "dense");
        table.setPlaceholder(new Label(TEXT.get("placeholder.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("rank", 40, ScanViewModel.Row::rank, null));
        // The chip's words whole: "fails under one failure" is the longest risk in English.
        TableColumn<ScanViewModel.Row, Risk> risk = column("risk", Messages.isJapanese() ? 170 : 216,
                ScanViewModel.Row::risk, null);
        risk.setCellFactory(c -> new RiskCell());
        table.getColumns().add(risk);
        table.getColumns().add(column("account", 116, ScanViewModel.Row::account, null));
        table.getColumns().add(column("region", 100, ScanViewModel.Row::region, null));
        table.getColumns().add(column("job", 150, ScanViewModel.Row::job, null));
        table.getColumns().add(column("connections", Messages.isJapanese() ? 80 : 108, ScanViewModel.Row::connections,
                null));
        TableColumn<ScanViewModel.Row, String> chosen = column("chosen", 140, ScanViewModel.Row::chosen, null);
        chosen.setCellFactory(c -> new TextCell(s -> s.isEmpty() ? TEXT.get("chosen.none") : s));
        table.getColumns().add(chosen);
        table.getColumns().add(badgeColumn("run", ScanViewModel.Row::runWorks));
        TableColumn<ScanViewModel.Row, ?> survives = new TableColumn<>(TEXT.get("column.survives"));
        survives.setId("scanColumn-survives");
        survives.getColumns().add(badgeColumn("az", ScanViewModel.Row::survivesAz));
        survives.getColumns().add(badgeColumn("nat", ScanViewModel.Row::survivesNat));
        survives.getColumns().add(badgeColumn("endpoint", ScanViewModel.Row::survivesEndpoint));
        survives.getColumns().get(2).setPrefWidth(Messages.isJapanese() ? 132 : 160);
        table.getColumns().add(survives);
        TableColumn<ScanViewModel.Row, String> spofs = column("spofs", 260, ScanViewModel.Row::spofs, null);
        spofs.setCellFactory(c -> new TextCell(s -> s));
        table.getColumns().add(spofs);
        TableColumn<ScanViewModel.Row, String> rec = column("recommendation", 300, ScanViewModel.Row::recommendation,
                null);
        rec.setCellFactory(c -> new TextCell(s -> s));
        table.getColumns().add(rec);

        SortedList<ScanViewModel.Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<ScanViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(ScanViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeIf(s -> s.startsWith("scan-row-"));
                    if (!empty && item != null) {
                        getStyleClass().add("scan-row-" + item.risk().name());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                open(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static <T> TableColumn<ScanViewModel.Row, T> column(String key, double width,
            Function<ScanViewModel.Row, T> value, String id) {
        TableColumn<ScanViewModel.Row, T> c = new TableColumn<>(TEXT.get("column." + key));
        c.setId("scanColumn-" + (id == null ? key : id));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<ScanViewModel.Row, Boolean> badgeColumn(String key,
            Function<ScanViewModel.Row, Boolean> value) {
        TableColumn<ScanViewModel.Row, Boolean> c = column(key, Messages.isJapanese() ? 96 : 106, value, null);
        c.setCellFactory(col -> new BadgeCell());
        return c;
    }

    /** Yes or no as a badge: an icon, the word and the colour (never colour alone). */
    private static final class BadgeCell extends TableCell<ScanViewModel.Row, Boolean> {
        @Override
        protected void updateItem(Boolean yes, boolean empty) {
            super.updateItem(yes, empty);
            if (empty || yes == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(ScanViewModel.yesNo(yes),
                    new FontIcon(yes ? "mdi2c-check-circle-outline" : "mdi2c-close-circle-outline"));
            badge.getStyleClass().addAll("resilience-badge", "scan-badge", yes ? "resilience-ok" : "resilience-fail");
            setGraphic(badge);
            setText(null);
        }
    }

    /** The risk as a chip: icon, words, and the colour of its severity. */
    private static final class RiskCell extends TableCell<ScanViewModel.Row, Risk> {
        @Override
        protected void updateItem(Risk risk, boolean empty) {
            super.updateItem(risk, empty);
            if (empty || risk == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(ScanViewModel.riskText(risk), new FontIcon(switch (risk) {
                case WOULD_NOT_START -> "mdi2c-cancel";
                case RUN_FAILS_NOW -> "mdi2a-alert-octagon-outline";
                case CHOICE_UNKNOWN -> "mdi2h-help-circle-outline";
                case FAILS_UNDER_SINGLE_FAILURE -> "mdi2a-alert-outline";
                case SURVIVES -> "mdi2s-shield-check-outline";
            }));
            chip.getStyleClass().addAll("scan-risk", "scan-risk-" + risk.name());
            setGraphic(chip);
            setText(null);
        }
    }

    /** A text cell whose whole text is also its tooltip (long sentences are cut at the column's width). */
    private static final class TextCell extends TableCell<ScanViewModel.Row, String> {
        private final Function<String, String> shown;

        TextCell(Function<String, String> shown) {
            this.shown = shown;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String text = shown.apply(value);
            setText(text);
            setTooltip(text.isEmpty() ? null : new Tooltip(text));
        }
    }

    // ---- showing the model -----------------------------------------------------------------------

    private void showReport() {
        rows.setAll(model.rows());
        // jobs and connections named in Japanese are drawn in the Japanese family (the sentences of a
        // row follow the language and do not count)
        WindowFont.showsJapaneseText(this, model.rows().stream()
                .anyMatch(r -> WindowFont.holdsCjk(r.job()) || WindowFont.holdsCjk(r.chosen())));
        summary.setText(model.summary());
        summary.setVisible(!model.summary().isEmpty());
        summary.setManaged(summary.isVisible());
        causes.getChildren().clear();
        List<String> shared = model.sharedCauses();
        if (!shared.isEmpty()) {
            causes.getChildren().add(heading(TEXT.get("heading.sharedCauses")));
            for (String c : shared) {
                Label l = new Label(c, new FontIcon("mdi2t-target"));
                l.getStyleClass().add("scan-cause");
                l.setWrapText(true);
                causes.getChildren().add(l);
            }
        }
        notices.getChildren().clear();
        List<ScanViewModel.Notice> list = model.notices();
        if (!list.isEmpty()) {
            notices.getChildren().add(heading(TEXT.get("heading.notices")));
            for (ScanViewModel.Notice n : list) {
                Label l = new Label(n.text(), new FontIcon("mdi2a-alert-outline"));
                l.getStyleClass().add("scan-notice");
                l.setWrapText(true);
                if (!n.details().isEmpty()) {
                    l.setTooltip(new Tooltip(n.details()));
                }
                notices.getChildren().add(l);
            }
        }
        boolean any = !shared.isEmpty() || !list.isEmpty();
        causesPane.setVisible(any);
        causesPane.setManaged(any);
        boolean hasRows = !model.rows().isEmpty() || !model.report().unreadable().isEmpty();
        exportCsv.setDisable(!hasRows);
        exportHtml.setDisable(!hasRows);
        refilter();
    }

    /** The selected job's single points of failure and top recommendation, whole (the cells cut them). */
    private void showSelection(ScanViewModel.Row row) {
        if (row == null) {
            selection.setText(TEXT.get("selection.none"));
            return;
        }
        selection.setText(row.key() + " · "
                + (row.spofs().isEmpty() ? TEXT.get("selection.noSpofs") : TEXT.get("selection.spofs", row.spofs()))
                + " · " + (row.recommendation().isEmpty() ? TEXT.get("selection.noRecommendation")
                        : TEXT.get("selection.recommendation", row.recommendation())));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("scan-heading");
        return l;
    }

    private void refilter() {
        model.setFilter(filter.getText());
        model.setOnlyAtRisk(atRisk.isSelected());
        filtered.setPredicate(model.shown());
        count.setText(model.countText(filtered.size()));
        table.setPlaceholder(new Label(TEXT.get(rows.isEmpty() ? "placeholder.empty" : "placeholder.noMatch")));
    }

    /** Opens the row's job, with its network, in the explorer and brings the explorer to the front. */
    private void open(ScanViewModel.Row row) {
        explorer.loadFromAws(ScanViewModel.snapshotOf(row), ScanViewModel.labelOf(row));
        status.setText(TEXT.get("status.opened", row.key()));
        if (mainWindow instanceof Stage main) {
            main.toFront();
            main.requestFocus();
        }
    }

    // ---- scanning --------------------------------------------------------------------------------

    private void validateEndpoint() {
        String problem = null;
        try {
            AwsConnectionOptions.endpoint(endpoint.getText());
        } catch (AwsLoadException e) {
            problem = e.getMessage();
        }
        endpointError.setText(problem == null ? "" : problem);
        endpointInvalid.set(problem != null);
        endpoint.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
    }

    /** What a finished scan or read gave: the parts, ranked. */
    private record Result(List<ScanPart> parts, FleetReport report) {
    }

    /** Scan with what the fields say (the tests press the button; this is what it does). */
    void startScan() {
        if (running != null) {
            return;
        }
        validateEndpoint();
        if (endpointInvalid.get()) {
            endpoint.requestFocus();
            return;
        }
        URI endpointUri = AwsConnectionOptions.endpoint(endpoint.getText());
        List<String> chosenProfiles = new ArrayList<>(profileBox.getCheckModel().getCheckedItems());
        List<String> regionList = ScanViewModel.regions(regions.getText());
        List<ScanTarget> targets = ScanViewModel.targets(chosenProfiles, regionList);
        ScanClients clients = aws.scanClients(endpointUri);
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() {
                updateMessage(TEXT.get("progress.starting", targets.size()));
                List<ScanPart> parts = ScanViewModel.scan(clients, targets, (done, all, target, s) -> {
                    updateProgress(Math.min(all, done + (done < all ? s.fraction() : 0)), Math.max(1, all));
                    updateMessage(TEXT.get("progress.step", done, all, target, s.step()));
                }, this::isCancelled);
                return new Result(parts, model.rank(parts));
            }
        };
        run(task, r -> TEXT.get("status.scanned", targets.size(), r.report().rows().size()), failure -> {
            AwsProblemText.Problem p = AwsProblemText.of(failure, new AwsProblemText.Choice(
                    chosenProfiles.isEmpty() ? null : chosenProfiles.get(0), regionList.isEmpty() ? null
                            : regionList.get(0), endpointUri, profiles.keySet()));
            return TEXT.get("status.failed", p.header(), p.whatToDo());
        });
    }

    /** Reads a {@code capture --scan} file (or a snapshot) and ranks its jobs, off the JavaFX thread. */
    void openScanFile(Path file) {
        if (running != null) {
            return;
        }
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() throws Exception {
                updateMessage(file.getFileName().toString());
                List<ScanPart> parts = ScanViewModel.read(file);
                return new Result(parts, model.rank(parts));
            }
        };
        run(task, r -> TEXT.get("status.readFile", file.getFileName(), r.report().rows().size()),
                failure -> TEXT.get("status.fileFailed", file.getFileName(), failure.getMessage()));
    }

    private void chooseScanFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXT.get("chooser.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXT.get("chooser.scanFiles"), "*.json",
                "*.yaml", "*.yml"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openScanFile(f.toPath());
        }
    }

    private void run(Task<Result> task, Function<Result, String> done, Function<Throwable, String> failed) {
        running = task;
        busy.set(true);
        progress.progressProperty().bind(task.progressProperty());
        step.textProperty().bind(task.messageProperty());
        task.stateProperty().addListener((o, a, state) -> {
            if (state != Worker.State.SUCCEEDED && state != Worker.State.FAILED && state != Worker.State.CANCELLED) {
                return;
            }
            running = null;
            busy.set(false);
            progress.progressProperty().unbind();
            step.textProperty().unbind();
            if (state == Worker.State.SUCCEEDED) {
                Result r = task.getValue();
                model.show(r.report(), ScanViewModel.capturedAt(r.parts()));
                showReport();
                status.setText(done.apply(r));
                table.requestFocus();
            } else if (state == Worker.State.CANCELLED || task.getException() instanceof CancellationException) {
                status.setText(TEXT.get("status.cancelled"));
            } else {
                LOG.info("scan window: {}", String.valueOf(task.getException()));
                status.setText(failed.apply(task.getException()));
            }
        });
        Thread t = new Thread(task, "scan-window");
        t.setDaemon(true);
        t.start();
    }

    /** Cancel: the scan stops at its next call; what the table showed stays. */
    void cancelRunning() {
        if (running != null) {
            running.cancel();
        }
    }

    // ---- exports ---------------------------------------------------------------------------------

    private void chooseExport(boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXT.get(html ? "chooser.html" : "chooser.csv"));
        chooser.getExtensionFilters().add(html
                ? new FileChooser.ExtensionFilter(TEXT.get("chooser.htmlFiles"), "*.html")
                : new FileChooser.ExtensionFilter(TEXT.get("chooser.csvFiles"), "*.csv"));
        chooser.setInitialFileName(html ? "glue-scan.html" : "glue-scan.csv");
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            export(f.toPath(), html);
        }
    }

    /** Writes the whole scan as CSV or HTML, atomically; the status line says where or why not. */
    void export(Path target, boolean html) {
        try {
            if (html) {
                model.exportHtml(target);
            } else {
                model.exportCsv(target);
            }
            status.setText(TEXT.get("status.exported", target));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.info("scan export to {} failed: {}", target, e.toString());
            status.setText(TEXT.get("status.exportFailed", target, e.getMessage()));
        }
    }
}
