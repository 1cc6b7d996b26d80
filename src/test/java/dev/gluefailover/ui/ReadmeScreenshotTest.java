package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.snapshot.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window headless (Monocle) to PNGs: the README screenshot of the seed-article
 * sample, plus a failover and a dark-theme view for review. Written to target/screenshots; with
 * {@code -Dscreenshot.update=true} the README image docs/screenshot.png is replaced too:
 * {@code mvn test -Dtest=ReadmeScreenshotTest -Dscreenshot.update=true}.
 */
class ReadmeScreenshotTest extends ApplicationTest {
    private MainViewModel vm;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("seed-article");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        // The primary stage is shared by every TestFX test: size it for this one, within the screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    private Path shoot(String name) throws Exception {
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS); // let the choice transition finish
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = window.scene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, "a real picture, not an empty one");
        return file;
    }

    @Test
    void writesTheReadmeScreenshot() throws Exception {
        Path file = shoot("seed-article.png");
        if (Boolean.getBoolean("screenshot.update")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(file, Path.of("docs", "screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        interact(() -> {
            vm.openSample("three-az");
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        });
        shoot("three-az-az1-out.png");
        interact(() -> vm.darkThemeProperty().set(true));
        shoot("three-az-dark.png");
        interact(() -> {
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az2"));
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az4"));
        });
        shoot("three-az-all-out-dark.png");
    }

    @Test
    void writesTheWhatIfReviewPictures() throws Exception {
        interact(() -> {
            vm.openSample("single-nat");
            window.controller().showWhatIfTab();
        });
        shoot("single-nat-what-if.png");
        interact(() -> window.controller().whatIf().includePairsProperty().set(true));
        shoot("single-nat-what-if-pairs.png");
        interact(() -> {
            vm.openSample("three-az");
            WhatIfViewModel w = window.controller().whatIf();
            w.pickRetryFailure("use1-az1");
            w.retryStartsAtProperty().set(2);
            w.retryEndsAtProperty().set(3);
        });
        // The retry section is below the matrix: scroll the tab to it.
        interact(() -> window.controller().scrollWhatIfToRetries());
        shoot("three-az-retries.png");
        interact(() -> vm.darkThemeProperty().set(true));
        shoot("three-az-retries-dark.png");
        interact(() -> vm.darkThemeProperty().set(false));
    }
}
