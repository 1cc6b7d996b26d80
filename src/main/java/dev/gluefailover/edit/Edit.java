package dev.gluefailover.edit;

import dev.gluefailover.model.Snapshot;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change of a scenario the user can take back as a whole: what it is called in the Undo menu
 * and the change itself, a pure function of the snapshot. A change that cannot apply (an element
 * that is not there, a route table that is the main one) throws {@link EditRefused}.
 */
public record Edit(String description, UnaryOperator<Snapshot> change) {
    public Edit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }
}
