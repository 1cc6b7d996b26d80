package dev.gluefailover.fleet;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.review.Recommendation;
import dev.gluefailover.review.Recommendations;
import dev.gluefailover.rules.RuleSettings;
import java.util.Optional;

/**
 * The top proven recommendation for one job, as a sentence: the design review decides it (a change
 * the engine proves on a fork of the snapshot), the account view only shows it. Kept as a function
 * so that the scan does not depend on how a review finds and proves its recommendations.
 */
@FunctionalInterface
public interface TopRecommendation {
    /**
     * @param engine     the engine over the job's snapshot (its {@code snapshot()} is the base to fork)
     * @param evaluation the job's evaluation without failures
     * @param resilience the job's single-failure summary
     * @return the recommendation's sentence, empty when there is none (or none proven)
     */
    Optional<String> of(Engine engine, Evaluation evaluation, Resilience resilience);

    /**
     * The design review's best proven recommendation (default rule settings, the job without
     * failures), from the ranking's own engine, evaluation and resilience: only the forks are
     * evaluated again. What the scan command, its benchmark and the account window show.
     */
    static TopRecommendation proven() {
        return (engine, evaluation, resilience) -> Recommendations.review(engine, evaluation.job(),
                        evaluation.simulation(), RuleSettings.defaults(), new Recommendation.Standing(evaluation, resilience))
                .recommendations().stream().findFirst().map(Recommendation::title);
    }

    /** No recommendations: the column stays empty. */
    static TopRecommendation none() {
        return (engine, evaluation, resilience) -> Optional.empty();
    }
}
