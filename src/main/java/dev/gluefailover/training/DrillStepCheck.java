package dev.gluefailover.training;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.DrillStep;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One drill step as the engine sees it now, beside what the drill expects.
 *
 * @param number the step's number, from 1
 * @param step the step as stored
 * @param simulation the step's failures, resolved against the snapshot (AZs by zone id); NONE when they could not be read
 * @param evaluation the engine's answer at this step; null when the step's failures could not be read
 * @param problem why the step could not be evaluated (a malformed or unknown failure); null when it was
 */
public record DrillStepCheck(int number, DrillStep step, Simulation simulation, Evaluation evaluation,
        String problem) {

    public DrillStepCheck {
        Objects.requireNonNull(step, "step");
        simulation = simulation == null ? Simulation.NONE : simulation;
    }

    /** The connection Glue uses at this step; empty when none, or when the step could not be evaluated. */
    public Optional<String> actualChosen() {
        return evaluation == null ? Optional.empty() : evaluation.chosen().map(c -> c.name());
    }

    /** Whether the run works at this step (false when the step could not be evaluated). */
    public boolean actualRunWorks() {
        return evaluation != null && evaluation.runWouldSucceed();
    }

    /** The chosen connection is the one the step expects (no connection when it expects none). */
    public boolean chosenMatches() {
        return evaluation != null && Objects.equals(step.expectedChosen(), actualChosen().orElse(null));
    }

    /** The run works exactly when the step says it does; true when the step says nothing about it. */
    public boolean runMatches() {
        return evaluation != null && (step.expectedRunWorks() == null || step.expectedRunWorks() == actualRunWorks());
    }

    /** The engine gives the outcome the drill expects. */
    public boolean matches() {
        return problem == null && chosenMatches() && runMatches();
    }

    /** The caption in the language asked for (Japanese falls back to English when the step has none). */
    public String caption(Locale locale) {
        return DrillTexts.caption(step, locale);
    }
}
