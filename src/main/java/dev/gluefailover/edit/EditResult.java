package dev.gluefailover.edit;

import dev.gluefailover.model.Snapshot;
import java.util.List;

/** What became of an edit: the new snapshot, or the reasons AWS would refuse it. */
public sealed interface EditResult {

    /** The edit holds: {@code after} is the scenario to show (and evaluate) from now on. */
    record Applied(String description, Snapshot after) implements EditResult {
    }

    /** The edit would make a state AWS cannot have; the scenario stays as it was. */
    record Refused(String description, List<String> reasons) implements EditResult {
        public Refused {
            reasons = List.copyOf(reasons);
        }

        /** The reasons in one line, for a status bar or a message under the property sheet. */
        public String message() {
            return String.join("; ", reasons);
        }
    }
}
