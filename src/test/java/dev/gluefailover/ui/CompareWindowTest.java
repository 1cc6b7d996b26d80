package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.review.DiffFixtures;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.snapshot.SnapshotWriter;
import dev.gluefailover.ui.diagram.DiagramView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * File ▸ Compare with…, as a user drives it: the window shows three-az with one NAT less and its
 * route sent to the other NAT; comparing with the three-az sample says resilience got worse,
 * highlights the changed route table and NAT in the diagram, a click on a line selects its
 * element, Esc leaves compare mode.
 */
class CompareWindowTest extends ApplicationTest {
    private static final ElementRef TABLE = new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private0001b");
    private static final ElementRef NAT = new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a");

    @TempDir
    static Path dir;

    private MainViewModel vm;
    private MainWindow window;
    private Locale language;

    @Override
    public void start(Stage stage) throws Exception {
        language = Messages.language();
        Messages.setLanguage("en");
        Path changed = dir.resolve("three-az-one-nat.json");
        new SnapshotWriter().write(DiffFixtures.threeAzWithoutNat1b(), changed);
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSnapshot(changed);
        window = new MainWindow(vm, new WindowServices(l -> { }, new Redactor()::redact));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLanguage(language);
    }

    private DiagramView diagram() {
        return window.controller().diagram();
    }

    private boolean marked(ElementRef ref, String cls) {
        List<Node> nodes = diagram().nodesOf(ref);
        return !nodes.isEmpty() && nodes.stream().allMatch(n -> styleOwner(ref, n).getStyleClass().contains(cls));
    }

    /** The box that carries the element's classes (an AZ's face is its header, its column carries them). */
    private static Node styleOwner(ElementRef ref, Node face) {
        return ref.kind() == ElementKind.AVAILABILITY_ZONE ? face.getParent() : face;
    }

    private TabPane tabs() {
        return lookup(".right-tabs").queryAs(TabPane.class);
    }

    private boolean compareTabShown() {
        return tabs().getTabs().stream().anyMatch(t -> "compareTab".equals(t.getId()));
    }

    private void menu(String text) {
        clickOn(lookup(".menu-bar .menu-button").match(n -> n instanceof javafx.scene.control.MenuButton b
                && text.equals(b.getText().replace("_", ""))).queryAs(Node.class));
    }

    @Test
    void compareWithASampleHighlightsWhatChangedAndEscLeaves() {
        menu("File");
        clickOn("Compare with sample");
        clickOn(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("three-az \u2014 "))
                .<Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        UiWait.until("the Compare tab shows", this::compareTabShown);

        Label verdict = lookup("#compareVerdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("Resilience got worse"), verdict.getText());
        assertTrue(verdict.getStyleClass().contains("compare-worse"));
        assertEquals("compareTab", tabs().getSelectionModel().getSelectedItem().getId());
        // The route now leads to the NAT in us-east-1a: its table and that NAT are highlighted.
        assertTrue(marked(TABLE, DiagramView.CHANGED), "the route table whose route changed");
        assertTrue(marked(NAT, DiagramView.CHANGED), "the NAT the route now leads to");
        assertFalse(marked(new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private0001c"), DiagramView.CHANGED),
                "what did not change is not highlighted");

        // A click on the route's line selects the route table; the diff stays in view.
        Node routeLine = lookup(".compare-lines .list-cell").match(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof ComparePanel.Line l && l.text().startsWith("route 0.0.0.0/0 in "
                        + "rtb-0c33private0001b")).query();
        clickOn(routeLine);
        UiWait.until("the route table is selected", () -> TABLE.equals(vm.selectedElementProperty().get()));
        assertEquals("compareTab", tabs().getSelectionModel().getSelectedItem().getId());

        // Esc leaves compare mode.
        type(KeyCode.ESCAPE);
        UiWait.until("compare mode ends", () -> !compareTabShown());
        assertFalse(marked(TABLE, DiagramView.CHANGED), "the highlight goes with compare mode");
        assertTrue(diagram().changeMarks().isEmpty());
    }

    @Test
    void compareWithAFileThenSwapSides(@TempDir Path files) throws Exception {
        Path three = files.resolve("three-az.json");
        new SnapshotWriter().write(dev.gluefailover.snapshot.Samples.get("three-az"), three);
        List<Boolean> opened = new ArrayList<>();
        interact(() -> opened.add(window.controller().compare().compareWithFile(three)));
        assertEquals(List.of(true), opened);
        ComparePanel panel = window.controller().compare();
        assertTrue(panel.diff().worse());
        Label sides = lookup(".compare-sides").queryAs(Label.class);
        assertTrue(sides.getText().startsWith("Before: three-az.json"), sides.getText());

        clickOn("#compareSwap");
        UiWait.until("the sides are swapped", () -> sides.getText().startsWith("Before: this window"));
        assertFalse(panel.diff().worse(), "the other way round the change adds a NAT back");
        assertTrue(lookup("#compareVerdict").queryAs(Label.class).getText().startsWith("No worse"));
        // The NAT is now an addition of the other side, which this diagram does not draw; the route table still
        // changed.
        assertTrue(marked(TABLE, DiagramView.CHANGED));

        // A simulated failure in the window applies to both sides: the diff follows it.
        interact(() -> vm.setFailure(new dev.gluefailover.engine.SimulatedFailure.AzOutage("use1-az1"), true));
        UiWait.until("the diff is worked out again", () -> panel.diff().simulation().failures().size() == 1);
        assertEquals("RUN_FAILS", panel.diff().beforeEvaluation().outcome().name());

        clickOn("#compareClose");
        UiWait.until("compare mode ends", () -> !compareTabShown());
    }

    @Test
    void aBrokenFileGivesAnErrorDialogNamingTheLineAndTheWindowStaysAsItWas() throws Exception {
        Path bad = dir.resolve("broken-compare.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"region\": { \"name\": \"eu-west-1\" },\n"
                + "  \"subnets\": [ { \"subnetId\": \"subnet-1\", \"availableIpAddressCount\": \"many\" } ]\n}\n");
        Platform.runLater(() -> window.controller().compare().compareWithFile(bad));
        UiWait.until("the error dialog shows", () -> lookup("#errorDetails").tryQuery().isPresent());
        TextArea details = lookup("#errorDetails").queryAs(TextArea.class);
        assertTrue(details.getText().matches("(?s).*broken-compare\\.json:\\d+:\\d+.*"), details.getText());
        DialogPane pane = (DialogPane) details.getScene().getRoot();
        Window dialogWindow = details.getScene().getWindow();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        UiWait.until("the error dialog closes", () -> !dialogWindow.isShowing());
        assertFalse(compareTabShown());
        assertTrue(diagram().changeMarks().isEmpty());
    }
}
