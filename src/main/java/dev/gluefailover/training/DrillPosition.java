package dev.gluefailover.training;

import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import java.util.Objects;

/**
 * Where a presenter stands in a drill: an immutable position that steps forward and back and
 * stays within the drill (a remote pressed once too often does nothing).
 *
 * @param drill the drill
 * @param index the current step, from 0
 */
public record DrillPosition(Drill drill, int index) {
    public DrillPosition {
        Objects.requireNonNull(drill, "drill");
        if (drill.steps().isEmpty()) {
            throw new IllegalArgumentException("drill '" + drill.name() + "' has no steps");
        }
        index = Math.max(0, Math.min(index, drill.steps().size() - 1));
    }

    /** The drill's first step. */
    public static DrillPosition start(Drill drill) {
        return new DrillPosition(drill, 0);
    }

    public DrillStep step() {
        return drill.steps().get(index);
    }

    /** The step's number, from 1. */
    public int number() {
        return index + 1;
    }

    public int count() {
        return drill.steps().size();
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index == drill.steps().size() - 1;
    }

    /** The next step; the same position on the last step. */
    public DrillPosition next() {
        return isLast() ? this : new DrillPosition(drill, index + 1);
    }

    /** The previous step; the same position on the first step. */
    public DrillPosition previous() {
        return isFirst() ? this : new DrillPosition(drill, index - 1);
    }
}
