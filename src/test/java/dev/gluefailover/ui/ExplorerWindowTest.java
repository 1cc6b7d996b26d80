package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.snapshot.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window driven as a user would (headless, Monocle): mouse on menus and rows,
 * accelerators on the keyboard. What is asserted is what a user sees: which row carries the
 * CHOSEN chip, the headline, the error dialog.
 */
class ExplorerWindowTest extends ApplicationTest {
    private MainViewModel vm;
    private MainWindow window;
    private final List<String> openedLinks = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("seed-article");
        window = new MainWindow(vm, new WindowServices(openedLinks::add, new Redactor()::redact));
        // The primary stage is shared by every TestFX test: size it for this one, within the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    /** The name in the row that shows the CHOSEN chip, read from the list's cells. */
    private String chosenRow() {
        List<String> names = new ArrayList<>();
        for (Node n : lookup(".connection-cell.row-chip-chosen").queryAll()) {
            @SuppressWarnings("unchecked")
            ListCell<ConnectionEvaluation> cell = (ListCell<ConnectionEvaluation>) n;
            if (cell.getItem() != null && !lookupFrom(cell, ".chip-chosen").isEmpty()) {
                names.add(cell.getItem().name());
            }
        }
        assertTrue(names.size() <= 1, "at most one chosen row: " + names);
        return names.isEmpty() ? null : names.get(0);
    }

    private java.util.Set<Node> lookupFrom(Node root, String query) {
        return from(root).lookup(query).queryAll();
    }

    /**
     * The connection list's row for a connection. Looking a name up as text could also find the
     * diagram's badge, which the diagram replaces when it rearranges itself to the window.
     */
    private Node row(String connection) {
        return lookup(".connection-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof
                ConnectionEvaluation ce && ce.name().equals(connection)).query();
    }

    /** The style classes of the diagram's badge for the connection at this position in the job. */
    private List<String> badge(int order) {
        return List.copyOf(lookup("#badge-" + order).query().getStyleClass());
    }

    private String headline() {
        return lookup(".headline-text").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<ConnectionEvaluation> list() {
        return lookup("#connectionList").queryAs(ListView.class);
    }

    /** Opens a menu of the menu bar (not the tab of the same name). */
    private ExplorerWindowTest menu(String text) {
        clickOn(lookup(".menu-bar .menu-button").match(n -> n instanceof javafx.scene.control.MenuButton b
                && text.equals(b.getText().replace("_", ""))).queryAs(Node.class));
        return this;
    }

    /** Clicks an item of the open menu: a label in the popup, not the same words in the window. */
    private void menuItem(String text) {
        clickOn(n -> n instanceof Label l && text.equals(l.getText()) && l.getScene() != window.scene()
                && l.isVisible());
    }

    /** Set-up, not under test: the File ▸ Open sample menu is exercised in its own test. */
    private void openSample(String name) {
        interact(() -> vm.openSample(name));
    }

    @Test
    void openSampleFromTheFileMenu() {
        menu("File").clickOn("Open sample");
        // Sideways into the submenu first, as a person does: a diagonal path crosses the next
        // item of the (wide) File menu, which closes the submenu on the way.
        clickOn(lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("three-az — "))
                .<Node>query(), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        UiWait.until("three-az is shown", () -> vm.snapshotLabelProperty().get().equals("sample: three-az"));
        assertEquals("sample: three-az", vm.snapshotLabelProperty().get());
        assertEquals("orders-db-1a", chosenRow());
        // The diagram of the newly opened snapshot is coloured by its own evaluation.
        assertTrue(badge(1).contains("verdict-chosen"), badge(1).toString());
        assertTrue(badge(2).contains("verdict-passes"), badge(2).toString());
    }

    @Test
    void seedSampleShowsTheSampleConnectionAsChosen() {
        // The diagram redraws itself to the window's size after the first layout passes; a busy
        // machine can be between two drawings here.
        UiWait.until("the diagram shows the badges", () -> lookup("#badge-2").tryQuery().isPresent()
                && lookup("#badge-1").tryQuery().isPresent());
        assertEquals("nayuts-sample-connection", chosenRow());
        assertTrue(headline().startsWith("A run would work: Glue would use #2 nayuts-sample-connection"), headline());
        assertTrue(badge(2).contains("verdict-chosen"), badge(2).toString());
        assertTrue(badge(1).contains("verdict-skipped"), badge(1).toString());
        Node firstRow = lookup(".connection-cell.row-chip-skipped").query();
        assertFalse(lookupFrom(firstRow, ".chip-skipped").isEmpty());
        assertTrue(lookupFrom(firstRow, ".check-code").stream()
                .anyMatch(n -> ((Label) n).getText().equals("NO_S3_ENDPOINT_OR_NAT")));
    }

    @Test
    void azOutageFromTheSimulationMenuMovesTheChoiceAndRestoreMovesItBack() {
        openSample("three-az");
        assertEquals("orders-db-1a", chosenRow());

        menu("Simulation").menuItem("AZ outage: us-east-1a (use1-az1)");
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());
        assertTrue(headline().contains("#2 orders-db-1b"), headline());
        assertTrue(lookup(".failures-label").queryAs(Label.class).getText().contains("use1-az1"));

        menu("Simulation").menuItem("Restore all");
        UiWait.until("the chosen row is orders-db-1a", () -> java.util.Objects.equals("orders-db-1a", chosenRow()));
        assertEquals("orders-db-1a", chosenRow());
    }

