package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.ui.diagram.WindowFont;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An English window whose network is named in Japanese draws those names in the Japanese family
 * (on Linux, where the logical fonts would draw boxes); the Japanese captions of a sample's drills,
 * shown only in Japanese, do not count.
 */
class JapaneseNamesInEnglishTest extends SingleNatWindowTest {
    @Override
    protected Locale language() {
        return Locale.ENGLISH;
    }

    @Test
    void japaneseNamesBringTheJapaneseFamilyAndAPlainNetworkTakesItAway() throws Exception {
        assumeTrue(WindowFont.japaneseSans().isPresent(), "this machine's logical fonts draw Japanese by themselves");
        assertFalse(WindowFont.drawsJapanese(window.scene()), "single-nat's network is named in English");
        UiWait.onFx(() -> {
            vm.showScenario(Samples.get("single-nat").withSource("注文システム.json"), "注文システム");
            return null;
        });
        UiWait.until("the Japanese family draws the window", () -> WindowFont.drawsJapanese(window.scene()));
        UiWait.onFx(() -> {
            vm.openSample("single-nat");
            return null;
        });
        UiWait.until("the logical fonts again", () -> !WindowFont.drawsJapanese(window.scene()));
    }

    @Test
    void theSnapshotsTextDecidesNotItsDrillsCaptions() {
        assertFalse(MainWindow.namesJapanese(Samples.get("single-nat")), "only the drills' captionJa are Japanese");
        assertTrue(MainWindow.namesJapanese(Samples.get("single-nat").withSource("注文.json")));
        assertFalse(MainWindow.namesJapanese(null));
    }
}
