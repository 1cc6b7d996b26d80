package dev.gluefailover.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagram's failure gestures, with an owner that toggles what the diagram reports and answers
 * with a new evaluation, as the app does: every gesture means what {@code FailureTargets} says.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramFailureGesturesTest {
    private static final String SUBNET = "subnet-0c33private001a";
    private static final ElementRef SUBNET_REF = new ElementRef(ElementKind.SUBNET, SUBNET);
    /** Zone id use1-az1 is named us-east-1a in this sample: the diagram speaks in the id. */
    private static final ElementRef AZ1 = new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1");

    private final Engine engine = new Engine(Samples.get("three-az"));
    private final GlueJob job = engine.job(null);
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<ElementRef> elementsToggled = new ArrayList<>();
    private Simulation sim = Simulation.NONE;
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.darkProperty().set(false);
        view.setOnToggleFailure(f -> simulate(sim.toggled(f)));
        view.setFreeIpsAsk((owner, subnetId, current) -> Optional.ofNullable(answers.poll()));
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        view.show(engine.index(), job, evaluate(Simulation.NONE));
    }

    private void simulate(Simulation s) {
        sim = s;
        view.update(evaluate(s));
    }

    private Evaluation evaluate(Simulation s) {
        return engine.evaluate(job, s, RuleSettings.defaults());
    }

    private void select(FxRobot robot, ElementRef ref) {
        robot.interact(() -> {
            view.requestFocus();
            view.selectedElementProperty().set(ref);
        });
    }

    private Node subnetNode() {
        return view.nodesOf(SUBNET_REF).get(0);
    }

    private MenuItem menuItem(ElementRef ref, String text) {
        return view.failureGestures().menuFor(ref).getItems().stream().filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    /** The menu's item as the user picks it (Monocle's robot does not open context menus on a right-click). */
    @Test
    void setFreeIpsChangesTheNumberRatherThanRemovingIt(FxRobot robot) {
        answers.add(0);
        answers.add(5);
        robot.interact(() -> menuItem(SUBNET_REF, "Set free IPs\u2026").fire());
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 0)), sim.failures());
        robot.interact(() -> menuItem(SUBNET_REF, "Set free IPs\u2026").fire());
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 5)), sim.failures());
        // the same number again is still that number
        answers.add(5);
        robot.interact(() -> menuItem(SUBNET_REF, "Set free IPs\u2026").fire());
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 5)), sim.failures());
    }

    @Test
    void setFreeIpsThroughTheRealDialog(FxRobot robot) throws Exception {
        robot.interact(() -> view.setFreeIpsAsk(null)); // the dialog itself
        for (String typed : List.of("0", "5")) {
            // the dialog waits for its answer inside the menu action: start it without waiting for it
            javafx.application.Platform.runLater(() -> menuItem(SUBNET_REF, "Set free IPs\u2026").fire());
            waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
            TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
            robot.interact(() -> field.setText(typed));
            robot.interact(() -> ((Button) field.getScene().lookup(".dialog-pane").lookupAll(".button").stream()
                    .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow()).fire());
            waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isEmpty());
        }
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 5)), sim.failures());
    }

    @Test
    void failingASubnetIsZeroFreeIpsFromEveryGesture(FxRobot robot) {
        select(robot, SUBNET_REF);
        robot.type(KeyCode.F);
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 0)), sim.failures());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(), sim.failures(), "restored");

        robot.doubleClickOn(subnetNode(), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 0)), sim.failures());
        assertEquals("Restore", menuItemText(SUBNET_REF, 0));
        robot.interact(() -> menuItem(SUBNET_REF, "Restore").fire());
        assertEquals(List.of(), sim.failures());
        assertEquals("Fail (no free IPs)", menuItemText(SUBNET_REF, 0));

        // a subnet with 5 free IPs set is not failed: failing it sets 0
        robot.interact(() -> simulate(Simulation.of(new SimulatedFailure.SubnetIps(SUBNET, 5))));
        select(robot, SUBNET_REF);
        robot.type(KeyCode.F);
        assertEquals(List.of(new SimulatedFailure.SubnetIps(SUBNET, 0)), sim.failures());

        // a deleted subnet is failed by its deletion: restoring it undoes the deletion
        robot.interact(() -> simulate(Simulation.of(new SimulatedFailure.SubnetDeleted(SUBNET))));
        select(robot, SUBNET_REF);
        robot.type(KeyCode.F);
        assertEquals(List.of(), sim.failures());
    }

    private String menuItemText(ElementRef ref, int i) {
        String[] text = new String[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> text[0] = view.failureGestures().menuFor(ref).getItems()
                .get(i).getText());
        return text[0];
    }

    @Test
    void anAzFailsAndRestoresByItsZoneId(FxRobot robot) {
        robot.clickOn(view.nodesOf(AZ1).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new SimulatedFailure.AzOutage("use1-az1")), sim.failures());
        assertTrue(sim.isZoneFailed("use1-az1"));
        view.nodesOf(AZ1).forEach(h -> assertTrue(h.getStyleClass().contains(DiagramView.FAILED)));
        assertEquals("Restore", menuItemText(AZ1, 0));

        robot.clickOn(view.nodesOf(AZ1).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), sim.failures());
        view.nodesOf(AZ1).forEach(h -> assertFalse(h.getStyleClass().contains(DiagramView.FAILED)));
    }

    @Test
    void anOwnerCanBeToldTheElementInstead(FxRobot robot) {
        robot.interact(() -> view.setOnToggleElement(elementsToggled::add));
        robot.clickOn(view.nodesOf(AZ1).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, SUBNET_REF);
        robot.type(KeyCode.F);
        assertEquals(List.of(AZ1, SUBNET_REF), elementsToggled);
        assertEquals(List.of(), sim.failures(), "told as the element, not as failures");
    }

    @Test
    void theNewlyChosenBadgePulsesOnlyWhenTheChoiceMoves(FxRobot robot) throws Exception {
        assertTrue(robot.lookup(".pulse-ring").queryAll().isEmpty(), "no pulse on the first drawing");
        robot.interact(() -> simulate(Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001c"))));
        assertTrue(robot.lookup(".pulse-ring").queryAll().isEmpty(), "the choice did not move");
        robot.interact(() -> simulate(Simulation.of(new SimulatedFailure.AzOutage("use1-az1"))));
        assertTrue(robot.lookup("#badge-2").query().getStyleClass().contains("verdict-chosen"));
        assertFalse(robot.lookup(".pulse-ring").queryAll().isEmpty(), "the newly chosen badge pulses");
        // the ring goes once the pulse is over
        waitUntil(() -> robot.lookup(".pulse-ring").queryAll().isEmpty());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
