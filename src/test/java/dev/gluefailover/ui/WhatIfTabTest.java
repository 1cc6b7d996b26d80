package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.snapshot.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The What if tab and File ▸ Export review, driven headless as a user would: Ctrl+6 to the tab,
 * double-click a row, Ctrl+Z; the retry choices; the Markdown file on disk.
 */
class WhatIfTabTest extends ApplicationTest {
    private MainViewModel vm;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    /** Ctrl+6, until the tab shows its table of single failures. */
    private void showWhatIf() {
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        UiWait.until("the What if tab shows its matrix", () -> window.controller().whatIf().getMatrix() != null
                && !lookup("#whatIfTable").queryAs(javafx.scene.control.TableView.class).getItems().isEmpty());
    }

    private String chosen() {
        return vm.getEvaluation().chosen().map(ConnectionEvaluation::name).orElse(null);
    }

    private String headline() {
        return lookup(".headline-text").queryAs(Label.class).getText();
    }

    /** The summary line about AZ outages, as shown, with its style classes. */
    private HBox summaryLine(String startsWith) {
        return lookup("#whatIfSummary .whatif-summary").match(n -> n instanceof HBox h && h.getChildren().stream()
                .anyMatch(c -> c instanceof Label l && l.getText().startsWith(startsWith))).queryAs(HBox.class);
    }

    private String summaryText(HBox line) {
        return line.getChildren().stream().filter(c -> c instanceof Label).map(c -> ((Label) c).getText())
                .findFirst().orElseThrow();
    }

