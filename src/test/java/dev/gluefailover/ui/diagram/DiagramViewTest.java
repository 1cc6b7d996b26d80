package dev.gluefailover.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.export.DiagramPng;
import dev.gluefailover.layout.Box;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram as a user sees it, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class DiagramViewTest {
    private static final ElementRef AZ1 = new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1");
    private static final Color CHOSEN = Color.web("#1a7f37"); // -dg-chosen in diagram.css, light palette

    private final Engine engine = new Engine(Samples.get("three-az"));
    private final GlueJob job = engine.job(null);
    private final List<SimulatedFailure> toggled = new ArrayList<>();
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.darkProperty().set(false);
        view.setOnToggleFailure(toggled::add);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        view.show(engine.index(), job, evaluate(Simulation.NONE));
    }

    private Evaluation evaluate(Simulation sim) {
        return engine.evaluate(job, sim, RuleSettings.defaults());
    }

    private Node badge(FxRobot robot, int order) {
        return robot.lookup("#badge-" + order).query();
    }

    @Test
    void azOutageMovesTheChosenMarkToTheSecondConnection(FxRobot robot) {
        assertTrue(badge(robot, 1).getStyleClass().contains("verdict-chosen"));
        assertTrue(badge(robot, 2).getStyleClass().contains("verdict-passes"));

        robot.interact(() -> view.update(evaluate(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")))));

        assertTrue(badge(robot, 2).getStyleClass().contains("verdict-chosen"));
        assertTrue(badge(robot, 1).getStyleClass().contains("verdict-skipped"));
        assertFalse(badge(robot, 1).getStyleClass().contains("verdict-chosen"));
        List<Node> headers = view.nodesOf(AZ1);
        assertFalse(headers.isEmpty());
        headers.forEach(h -> assertTrue(h.getStyleClass().contains("failed"), h.getStyleClass().toString()));
        view.nodesOf(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az2"))
                .forEach(h -> assertFalse(h.getStyleClass().contains("failed")));

        robot.interact(() -> view.update(evaluate(Simulation.NONE)));
        assertTrue(badge(robot, 1).getStyleClass().contains("verdict-chosen"));
        headers.forEach(h -> assertFalse(h.getStyleClass().contains("failed")));
    }

    @Test
    void chosenPathRunsFromTheSubnetThroughItsTableToItsNat(FxRobot robot) {
        robot.interact(() -> view.update(evaluate(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")))));
        assertTrue(styleOf("rtb-0c33private0001b", ElementKind.ROUTE_TABLE).contains("chosen-path"));
        assertTrue(styleOf("nat-0c33natgw00001b", ElementKind.NAT_GATEWAY).contains("chosen-path"));
        assertFalse(styleOf("nat-0c33natgw00001a", ElementKind.NAT_GATEWAY).contains("chosen-path"));
        assertEquals(DiagramView.DIMMED, view.nodesOf(new ElementRef(ElementKind.SUBNET, "subnet-0c33private001a"))
                .get(0).getOpacity(), 0.01);
    }

    @Test
    void aRunShortOfFreeIpsMarksItsSubnetAndKeepsItsSoundPath(FxRobot robot) {
        // 3 free IPs: Glue still picks #1 (more than zero), but 10 workers do not fit. What fails is
        // the subnet's size, not the route to the NAT: the subnet is outlined, the path stays green.
        robot.interact(() -> view.update(evaluate(Simulation.of(
                new SimulatedFailure.SubnetIps("subnet-0c33private001a", 3)))));
        assertTrue(badge(robot, 1).getStyleClass().contains("verdict-chosen"));
        assertTrue(styleOf("rtb-0c33private0001a", ElementKind.ROUTE_TABLE).contains("chosen-path"));
        assertFalse(styleOf("rtb-0c33private0001a", ElementKind.ROUTE_TABLE).contains(DiagramView.PATH_BROKEN));
        assertFalse(styleOf("nat-0c33natgw00001a", ElementKind.NAT_GATEWAY).contains(DiagramView.PATH_BROKEN));
        assertTrue(styleOf("subnet-0c33private001a", ElementKind.SUBNET).contains("blamed"));
        assertFalse(styleOf("rtb-0c33private0001a", ElementKind.ROUTE_TABLE).contains("blamed"));
        robot.interact(() -> view.update(evaluate(Simulation.NONE)));
        assertFalse(styleOf("subnet-0c33private001a", ElementKind.SUBNET).contains("blamed"));
    }

    @Test
    void failedNatIsStruck(FxRobot robot) {
        robot.interact(() -> view.update(evaluate(Simulation.of(
                new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a")))));
        assertTrue(styleOf("nat-0c33natgw00001a", ElementKind.NAT_GATEWAY).contains("failed"));
        assertTrue(badge(robot, 1).getStyleClass().contains("verdict-skipped"));
    }

    private List<String> styleOf(String id, ElementKind kind) {
        return view.nodesOf(new ElementRef(kind, id)).get(0).getStyleClass();
    }

    @Test
    void clickingAnAzHeaderAsksForAnOutage(FxRobot robot) {
        robot.clickOn(view.nodesOf(AZ1).get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new SimulatedFailure.AzOutage("use1-az1")), toggled);
        assertEquals(AZ1, view.selectedElementProperty().get());
    }

    @Test
    void keyboardSelectsTogglesAndClears(FxRobot robot) {
        ElementRef nat = new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001b");
        robot.interact(() -> {
            view.requestFocus();
            view.selectedElementProperty().set(nat);
        });
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001b")), toggled);
        robot.type(KeyCode.RIGHT);
        assertFalse(nat.equals(view.selectedElementProperty().get()));
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, view.selectedElementProperty().get());
    }

    @Test
    void renderedImageShowsTheChosenBadgeInTheChosenColour(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> view.update(evaluate(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")))));
        WritableImage[] image = new WritableImage[2];
        robot.interact(() -> {
            image[0] = view.renderImage(1);
            image[1] = view.renderImage(2);
        });
        Box badge = view.diagram().badges().get(1);
        for (int i = 0; i < 2; i++) {
            double s = i + 1;
            // inside the number's circle, below the digit
            int x = (int) ((badge.bounds().x() - view.diagram().bounds().x() + 13) * s);
            int y = (int) ((badge.bounds().y() - view.diagram().bounds().y() + 22) * s);
            Color c = image[i].getPixelReader().getColor(x, y);
            assertTrue(close(CHOSEN, c), "scale " + s + ": " + c);
            assertEquals(Math.round(view.diagram().bounds().width() * s), Math.round(image[i].getWidth()), 1.0);
        }
        Box skipped = view.diagram().badges().get(0);
        Color red = image[0].getPixelReader().getColor((int) (skipped.bounds().x() + 13),
                (int) (skipped.bounds().y() + 22));
        assertTrue(red.getRed() > 0.6 && red.getGreen() < 0.4, "skipped badge: " + red);

        Path png = dir.resolve("diagram.png");
        DiagramPng.write(view, png, 2);
        assertTrue(Files.size(png) > 1000);
        assertEquals(List.of("diagram.png"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }
}
