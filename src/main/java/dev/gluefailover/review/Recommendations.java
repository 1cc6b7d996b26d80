package dev.gluefailover.review;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recommendations for one job, proven: {@link Fixes} derives candidate fixes from the
 * evaluation and the resilience summary; each is applied to a fork of the snapshot, and the
 * evaluation and the single-failure matrix run again on the fork with the same simulation and
 * settings. A fix is offered only when something improves and nothing gets worse:
 *
 * <ul>
 * <li>worse, never offered: the run worked and does not, the outcome falls (a run that works →
 *     a run that fails → no connection or the launch stops), a kind of single failure that was
 *     survived is not, more single failures are fatal;</li>
 * <li>better, valued in this order: the run works now (1000), the outcome rises (300 a step),
 *     a kind of single failure survived now (100 each), each single failure that is no longer
 *     fatal (20), each single point of failure gone (10, a new one −10).</li>
 * </ul>
 *
 * Highest value first; equal values in the order of {@link FixKind}, then by id.
 */
public final class Recommendations {
    private static final Logger LOG = LoggerFactory.getLogger(Recommendations.class);

    private Recommendations() {
    }

    /**
     * The standing the recommendations start from and the proven recommendations, best first.
     *
     * @param now the job's evaluation and resilience under the snapshot as it is
     */
    public record Result(Recommendation.Standing now, List<Recommendation> recommendations) {
        public Result {
            recommendations = List.copyOf(recommendations);
        }

        public boolean isEmpty() {
            return recommendations.isEmpty();
        }
    }

    /** The proven recommendations for the job, best first; empty when nothing would improve. */
    public static List<Recommendation> of(Snapshot snapshot, GlueJob job, Simulation simulation,
            RuleSettings settings) {
        return review(snapshot, job, simulation, settings).recommendations();
    }

    /** The same, with the standing they start from (for reports that print before → after once). */
    public static Result review(Snapshot snapshot, GlueJob job, Simulation simulation, RuleSettings settings) {
        Engine engine = new Engine(snapshot);
        return review(engine, job, simulation, settings, standing(engine, job, simulation, settings));
    }

    /**
     * The same from an engine and a standing the caller has already worked out (the account scan
     * evaluates every job with its matrix anyway): only the forks are evaluated here.
     *
     * @param before the job's evaluation and resilience under {@code simulation} and {@code settings}
     */
    public static Result review(Engine engine, GlueJob job, Simulation simulation, RuleSettings settings,
            Recommendation.Standing before) {
        Snapshot snapshot = engine.snapshot();
        List<Recommendation> proven = new ArrayList<>();
        for (Fixes.Candidate c : Fixes.candidates(engine, job, simulation, settings, before)) {
            Snapshot fork = c.fix().apply(snapshot);
            GlueJob forkJob = fork.job(job.name()).orElse(job);
            Recommendation.Standing after = standing(new Engine(fork), forkJob, simulation, settings);
            Optional<Integer> value = value(before, after);
            if (value.isPresent()) {
                proven.add(new Recommendation(c.fix(), c.reason(), before, after, value.get()));
            } else {
                LOG.debug("fix {} not offered: it improves nothing, or makes something worse", c.fix().id());
            }
        }
        proven.sort(Comparator.comparingInt(Recommendation::value).reversed()
                .thenComparing(r -> r.kind().ordinal()).thenComparing(Recommendation::id));
        return new Result(before, proven);
    }

    /** The best proven recommendation, for reports that show only one (the HTML review, the account scan). */
    public static Optional<Recommendation> top(Snapshot snapshot, GlueJob job, Simulation simulation,
            RuleSettings settings) {
        return of(snapshot, job, simulation, settings).stream().findFirst();
    }

    /** The job's evaluation and resilience under a snapshot, as a recommendation compares them. */
    public static Recommendation.Standing standing(Engine engine, GlueJob job, Simulation simulation,
            RuleSettings settings) {
        Evaluation e = engine.evaluate(job, simulation, settings);
        WhatIfMatrix matrix = WhatIfMatrix.compute(engine, job, simulation, settings, false);
        return new Recommendation.Standing(e, Resilience.of(engine.index(), e, matrix));
    }

    /** The value of going from before to after; empty when nothing improves or something gets worse. */
    static Optional<Integer> value(Recommendation.Standing before, Recommendation.Standing after) {
        int b = rank(before.outcome());
        int a = rank(after.outcome());
        if (a < b || before.runWorks() && !after.runWorks()) {
            return Optional.empty();
        }
        List<WhatIfMatrix.Summary> sb = before.resilience().summaries();
        List<WhatIfMatrix.Summary> sa = after.resilience().summaries();
        int value = 0;
        for (int i = 0; i < sb.size(); i++) {
            if (sb.get(i).survives() && !sa.get(i).survives()) {
                return Optional.empty();
            }
            if (!sb.get(i).survives() && sa.get(i).survives()) {
                value += 100;
            }
        }
        int fatalBefore = before.fatalScenarios();
        int fatalAfter = after.fatalScenarios();
        if (fatalAfter > fatalBefore) {
            return Optional.empty();
        }
        value += 20 * (fatalBefore - fatalAfter);
        if (!before.runWorks() && after.runWorks()) {
            value += 1000;
        }
        value += 300 * (a - b);
        for (var s : before.singlePointsOfFailure()) {
            if (!after.has(s)) {
                value += 10;
            }
        }
        for (var s : after.singlePointsOfFailure()) {
            if (!before.has(s)) {
                value -= 10;
            }
        }
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    private static int rank(Evaluation.Outcome o) {
        return switch (o) {
            case RUN_WORKS, RUNS_OUTSIDE_VPC -> 3;
            case RUN_FAILS -> 2;
            case NO_CONNECTION, LAUNCH_STOPS -> 1;
            case CHOICE_UNKNOWN -> 0;
        };
    }
}
