package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.ui.EditorViewModel.Choice;
import dev.gluefailover.ui.EditorViewModel.Field;
import dev.gluefailover.ui.EditorViewModel.Kind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Edit tab, the diagram's edit menus and Edit ▸ Scenario in the window. The sheet's editors are
 * found by the ids the panel gives them ({@code edit-KEY}), never by their place in ControlsFX's skin.
 */
class EditorWindowTest extends ApplicationTest {
    private static final String TABLE_1A = EditorViewModelTest.TABLE_1A;

    private MainViewModel vm;
    private MainWindow window;

    /**
     * English, and the window built and styled once off screen with a generous bound: the first window
     * of a JVM loads its classes, FXML, CSS and fonts, which on a busy build machine can outlast the
     * TestFX setup bound of the first test's {@code start}.
     */
    @BeforeAll
    static void englishAndWarm() throws Exception {
        Messages.setLanguage("en");
        UiWait.startToolkit();
        WaitForAsyncUtils.asyncFx(() -> {
            MainViewModel warm = new MainViewModel(RecentFiles.inMemory());
            warm.openSample("three-az");
            MainWindow w = new MainWindow(warm, new WindowServices(url -> { }, new Redactor()::redact));
            w.scene().getRoot().applyCss();
            w.scene().getRoot().layout();
        }).get(3, TimeUnit.MINUTES);
    }

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("three-az");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    private EditorViewModel editor() {
        return window.controller().editor();
    }

    private String chosen() {
        return vm.getEvaluation().chosen().map(ConnectionEvaluation::name).orElse(null);
    }

    private String headline() {
        return lookup(".headline-text").queryAs(Label.class).getText();
    }

    private PropertySheet sheet() {
        return lookup("#editSheet").queryAs(PropertySheet.class);
    }

    /** The sheet's items as the sheet holds them: label and value. */
    private List<String> sheetItems() {
        return sheet().getItems().stream().map(i -> i.getName() + "=" + i.getValue()).toList();
    }

    /** The editor node of a field, by the id the panel gives it, once the sheet shows it. */
    private <T extends Node> T editorOf(String key, Class<T> type) {
        String id = new Field(key, "", EditorViewModel.Editor.TEXT, null, List.of(), 0, 0, null).nodeId();
        UiWait.until("the sheet shows " + id, () -> lookup("#" + id).tryQuery().isPresent()
                && lookup("#" + id).query().getScene() != null);
        return lookup("#" + id).queryAs(type);
    }

    private void select(ElementRef ref) {
        interact(() -> vm.selectedElementProperty().set(ref));
    }

