package dev.gluefailover.ui;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Simulation ▸ "AZ outage: us-east-1a (use1-az1)", one check item per zone right after the
 * separator, Alt+1…Alt+9. An item is checked while its zone (by id) is failed in the simulation.
 */
final class AzPresets {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final Menu menu;
    private final SeparatorMenuItem after;

    AzPresets(MainViewModel vm, Menu menu, SeparatorMenuItem after) {
        this.vm = vm;
        this.menu = menu;
        this.after = after;
    }

    void fill(Snapshot s) {
        menu.getItems().removeIf(i -> i instanceof CheckMenuItem);
        int at = menu.getItems().indexOf(after) + 1;
        int n = 0;
        for (AvailabilityZone z : s.availabilityZones()) {
            n++;
            CheckMenuItem item = new CheckMenuItem(TEXT.get("simulation.azOutage", z.label()));
            item.setUserData(z.zoneId());
            item.setId("preset-" + z.zoneId());
            if (n <= 9) {
                item.setAccelerator(KeyCombination.keyCombination("Alt+" + n));
            }
            ElementRef zone = new ElementRef(ElementKind.AVAILABILITY_ZONE, z.zoneId());
            item.setOnAction(e -> vm.setElementFailed(zone, item.isSelected()));
            menu.getItems().add(at++, item);
        }
        showChecks();
    }

    void showChecks() {
        menu.getItems().stream().filter(i -> i instanceof CheckMenuItem).map(i -> (CheckMenuItem) i)
                .forEach(i -> i.setSelected(vm.getSimulation().isZoneFailed((String) i.getUserData())));
    }
}
