package dev.gluefailover.ui;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.Snapshot;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar: the rule set on the left, where the snapshot came from in the middle (also the
 * place for short confirmations such as "Exported …" and for the progress of a running AWS call),
 * the active simulated failures on the right. A notice (the sample or file asked for on the
 * command line could not be shown) stays beside the rule set until another snapshot opens.
 */
final class StatusLine {
    private final MainViewModel vm;
    private final StatusBar bar;
    private final Label ruleSet = new Label();
    private final Label failures = new Label();
    private final Label notice = new Label();

    StatusLine(MainViewModel vm, StatusBar bar) {
        this.vm = vm;
        this.bar = bar;
        bar.setText("");
        ruleSet.getStyleClass().add("rule-set-label");
        failures.getStyleClass().add("failures-label");
        notice.setId("statusNotice");
        notice.getStyleClass().add("status-notice");
        // Inline: the status bar's labels are muted in explorer.css, and a notice must stand out.
        notice.setStyle("-fx-text-fill: -color-warning-fg; -fx-font-weight: bold; -fx-padding: 0 10 0 0;");
        FontIcon icon = new FontIcon("mdi2a-alert");
        icon.setStyle("-fx-icon-color: -color-warning-fg;");
        notice.setGraphic(icon);
        notice.setVisible(false);
        notice.setManaged(false);
        bar.getLeftItems().addAll(ruleSet, notice);
        bar.getRightItems().add(failures);
        vm.snapshotProperty().addListener((o, a, b) -> showSource());
        vm.snapshotLabelProperty().addListener((o, a, b) -> {
            // Another snapshot opened: what the notice explained (why this one and not the one
            // asked for) is over. The label, not the snapshot: a reorder changes the snapshot too.
            notice(null);
            showSource();
        });
        vm.settingsProperty().addListener((o, a, b) -> showRuleSet());
        vm.simulationProperty().addListener((o, a, b) -> showFailures());
        if (vm.getSnapshot() != null) {
            showSource();
        }
        showRuleSet();
        showFailures();
    }

    /** A short confirmation ("Saved …", "Exported …") where the source is shown until the next change. */
    void say(String text) {
        bar.setText(text);
    }

    /** A warning that stays until another snapshot opens; null takes it away. */
    void notice(String text) {
        boolean on = text != null && !text.isBlank();
        notice.setText(on ? text : "");
        notice.setTooltip(on ? new Tooltip(text) : null);
        notice.setVisible(on);
        notice.setManaged(on);
    }

    /** The notice shown, or null. */
    String notice() {
        return notice.isVisible() ? notice.getText() : null;
    }

    /**
     * Shows a background task's progress ({@code what}, e.g. "Loading orders…", and the task's
     * current step) until it ends, however it ends; then the snapshot's source again, so a failed
     * or cancelled load does not leave the bar blank.
     */
    void follow(String what, Worker<?> task) {
        bar.progressProperty().bind(task.progressProperty());
        bar.setText(progressText(what, task.getMessage()));
        ChangeListener<String> step = (o, a, b) -> bar.setText(progressText(what, b));
        task.messageProperty().addListener(step);
        task.stateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Worker.State> o, Worker.State a,
                    Worker.State state) {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                        || state == Worker.State.CANCELLED) {
                    task.messageProperty().removeListener(step);
                    task.stateProperty().removeListener(this);
                    bar.progressProperty().unbind();
                    bar.setProgress(0);
                    showSource();
                }
            }
        });
    }

    /**
     * The progress line: what runs, then its current step, unless the step only repeats it
     * ("Listing Glue jobs…" and the loader's step "Listing Glue jobs" read once).
     */
    static String progressText(String what, String step) {
        String s = step == null ? "" : step.strip();
        if (s.isEmpty() || core(what).equalsIgnoreCase(core(s))) {
            return what;
        }
        return what + " " + s;
    }

    private static String core(String text) {
        return text.strip().replaceAll("[.…]+$", "").strip();
    }

    private void showSource() {
        Snapshot s = vm.getSnapshot();
        bar.setText(vm.snapshotLabelProperty().get() + (s == null ? "" : "  ·  " + s.region().name()
                + (s.region().accountId() == null ? "" : "  ·  account " + s.region().accountId())
                + (s.capturedAt() == null ? "" : "  ·  captured " + s.capturedAt())));
    }

    private void showRuleSet() {
        ruleSet.setText("Rules " + vm.getSettings().ruleSet());
    }

    private void showFailures() {
        List<SimulatedFailure> on = vm.getSimulation().failures();
        failures.setText(on.isEmpty() ? "No simulated failure"
                : "Simulated: " + String.join(", ", on.stream().map(SimulatedFailure::describe).toList()));
        failures.getStyleClass().remove("has-failures");
        if (!on.isEmpty()) {
            failures.getStyleClass().add("has-failures");
        }
    }
}
