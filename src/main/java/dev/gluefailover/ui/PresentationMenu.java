package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * View ▸ Presentation mode (F5), labelled in the language the window is built in. The View menu is the one holding "Fit to window" (Ctrl+0),
 * found by that accelerator so that relabelled menus still find it.
 */
final class PresentationMenu {
    private static final Messages TEXT = Messages.of("window");
    private static final KeyCombination FIT = KeyCombination.keyCombination("Shortcut+0");

    private PresentationMenu() {
    }

    static void addTo(MenuBar bar, PresentationMode presentation) {
        if (bar == null) {
            return;
        }
        MenuItem item = new MenuItem(TEXT.get("presentation.menu"), new FontIcon("mdi2p-presentation-play"));
        item.setId("presentationItem");
        // While presenting the menu bar is off the scene and its accelerators with it: the mode's own
        // key filter takes F5 and Esc then.
        item.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        item.setOnAction(e -> presentation.toggle());
        Menu view = bar.getMenus().stream()
                .filter(m -> m.getItems().stream().anyMatch(i -> FIT.equals(i.getAccelerator())))
                .findFirst().orElse(bar.getMenus().get(bar.getMenus().size() - 1));
        view.getItems().addAll(new SeparatorMenuItem(), item);
    }
}
