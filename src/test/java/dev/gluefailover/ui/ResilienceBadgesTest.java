package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resilience badges show the engine's summary; a failing one applies its scenario, a SPOF selects its element. */
class ResilienceBadgesTest {

    @BeforeAll
    static void startToolkit() {
        // Through TestFX, as every window test does: a toolkit started by Platform.startup would keep
        // TestFX from launching its primary stage when such a test runs first in the JVM.
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static List<String> texts(ResilienceBadges b) {
        return b.node().getChildren().stream().filter(n -> n instanceof Button).map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void singleNatFailsTheAzAndNatBadgesAndNamesItsNat() throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        ResilienceBadges badges = onFx(() -> {
            ResilienceBadges b = new ResilienceBadges(vm);
            b.show(vm.getEvaluation());
            return b;
        });
        List<String> texts = onFx(() -> texts(badges));
        assertTrue(texts.contains("AZ outage: no"), texts.toString());
        assertTrue(texts.contains("NAT gateway failure: no"), texts.toString());
        assertTrue(texts.contains("endpoint removal: none to fail"), texts.toString());
        assertTrue(texts.contains("one NAT: nat-0c33natgw00001a"), texts.toString());
        Button az = onFx(() -> (Button) badges.node().lookup("#resilience-AZ-outage"));
        assertTrue(az.getStyleClass().contains("resilience-fail"));

        onFx(() -> {
            az.fire();
            return null;
        });
        assertEquals(List.of(new SimulatedFailure.AzOutage("use1-az1")), vm.getSimulation().failures(),
                "the failing scenario is applied (and can be undone)");
        assertTrue(vm.canUndoProperty().get());

        Button nat = onFx(() -> (Button) badges.node().getChildren().stream()
                .filter(n -> n instanceof Button b && b.getText().startsWith("one NAT")).findFirst().orElseThrow());
        onFx(() -> {
            nat.fire();
            return null;
        });
        assertEquals(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a"), vm.selectedElementProperty().get());
    }

    @Test
    void threeAzSurvivesEverySingleFailureAndHasNoSinglePoint() throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("three-az");
        List<String> texts = onFx(() -> {
            ResilienceBadges b = new ResilienceBadges(vm);
            b.show(vm.getEvaluation());
            return texts(b);
        });
        assertEquals(List.of("AZ outage: yes", "NAT gateway failure: yes", "endpoint removal: none to fail"), texts);
    }
}
