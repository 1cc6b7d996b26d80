package dev.gluefailover.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to Glue's choice between two evaluations of the same job: the one rule every
 * view uses to decide whether to draw the eye (the headline fades in, the list row and the
 * diagram badge pulse). Opening another snapshot or job is not a change of choice.
 *
 * @param before the connection chosen before (empty when none was, or there was no evaluation)
 * @param after  the connection chosen now (empty when none is)
 */
public record ChoiceChange(boolean sameJob, Optional<ConnectionEvaluation> before, Optional<ConnectionEvaluation> after) {

    public static ChoiceChange between(Evaluation before, Evaluation after) {
        boolean same = before != null && after != null && before.job().name().equals(after.job().name());
        return new ChoiceChange(same, before == null ? Optional.empty() : before.chosen(),
                after == null ? Optional.empty() : after.chosen());
    }

    /** Within the same job, Glue now uses another connection (or none, or one where there was none). */
    public boolean changed() {
        return sameJob && !Objects.equals(before.map(ConnectionEvaluation::name), after.map(ConnectionEvaluation::name));
    }

    /** The choice moved to a connection (not to "no connection"): the one to pulse. */
    public Optional<ConnectionEvaluation> newlyChosen() {
        return changed() ? after : Optional.empty();
    }
}
