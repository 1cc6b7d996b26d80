package dev.gluefailover.ui;

import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.rules.RetryMode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "What if" tab: does the job survive the loss of any one AZ / NAT / endpoint (the
 * {@link WhatIfMatrix} summary and a row per failure, double-click or Enter to switch one on),
 * optionally every pair, and what a failure does across the retries of one run under both retry
 * modes ({@link RetryTimeline}). It only shows {@link WhatIfViewModel}; the numbers are the engine's.
 */
final class WhatIfPanel extends ScrollPane {
    private static final String OK_ICON = "mdi2c-check-circle";
    private static final String STOP_ICON = "mdi2c-close-octagon";
    private static final Messages T = Messages.of("tabs");

    private final WhatIfViewModel model;
    private final MainViewModel main;
    private final VBox content = new VBox(8);
    private final Label baseLine = new Label();
    private final VBox summary = new VBox(4);
    private final TableView<WhatIfMatrix.Outcome> table = new TableView<>();
    private final CheckBox includePairs = new CheckBox(T.get("pairs.include"));
    private final ProgressIndicator pairsProgress = new ProgressIndicator();
    private final Label pairsSummary = new Label();
    /** The pairs that stop the job, as wrapped lines (a list view would cut them off in this narrow column). */
    private final VBox fatalPairs = new VBox(2);
    /** More fatal pairs than this are counted, not listed: the large topology has thousands. */
    private static final int LISTED_PAIRS = 30;
    private final Label attemptsNote = new Label();
    private final ComboBox<WhatIfViewModel.Candidate> retryFailure = new ComboBox<>();
    private final ComboBox<Integer> retryStartsAt = new ComboBox<>();
    private final ComboBox<Integer> retryEndsAt = new ComboBox<>();
    private final GridPane timeline = new GridPane();
    private final HBox modesCallout = new HBox(8);
    /** True while the retry choices are set from the model, so that is not a user's pick. */
    private boolean syncing;

