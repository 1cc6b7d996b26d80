package dev.gluefailover.ui;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.model.Snapshot;
import java.util.List;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the rule set on the left, where the snapshot came from in the middle (also the
 * place for short confirmations such as "Exported …"), the active simulated failures on the right.
 */
final class StatusLine {
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
