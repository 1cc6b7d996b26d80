package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * View ▸ Language switches the window between English and Japanese without a restart: the menus,
 * the headline, the list's chips and the check messages of the Details tab (the engine's, rendered
 * when shown) change; the snapshot, the simulation, the selection and the undo history stay.
 */
class LanguageSwitchTest extends SingleNatWindowTest {
    private static final Messages TEXT = Messages.of("window");

    @Override
    protected Locale language() {
        return Locale.ENGLISH;
    }

    @BeforeEach
    void roomy() throws Exception {
        resize(1600, 1000);
    }

    private List<String> menus() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(m -> m.getText()).toList();
    }

    /**
     * The language as a user picks it: View (in whatever language it reads now) ▸ Language ▸ the
     * language's name. The radio item is fired from the menu's model: a submenu opened by the
     * headless robot's pointer is not reliable on a busy machine, and what is under test is what
     * the item does.
     */
    private void choose(String viewMenu, String languageMenu, String language) {
        javafx.scene.control.Menu view = menu(viewMenu);
        javafx.scene.control.Menu languages = view.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu m && languageMenu.equals(m.getText()))
                .map(i -> (javafx.scene.control.Menu) i).findFirst().orElseThrow();
        javafx.scene.control.RadioMenuItem item = languages.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.RadioMenuItem r && language.equals(r.getText()))
                .map(i -> (javafx.scene.control.RadioMenuItem) i).findFirst().orElseThrow();
        assertTrue(languages.getItems().stream().anyMatch(i -> i instanceof javafx.scene.control.RadioMenuItem r
                && r.isSelected() && !r.getText().equals(language)), "the current language is the checked one");
        interact(item::fire);
    }

    private javafx.scene.control.Menu menu(String text) {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow();
    }

    /**
     * Opens a menu of the menu bar by its text. Through the menu itself: the bar's buttons are the
     * skin's, which it may rebuild between a lookup and a click.
     */
    private void openMenu(String text) {
        // from the middle of the window: a pointer passing over another menu of the bar would open that one
        moveTo(window.controller().diagram());
        javafx.scene.control.Menu menu = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> text.equals(m.getText())).findFirst().orElseThrow();
        interact(menu::show);
        UiWait.until(text + " is open", menu::isShowing);
    }

    /**
     * Clicks a label of an open menu. A menu's popup may lay its items out anew while it opens, so a
     * label found a moment ago can have been replaced by the time the pointer reaches it: then the
     * click is made on its replacement.
     */
    private void clickPopup(String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                clickOn(popupLabel(text));
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    /** A label in an open menu, not the same words in the window. */
    private Node popupLabel(String text) {
        java.util.function.Predicate<Node> shown = n -> n instanceof Label l && text.equals(l.getText())
                && l.getScene() != null && l.getScene() != window.scene() && l.getScene().getWindow() != null
                && l.getScene().getWindow().isShowing() && l.isVisible();
        UiWait.until("the menu shows " + text, () -> !lookup(shown).queryAll().isEmpty());
        return lookup(shown).query();
    }

    private String chosenRow() {
        for (Node n : lookup(".connection-cell.row-chip-chosen").queryAll()) {
            if (n instanceof ListCell<?> cell && cell.getItem() instanceof ConnectionEvaluation ce) {
                return ce.name();
            }
        }
        return null;
    }

    private List<String> detailsMessages() {
        return lookup(".details-panel .check-message").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theLanguageMenuSwitchesTheWindowAndKeepsWhatItShows() throws Exception {
        UiWait.onFx(() -> {
            vm.setFailure(new SimulatedFailure.AzOutage("use1-az1"), true);
            vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, "orders-db-1b"));
            return null;
        });
        UiWait.until("orders-db-1b is chosen in the list", () -> "orders-db-1b".equals(chosenRow()));
        Snapshot snapshot = vm.getSnapshot();
        assertEquals("_File", menus().get(0));
        ConnectionEvaluation chosen = vm.getEvaluation().chosen().orElseThrow();
        CheckResult check = chosen.selectionChecks().get(0);
        String english = check.message(Locale.ENGLISH);
        String japanese = check.message(Locale.JAPANESE);
        assertNotEquals(english, japanese, "the engine has this check's message in both languages");
        UiWait.until("Details shows the check in English", () -> detailsMessages().contains(english));

        choose("_View", "Language", "日本語");

        UiWait.until("the window is in Japanese", () -> window.languageProperty().get().equals(Locale.JAPANESE)
                && menus().get(0).equals("ファイル(_F)"));
        assertEquals(List.of("ファイル(_F)", "編集(_E)", "表示(_V)", "シミュレーション(_S)"), menus().subList(0, 4));
        UiWait.until("Details shows the check in Japanese", () -> detailsMessages().contains(japanese));
        assertTrue(detailsMessages().stream().noneMatch(english::equals), "no English check message is left");
        String headline = lookup(".headline-text").queryAs(Label.class).getText();
        assertTrue(headline.startsWith(TEXT.in(Locale.JAPANESE, "headline.runFails", "NAT_IN_FAILED_AZ")), headline);
        assertTrue(lookup(".connection-list .verdict-chip.chip-chosen").queryAs(Label.class).getText()
                .equals(TEXT.in(Locale.JAPANESE, "verdict.CHOSEN")));

        // what the view-model holds is the same: snapshot, simulation, selection, undo
        assertSame(snapshot, vm.getSnapshot());
        assertTrue(vm.getSimulation().isZoneFailed("use1-az1"));
        assertEquals(new ElementRef(ElementKind.CONNECTION, "orders-db-1b"), vm.selectedElementProperty().get());
        UiWait.until("the new list shows orders-db-1b chosen", () -> "orders-db-1b".equals(chosenRow()));
        assertTrue(vm.canUndoProperty().get(), "the undo history survives the switch");
        // the new window works: undo from its Edit menu restores the zone
        openMenu("編集(_E)");
        clickPopup((TEXT.in(Locale.JAPANESE, "menu.undoStep", vm.undoStackProperty()
                .get(vm.undoStackProperty().size() - 1).description())));
        UiWait.until("the zone is restored", () -> !vm.getSimulation().isZoneFailed("use1-az1"));

        choose("表示(_V)", "言語 (Language)", "English");
        UiWait.until("the window is in English again", () -> menus().get(0).equals("_File"));
        UiWait.until("Details shows English again", () -> detailsMessages().contains(
                vm.getEvaluation().connection("orders-db-1b").orElseThrow().selectionChecks().get(0)
                        .message(Locale.ENGLISH)));
    }
}
