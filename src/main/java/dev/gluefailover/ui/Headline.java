package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ChoiceChange;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Verdict;
import java.util.List;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The headline over the diagram: Glue's answer in one sentence ({@link Evaluation#headline()}),
 * green, amber (the run would fail or the choice is uncertain) or red (no connection), with the
 * skipped connections or every blocking check below. It fades in again when the choice changes
 * ({@link ChoiceChange}, the rule the list and the diagram use too).
 */
final class Headline {
    private final HBox box;
    private final FontIcon icon;
    private final Label text;
    private final Label sub;

    Headline(HBox box, FontIcon icon, Label text, Label sub) {
        this.box = box;
        this.icon = icon;
        this.text = text;
        this.sub = sub;
    }

    void show(Evaluation before, Evaluation after) {
        show(after);
        if (ChoiceChange.between(before, after).changed()) {
            FadeTransition fade = new FadeTransition(Duration.millis(450), box);
            fade.setFromValue(0.25);
            fade.setToValue(1);
            fade.play();
        }
    }

    private void show(Evaluation e) {
        box.getStyleClass().removeAll("headline-ok", "headline-warn", "headline-fail");
        Optional<ConnectionEvaluation> chosen = e.chosen();
        String line = e.headline();
        if (chosen.isEmpty()) {
            box.getStyleClass().add("headline-fail");
            icon.setIconLiteral("mdi2c-close-octagon");
            String reasons = String.join("; ", e.connections().stream()
                    .map(c -> "#" + c.order() + " " + c.name() + " " + c.blockingCheck().map(CheckResult::code)
                            .orElse(c.verdict().name()))
                    .toList());
            text.setText(line + ".");
            sub.setText(reasons.isEmpty() ? "The job lists no connection." : reasons);
        } else {
            boolean warn = !e.runWouldSucceed() || !e.choiceCertain();
            box.getStyleClass().add(warn ? "headline-warn" : "headline-ok");
            icon.setIconLiteral(warn ? "mdi2a-alert" : "mdi2c-check-decagram");
            text.setText(line);
            List<String> skipped = e.connections().stream()
                    .filter(c -> c.order() < chosen.get().order() && c.verdict() != Verdict.CHOSEN)
                    .map(c -> "#" + c.order() + " " + c.name() + " skipped: "
                            + c.blockingCheck().map(CheckResult::code).orElse(c.verdict().name()))
                    .toList();
            sub.setText(skipped.isEmpty() ? "The first connection in job order passes every selection check."
                    : String.join("  ·  ", skipped));
        }
    }
}
