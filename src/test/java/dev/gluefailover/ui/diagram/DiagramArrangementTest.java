package dev.gluefailover.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The seed-article's two VPCs side by side in a wide view, stacked once the view becomes tall. */
@ExtendWith(ApplicationExtension.class)
class DiagramArrangementTest {
    private final Engine engine = new Engine(Samples.get("seed-article"));
    private final GlueJob job = engine.job(null);
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.darkProperty().set(false);
        view.setPrefSize(1400, 700);
        // a Pane sizes the view to its preferred size: the test resizes it by changing that
        stage.setScene(new Scene(new Pane(view), 1500, 1000));
        stage.show();
        view.show(engine.index(), job, evaluate());
    }

    private Evaluation evaluate() {
        return engine.evaluate(job, Simulation.NONE, RuleSettings.defaults());
    }

    private List<Box> vpcs() {
        return view.diagram().boxesOf(ElementKind.VPC);
    }

    @Test
    void aTallViewStacksTheVpcsAndKeepsVerdictsSelectionAndFit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Box> wide = vpcs();
        assertEquals(wide.get(0).bounds().y(), wide.get(1).bounds().y(), 0.01, "side by side");
        assertTrue(wide.get(1).bounds().x() >= wide.get(0).bounds().maxX());
        assertTrue(robot.lookup("#badge-1").query().getStyleClass().contains("verdict-skipped"));
        assertTrue(robot.lookup("#badge-2").query().getStyleClass().contains("verdict-chosen"));
        ElementRef chosen = view.diagram().badges().get(1).ref();
        robot.interact(() -> view.selectedElementProperty().set(chosen));

        // A few pixels do not change the best arrangement: no re-layout.
        Diagram before = view.diagram();
        robot.interact(() -> view.setPrefSize(1380, 690));
        // the resize has been laid out (the view has its new width) and no re-arrangement was scheduled
        waitUntil(() -> view.getWidth() == 1380);
        assertFalse(view.rearrangementPending());
        assertSame(before, view.diagram());

        robot.interact(() -> view.setPrefSize(740, 690));
        waitUntil(() -> view.diagram() != before);
        assertNotSame(before, view.diagram());
        List<Box> tall = vpcs();
        assertEquals(tall.get(0).bounds().x(), tall.get(1).bounds().x(), 0.01, "stacked");
        assertTrue(tall.get(1).bounds().y() >= tall.get(0).bounds().maxY());

        Node badge1 = robot.lookup("#badge-1").query();
        Node badge2 = robot.lookup("#badge-2").query();
        assertTrue(badge1.getStyleClass().contains("verdict-skipped"), badge1.getStyleClass().toString());
        assertTrue(badge2.getStyleClass().contains("verdict-chosen"), badge2.getStyleClass().toString());
        assertEquals(chosen, view.selectedElementProperty().get());
        assertTrue(view.nodesOf(chosen).get(0).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
        // still fitted to the view, and larger than side by side would be
        double fit = Math.min((740 - 24) / view.diagram().bounds().width(),
                (690 - 24) / view.diagram().bounds().height());
        assertEquals(fit, view.getZoom(), 0.001);
        assertTrue(fit > Math.min((740 - 24) / before.bounds().width(), (690 - 24) / before.bounds().height()) * 1.2);

        // and back
        Diagram stacked = view.diagram();
        robot.interact(() -> view.setPrefSize(1400, 700));
        waitUntil(() -> view.diagram() != stacked);
        assertEquals(vpcs().get(0).bounds().y(), vpcs().get(1).bounds().y(), 0.01);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the view did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
