package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Notification;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.snapshot.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * What the window shows when the command line asks for something it cannot show (headless,
 * Monocle): the start goes through {@code MainWindowController.openAtStart} as ExplorerApp's does,
 * on a window whose view-model has nothing open yet.
 */
class CommandLineStartTest extends ApplicationTest {
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(RecentFiles.inMemory());
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private void startWith(String... args) {
        interact(() -> window.controller().openAtStart(ExplorerApp.StartOptions.parse(List.of(args))));
    }

    /** The notice over the diagram as a user sees it: null when it is not showing. */
    private String notice() {
        Notification n = lookup("#startNotice").queryAs(Notification.class);
        return n.isVisible() && n.getScene() != null ? n.getMessage() : null;
    }

    @Test
    void anUnknownSampleIsSaidInTheWindowWithTheSamplesThereAre() {
        startWith("--sample", "nosuch");
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get(), "a sample, so the window is not empty");
        assertEquals("No sample named 'nosuch'; showing seed-article. Samples: " + String.join(", ", Samples.names())
                + ".", notice());
        assertTrue(lookup("#startNotice").query().isVisible());

        interact(() -> vm.openSample("three-az"));
        assertNull(notice(), "opening another snapshot ends the notice");

        startWith("--sample", "nosuch");
        assertTrue(notice() != null);
        clickOn(lookup("#startNotice .close-button").queryAs(javafx.scene.Node.class));
        UiWait.until("the notice closes", () -> notice() == null);
        assertNull(notice(), "the user can close it");
    }

    @Test
    void aKnownSampleGivesNoNotice() {
        startWith("--sample", "three-az");
        assertEquals("sample: three-az", vm.snapshotLabelProperty().get());
        assertNull(notice());
        assertFalse(lookup("#startNotice").query().isVisible());
    }

    @Test
    void aMissingFileIsSaidInTheWindowOverASample(@TempDir Path dir) {
        Path gone = dir.resolve("my-job.json");
        startWith(gone.toString());
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get());
        assertEquals("Could not open my-job.json: the file does not exist; showing seed-article.", notice());

        UiWait.until("the error dialog shows", () -> lookup("#errorDetails").tryQuery().isPresent());
        TextArea details = lookup("#errorDetails").queryAs(TextArea.class);
        DialogPane pane = (DialogPane) details.getScene().getRoot();
        assertEquals("my-job.json does not exist", pane.getHeaderText());
        assertEquals(gone.toAbsolutePath().toString(), details.getText());
        String todo = lookup("#errorWhatToDo").queryAs(Label.class).getText();
        assertTrue(todo.contains("Meanwhile the window shows seed-article"), todo);
        assertFalse(todo.contains("unchanged"), "nothing was shown before: " + todo);
    }

    @Test
    void aBrokenFileNamesItsProblemsAndAnUnknownSampleToo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"jobs\": [");
        startWith("--sample", "nosuch", "--snapshot", broken.toString());
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get());
        String notice = notice();
        assertTrue(notice.startsWith("Could not open broken.json: it is not a valid snapshot ("), notice);
        assertTrue(notice.contains("; showing seed-article. No sample named 'nosuch'. Samples: seed-article"), notice);

        UiWait.until("the error dialog shows", () -> lookup("#errorDetails").tryQuery().isPresent());
        TextArea details = lookup("#errorDetails").queryAs(TextArea.class);
        assertTrue(details.getText().contains("broken.json"), "names file, line and field: " + details.getText());
    }

    @Test
    void aFileThatOpensShowsOnlyWhatStillHolds(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        interact(() -> {
            vm.openSample("three-az");
            try {
                vm.save(good, s -> s);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        startWith("--sample", "nosuch", good.toString());
        assertEquals("good.json", vm.snapshotLabelProperty().get());
        assertEquals("No sample named 'nosuch'. Samples: " + String.join(", ", Samples.names()) + ".", notice());
    }
}
