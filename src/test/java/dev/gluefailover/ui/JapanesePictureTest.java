package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.ui.diagram.WindowFont;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The window in Japanese at the two projector sizes, next to {@link ProjectorPictureTest}: the
 * headline (verdict first, in Japanese) is drawn whole and wraps at 1280×720, the diagram is fitted,
 * and the Japanese is drawn in real glyphs, not the empty boxes a missing font leaves. Pictures go to
 * target/screenshots for review.
 */
class JapanesePictureTest extends SingleNatWindowTest {
    private static final Messages TEXT = Messages.of("window");

    @Override
    protected Locale language() {
        return Locale.JAPANESE;
    }

    /** The Japanese headline, verdict first, drawn whole; returns its label. */
    private Label assertHeadlineWhole() {
        Label label = headlineDrawnWhole();
        assertTrue(label.getText().startsWith(TEXT.in(Locale.JAPANESE, "headline.runFails", "NAT_IN_FAILED_AZ")),
                label.getText());
        return label;
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
     * At 1280×720, with the side columns at their narrowest, no text of the job column, the headline
     * or the Details tab is cut with "…" in Japanese, whatever is selected, with and without a failure.
     */
    @Test
    void at1280x720NoJapaneseTextOfTheColumnsIsCut() throws Exception {
        assertNothingCutInTheNarrowestColumns();
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
        write(image[0], "menu-file-ja.png");
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
