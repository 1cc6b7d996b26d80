package dev.gluefailover.ui;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.training.DrillCheck;
import dev.gluefailover.training.DrillPosition;
import dev.gluefailover.training.DrillTexts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A drill played in the window: the current step ({@link DrillPosition}), applied to the
 * view-model as one simulation per step (one undo step each), and the quiz: with the quiz on, each
 * new step's verdict stays hidden until the presenter reveals it. The view ({@link PresentationMode})
 * only shows these properties.
 */
final class DrillPlayer {
    private static final Messages TEXT = Messages.of("window");

    private final MainViewModel vm;
    private final ReadOnlyObjectWrapper<DrillPosition> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final BooleanProperty quiz = new SimpleBooleanProperty(this, "quiz", false);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed", true);
    /** What Glue chose before the current step, for the reveal's pulse. */
    private Evaluation beforeStep;

    DrillPlayer(MainViewModel vm) {
        this.vm = vm;
        // Switching the quiz on hides the verdict on screen now; switching it off shows it.
        quiz.addListener((o, was, on) -> revealed.set(!on));
    }

    /** The snapshot's first drill from its first step; false (and nothing playing) when it has none. */
    boolean start() {
        Snapshot s = vm.getSnapshot();
        if (s == null || s.drills().isEmpty() || s.drills().get(0).steps().isEmpty()) {
            position.set(null);
            return false;
        }
        return start(s.drills().get(0));
    }

    boolean start(Drill drill) {
        GlueJob job = DrillCheck.drillJob(vm.getSnapshot());
        if (vm.getSelectedJob() == null || !vm.getSelectedJob().name().equals(job.name())) {
            vm.selectJob(job.name());
        }
        go(DrillPosition.start(drill));
        return true;
    }

    void stop() {
        position.set(null);
        revealed.set(true);
    }

    /** The next step; nothing past the last one. */
    void next() {
        DrillPosition p = position.get();
        if (p != null && !p.isLast()) {
            go(p.next());
        }
    }

    /** The step before; nothing before the first one. */
    void previous() {
        DrillPosition p = position.get();
        if (p != null && !p.isFirst()) {
            go(p.previous());
        }
    }

    /** Shows the hidden verdict (Space, Enter); true when there was one to show. */
    boolean reveal() {
        if (revealed.get()) {
            return false;
        }
        revealed.set(true);
        return true;
    }

    private void go(DrillPosition p) {
        beforeStep = vm.getEvaluation();
        Simulation simulation;
        try {
            simulation = DrillCheck.simulationOf(new FailureTargets(vm.getIndex()), p.step());
        } catch (IllegalArgumentException e) {
            // A step that names what the snapshot lacks (an edit removed it): shown, not applied.
            simulation = null;
            problem = e.getMessage();
        }
        if (simulation != null) {
            problem = null;
            vm.showSimulation(() -> TEXT.get("drill.undoStep", p.number(),
                    DrillTexts.title(p.drill(), Messages.language())), simulation);
        }
        revealed.set(!quiz.get());
        position.set(p);
    }

    private String problem;

    /** Why the current step could not be shown (null when it was). */
    String problem() {
        return problem;
    }

    /** What Glue chose before the current step was applied. */
    Evaluation beforeStep() {
        return beforeStep;
    }

    ReadOnlyObjectProperty<DrillPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    DrillPosition position() {
        return position.get();
    }

    BooleanProperty quizProperty() {
        return quiz;
    }

    ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
