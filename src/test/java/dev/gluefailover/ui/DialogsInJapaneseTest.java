package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Set free IPs, Save snapshot, a failed write and a file that cannot be opened, in Japanese: titles,
 * headers, fields and buttons Japanese, with none of the English of the dialogs' bundle left.
 */
class DialogsInJapaneseTest extends ApplicationTest {
    private static final Set<String> ENGLISH = EnglishLeftovers.wordsOf("dialogs");
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Messages.setLanguage("ja");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeAndBackToEnglish() throws Exception {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        Messages.setLanguage("en");
    }

    /** The dialog pane of the window that shows, once it shows. */
    private DialogPane shownDialog() {
        UiWait.until("a dialog shows", () -> lookup(".dialog-pane").tryQuery().isPresent());
        return lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static String title(DialogPane pane) {
        return ((Stage) pane.getScene().getWindow()).getTitle();
    }

    private void assertJapanese(DialogPane pane) {
        String shown = title(pane) + "\n" + EnglishLeftovers.visibleText(pane);
        assertTrue(EnglishLeftovers.isJapanese(shown), shown);
        assertEquals(Set.of(), EnglishLeftovers.in(shown, ENGLISH), "English left in:\n" + shown);
    }

    private String buttonText(DialogPane pane, ButtonBar.ButtonData data) {
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data)
                .map(t -> ((Button) pane.lookupButton(t)).getText()).findFirst().orElseThrow();
    }

    @Test
    void setFreeIps() {
        Platform.runLater(() -> FreeIpsDialog.ask(stage, "subnet-0abc"));
        DialogPane pane = shownDialog();
        assertEquals("空き IP を設定", title(pane));
        assertEquals("サブネット subnet-0abc の空き IP 数をシミュレートします", pane.getHeaderText());
        assertEquals("キャンセル", ((Button) pane.lookupButton(ButtonType.CANCEL)).getText());
        assertJapanese(pane);
    }

    @Test
    void saveSnapshot() {
        Platform.runLater(() -> SaveSnapshotDialog.ask(stage, true, "orders-nightly-etl"));
        DialogPane pane = shownDialog();
        assertEquals("スナップショットを保存", title(pane));
        assertEquals("ファイルを選ぶ…", buttonText(pane, ButtonBar.ButtonData.OK_DONE));
        assertEquals("キャンセル", buttonText(pane, ButtonBar.ButtonData.CANCEL_CLOSE));
        assertTrue(lookup("#redactCheck").queryAs(javafx.scene.control.CheckBox.class).getText().startsWith("匿名化"));
        assertJapanese(pane);
    }

    @Test
    void aFailedWriteAndAFileThatCannotBeOpened(@TempDir Path dir) throws Exception {
        MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
        SnapshotFiles files = new SnapshotFiles(vm, new WindowServices(url -> { }, s -> s), () -> stage, s -> { });
        SnapshotFiles.OpenProblem missing = UiWait.onFx(() -> files.tryOpen(dir.resolve("gone.json")).orElseThrow());
        assertEquals("gone.json は存在しません", missing.header());
        assertEquals("ファイルが存在しません", missing.reason());
        List<String> texts = List.of(missing.header(), missing.reason(), missing.whatToDo());
        assertEquals(Set.of(), EnglishLeftovers.in(String.join("\n", texts), ENGLISH), texts.toString());

        Platform.runLater(() -> files.showProblem(missing, Messages.of("dialogs").get("open.unchanged")));
        DialogPane pane = shownDialog();
        assertEquals("スナップショットを開けません", title(pane));
        assertEquals("OK", ((Button) pane.lookupButton(ButtonType.OK)).getText());
        assertTrue(lookup("#errorWhatToDo").queryAs(javafx.scene.control.Label.class).getText()
                .endsWith("現在の表示は変わりません。"));
        // The details are the path, as the system has it: not the tool's words.
        String shown = title(pane) + "\n" + pane.getHeaderText() + "\n"
                + lookup("#errorWhatToDo").queryAs(javafx.scene.control.Label.class).getText();
        assertEquals(Set.of(), EnglishLeftovers.in(shown, ENGLISH), shown);
        assertTrue(EnglishLeftovers.isJapanese(ErrorDialog.writeAdvice()), ErrorDialog.writeAdvice());
    }
}
