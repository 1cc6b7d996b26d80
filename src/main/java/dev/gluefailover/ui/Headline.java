package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ChoiceChange;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Verdict;
import java.util.List;
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
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final HBox box;
    private final FontIcon icon;
    private final Label text;
    private final Label sub;

    Headline(HBox box, FontIcon icon, Label text, Label sub) {
        this.box = box;
        this.icon = icon;
        this.text = text;
        this.sub = sub;
        // A wrapping label is only given the height of its wrapped lines when its minimum is its
        // preferred height; without this it is cut to one line ending in "…" at projector widths.
        for (Label l : List.of(text, sub)) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        Evaluation.Outcome outcome = e.outcome();
        // The colour follows what the job comes to: a job outside the VPCs is fine, not a failure.
        String style = switch (outcome) {
            case RUN_WORKS, RUNS_OUTSIDE_VPC -> e.choiceCertain() ? "headline-ok" : "headline-warn";
            case RUN_FAILS, CHOICE_UNKNOWN -> "headline-warn";
            case LAUNCH_STOPS, NO_CONNECTION -> "headline-fail";
        };
        box.getStyleClass().add(style);
        icon.setIconLiteral(switch (style) {
            case "headline-ok" -> outcome == Evaluation.Outcome.RUNS_OUTSIDE_VPC ? "mdi2c-cloud-outline" : "mdi2c-check-decagram";
            case "headline-warn" -> "mdi2a-alert";
            default -> "mdi2c-close-octagon";
        });
        text.setText(line(e) + (style.equals("headline-fail") ? "." : ""));
        sub.setText(detail(e, outcome));
    }

    /**
     * The headline, verdict first: "The run would fail (NAT_IN_FAILED_AZ): Glue would use #2
     * orders-db-1b (us-east-1b)", so that what matters most is read first and never lost to a narrow
     * window. Outcomes other than a chosen connection already begin with the verdict
     * ({@link Evaluation#headline()}).
     */
    static String line(Evaluation e) {
        Evaluation.Outcome outcome = e.outcome();
        if (outcome != Evaluation.Outcome.RUN_WORKS && outcome != Evaluation.Outcome.RUN_FAILS) {
            return e.headline();
        }
        ConnectionEvaluation c = e.chosen().orElseThrow();
        String verdict;
        if (c.runWouldSucceed()) {
            verdict = TEXT.get("headline.runWorks");
        } else {
            List<String> failed = c.runChecks().stream().filter(r -> r.status() == CheckStatus.FAIL)
                    .map(CheckResult::code).toList();
            List<String> undecided = c.runChecks().stream().filter(r -> r.status() == CheckStatus.UNKNOWN)
                    .map(CheckResult::code).toList();
            verdict = failed.isEmpty() ? TEXT.get("headline.runUnknown", String.join(", ", undecided))
                    : undecided.isEmpty() ? TEXT.get("headline.runFails", String.join(", ", failed))
                    : TEXT.get("headline.runFailsUndecided", String.join(", ", failed), String.join(", ", undecided));
        }
        String line = TEXT.get("headline.chosen", verdict, c.order(), c.name(), c.availabilityZone());
        if (!e.choiceCertain()) {
            line += TEXT.get("headline.uncertain", String.join("; ", e.uncertainty()));
        }
        if (e.versionScope() == Evaluation.VersionScope.ASSUMED_AS_5_1) {
            line += TEXT.get("headline.assumed51", e.job().glueVersion());
        }
        return line;
    }

    /** The line under the headline: why, in the evaluation's own terms, plus the Glue-version assumption. */
    static String detail(Evaluation e, Evaluation.Outcome outcome) {
        String why;
        switch (outcome) {
            case RUNS_OUTSIDE_VPC -> why = e.connections().isEmpty() ? TEXT.get("headline.noConnection")
                    : TEXT.get("headline.noSubnet");
            case LAUNCH_STOPS -> why = e.launchStop().map(s -> "#" + s.connection().order() + " " + s.connection().name()
                    + " " + s.check().code() + ": " + s.check().message()).orElse("");
            case NO_CONNECTION, CHOICE_UNKNOWN -> why = String.join("; ", e.connections().stream()
                    .map(c -> "#" + c.order() + " " + c.name() + " " + c.blockingCheck().map(CheckResult::code)
                            .orElse(c.verdict().name()))
                    .toList());
            default -> {
                ConnectionEvaluation chosen = e.chosen().orElseThrow();
                List<String> skipped = e.connections().stream()
                        .filter(c -> c.order() < chosen.order() && c.verdict() != Verdict.CHOSEN)
                        .map(c -> TEXT.get("headline.skipped", c.order(), c.name(),
                                c.blockingCheck().map(CheckResult::code).orElse(c.verdict().name())))
                        .toList();
                why = skipped.isEmpty() ? TEXT.get("headline.firstPasses") : String.join("  ·  ", skipped);
            }
        }
        if (e.versionScope() == Evaluation.VersionScope.ASSUMED_AS_5_1) {
            why += "  ·  " + TEXT.get("headline.versionAssumed", e.job().glueVersion());
        } else if (e.versionScope() == Evaluation.VersionScope.UNDOCUMENTED) {
            why += "  ·  " + TEXT.get("headline.versionUndocumented", e.job().glueVersion());
        }
        return why;
    }
}
