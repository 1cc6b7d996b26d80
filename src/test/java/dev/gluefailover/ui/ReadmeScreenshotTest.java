package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.snapshot.Redactor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Renders the main window headless (Monocle) to PNGs: the README screenshot of the seed-article
 * sample, plus a failover and a dark-theme view for review. Each picture is checked for what it
 * is meant to show (the headline, the chosen badge, the theme, the What if marks), for the window's
 * size and for not being blank; nobody has to look at it for the test to mean something. Written to target/screenshots; with
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

    /**
     * Waits until the window is still (the headline's fade after a change of choice has ended),
     * renders it and writes the PNG; checks the picture is the window's size and not blank.
     */
    private Path shoot(String name) throws Exception {
        UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = window.scene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, "a real picture, not an empty one");
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals((int) Math.round(window.scene().getWidth()), png.getWidth(), "the whole window, at 1x");
        assertEquals((int) Math.round(window.scene().getHeight()), png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 20) {
            for (int x = 0; x < png.getWidth(); x += 20) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() >= 8, "not blank: " + colours.size() + " colours sampled");
        return file;
    }

    private String headline() {
        return lookup(".headline-text").queryAs(Label.class).getText();
    }

    private List<String> badge(int order) {
        return List.copyOf(lookup("#badge-" + order).query().getStyleClass());
    }

    @Test
    void writesTheReadmeScreenshot() throws Exception {
        Path file = shoot("seed-article.png");
        // What the README picture is for: Glue's answer and its chosen badge.
        assertTrue(headline().startsWith("A run would work: Glue would use #2 nayuts-sample-connection"), headline());
        assertTrue(badge(2).contains("verdict-chosen"), badge(2).toString());
        assertTrue(badge(1).contains("verdict-skipped"), badge(1).toString());
        if (Boolean.getBoolean("screenshot.update")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(file, Path.of("docs", "screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        interact(() -> {
            vm.openSample("three-az");
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        });
        shoot("three-az-az1-out.png");
        assertTrue(badge(2).contains("verdict-chosen"), "the choice moved to #2: " + badge(2));
        interact(() -> vm.darkThemeProperty().set(true));
        shoot("three-az-dark.png");
        assertTrue(window.scene().getRoot().getStyleClass().contains("dark"));
        interact(() -> {
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az2"));
            vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az4"));
        });
        shoot("three-az-all-out-dark.png");
        assertTrue(lookup(".headline").query().getStyleClass().contains("headline-fail"));
        interact(() -> vm.darkThemeProperty().set(false));
    }

    @Test
    void writesTheWhatIfReviewPictures() throws Exception {
        interact(() -> {
            vm.openSample("single-nat");
            window.controller().showWhatIfTab();
        });
        UiWait.until("the What if tab shows its matrix", () -> window.controller().whatIf().getMatrix() != null);
        shoot("single-nat-what-if.png");
        assertTrue(lookup("#whatIfSummary .summary-stop").tryQuery().isPresent(), "single-nat does not survive an AZ");
        interact(() -> window.controller().whatIf().includePairsProperty().set(true));
        UiWait.until("the pairs are counted", () -> lookup("#pairsSummary").queryAs(Label.class).getText()
                .contains("pairs stop the job"));
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
        UiWait.until("the modes are compared", () -> lookup("#modesCallout").query().getStyleClass()
                .contains("modes-differ"));
        shoot("three-az-retries.png");
        interact(() -> vm.darkThemeProperty().set(true));
        shoot("three-az-retries-dark.png");
        interact(() -> vm.darkThemeProperty().set(false));
    }
}