    /** The table cell that shows a failure's label. */
    private Node failureCell(String label) {
        return lookup("#whatIfTable .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && label.equals(c.getText())).query();
    }

    private String cardPick(String mode, int attempt) {
        return from(lookup("#retry-" + mode + "-" + attempt).<Node>query()).lookup(".attempt-pick").queryAs(Label.class)
                .getText();
    }

    private boolean cardKept(String mode, int attempt) {
        return from(lookup("#retry-" + mode + "-" + attempt).<Node>query()).lookup(".kept-tag").tryQuery().isPresent();
    }

    @Test
    void singleNatSaysItDoesNotSurviveLosingUsEast1a() {
        showWhatIf();
        HBox az = summaryLine("survives any single AZ outage");
        String text = summaryText(az);
        assertTrue(text.startsWith("survives any single AZ outage: no — us-east-1a (use1-az1)"), text);
        assertTrue(text.contains("NAT_IN_FAILED_AZ"), text);
        assertTrue(az.getStyleClass().contains("summary-stop"), az.getStyleClass().toString());
        assertTrue(summaryLine("survives any single endpoint").getStyleClass().contains("summary-ok"));
        @SuppressWarnings("unchecked")
        TableRow<Object> row = (TableRow<Object>) failureCell("us-east-1a (use1-az1)").getParent();
        assertTrue(row.getStyleClass().contains("outcome-run-fails"), row.getStyleClass().toString());
    }

    @Test
    void doubleClickingARowAppliesTheFailureAndCtrlZUndoesIt() {
        showWhatIf();
        assertEquals("orders-db-1a", chosen());
        doubleClickOn(failureCell("us-east-1a (use1-az1)"));
        UiWait.until("the outage is on", () -> vm.isFailed(new SimulatedFailure.AzOutage("use1-az1")));
        assertTrue(vm.isFailed(new SimulatedFailure.AzOutage("use1-az1")));
        assertEquals("orders-db-1b", chosen());
        assertTrue(headline().contains("orders-db-1b"), headline());
        assertTrue(lookup(".headline").query().getStyleClass().contains("headline-warn"), "the run would fail");
        assertFalse(vm.getEvaluation().runWouldSucceed());
        // The tab follows: its base now has the outage.
        assertTrue(lookup(".whatif-base").queryAs(Label.class).getText().startsWith("Now, with 1 simulated failure"));

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        UiWait.until("the outage is undone", () -> !vm.isFailed(new SimulatedFailure.AzOutage("use1-az1")));
        assertFalse(vm.isFailed(new SimulatedFailure.AzOutage("use1-az1")));
        assertEquals("orders-db-1a", chosen());
    }

    @Test
    void enterOnASelectedRowAppliesItToo() {
        showWhatIf(); // Ctrl+6 focuses the table and selects its first row: us-east-1a
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        UiWait.until("the row's failure is on", () -> !vm.getSimulation().isEmpty());
        assertEquals("orders-db-1b", chosen());
    }

    @Test
    void pairsListTheOnesThatStopTheJob() {
        showWhatIf();
        clickOn("#includePairsCheck");
        UiWait.until("the pairs are counted", () -> lookup("#pairsSummary").queryAs(Label.class).getText()
                .matches("\\d+ of \\d+ pairs stop the job:|No pair stops the job.*"));
        String text = lookup("#pairsSummary").queryAs(Label.class).getText();
        assertTrue(text.matches("\\d+ of \\d+ pairs stop the job:"), text);
        javafx.scene.layout.VBox fatal = lookup("#fatalPairs").queryAs(javafx.scene.layout.VBox.class);
        assertTrue(fatal.isVisible());
        assertEquals(Integer.parseInt(text.substring(0, text.indexOf(' '))), fatal.getChildren().size());
        // Double-clicking a pair switches both failures on: two steps to undo.
        doubleClickOn(from(fatal).lookup(".fatal-pair").<Node>query());
        UiWait.until("both failures are on", () -> vm.getSimulation().failures().size() == 2);
        assertEquals(2, vm.getSimulation().failures().size());
        assertEquals(2, vm.undoStackProperty().size());
    }

    @Test
    void retriesOnThreeAzShowBothModesAndSayTheyDiffer() {
        interact(() -> vm.openSample("three-az"));
        showWhatIf();
        WhatIfViewModel model = window.controller().whatIf();
        @SuppressWarnings("unchecked")
        ComboBox<WhatIfViewModel.Candidate> failure = lookup("#retryFailure").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> starts = lookup("#retryStartsAt").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> ends = lookup("#retryEndsAt").queryAs(ComboBox.class);
        interact(() -> {
            failure.setValue(failure.getItems().stream().filter(c -> c.failure().target().equals("use1-az1"))
                    .findFirst().orElseThrow());
            starts.setValue(2);
        });
        interact(() -> ends.setValue(3));
        UiWait.until("the timeline has three attempts", () -> model.attempts() == 3
                && lookup("#retry-sticky-3").tryQuery().isPresent());
        assertEquals(3, model.attempts());
        assertEquals(List.of("#1 orders-db-1a", "#2 orders-db-1b", "#1 orders-db-1a"),
                List.of(cardPick("rescan", 1), cardPick("rescan", 2), cardPick("rescan", 3)));
        assertEquals(List.of("#1 orders-db-1a", "#2 orders-db-1b", "#2 orders-db-1b"),
                List.of(cardPick("sticky", 1), cardPick("sticky", 2), cardPick("sticky", 3)));
        assertTrue(cardKept("sticky", 3));
        assertFalse(cardKept("rescan", 3));
        Node callout = lookup("#modesCallout").query();
        assertTrue(callout.getStyleClass().contains("modes-differ"));
        assertTrue(from((Node) callout).lookup(".label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Modes differ")));
        assertTrue(lookup("#retry-sticky-3").query().getStyleClass().contains("attempt-differs"));

        // The pickers follow the model too, whoever changes it.
        interact(() -> model.retryEndsAtProperty().set(null));
        assertEquals(0, ends.getValue());
        interact(() -> model.retryEndsAtProperty().set(3));
        assertEquals(3, ends.getValue());

        // Without an end, the zone stays out and both modes agree.
        interact(() -> ends.setValue(0));
        UiWait.until("the zone stays out in every attempt", () -> "#2 orders-db-1b".equals(cardPick("rescan", 3)));
        assertEquals("#2 orders-db-1b", cardPick("rescan", 3));
        assertTrue(lookup("#modesCallout").query().getStyleClass().contains("summary-ok"));
    }

    @Test
    void exportsTheReviewAsMarkdown(@TempDir Path dir) throws Exception {
        interact(() -> vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1")));
        Path file = dir.resolve("review.md");
        interact(() -> window.controller().exportReview(file));
        String md = Files.readString(file);
        // The chosen connection's row of the verdict table, with the simulation it was made under.
        assertTrue(md.contains("| 2 | orders-db-1b | **CHOSEN** |"), md);
        assertTrue(md.contains("AZ outage use1-az1"), md);
        assertTrue(md.contains("## What if one thing fails"), md);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        assertTrue(lookup(".status-bar").query().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("Exported review")));
    }
}
