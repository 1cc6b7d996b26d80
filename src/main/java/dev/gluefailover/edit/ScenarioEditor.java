package dev.gluefailover.edit;

import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an {@link Edit} to a scenario and refuses it when it makes a state AWS cannot have. Only
 * the problems the edit <em>adds</em> refuse it: a hand-edited file that was already wrong in one
 * place can still be edited elsewhere (and fixed).
 */
public final class ScenarioEditor {
    private ScenarioEditor() {
    }

    public static EditResult apply(Snapshot before, Edit edit) {
        Snapshot after;
        try {
            after = edit.change().apply(before);
        } catch (EditRefused e) {
            return new EditResult.Refused(edit.description(), List.of(e.getMessage()));
        }
        List<String> added = added(ScenarioValidation.problems(before), ScenarioValidation.problems(after));
        if (!added.isEmpty()) {
            return new EditResult.Refused(edit.description(), added);
        }
        return new EditResult.Applied(edit.description(), after);
    }

    /** The problems of {@code after} that {@code before} did not have (counted, so a second copy is new). */
    static List<String> added(List<Problem> before, List<Problem> after) {
        List<String> was = new ArrayList<>(before.stream().map(Problem::text).toList());
        List<String> out = new ArrayList<>();
        for (Problem p : after) {
            if (!was.remove(p.text())) {
                out.add(p.text());
            }
        }
        return out;
    }
}
