package dev.gluefailover.training;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A drill run through the engine: every step's actual outcome beside the expected one, so that an
 * edit of the snapshot that breaks a drill is flagged (the editor asks after every edit, the
 * {@code drill} command exits 2, a test runs every shipped drill).
 *
 * <p>The drill's job is the snapshot's only job, or its first when it holds several (a drill file
 * teaches one job). A step's {@code fail} strings are the command line's {@code --fail} form, read
 * with {@link SimulatedFailure#parse} and resolved with {@link FailureTargets} as the command line
 * does; one that does not parse or names nothing in the snapshot makes the step a mismatch with the
 * reason in {@link DrillStepCheck#problem()}.
 */
public final class DrillCheck {
    private static final Messages TEXT = Messages.of("training");

    private final Drill drill;
    private final GlueJob job;
    private final List<DrillStepCheck> steps;

    private DrillCheck(Drill drill, GlueJob job, List<DrillStepCheck> steps) {
        this.drill = drill;
        this.job = job;
        this.steps = List.copyOf(steps);
    }

    /** The drill checked against the snapshot with the default rule settings. */
    public static DrillCheck of(Snapshot snapshot, Drill drill) {
        return of(snapshot, drill, RuleSettings.defaults());
    }

    /** The drill checked against the snapshot with the given rule settings. */
    public static DrillCheck of(Snapshot snapshot, Drill drill, RuleSettings settings) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(drill, "drill");
        Engine engine = new Engine(snapshot);
        GlueJob job = drillJob(snapshot);
        List<DrillStepCheck> results = new ArrayList<>();
        int n = 1;
        for (DrillStep step : drill.steps()) {
            results.add(check(engine, job, settings, n++, step));
        }
        return new DrillCheck(drill, job, results);
    }

    /** The job a drill of this snapshot is about: the only one, or the first. */
    public static GlueJob drillJob(Snapshot snapshot) {
        if (snapshot.jobs().isEmpty()) {
            throw new IllegalArgumentException(TEXT.get("error.noJob"));
        }
        return snapshot.jobs().get(0);
    }

    /**
     * The step's failures as a simulation resolved against the snapshot.
     *
     * @throws IllegalArgumentException with a sentence naming the failure that does not parse or names nothing
     */
    public static Simulation simulationOf(FailureTargets targets, DrillStep step) {
        Simulation s = Simulation.NONE;
        for (String text : step.fail()) {
            SimulatedFailure f;
            try {
                f = SimulatedFailure.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(TEXT.get("error.badFailure", text, e.getMessage()), e);
            }
            s = s.with(targets.resolve(f));
        }
        List<String> unknown = targets.unknownTargets(s);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(TEXT.get("error.unknownTarget", String.join("; ", unknown)));
        }
        return s;
    }

    private static DrillStepCheck check(Engine engine, GlueJob job, RuleSettings settings, int number,
            DrillStep step) {
        Simulation simulation;
        try {
            simulation = simulationOf(engine.failureTargets(), step);
        } catch (IllegalArgumentException e) {
            return new DrillStepCheck(number, step, Simulation.NONE, null, e.getMessage());
        }
        return new DrillStepCheck(number, step, simulation, engine.evaluate(job, simulation, settings), null);
    }

    public Drill drill() {
        return drill;
    }

    public GlueJob job() {
        return job;
    }

    /** Every step, in order. */
    public List<DrillStepCheck> steps() {
        return steps;
    }

    /** The steps whose actual outcome differs from the expected one. */
    public List<DrillStepCheck> mismatches() {
        return steps.stream().filter(s -> !s.matches()).toList();
    }

    /** Every step gives the outcome the drill expects. */
    public boolean passes() {
        return mismatches().isEmpty();
    }

    /**
     * One sentence for a step that does not match, in the current language ("step 2: the drill
     * expects orders-db-1b, the run works, the engine gives orders-db-1c, the run fails"); null when it matches.
     */
    public static String mismatchText(DrillStepCheck s) {
        return mismatchText(s, Messages.language());
    }

    /** The same in a given language (a handout in another language than the window's). */
    public static String mismatchText(DrillStepCheck s, Locale locale) {
        if (s.matches()) {
            return null;
        }
        if (s.problem() != null) {
            return TEXT.in(locale, "mismatch.problem", s.number(), s.problem());
        }
        return TEXT.in(locale, "mismatch.outcome", s.number(), expectedText(s.step(), locale),
                outcomeText(s.actualChosen().orElse(null), s.actualRunWorks(), locale));
    }

    /** "orders-db-1b, the run works" / "no connection, the run fails" / "orders-db-1b" (run not stated). */
    public static String expectedText(DrillStep step, Locale locale) {
        String chosen = step.expectedChosen() == null ? TEXT.in(locale, "outcome.none") : step.expectedChosen();
        if (step.expectedRunWorks() == null) {
            return chosen;
        }
        return TEXT.in(locale, step.expectedRunWorks() ? "outcome.works" : "outcome.fails", chosen);
    }

    /** The engine's outcome of a step in the same words. */
    public static String actualText(DrillStepCheck s, Locale locale) {
        if (s.problem() != null) {
            return s.problem();
        }
        return outcomeText(s.actualChosen().orElse(null), s.actualRunWorks(), locale);
    }

    private static String outcomeText(String chosen, boolean runWorks, Locale locale) {
        return TEXT.in(locale, runWorks ? "outcome.works" : "outcome.fails",
                chosen == null ? TEXT.in(locale, "outcome.none") : chosen);
    }
}
