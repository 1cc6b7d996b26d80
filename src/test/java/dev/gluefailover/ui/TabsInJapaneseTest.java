package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The What if and Recommendations tabs in a window started in Japanese (as {@code --lang ja} or a
 * Japanese OS starts it), on single-nat at projector size: headers, columns, cells and sentences in
 * Japanese, with none of the English of their bundles left.
 */
class TabsInJapaneseTest extends SingleNatWindowTest {
    @Override
    protected Locale language() {
        return Locale.JAPANESE;
    }

    private static void assertNoEnglish(String shown, String... areas) {
        Set<String> english = EnglishLeftovers.wordsOf(areas);
        assertEquals(Set.of(), EnglishLeftovers.in(shown, english), "English left in:\n" + shown);
    }

    @Test
    void theWhatIfTabSpeaksJapanese() {
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        UiWait.until("the What if tab shows its matrix", () -> window.controller().whatIf().getMatrix() != null
                && !lookup("#whatIfTable").queryAs(TableView.class).getItems().isEmpty()
                && window.controller().whatIf().getTimeline() != null);
        TableView<?> table = lookup("#whatIfTable").queryAs(TableView.class);
        assertEquals(List.of("障害", "Glue の選択", "実行", "失敗するチェック"),
                table.getColumns().stream().map(TableColumn::getText).toList());
        Node panel = lookup(".what-if-panel").query();
        String shown = EnglishLeftovers.visibleText(panel);
        for (String expected : List.of("1 つが障害になったら", "再試行をまたいで", "障害の組み合わせも試す", "再スキャン",
                "固定", "開始する試行", "失敗")) {
            assertTrue(shown.contains(expected), expected + " not in:\n" + shown);
        }
        String baseLine = lookup(".whatif-base").queryAs(Label.class).getText();
        assertTrue(baseLine.startsWith("現在: "), baseLine);
        assertTrue(lookup("#whatIfSummary .summary-text").queryAllAs(Label.class).stream()
                .allMatch(l -> EnglishLeftovers.isJapanese(l.getText())), "the summary lines are the engine's Japanese");
        assertNoEnglish(shown, "tabs", "engine");
    }

    @Test
    void theRecommendationsTabSpeaksJapanese() {
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        UiWait.until("the Recommendations tab has worked them out", () -> window.controller().recommendations()
                .getResult() != null && !window.controller().recommendations().computingProperty().get()
                && lookup("#rec-0").tryQuery().isPresent());
        Node card = lookup("#rec-0").query();
        String title = from(card).lookup(".rec-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("1. ") && EnglishLeftovers.isJapanese(title), title);
        // The AWS CLI commands are the CLI's, not English: everything but them.
        StringBuilder shown = new StringBuilder();
        for (Node n : from(card).lookup(".label").queryAll()) {
            shown.append(EnglishLeftovers.visibleText(n));
        }
        assertTrue(EnglishLeftovers.isJapanese(shown.toString()), shown.toString());
        assertNoEnglish(shown.toString(), "review");
    }
}
