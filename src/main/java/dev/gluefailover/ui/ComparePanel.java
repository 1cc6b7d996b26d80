package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.review.DiffChange;
import dev.gluefailover.review.DiffText;
import dev.gluefailover.review.SnapshotDiff;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.ui.diagram.DiagramView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ▸ Compare with…: the window's snapshot against another one (a file or a sample), in a
 * Compare tab beside the diagram. The other snapshot is BEFORE and the window's AFTER ("what changed
 * since that file"), or the other way round after Swap; both are evaluated with the window's
 * simulated failures and settings, again whenever they change. The elements the diff names are
 * highlighted in the diagram (changed, added, removed); a click on a line selects its element.
 * Close or Esc leaves compare mode and takes the highlight away.
 */
final class ComparePanel {
    private static final Logger LOG = LoggerFactory.getLogger(ComparePanel.class);
    private static final Messages M = Messages.of("diff");
    private static final String STYLESHEET = ComparePanel.class.getResource("compare.css").toExternalForm();

    private final MainViewModel vm;
    private final DiagramView diagram;
    private final Supplier<Window> window;
    private final Consumer<String> status;

    private final VBox panel = new VBox(8);
    private final Label title = new Label();
    private final Label sides = new Label();
    private final Label verdict = new Label();
    private final ListView<Line> lines = new ListView<>();
    private final Button swap = new Button();
    private final Button close = new Button();
    private final Tab tab = new Tab();
    private TabPane tabs;
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");

    private final javafx.event.EventHandler<KeyEvent> escape = this::onKey;
    private Snapshot other;
    private String otherLabel;
    /** The other snapshot is BEFORE (the default) or AFTER. */
    private boolean otherIsBefore = true;
    private SnapshotDiff diff;

    /** One row of the panel: a section title or a change, with the elements a click selects. */
    record Line(Style style, String text, List<ElementRef> elements) {
        Line {
            elements = List.copyOf(elements);
        }
    }

    enum Style {
        SECTION, ADDED, REMOVED, CHANGED, WORSE, BETTER, PLAIN
    }

    ComparePanel(MainViewModel vm, DiagramView diagram, Supplier<Window> window, Consumer<String> status) {
        this.vm = vm;
        this.diagram = diagram;
        this.window = window;
        this.status = status;
        build();
        vm.evaluationProperty().addListener((o, a, b) -> {
            if (comparing.get() && b != null) {
                recompute();
            }
        });
    }

