package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.gluefailover.rules.Setting;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Settings tab is built from the catalogue: every setting has its control, and a change reaches the model. */
class SettingsPanelTest {

    @BeforeAll
    static void startToolkit() {
        UiWait.startToolkit();
    }

    @Test
    void everySettingOfTheCatalogueHasItsControl() throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("three-az");
        SettingsPanel panel = UiWait.onFx(() -> {
            SettingsPanel p = new SettingsPanel(vm);
            new Scene(p, 400, 800);
            return p;
        });
        for (Setting s : Setting.values()) {
            if (s == Setting.RULE_SET) {
                continue; // a label, shown in the text above the switches
            }
            assertNotNull(UiWait.onFx(() -> ((javafx.scene.Parent) panel.getContent()).lookup("#setting-" + s.key())), s.key());
        }
        // a text setting is applied on Enter
        UiWait.onFx(() -> {
            TextField f = (TextField) ((javafx.scene.Parent) panel.getContent()).lookup("#setting-" + Setting.ENDPOINT_STATES_THAT_COUNT.key());
            f.setText("available, pending");
            f.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        assertEquals("available, pending", vm.getSettings().value(Setting.ENDPOINT_STATES_THAT_COUNT).replace(" ,", ","));
    }
}
