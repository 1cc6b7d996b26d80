package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ChoiceChange;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import java.util.Optional;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left column: the job's facts and its connections in job order, each with its order
 * number, verdict chip and the failing check's code. Drag a row (or Alt+Up / Alt+Down) to
 * reorder; the evaluation follows. Everything shown comes from the view-model.
 */
final class ConnectionListPanel extends VBox {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final ListView<ConnectionEvaluation> list = new ListView<>();
    private final GridPane jobFacts = new GridPane();
    private final Label jobTitle = new Label();
    /** Set while the list is refilled, so the list's own selection events do not echo back. */
    private boolean syncing;

    ConnectionListPanel(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("connection-panel");
        setSpacing(8);
        setPadding(new Insets(12));

        Label jobHeader = new Label(TEXT.get("list.jobHeader"));
        jobHeader.getStyleClass().add("section-header");
        jobTitle.getStyleClass().add("job-title");
        jobTitle.setWrapText(true);
        jobFacts.getStyleClass().add("job-facts");
        jobFacts.setHgap(10);
        jobFacts.setVgap(2);

        Label listHeader = new Label(TEXT.get("list.header"));
        listHeader.getStyleClass().add("section-header");
        Label hint = new Label(TEXT.get("list.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wraps whole rather than ending in "…" above the list

        list.setId("connectionList");
        list.getStyleClass().add("connection-list");
        list.setCellFactory(v -> new ConnectionCell());
        list.setPlaceholder(new Label(TEXT.get("headline.noConnection")));
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(jobHeader, jobTitle, jobFacts, listHeader, hint, list);

        vm.selectedJobProperty().addListener((o, a, b) -> showJob(b));
        vm.evaluationProperty().addListener((o, before, after) -> showEvaluation(before, after));
        vm.selectedElementProperty().addListener((o, a, b) -> selectFromModel(b));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, b.name()));
            }
        });
        showJob(vm.getSelectedJob());
        showEvaluation(null, vm.getEvaluation());
    }

    ListView<ConnectionEvaluation> listView() {
        return list;
    }

    private void showJob(GlueJob job) {
        jobFacts.getChildren().clear();
        if (job == null) {
            jobTitle.setText("");
            return;
        }
        jobTitle.setText(job.name());
        int row = 0;
        String notSet = TEXT.get("list.notSet");
        fact(TEXT.get("list.glueVersion"), job.glueVersion() == null ? notSet : job.glueVersion(), row++);
        fact(TEXT.get("list.workerType"), job.workerType() == null ? notSet : job.workerType(), row++);
        fact(TEXT.get("list.workers"), job.numberOfWorkers() == null ? notSet : job.numberOfWorkers().toString(), row++);
        if (job.maxCapacity() != null) {
            fact(TEXT.get("list.maxCapacity"), TEXT.get("list.dpu", job.maxCapacity()), row++);
        }
        fact(TEXT.get("list.retries"), job.retries() == 0 ? TEXT.get("list.noRetries") : String.valueOf(job.retries()), row);
    }

    private void fact(String name, String value, int row) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        jobFacts.addRow(row, n, v);
    }

    private void showEvaluation(Evaluation before, Evaluation after) {
        syncing = true;
        try {
            if (after == null) {
                list.getItems().clear();
                return;
            }
            list.getItems().setAll(after.connections());
            selectFromModel(vm.selectedElementProperty().get());
        } finally {
            syncing = false;
        }
        // Only a change of choice within the same job draws the eye; opening a file does not.
        ChoiceChange.between(before, after).newlyChosen()
                .ifPresent(now -> Platform.runLater(() -> pulse(now.name())));
    }

    private void selectFromModel(ElementRef ref) {
        boolean was = syncing;
        syncing = true;
        try {
            if (ref == null || ref.kind() != ElementKind.CONNECTION) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).name().equals(ref.id())) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = was;
        }
    }

    /** A short glow and bounce on the newly chosen row, so the eye follows the change. */
    private void pulse(String name) {
        for (Node n : list.lookupAll(".connection-cell")) {
            if (n instanceof ConnectionCell cell && cell.getItem() != null && cell.getItem().name().equals(name)) {
                Node target = cell.getGraphic();
                if (target == null) {
                    return;
                }
                DropShadow glow = new DropShadow(0, Color.web("#2da44e"));
                target.setEffect(glow);
                Timeline glowAnim = new Timeline(
                        new KeyFrame(Duration.ZERO, new KeyValue(glow.radiusProperty(), 0)),
                        new KeyFrame(Duration.millis(250), new KeyValue(glow.radiusProperty(), 22, Interpolator.EASE_OUT)),
                        new KeyFrame(Duration.millis(900), new KeyValue(glow.radiusProperty(), 0, Interpolator.EASE_IN)));
                ScaleTransition bounce = new ScaleTransition(Duration.millis(180), target);
                bounce.setFromX(1);
                bounce.setFromY(1);
                bounce.setToX(1.04);
                bounce.setToY(1.04);
                bounce.setAutoReverse(true);
                bounce.setCycleCount(2);
                ParallelTransition all = new ParallelTransition(glowAnim, bounce);
                all.setOnFinished(e -> target.setEffect(null));
                all.play();
                list.scrollTo(cell.getIndex());
                return;
            }
        }
    }

    /** One connection row: order badge, name and placement, verdict chip and the failing check. */
    private final class ConnectionCell extends ListCell<ConnectionEvaluation> {
        ConnectionCell() {
            getStyleClass().add("connection-cell");
            // A cell must not ask for more width than the list has: long names shrink instead.
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                db.setContent(content);
                db.setDragView(snapshot(null, null));
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof ConnectionCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragEntered(e -> getStyleClass().add("drop-target"));
            setOnDragExited(e -> getStyleClass().remove("drop-target"));
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = isEmpty() ? list.getItems().size() - 1 : getIndex();
                    vm.reorder(from, to);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ConnectionEvaluation item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("row-"));
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            getStyleClass().add("row-" + VerdictChip.styleClass(item.verdict()));
            Label order = new Label(Integer.toString(item.order()));
            order.getStyleClass().addAll("order-badge", VerdictChip.styleClass(item.verdict()));

            Label name = new Label(item.name());
            name.getStyleClass().add("connection-name");
            Label where = new Label(placement(item));
            where.getStyleClass().add("connection-where");
            // Ids differ at their end: a name or subnet too long for the column keeps both ends
            // ("nayuts-priv…connection"), and "subnet · AZ" wraps at its dot rather than losing the AZ.
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            where.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            where.setWrapText(true);
            where.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox text = new VBox(3, name, where);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);

            Label chip = VerdictChip.of(item.verdict());
            // the chip and the check code share a line when they fit and wrap when not: a code is never cut
            javafx.scene.layout.FlowPane verdictLine = new javafx.scene.layout.FlowPane(8, 4, chip);
            verdictLine.setAlignment(Pos.CENTER_LEFT);
            verdictLine.setMinWidth(0);
            Optional<CheckResult> blocking = item.blockingCheck();
            if (blocking.isPresent()) {
                Label code = new Label(blocking.get().code());
                code.getStyleClass().add("check-code");
                verdictLine.getChildren().add(code);
            } else if (item.verdict() == Verdict.CHOSEN && !item.runWouldSucceed()) {
                Label code = new Label(TEXT.get("list.runFails", item.runChecks().stream()
                        .filter(c -> !c.status().passes()).map(CheckResult::code).findFirst().orElse("")));
                code.getStyleClass().addAll("check-code", "run-warning");
                verdictLine.getChildren().add(code);
            }
            text.getChildren().add(1, verdictLine);
            FontIcon grip = new FontIcon("mdi2d-drag-vertical");
            grip.getStyleClass().add("drag-grip");
            HBox row = new HBox(10, grip, order, text);
            row.setAlignment(Pos.CENTER_LEFT);
            if (getListView() != null) {
                // as wide as the list, so that wrapping lines know their width (a cell asks its graphic
                // for its preferred size, which for unbounded text is one long line)
                row.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                row.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                row.setMinWidth(0);
            }
            row.getStyleClass().add("connection-row");
            setText(null);
            setGraphic(row);
            setTooltip(new Tooltip(VerdictChip.meaning(item.verdict())
                    + blocking.map(b -> "\n" + b.code() + ": " + b.message()).orElse("")));
        }

        private String placement(ConnectionEvaluation item) {
            if (item.connection() == null) {
                return TEXT.get("list.notFound");
            }
            if (item.subnetId() == null) {
                return TEXT.get("list.noSubnet");
            }
            return item.subnetId() + (item.availabilityZone() == null ? "" : " · " + item.availabilityZone());
        }
    }
}
