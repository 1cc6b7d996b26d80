package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.List;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resilience badges show the engine's summary; a failing one applies its scenario, a SPOF selects its element. */
class ResilienceBadgesTest {

    @BeforeAll
    static void startToolkit() {
        UiWait.startToolkit();
    }

    private static List<String> texts(ResilienceBadges b) {
        return b.node().getChildren().stream().filter(n -> n instanceof Button).map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void singleNatFailsTheAzAndNatBadgesAndNamesItsNat() throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        ResilienceBadges badges = UiWait.onFx(() -> {
            ResilienceBadges b = new ResilienceBadges(vm);
            b.show(vm.getEvaluation());
            return b;
        });
        List<String> texts = UiWait.onFx(() -> texts(badges));
        assertTrue(texts.contains("AZ outage: no"), texts.toString());
        assertTrue(texts.contains("NAT gateway failure: no"), texts.toString());
        assertTrue(texts.contains("endpoint removal: none to fail"), texts.toString());
        assertTrue(texts.contains("one NAT: nat-0c33natgw00001a"), texts.toString());
        Button az = UiWait.onFx(() -> (Button) badges.node().lookup("#resilience-AZ-outage"));
        assertTrue(az.getStyleClass().contains("resilience-fail"));

        UiWait.onFx(() -> {
            az.fire();
            return null;
        });
        assertEquals(List.of(new SimulatedFailure.AzOutage("use1-az1")), vm.getSimulation().failures(),
                "the failing scenario is applied (and can be undone)");
        assertTrue(vm.canUndoProperty().get());

        Button nat = UiWait.onFx(() -> (Button) badges.node().getChildren().stream()
                .filter(n -> n instanceof Button b && b.getText().startsWith("one NAT")).findFirst().orElseThrow());
        UiWait.onFx(() -> {
            nat.fire();
            return null;
        });
        assertEquals(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a"), vm.selectedElementProperty().get());
    }

    @Test
    void threeAzSurvivesEverySingleFailureAndHasNoSinglePoint() throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("three-az");
        List<String> texts = UiWait.onFx(() -> {
            ResilienceBadges b = new ResilienceBadges(vm);
            b.show(vm.getEvaluation());
            return texts(b);
        });
        assertEquals(List.of("AZ outage: yes", "NAT gateway failure: yes", "endpoint removal: none to fail"), texts);
    }
}
