package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.ui.diagram.DiagramView;
import dev.gluefailover.ui.diagram.WindowFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The window in Japanese at the two projector sizes, next to {@link ProjectorPictureTest}: the
 * headline (verdict first, in Japanese) is drawn whole and wraps at 1280×720, the diagram is fitted,
 * and the Japanese is drawn in real glyphs, not the empty boxes a missing font leaves. Pictures go to
 * target/screenshots for review.
 */
class JapanesePictureTest extends ApplicationTest {
    private static final Messages TEXT = Messages.of("window");
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;
    private Locale languageBefore;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        languageBefore = Messages.language();
        Messages.setLanguage(Locale.JAPANESE);
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        stage.setWidth(1280);
        stage.setHeight(720);
        window.show(stage);
    }

    @AfterEach
    void restore() {
        Messages.setLanguage(languageBefore);
    }

    private void resize(double w, double h) throws Exception {
        UiWait.onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
        UiWait.until("the window is " + w + "×" + h, () -> Math.abs(window.scene().getWidth() - w) < 40
                && Math.abs(window.scene().getHeight() - h) < 60);
    }

    private boolean fitted() {
        DiagramView d = window.controller().diagram();
        if (d.diagram() == null || d.getWidth() <= 0) {
            return false;
        }
        Rect r = d.diagram().bounds();
        double expected = Math.min(1.5, Math.min((d.getWidth() - 24) / r.width(), (d.getHeight() - 24) / r.height()));
        return Math.abs(d.getZoom() - expected) < expected * 0.01;
    }

    private void failNatZone() throws Exception {
        UiWait.onFx(() -> {
            vm.setFailure(new SimulatedFailure.AzOutage("use1-az1"), true);
            return null;
        });
        UiWait.until("orders-db-1b is chosen", () -> vm.getEvaluation().chosen().map(c -> c.name().equals("orders-db-1b"))
                .orElse(false));
    }

    /** The Japanese headline, verdict first, drawn whole; returns its label. */
    private Label assertHeadlineWhole() {
        Label label = lookup(".headline-text").queryAs(Label.class);
        Text drawn = (Text) label.lookup(".text");
        assertEquals(label.getText(), drawn.getText(), "the headline is drawn whole");
        assertTrue(label.getText().startsWith(TEXT.in(Locale.JAPANESE, "headline.runFails", "NAT_IN_FAILED_AZ")),
                label.getText());
        return label;
    }

    private void shoot(String name) throws Exception {
        UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
        WritableImage[] image = new WritableImage[1];
        UiWait.onFx(() -> image[0] = window.scene().snapshot(null));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name).toFile());
    }

    @Test
    void at1280x720TheJapaneseHeadlineWrapsWholeAndTheDiagramFits() throws Exception {
        failNatZone();
        resize(1280, 720);
        UiWait.until("the diagram is fitted", this::fitted);
        Label label = assertHeadlineWhole();
        assertTrue(label.getHeight() > label.getFont().getSize() * 1.9, "it wraps onto a second line at this width: "
                + label.getHeight());
        assertEquals("ファイル(_F)", lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
        shoot("projector-single-nat-ja-1280x720.png");
    }

    @Test
    void at1920x1080TheJapaneseHeadlineIsWholeAndTheDiagramFits() throws Exception {
        failNatZone();
        resize(1920, 1080);
        UiWait.until("the diagram is fitted", this::fitted);
        assertHeadlineWhole();
        shoot("projector-single-nat-ja-1920x1080.png");
    }

    /**
     * Japanese is drawn with real glyphs in the headline's font: two different kanji make two
     * different pictures, and neither is the box drawn for a character no font has. Needs a CJK font
     * (Debian: fonts-noto-cjk, which .ci/run installs when it can); without one it is skipped, saying so.
     */
    @Test
    void japaneseIsDrawnInRealGlyphsNotBoxes() throws Exception {
        assumeTrue(cjkFontInstalled(), "no CJK font installed (Debian: apt-get install fonts-noto-cjk): "
                + "Japanese would be drawn as boxes, so this check is skipped");
        Font font = UiWait.onFx(() -> lookup(".headline-text").queryAs(Label.class).getFont());
        // Where the logical fonts cannot fall back to the installed CJK font (Linux with Noto CJK), the window names it
        WindowFont.japaneseSans().ifPresent(family -> assertEquals(family, font.getFamily(), "the headline's family"));
        int[] a = UiWait.onFx(() -> pixels("接", font));
        int[] b = UiWait.onFx(() -> pixels("続", font));
        int[] missing = UiWait.onFx(() -> pixels(new String(Character.toChars(0x10FFFD)), font));
        assertFalse(Arrays.equals(a, b), "two kanji look different in " + font);
        assertFalse(Arrays.equals(a, missing), "接 is not drawn as the missing-glyph box in " + font);
        assertFalse(Arrays.equals(b, missing), "続 is not drawn as the missing-glyph box in " + font);
    }

    /** Menus, tooltips and dialogs have scenes of their own: they are drawn in the Japanese family as well. */
    @Test
    void theMenusAreDrawnInTheJapaneseFamilyTooAndEnglishTakesItAway() throws Exception {
        assumeTrue(WindowFont.japaneseSans().isPresent(), "this machine's logical fonts draw Japanese by themselves");
        assertTrue(WindowFont.drawsJapanese(window.scene()));
        javafx.scene.control.Menu file = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        UiWait.onFx(() -> {
            file.show();
            return null;
        });
        UiWait.until("the File menu is shown in the Japanese family", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()
                        && WindowFont.drawsJapanese(w.getScene())));
        WritableImage[] image = new WritableImage[1];
        UiWait.onFx(() -> {
            javafx.stage.Window popup = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow();
            image[0] = popup.getScene().getRoot().snapshot(null, null);
            file.hide();
            return null;
        });
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve("menu-file-ja.png").toFile());
        UiWait.onFx(() -> {
            Messages.setLanguage(Locale.ENGLISH);
            return null;
        });
        UiWait.until("English takes the Japanese sheet away", () -> !WindowFont.drawsJapanese(window.scene()));
    }

    static boolean cjkFontInstalled() {
        return Font.getFamilies().stream().anyMatch(f -> f.matches("(?i).*(CJK|\\bJP\\b|Gothic|Mincho|IPA|Takao).*"));
    }

    /** The text drawn black on white at a fixed size, as ARGB pixels. */
    private static int[] pixels(String s, Font font) {
        Text t = new Text(s);
        t.setFont(Font.font(font.getFamily(), 40));
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(t);
        box.setMinSize(60, 60);
        box.setMaxSize(60, 60);
        box.setStyle("-fx-background-color: white;");
        new javafx.scene.Scene(box, 60, 60);
        box.applyCss();
        box.layout();
        WritableImage img = box.snapshot(null, new WritableImage(60, 60));
        int[] px = new int[60 * 60];
        img.getPixelReader().getPixels(0, 0, 60, 60, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, 60);
        return px;
    }
}