    @Test
    void clickingTheFirstAzHeaderInTheDiagramMovesTheChoiceAndClickingAgainRestores() {
        openSample("three-az");
        dev.gluefailover.model.ElementRef az1 = new dev.gluefailover.model.ElementRef(
                dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE, "use1-az1");
        clickOn(window.controller().diagram().nodesOf(az1).get(0));
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());
        assertTrue(lookup(".failures-label").queryAs(Label.class).getText().contains("use1-az1"));
        clickOn(window.controller().diagram().nodesOf(az1).get(0));
        UiWait.until("the chosen row is orders-db-1a", () -> java.util.Objects.equals("orders-db-1a", chosenRow()));
        assertEquals("orders-db-1a", chosenRow());
    }

    @Test
    void azOutageSwitchInTheSimulationPanel() {
        openSample("three-az");
        clickOn(lookup(".tab").match(n -> n.lookup(".tab-label") instanceof Label l
                && l.getText().equals("Simulation")).queryAs(Node.class));
        clickOn("#az-switch-use1-az1");
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());
        clickOn("#restoreAllButton");
        UiWait.until("the chosen row is orders-db-1a", () -> java.util.Objects.equals("orders-db-1a", chosenRow()));
        assertEquals("orders-db-1a", chosenRow());
    }

    @Test
    void allAzsOutSaysPlainlyTheJobWouldNotStart() {
        openSample("three-az");
        press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        UiWait.until("no row is chosen", () -> java.util.Objects.equals(null, chosenRow()));
        assertEquals(null, chosenRow());
        assertTrue(headline().startsWith("This job would not start"), headline());
        assertTrue(lookup(".headline").query().getStyleClass().contains("headline-fail"));
    }

    @Test
    void reorderingWithTheKeyboardChangesTheChoice() {
        openSample("three-az");
        clickOn(row("orders-db-1c"));
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        UiWait.until("orders-db-1c is first", () -> list().getItems().get(0).name().equals("orders-db-1c"));
        assertEquals(List.of("orders-db-1c", "orders-db-1a", "orders-db-1b"),
                list().getItems().stream().map(ConnectionEvaluation::name).toList());
        assertEquals("orders-db-1c", chosenRow());
        assertTrue(headline().contains("#1 orders-db-1c"), headline());
        assertTrue(badge(1).contains("verdict-chosen"), badge(1).toString());
        assertTrue(badge(2).contains("verdict-passes"), badge(2).toString());
    }

    @Test
    void reorderingByDragChangesTheChoice() {
        // The seed sample's working connection dragged above the private-only one.
        drag(row("nayuts-sample-connection")).dropTo(row("nayuts-private-only-connection"));
        WaitForAsyncUtils.waitForFxEvents();
        UiWait.until("the dragged row is first", () -> list().getItems().get(0).name().equals("nayuts-sample-connection"));
        assertEquals("nayuts-sample-connection", list().getItems().get(0).name());
        assertEquals("nayuts-sample-connection", chosenRow());
        assertTrue(headline().contains("#1 nayuts-sample-connection"), headline());
    }

    @Test
    void brokenSnapshotGivesAnErrorDialogAndKeepsTheView(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken-snapshot.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"region\": { \"name\": \"eu-west-1\" },\n"
                + "  \"subnets\": [ { \"subnetId\": \"subnet-1\", \"availableIpAddressCount\": \"many\" } ]\n}\n");
        Platform.runLater(() -> window.controller().open(bad));
        UiWait.until("the error dialog shows", () -> lookup("#errorDetails").tryQuery().isPresent());
        TextArea details = lookup("#errorDetails").queryAs(TextArea.class);
        String text = details.getText();
        assertTrue(text.contains("broken-snapshot.json:"), text);
        assertTrue(text.contains("availableIpAddressCount"), "names the field: " + text);
        assertTrue(text.matches("(?s).*broken-snapshot\\.json:\\d+:\\d+.*"), "names line and column: " + text);
        DialogPane pane = (DialogPane) details.getScene().getRoot();
        Window dialogWindow = details.getScene().getWindow();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        UiWait.until("the error dialog closes", () -> !dialogWindow.isShowing());
        assertFalse(dialogWindow.isShowing());
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get());
        assertEquals("nayuts-sample-connection", chosenRow());
    }

    @Test
    void mainActionsByKeyboardOnly() {
        openSample("three-az");
        // Ctrl+1: to the connection list; Down selects the next row.
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        UiWait.until("the connection list has the focus", () -> list().isFocused());
        assertTrue(list().isFocused());
        press(KeyCode.DOWN).release(KeyCode.DOWN);
        UiWait.until("the second row is selected", () -> list().getSelectionModel().getSelectedIndex() == 1);
        assertEquals("orders-db-1b", list().getSelectionModel().getSelectedItem().name());

        press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT); // AZ outage preset 1
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // undo
        UiWait.until("the chosen row is orders-db-1a", () -> java.util.Objects.equals("orders-db-1a", chosenRow()));
        assertEquals("orders-db-1a", chosenRow());
        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL); // redo
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());
        press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL); // restore all
        UiWait.until("the chosen row is orders-db-1a", () -> java.util.Objects.equals("orders-db-1a", chosenRow()));
        assertEquals("orders-db-1a", chosenRow());

        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT); // move #2 up
        UiWait.until("the chosen row is orders-db-1b", () -> java.util.Objects.equals("orders-db-1b", chosenRow()));
        assertEquals("orders-db-1b", chosenRow());

        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL); // dark theme
        assertTrue(vm.darkThemeProperty().get());
        assertTrue(window.scene().getRoot().getStyleClass().contains("dark"));
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertFalse(vm.darkThemeProperty().get());

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        assertFalse(vm.showRunChecksProperty().get(), "Ctrl+Shift+R hides run checks");
    }

    @Test
    void ctrlFOnASelectedSubnetExhaustsItAsTheDiagramDoesAndAgainRestores() {
        openSample("ip-exhaustion");
        String tiny = "subnet-0d44tiny00001a";
        dev.gluefailover.model.ElementRef subnet = new dev.gluefailover.model.ElementRef(
                dev.gluefailover.model.ElementKind.SUBNET, tiny);
        assertEquals("warehouse-tiny-1a", chosenRow());
        interact(() -> vm.selectedElementProperty().set(subnet));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        UiWait.until("the subnet is failed", () -> !vm.getSimulation().isEmpty());
        // The diagram's "Fail (no free IPs)" sends this very failure: one meaning, one simulation.
        assertEquals(dev.gluefailover.engine.Simulation.of(new dev.gluefailover.engine.SimulatedFailure.SubnetIps(tiny, 0)),
                vm.getSimulation());
        UiWait.until("the chosen row is warehouse-large-1b", () -> "warehouse-large-1b".equals(chosenRow()));
        assertTrue(window.controller().diagram().nodesOf(subnet).stream().anyMatch(n -> n.getStyleClass().contains("failed")),
                "the diagram shows the subnet failed");
        interact(() -> vm.selectedElementProperty().set(subnet));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        UiWait.until("the subnet is restored", () -> vm.getSimulation().isEmpty());
        assertEquals("warehouse-tiny-1a", chosenRow());
    }

    @Test
    void sourceLinksOpenTheSource() {
        clickOn(row("nayuts-private-only-connection"));
        WaitForAsyncUtils.waitForFxEvents();
        Node link = lookup(".source-link").query();
        assertNotNull(link);
        clickOn(link);
        UiWait.until("the link is opened", () -> !openedLinks.isEmpty());
        assertFalse(openedLinks.isEmpty());
        assertTrue(openedLinks.get(0).startsWith("https://"), openedLinks.toString());
    }

    @Test
    void exportsThePngAtTwiceTheSize(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        interact(() -> {
            window.controller().exportPng(one, 1);
            window.controller().exportPng(two, 2);
        });
        assertTrue(Files.size(one) > 0 && Files.size(two) > 0);
        var a = javax.imageio.ImageIO.read(one.toFile());
        var b = javax.imageio.ImageIO.read(two.toFile());
        assertEquals(a.getWidth() * 2, b.getWidth(), 2);
    }

    @Test
    void exportsTheDiagramAsSvgAndDrawio(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("d.svg");
        Path drawio = dir.resolve("d.drawio");
        interact(() -> {
            window.controller().exportVector(svg, false);
            window.controller().exportVector(drawio, true);
        });
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg") && s.contains("verdict-chosen"), "the window's evaluation is marked");
        assertTrue(Files.readString(drawio).contains("<mxGraphModel"));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(drawio.toFile());
    }

    @Test
    void viewMenuDrawsEveryVpcOnRequest(@TempDir Path dir) throws Exception {
        // The seed sample plus a VPC no connection uses: hidden by default, drawn when asked for.
        dev.gluefailover.model.Snapshot seed = dev.gluefailover.snapshot.Samples.get("seed-article");
        java.util.List<dev.gluefailover.model.Vpc> vpcs = new ArrayList<>(seed.vpcs());
        vpcs.add(new dev.gluefailover.model.Vpc("vpc-0unused000000001", "10.99.0.0/16", true, true,
                java.util.Map.of("Name", "unrelated-vpc")));
        dev.gluefailover.model.Snapshot withExtra = new dev.gluefailover.model.Snapshot(seed.schemaVersion(),
                seed.capturedAt(), seed.source(), seed.region(), seed.availabilityZones(), vpcs, seed.subnets(),
                seed.routeTables(), seed.natGateways(), seed.internetGateways(), seed.vpcEndpoints(),
                seed.securityGroups(), seed.jobs(), seed.connections(), seed.problems());
        Path file = dir.resolve("extra-vpc.json");
        new dev.gluefailover.snapshot.SnapshotWriter().write(withExtra, file);
        interact(() -> {
            try {
                vm.openSnapshot(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        dev.gluefailover.model.ElementRef extra = new dev.gluefailover.model.ElementRef(
                dev.gluefailover.model.ElementKind.VPC, "vpc-0unused000000001");
        assertTrue(window.controller().diagram().nodesOf(extra).isEmpty());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        UiWait.until("every VPC is drawn", () -> !window.controller().diagram().nodesOf(extra).isEmpty());
        assertTrue(vm.showAllVpcsProperty().get());
        assertFalse(window.controller().diagram().nodesOf(extra).isEmpty());
        // The verdicts survive the redraw.
        assertTrue(badge(2).contains("verdict-chosen"), badge(2).toString());
        interact(() -> vm.showAllVpcsProperty().set(false));
    }
}