    private void build() {
        panel.setId("comparePanel");
        panel.getStyleClass().add("compare-panel");
        panel.getStylesheets().add(STYLESHEET);
        panel.setPadding(new Insets(10, 10, 10, 12));
        title.getStyleClass().add("compare-title");
        FontIcon icon = new FontIcon("mdi2c-compare-horizontal");
        title.setGraphic(icon);
        sides.getStyleClass().add("compare-sides");
        sides.setWrapText(true);
        verdict.setId("compareVerdict");
        verdict.getStyleClass().add("compare-verdict");
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        swap.setId("compareSwap");
        swap.setGraphic(new FontIcon("mdi2s-swap-horizontal"));
        swap.getStyleClass().add("flat");
        swap.setOnAction(e -> swapSides());
        close.setId("compareClose");
        close.setGraphic(new FontIcon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, title, grow, swap, close);
        top.setAlignment(Pos.CENTER_LEFT);

        lines.setId("compareLines");
        lines.getStyleClass().add("compare-lines");
        VBox.setVgrow(lines, Priority.ALWAYS);
        lines.setCellFactory(v -> new LineCell());
        lines.setFocusTraversable(true);
        lines.setOnMouseClicked(e -> selectCurrent());
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectCurrent();
            }
        });
        panel.getChildren().addAll(top, sides, verdict, lines);
        tab.setContent(panel);
        tab.setId("compareTab");
        tab.setGraphic(new FontIcon("mdi2c-compare-horizontal"));
        relabel();
        Messages.onChange(l -> javafx.application.Platform.runLater(() -> {
            relabel();
            if (comparing.get()) {
                recompute();
            }
        }));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && comparing.get()) {
            close();
            e.consume();
        }
    }

    private void relabel() {
        title.setText(M.get("ui.title"));
        tab.setText(M.get("ui.tab"));
        swap.setTooltip(new Tooltip(M.get("ui.swap")));
        close.setTooltip(new Tooltip(M.get("ui.close")));
    }

    /** The panel is a tab of these, beside the diagram, while comparing. */
    void install(TabPane rightTabs) {
        this.tabs = rightTabs;
        // Esc anywhere in the window leaves compare mode; a filter, so a list or the diagram cannot keep it.
        rightTabs.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /** Names the File menu's items and fills "Compare with sample" with one item per sample. */
    void fillMenu(MenuItem compareItem, Menu sampleMenu) {
        compareItem.setText(M.get("ui.menu.compare"));
        sampleMenu.setText(M.get("ui.menu.compareSample"));
        sampleMenu.getItems().clear();
        for (Samples.Sample s : Samples.all()) {
            MenuItem item = new MenuItem(Messages.of("dialogs").get("open.sampleItem", s.name(),
                    SnapshotFiles.sampleTitle(s)));
            item.setId("compare-sample-" + s.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> compareWithSample(s.name()));
            sampleMenu.getItems().add(item);
        }
        compareItem.disableProperty().bind(vm.snapshotProperty().isNull());
        sampleMenu.disableProperty().bind(vm.snapshotProperty().isNull());
    }

    ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** The diff on show; null outside compare mode. */
    SnapshotDiff diff() {
        return diff;
    }

    /** The rows on show. */
    List<Line> lines() {
        return List.copyOf(lines.getItems());
    }

    /** File ▸ Compare with…: asks for a snapshot file. */
    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(M.get("ui.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(M.get("ui.chooser.snapshots"), "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(M.get("ui.chooser.all"), "*"));
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            compareWithFile(f.toPath());
        }
    }

    /** Compares the window's snapshot with a file; false (after an error dialog naming file and line) when it cannot. */
    boolean compareWithFile(Path file) {
        Snapshot s;
        try {
            if (!Files.exists(file)) {
                throw new java.nio.file.NoSuchFileException(file.toString());
            }
            s = new SnapshotReader().read(file);
        } catch (SnapshotFormatException e) {
            LOG.info("cannot compare with {}: {}", file, e.getMessage());
            problem(M.get("ui.error.invalid", file.getFileName()), e.getMessage(), M.get("ui.error.fixFile"));
            return false;
        } catch (IOException e) {
            LOG.info("cannot read {}: {}", file, e.toString());
            problem(M.get("ui.error.unreadable", file.getFileName()), file.toAbsolutePath().toString(),
                    M.get("ui.error.checkPath"));
            return false;
        }
        return compareWith(s, file.getFileName().toString());
    }

    void compareWithSample(String name) {
        compareWith(Samples.get(name), M.get("ui.sample", name));
    }

    /** Enters (or stays in) compare mode against this snapshot; false after an error dialog when the job is not in it. */
    boolean compareWith(Snapshot snapshot, String label) {
        Snapshot previous = other;
        String previousLabel = otherLabel;
        other = snapshot;
        otherLabel = label;
        otherIsBefore = true;
        try {
            show(compute());
        } catch (IllegalArgumentException e) {
            other = previous;
            otherLabel = previousLabel;
            problem(M.get("ui.error.cannotCompare", label), e.getMessage(), M.get("ui.error.sameJob"));
            return false;
        }
        comparing.set(true);
        if (tabs != null) {
            if (!tabs.getTabs().contains(tab)) {
                tabs.getTabs().add(tab);
            }
            tabs.getSelectionModel().select(tab);
        }
        status.accept(M.get("ui.status.comparing", label));
        return true;
    }

    /** Swap: the other snapshot becomes AFTER (or BEFORE again). */
    void swapSides() {
        if (!comparing.get()) {
            return;
        }
        otherIsBefore = !otherIsBefore;
        recompute();
    }

    /** Leaves compare mode: the panel goes, the highlight with it. */
    void close() {
        comparing.set(false);
        other = null;
        diff = null;
        if (tabs != null) {
            tabs.getTabs().remove(tab);
        }
        lines.getItems().clear();
        diagram.markChanges(Map.of());
        diagram.requestFocus();
    }

    private SnapshotDiff compute() {
        Snapshot current = vm.getSnapshot();
        String job = vm.getSelectedJob() == null ? null : vm.getSelectedJob().name();
        Snapshot before = otherIsBefore ? other : current;
        Snapshot after = otherIsBefore ? current : other;
        return SnapshotDiff.compute(before, after, job, vm.getSimulation(), vm.getSettings());
    }

    private void recompute() {
        try {
            show(compute());
        } catch (IllegalArgumentException e) {
            // e.g. another job chosen that the other snapshot lacks: say so in the panel, highlight nothing
            diff = null;
            diagram.markChanges(Map.of());
            verdict.setText(e.getMessage());
            setVerdictStyle("compare-problem");
            lines.getItems().clear();
        }
    }

    private void show(SnapshotDiff d) {
        diff = d;
        String here = M.get("ui.current", vm.snapshotLabelProperty().get());
        sides.setText(M.get("ui.sides", otherIsBefore ? otherLabel : here, otherIsBefore ? here : otherLabel));
        verdict.setText(DiffText.verdict(d));
        setVerdictStyle(d.worse() ? "compare-worse" : d.identical() ? "compare-identical"
                : d.better() ? "compare-better" : "compare-same");
        lines.getItems().setAll(rows(d));
        diagram.markChanges(marks(d));
    }

    private void setVerdictStyle(String cls) {
        verdict.getStyleClass().removeAll("compare-worse", "compare-better", "compare-same", "compare-identical",
                "compare-problem");
        verdict.getStyleClass().add(cls);
    }

    /** What the diagram highlights: on the window's side, added (or removed, after Swap) and changed elements. */
    private Map<ElementRef, String> marks(SnapshotDiff d) {
        Map<ElementRef, String> marks = new LinkedHashMap<>();
        for (DiffChange c : d.resources()) {
            String cls = DiagramView.CHANGED;
            if (c.wholeResource()) {
                cls = c.action() == DiffChange.Action.ADDED ? DiagramView.ADDED : DiagramView.REMOVED;
            }
            for (ElementRef r : c.elements()) {
                // A whole resource's class goes on the resource itself; what it touches is "changed".
                String mark = c.wholeResource() && r.equals(c.elements().get(0)) ? cls : DiagramView.CHANGED;
                marks.merge(r, mark, (a, b) -> a.equals(DiagramView.CHANGED) ? b : a);
            }
        }
        for (SnapshotDiff.ConnectionChange c : d.connections()) {
            marks.putIfAbsent(new ElementRef(dev.gluefailover.model.ElementKind.CONNECTION, c.name()),
                    DiagramView.CHANGED);
        }
        return marks;
    }

    private static List<Line> rows(SnapshotDiff d) {
        List<Line> rows = new ArrayList<>();
        if (d.identical()) {
            return rows;
        }
        rows.add(new Line(Style.SECTION, M.get("section.resources", d.resources().size()), List.of()));
        for (DiffChange c : d.resources()) {
            Style s = switch (c.action()) {
                case ADDED -> Style.ADDED;
                case REMOVED -> Style.REMOVED;
                case CHANGED -> Style.CHANGED;
            };
            rows.add(new Line(s, DiffText.line(c), c.elements()));
        }
        rows.add(new Line(Style.SECTION, M.get("section.connections", d.connections().size()), List.of()));
        for (SnapshotDiff.ConnectionChange c : d.connections()) {
            ElementRef ref = new ElementRef(dev.gluefailover.model.ElementKind.CONNECTION, c.name());
            rows.add(new Line(Style.CHANGED, DiffText.line(c), List.of(ref)));
            for (SnapshotDiff.CheckChange k : c.checks()) {
                rows.add(new Line(Style.PLAIN, "    " + DiffText.line(k), List.of(ref)));
            }
        }
        rows.add(new Line(Style.SECTION, M.get("section.choice"), List.of()));
        List<ElementRef> chosen = new ArrayList<>();
        d.choice().after().ifPresent(c -> chosen.add(new ElementRef(dev.gluefailover.model.ElementKind.CONNECTION,
                c.name())));
        rows.add(new Line(d.choice().changed() ? Style.CHANGED : Style.PLAIN, DiffText.choiceLine(d), chosen));
        rows.add(new Line(d.run().worse() ? Style.WORSE : d.run().changed() ? Style.CHANGED : Style.PLAIN,
                DiffText.runLine(d), List.of()));
        rows.add(new Line(Style.SECTION, M.get("section.resilience"), List.of()));
        if (d.summaries().isEmpty() && d.scenarios().isEmpty() && d.spofs().isEmpty()) {
            rows.add(new Line(Style.PLAIN, M.get("resilience.same"), List.of()));
        }
        for (SnapshotDiff.SummaryChange s : d.summaries()) {
            rows.add(new Line(s.worse() ? Style.WORSE : s.better() ? Style.BETTER : Style.CHANGED, DiffText.line(s),
                    List.of()));
        }
        for (SnapshotDiff.ScenarioChange s : d.scenarios()) {
            WhatIfElements e = WhatIfElements.of(s);
            rows.add(new Line(s.worse() ? Style.WORSE : s.better() ? Style.BETTER : Style.CHANGED, DiffText.line(s),
                    e.refs()));
        }
        for (SnapshotDiff.SpofChange s : d.spofs()) {
            rows.add(new Line(s.added() ? Style.WORSE : Style.BETTER, DiffText.line(s), s.point().elements()));
        }
        return rows;
    }

    /** The element a scenario fails (its AZ, NAT or endpoint), for the click. */
    private record WhatIfElements(List<ElementRef> refs) {
        static WhatIfElements of(SnapshotDiff.ScenarioChange s) {
            var o = s.after() != null ? s.after() : s.before();
            List<ElementRef> refs = new ArrayList<>();
            for (var f : o.failures()) {
                ElementRef r = dev.gluefailover.engine.Simulation.failedElement(f);
                if (r != null) {
                    refs.add(r);
                }
            }
            return new WhatIfElements(refs);
        }
    }

    /** A click or Enter on a line selects the first of its elements the diagram draws. */
    private void selectCurrent() {
        Line line = lines.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        select(line);
    }

    void select(Line line) {
        for (ElementRef r : line.elements()) {
            if (!diagram.nodesOf(r).isEmpty()) {
                vm.selectedElementProperty().set(r);
                diagram.reveal(r);
                // a selection brings Details forward; the diff stays in view, Ctrl+3 shows the details
                if (tabs != null && tabs.getTabs().contains(tab)) {
                    tabs.getSelectionModel().select(tab);
                }
                return;
            }
        }
    }

    private void problem(String header, String details, String advice) {
        ErrorDialog.show(window.get(), M.get("ui.error.title"), header, details, advice);
    }

    /** A row: a mark in colour and the sentence, wrapped to the panel's width. */
    private static final class LineCell extends ListCell<Line> {
        private final Label mark = new Label();

        LineCell() {
            mark.getStyleClass().add("compare-mark");
            mark.setMinWidth(14);
            setWrapText(true);
            // no wider than the list, so long sentences wrap instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Line item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("compare-line-"));
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            getStyleClass().add("compare-line-" + item.style().name().toLowerCase(java.util.Locale.ROOT));
            mark.setText(switch (item.style()) {
                case ADDED -> "+";
                case REMOVED -> "\u2212";
                case CHANGED -> "~";
                case WORSE -> "!";
                case BETTER -> "\u2713";
                default -> "";
            });
            setText(item.text());
            setGraphic(item.style() == Style.SECTION ? null : mark);
        }
    }

    /** The node, for tests. */
    VBox node() {
        return panel;
    }
}