    private void showEditTab() {
        interact(() -> {
            TabPane tabs = lookup("#rightTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> "editTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    private boolean editTabShowing() {
        return lookup("#rightTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId() != null
                && "editTab".equals(lookup("#rightTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                        .getId());
    }

    @Test
    void choosingAnotherTargetForARouteInTheSheetMovesTheChosenConnection() {
        showEditTab();
        select(new ElementRef(ElementKind.ROUTE_TABLE, TABLE_1A));
        UiWait.until("the sheet shows the route table's routes",
                () -> sheetItems().stream().anyMatch(s -> s.startsWith("Route 0.0.0.0/0=nat-")));
        assertEquals("orders-db-1a", chosen());
        String before = headline();

        @SuppressWarnings("unchecked")
        ComboBox<Choice> target = editorOf(EditorViewModelTest.DEFAULT_ROUTE, ComboBox.class);
        Choice igw = target.getItems().stream().filter(c -> c.value().startsWith("igw-")).findFirst().orElseThrow();
        interact(() -> target.getSelectionModel().select(igw));

        UiWait.until("Glue chooses another connection", () -> !"orders-db-1a".equals(chosen()));
        UiWait.until("the headline follows", () -> !headline().equals(before));
        UiWait.until("the sheet shows the new target",
                () -> sheetItems().contains("Route 0.0.0.0/0=" + igw.value()));
        assertTrue(vm.canUndoProperty().get());
        UiWait.until("the drill warning names the broken step", () -> lookup("#editDrillWarning").queryAs(Label.class)
                .isVisible() && lookup("#editDrillWarning").queryAs(Label.class).getText().contains("step 1"));

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        UiWait.until("undo brings the NAT route back", () -> "orders-db-1a".equals(chosen())
                && sheetItems().stream().anyMatch(s -> s.startsWith("Route 0.0.0.0/0=nat-")));
        UiWait.until("the drill passes again", () -> !lookup("#editDrillWarning").queryAs(Label.class).isVisible());
    }

    @Test
    void aCidrTypedOutsideTheVpcIsRefusedBesideTheSheetAndTheFieldReturns() {
        showEditTab();
        Subnet subnet = vm.getSnapshot().subnets().get(0);
        select(new ElementRef(ElementKind.SUBNET, subnet.subnetId()));
        Snapshot before = vm.getSnapshot();
        TextField cidr = editorOf("cidr", TextField.class);
        assertEquals(subnet.cidrBlock(), cidr.getText());

        // The text is set, the commit is the user's Enter (a busy robot can repeat a typed character).
        clickOn(cidr);
        interact(() -> cidr.setText("192.168.7.0/24"));
        type(KeyCode.ENTER);

        UiWait.until("the refusal shows beside the sheet",
                () -> lookup("#editRefusal").queryAs(Label.class).isVisible());
        String message = lookup("#editRefusal").queryAs(Label.class).getText();
        assertTrue(message.contains("outside"), message);
        assertSame(before, vm.getSnapshot(), "the snapshot is unchanged");
        assertFalse(vm.canUndoProperty().get());
        UiWait.until("the field shows the CIDR that holds",
                () -> subnet.cidrBlock().equals(editorOf("cidr", TextField.class).getText()));
    }

    @Test
    void addSubnetOnAnAzColumnsContextMenuAddsOneAndOpensItInTheSheet() {
        Subnet first = vm.getSnapshot().subnets().get(0);
        ElementRef az = new ElementRef(ElementKind.AVAILABILITY_ZONE, first.availabilityZoneId());
        assertFalse(window.controller().diagram().nodesOf(az).isEmpty(), "the AZ column is drawn");
        int subnets = vm.getSnapshot().subnets().size();
        MenuItem add = interactAndGet(() -> window.controller().diagram().contextMenuFor(az).getItems().stream()
                .filter(i -> "menu-add-subnet".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Add subnet in the AZ's menu")));
        assertEquals("Add subnet", add.getText());
        interact(add::fire);

        UiWait.until("a subnet is added", () -> vm.getSnapshot().subnets().size() == subnets + 1);
        EditorViewModel.Target t = editor().targetProperty().get();
        assertEquals(Kind.SUBNET, t.kind());
        Subnet added = vm.getSnapshot().subnet(t.id()).orElseThrow();
        assertEquals(first.availabilityZone(), added.availabilityZone());
        assertEquals(first.vpcId(), added.vpcId());
        UiWait.until("the new subnet is drawn", () -> !window.controller().diagram()
                .nodesOf(new ElementRef(ElementKind.SUBNET, added.subnetId())).isEmpty());
        UiWait.until("the Edit tab shows it",
                () -> editTabShowing() && sheetItems().contains("ID=" + added.subnetId()));
    }

    @Test
    void newScenarioWithCtrlNGivesAVpcWithTwoAzs() {
        clickOn(window.controller().diagram());
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        UiWait.until("a new scenario shows", () -> vm.getSnapshot().source().startsWith("scenario:"));
        Snapshot s = vm.getSnapshot();
        assertEquals(1, s.vpcs().size());
        assertEquals(2, s.availabilityZones().size());
        assertTrue(s.subnets().isEmpty());
        assertFalse(vm.canUndoProperty().get(), "a fresh start");
        UiWait.until("the Edit tab shows the VPC", () -> sheetItems().contains("ID=" + s.vpcs().get(0).vpcId()));

        // The VPC's context menu adds the first subnet (an empty VPC has no AZ columns yet).
        ElementRef vpc = new ElementRef(ElementKind.VPC, s.vpcs().get(0).vpcId());
        MenuItem inZone = interactAndGet(() -> window.controller().diagram().contextMenuFor(vpc).getItems().stream()
                .filter(i -> "menu-add-subnet".equals(i.getId())).map(i -> (javafx.scene.control.Menu) i)
                .flatMap(m -> m.getItems().stream()).findFirst().orElseThrow());
        interact(inZone::fire);
        UiWait.until("the scenario has a subnet", () -> vm.getSnapshot().subnets().size() == 1);
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> work) {
        try {
            return UiWait.onFx(work);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
