package dev.gluefailover.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The failures a user has switched on: a fork of the snapshot in Batfish's sense. Immutable;
 * the order is the order they were switched on. Switching on a failure for the same target
 * and kind replaces the earlier one.
 */
public record Simulation(List<SimulatedFailure> failures) {
    public static final Simulation NONE = new Simulation(List.of());

    public Simulation {
        failures = List.copyOf(failures);
    }

    public static Simulation of(SimulatedFailure... failures) {
        Simulation s = NONE;
        for (SimulatedFailure f : failures) {
            s = s.with(f);
        }
        return s;
    }

    public Simulation with(SimulatedFailure failure) {
        List<SimulatedFailure> list = new ArrayList<>(failures);
        list.removeIf(f -> f.getClass() == failure.getClass() && f.target().equals(failure.target()));
        list.add(failure);
        return new Simulation(list);
    }

    public Simulation without(SimulatedFailure failure) {
        List<SimulatedFailure> list = new ArrayList<>(failures);
        list.removeIf(f -> f.getClass() == failure.getClass() && f.target().equals(failure.target()));
        return new Simulation(list);
    }

    public boolean contains(SimulatedFailure failure) {
        return failures.stream().anyMatch(f -> f.getClass() == failure.getClass() && f.target().equals(failure.target()));
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }
}