    WhatIfPanel(WhatIfViewModel model, MainViewModel main) {
        this.model = model;
        this.main = main;
        getStyleClass().addAll("what-if-panel", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(content);

        Label intro = hint(T.get("whatif.intro"));
        baseLine.getStyleClass().add("whatif-base");
        baseLine.setWrapText(true);
        summary.setId("whatIfSummary");
        buildTable();
        VBox pairs = buildPairs();
        VBox retries = buildRetries();
        content.getChildren().addAll(SectionHeader.of(T.get("whatif.header")), intro, baseLine, summary, table, pairs,
                SectionHeader.of(T.get("retries.header")), retries);

        model.matrixProperty().addListener((o, a, b) -> showMatrix());
        model.pairsMatrixProperty().addListener((o, a, b) -> showPairs());
        model.pairsComputingProperty().addListener((o, a, b) -> showPairs());
        model.timelineProperty().addListener((o, a, b) -> showTimeline());
        model.candidatesProperty().addListener((javafx.collections.ListChangeListener<WhatIfViewModel.Candidate>) c ->
                showRetryChoices());
        model.retryFailureProperty().addListener((o, a, b) -> showRetryChoices());
        // The pickers show the model's attempts whoever sets them (the user, undo, a test, a script).
        model.retryStartsAtProperty().addListener((o, a, b) -> showRetryChoices());
        model.retryEndsAtProperty().addListener((o, a, b) -> showRetryChoices());
        main.selectedJobProperty().addListener((o, a, b) -> showRetryChoices());
        main.settingsProperty().addListener((o, a, b) -> showTimeline());
        showMatrix();
        showPairs();
        showRetryChoices();
        showTimeline();
    }

    /** The table of single failures, for tests and the controller's focus shortcut. */
    TableView<WhatIfMatrix.Outcome> table() {
        return table;
    }

    // --- building ----------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("whatIfTable");
        table.getStyleClass().addAll("whatif-table", "dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.setPlaceholder(hint(T.get("whatif.nothingToFail")));

        TableColumn<WhatIfMatrix.Outcome, String> failure = column(T.get("whatif.col.failure"), o -> o.label());
        failure.setPrefWidth(180);
        TableColumn<WhatIfMatrix.Outcome, String> chosen = column(T.get("whatif.col.chosen"),
                o -> o.chosen() == null ? T.get("whatif.none") : T.get("whatif.pick", o.chosenOrder(), o.chosen()));
        chosen.setPrefWidth(130);
        TableColumn<WhatIfMatrix.Outcome, String> run = column(T.get("whatif.col.run"),
                o -> T.get(o.chosen() == null ? "whatif.run.noStart" : o.runWouldSucceed() ? "whatif.run.works"
                        : "whatif.run.fails"));
        run.setPrefWidth(92);
        run.setCellFactory(c -> new RunCell());
        TableColumn<WhatIfMatrix.Outcome, String> checks = column(T.get("whatif.col.checks"),
                o -> String.join(", ", o.failedRunChecks()));
        checks.setPrefWidth(150);
        table.getColumns().setAll(List.of(failure, chosen, run, checks));

        table.setRowFactory(t -> {
            TableRow<WhatIfMatrix.Outcome> row = new TableRow<>() {
                @Override
                protected void updateItem(WhatIfMatrix.Outcome item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("outcome-survives", "outcome-run-fails", "outcome-no-start",
                            "outcome-on");
                    setTooltip(null);
                    if (empty || item == null) {
                        return;
                    }
                    getStyleClass().add(outcomeClass(item));
                    if (item.failures().stream().allMatch(model::isOn)) {
                        getStyleClass().add("outcome-on");
                    }
                    setTooltip(new javafx.scene.control.Tooltip(T.get("whatif.rowTip", item.label(), item.describe())));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.apply(row.getItem());
                }
            });
            return row;
        });
        // A filter: the table's own behaviour would otherwise see Enter first.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            WhatIfMatrix.Outcome selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.apply(selected);
                e.consume();
            }
        });
    }

    private VBox buildPairs() {
        includePairs.setId("includePairsCheck");
        includePairs.selectedProperty().bindBidirectional(model.includePairsProperty());
        pairsProgress.setPrefSize(16, 16);
        pairsProgress.setMaxSize(16, 16);
        pairsProgress.visibleProperty().bind(model.pairsComputingProperty());
        pairsProgress.managedProperty().bind(pairsProgress.visibleProperty());
        pairsSummary.setId("pairsSummary");
        pairsSummary.setWrapText(true);
        HBox top = new HBox(8, includePairs, pairsProgress);
        top.setAlignment(Pos.CENTER_LEFT);
        fatalPairs.setId("fatalPairs");
        fatalPairs.getStyleClass().add("fatal-pairs");
        VBox box = new VBox(6, top, pairsSummary, fatalPairs);
        box.getStyleClass().add("pairs-box");
        return box;
    }

    private VBox buildRetries() {
        attemptsNote.getStyleClass().add("hint");
        attemptsNote.setWrapText(true);
        retryFailure.setId("retryFailure");
        retryFailure.setMaxWidth(Double.MAX_VALUE);
        retryFailure.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.retryFailureProperty().set(b);
            }
        });
        retryStartsAt.setId("retryStartsAt");
        retryStartsAt.setConverter(attemptConverter(T.get("retries.noAttempt")));
        retryStartsAt.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.retryStartsAtProperty().set(b); // the "ends" choices follow through the model
            }
        });
        retryEndsAt.setId("retryEndsAt");
        retryEndsAt.setConverter(attemptConverter(T.get("retries.never")));
        retryEndsAt.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.retryEndsAtProperty().set(b == null || b == 0 ? null : b);
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, formLabel(T.get("retries.failure"), retryFailure), retryFailure);
        form.addRow(1, formLabel(T.get("retries.startsAt"), retryStartsAt), retryStartsAt);
        form.addRow(2, formLabel(T.get("retries.endsAt"), retryEndsAt), retryEndsAt);

        timeline.setId("retryTimeline");
        timeline.getStyleClass().add("retry-timeline");
        timeline.setHgap(6);
        timeline.setVgap(6);
        ColumnConstraints attempt = new ColumnConstraints();
        attempt.setPercentWidth(16);
        ColumnConstraints mode = new ColumnConstraints();
        mode.setPercentWidth(42);
        mode.setFillWidth(true);
        ColumnConstraints mode2 = new ColumnConstraints();
        mode2.setPercentWidth(42);
        mode2.setFillWidth(true);
        timeline.getColumnConstraints().setAll(attempt, mode, mode2);

        modesCallout.setId("modesCallout");
        modesCallout.setAlignment(Pos.CENTER_LEFT);
        modesCallout.getStyleClass().add("modes-callout");

        Label why = hint(T.get("retries.why"));
        return new VBox(8, attemptsNote, form, timeline, modesCallout, why);
    }

    // --- showing -----------------------------------------------------------------------------------

    private void showMatrix() {
        WhatIfMatrix m = model.getMatrix();
        summary.getChildren().clear();
        if (m == null) {
            baseLine.setText("");
            table.getItems().clear();
            return;
        }
        int on = main.getSimulation().failures().size();
        String now = on == 0 ? T.get("whatif.now") : on == 1 ? T.get("whatif.nowWith.one")
                : T.get("whatif.nowWith.many", String.valueOf(on));
        baseLine.setText(T.get(m.baseline().survives() ? "whatif.baseline" : "whatif.baselineStopped", now,
                m.baseline().describe()));
        for (WhatIfMatrix.Summary line : m.summary()) {
            summary.getChildren().add(summaryLine(line));
        }
        table.getItems().setAll(m.singles());
        // Show every row without a scroll bar of its own up to a dozen; the tab scrolls beyond that.
        int rows = Math.max(1, Math.min(m.singles().size(), 12));
        table.setPrefHeight(table.getFixedCellSize() * rows + 40); // + the column headers
        table.setMinHeight(table.getPrefHeight());
        table.refresh();
    }

    private void showPairs() {
        WhatIfMatrix m = model.pairsMatrixProperty().get();
        boolean asked = model.includePairsProperty().get();
        pairsSummary.getStyleClass().removeAll("summary-ok", "summary-stop");
        fatalPairs.setVisible(false);
        fatalPairs.setManaged(false);
        if (!asked) {
            pairsSummary.setText(T.get("pairs.explain"));
            pairsSummary.setGraphic(null);
            pairsSummary.getStyleClass().add("hint");
            return;
        }
        pairsSummary.getStyleClass().remove("hint");
        if (model.pairsComputingProperty().get() || m == null) {
            int n = model.candidatesProperty().size();
            pairsSummary.setText(T.get("pairs.computing", String.valueOf(n * (n - 1) / 2)));
            pairsSummary.setGraphic(null);
            return;
        }
        List<WhatIfMatrix.Outcome> fatal = m.pairs().stream().filter(o -> !o.survives()).toList();
        if (fatal.isEmpty()) {
            pairsSummary.setText(T.get("pairs.none", String.valueOf(m.pairs().size())));
            pairsSummary.setGraphic(icon(OK_ICON, "status-pass"));
            pairsSummary.getStyleClass().add("summary-ok");
            return;
        }
        pairsSummary.setText(T.get("pairs.some", String.valueOf(fatal.size()), String.valueOf(m.pairs().size())));
        pairsSummary.setGraphic(icon(STOP_ICON, "status-fail"));
        pairsSummary.getStyleClass().add("summary-stop");
        fatalPairs.getChildren().clear();
        for (WhatIfMatrix.Outcome o : fatal.subList(0, Math.min(fatal.size(), LISTED_PAIRS))) {
            Label text = new Label(T.get("pairs.line", o.label(), o.describe()));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(6, icon(STOP_ICON, "status-fail"), text);
            line.setAlignment(Pos.TOP_LEFT);
            line.getStyleClass().add("fatal-pair");
            line.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    model.apply(o);
                }
            });
            javafx.scene.control.Tooltip.install(line, new javafx.scene.control.Tooltip(T.get("pairs.tip")));
            fatalPairs.getChildren().add(line);
        }
        if (fatal.size() > LISTED_PAIRS) {
            fatalPairs.getChildren().add(hint(T.get("pairs.more", String.valueOf(fatal.size() - LISTED_PAIRS))));
        }
        fatalPairs.setVisible(true);
        fatalPairs.setManaged(true);
    }

    private void showRetryChoices() {
        syncing = true;
        try {
            int attempts = model.attempts();
            Integer retries = main.getSelectedJob() == null ? null : main.getSelectedJob().maxRetries();
            String maxRetries = retries == null ? T.get("retries.maxRetriesUnset") : String.valueOf(retries);
            attemptsNote.setText(attempts == 1 ? T.get("retries.note.one", maxRetries)
                    : T.get("retries.note.many", maxRetries, String.valueOf(attempts)));
            // A copy, set before the value: the combo box clears its value when its items are replaced.
            if (!retryFailure.getItems().equals(model.candidatesProperty())) {
                retryFailure.getItems().setAll(model.candidatesProperty());
            }
            retryFailure.setValue(model.retryFailureProperty().get());
            List<Integer> starts = new ArrayList<>();
            for (int n = 1; n <= attempts; n++) {
                starts.add(n);
            }
            retryStartsAt.getItems().setAll(starts);
            int start = Math.max(1, Math.min(model.retryStartsAtProperty().get(), attempts));
            retryStartsAt.setValue(start);
            List<Integer> ends = new ArrayList<>();
            ends.add(0); // "never"
            for (int n = start + 1; n <= attempts; n++) {
                ends.add(n);
            }
            retryEndsAt.getItems().setAll(ends);
            Integer end = model.retryEndsAtProperty().get();
            retryEndsAt.setValue(end == null || !ends.contains(end) ? 0 : end);
        } finally {
            syncing = false;
        }
    }

    private void showTimeline() {
        timeline.getChildren().clear();
        modesCallout.getChildren().clear();
        modesCallout.getStyleClass().removeAll("summary-ok", "summary-stop", "modes-differ");
        RetryTimeline t = model.getTimeline();
        if (t == null) {
            return;
        }
        RetryMode current = main.getSettings().retryMode();
        timeline.addRow(0, columnHeader(T.get("retries.col.attempt"), false),
                columnHeader(T.get("retries.col.rescan"), current == RetryMode.RESCAN),
                columnHeader(T.get("retries.col.sticky"), current == RetryMode.STICKY));
        for (int i = 0; i < t.rescan().size(); i++) {
            RetryTimeline.Attempt r = t.rescan().get(i);
            RetryTimeline.Attempt s = t.sticky().get(i);
            boolean differs = !java.util.Objects.equals(r.connection(), s.connection());
            Label number = new Label(T.get("retries.number", String.valueOf(r.number())));
            number.getStyleClass().add("attempt-number");
            VBox head = new VBox(2, number);
            if (r.failureActive()) {
                Label failed = new Label(T.get("retries.failureOn"), icon("mdi2f-flash", "status-fail"));
                failed.getStyleClass().add("attempt-failure-on");
                head.getChildren().add(failed);
            }
            timeline.addRow(i + 1, head, attemptCard("rescan", r, differs), attemptCard("sticky", s, differs));
        }
        Label text = new Label();
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (t.modesDiffer()) {
            List<String> where = new ArrayList<>();
            for (int i = 0; i < t.rescan().size(); i++) {
                RetryTimeline.Attempt r = t.rescan().get(i);
                RetryTimeline.Attempt s = t.sticky().get(i);
                if (!java.util.Objects.equals(r.connection(), s.connection())) {
                    where.add(T.get("retries.differAt", String.valueOf(r.number()), pick(r), pick(s)));
                }
            }
            text.setText(T.get("retries.differ", String.join("; ", where)));
            modesCallout.getStyleClass().add("modes-differ");
            modesCallout.getChildren().addAll(icon("mdi2a-alert", "status-warn"), text);
        } else {
            text.setText(T.get("retries.same"));
            modesCallout.getStyleClass().add("summary-ok");
            modesCallout.getChildren().addAll(icon(OK_ICON, "status-pass"), text);
        }
    }

    private VBox attemptCard(String mode, RetryTimeline.Attempt a, boolean differs) {
        Label name = new Label(pick(a));
        name.getStyleClass().add("attempt-pick");
        name.setWrapText(true);
        HBox top = new HBox(6, name);
        top.setAlignment(Pos.CENTER_LEFT);
        if (a.kept()) {
            Label kept = new Label(T.get("retries.kept"));
            kept.getStyleClass().addAll("source-tag", "kept-tag");
            top.getChildren().add(kept);
        }
        Label reason = new Label(a.connection() == null ? a.reason()
                : T.get(a.runWouldSucceed() ? "retries.runWorks" : "retries.runFails", a.reason()));
        reason.getStyleClass().add("attempt-reason");
        reason.setWrapText(true);
        VBox card = new VBox(2, top, reason);
        card.setId("retry-" + mode + "-" + a.number());
        card.getStyleClass().add("attempt-card");
        card.getStyleClass().add(a.connection() == null ? "attempt-no-start"
                : a.runWouldSucceed() ? "attempt-works" : "attempt-run-fails");
        if (differs) {
            card.getStyleClass().add("attempt-differs");
        }
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** "#2 orders-db-1b", or "none" when no connection passes. */
    static String pick(RetryTimeline.Attempt a) {
        return a.connection() == null ? T.get("whatif.none") : T.get("whatif.pick", a.order(), a.connection());
    }

    // --- small pieces ------------------------------------------------------------------------------

    /**
     * A summary line of the matrix with an ok or stop mark: "survives any single AZ outage: no — …".
     * The mark comes from the typed answer, the words from its {@link WhatIfMatrix.Summary#text()}.
     */
    static HBox summaryLine(WhatIfMatrix.Summary line) {
        boolean ok = line.survives();
        Label text = new Label(line.text());
        text.setWrapText(true);
        text.getStyleClass().add("summary-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(8, icon(ok ? OK_ICON : STOP_ICON, ok ? "status-pass" : "status-fail"), text);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("whatif-summary", ok ? "summary-ok" : "summary-stop");
        return box;
    }

    static String outcomeClass(WhatIfMatrix.Outcome o) {
        return o.chosen() == null ? "outcome-no-start" : o.runWouldSucceed() ? "outcome-survives" : "outcome-run-fails";
    }

    private static TableColumn<WhatIfMatrix.Outcome, String> column(String title,
            java.util.function.Function<WhatIfMatrix.Outcome, String> value) {
        TableColumn<WhatIfMatrix.Outcome, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** "works" with a check, "fails"/"no start" with a stop mark. */
    private static final class RunCell extends TableCell<WhatIfMatrix.Outcome, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item);
            boolean works = T.get("whatif.run.works").equals(item);
            setGraphic(icon(works ? OK_ICON : STOP_ICON, works ? "status-pass" : "status-fail"));
        }
    }

    private static FontIcon icon(String literal, String styleClass) {
        FontIcon i = new FontIcon(literal);
        i.getStyleClass().addAll("status-icon", styleClass);
        return i;
    }

    private static Label formLabel(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label columnHeader(String text, boolean current) {
        Label l = new Label(current ? T.get("retries.col.current", text) : text);
        l.getStyleClass().add("section-header");
        if (current) {
            l.setTooltip(new javafx.scene.control.Tooltip(T.get("retries.col.currentTip")));
        }
        return l;
    }

    private static StringConverter<Integer> attemptConverter(String zero) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == 0 ? zero : T.get("retries.attempt", String.valueOf(n));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
