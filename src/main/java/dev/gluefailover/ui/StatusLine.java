package dev.gluefailover.ui;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.Snapshot;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the rule set on the left, where the snapshot came from in the middle (also the
 * place for short confirmations such as "Exported …" and for the progress of a running AWS call),
 * the active simulated failures on the right.
 */
final class StatusLine {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final StatusBar bar;
    private final Label ruleSet = new Label();
    private final Label failures = new Label();

    StatusLine(MainViewModel vm, StatusBar bar) {
        this.vm = vm;
        this.bar = bar;
        bar.setText("");
        ruleSet.getStyleClass().add("rule-set-label");
        failures.getStyleClass().add("failures-label");
        bar.getLeftItems().add(ruleSet);
        bar.getRightItems().add(failures);
        vm.snapshotProperty().addListener((o, a, b) -> showSource());
        vm.snapshotLabelProperty().addListener((o, a, b) -> showSource());
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
                + (s.region().accountId() == null ? "" : "  ·  " + TEXT.get("status.account", s.region().accountId()))
                + (s.capturedAt() == null ? "" : "  ·  " + TEXT.get("status.captured", s.capturedAt()))));
    }

    private void showRuleSet() {
        ruleSet.setText(TEXT.get("status.rules", vm.getSettings().ruleSet()));
    }

    private void showFailures() {
        List<SimulatedFailure> on = vm.getSimulation().failures();
        failures.setText(on.isEmpty() ? TEXT.get("status.noFailure")
                : TEXT.get("status.simulated", String.join(TEXT.get("list.separator"),
                        on.stream().map(SimulatedFailure::describe).toList())));
        failures.getStyleClass().remove("has-failures");
        if (!on.isEmpty()) {
            failures.getStyleClass().add("has-failures");
        }
    }
}
