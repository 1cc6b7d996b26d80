package dev.gluefailover.fleet;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * One job of a scan, evaluated: where it comes from (account, region), what Glue would do now,
 * whether it survives every single failure, what it rests on alone, and its risk.
 *
 * @param snapshot       the snapshot the job was evaluated in (its account and region's)
 * @param problems       what AWS would not say about this job's connections, network or role
 * @param recommendation the top proven recommendation; null when there is none
 */
public record FleetRow(String account, String region, Snapshot snapshot, GlueJob job, Evaluation evaluation,
        Resilience resilience, Risk risk, List<LoadProblem> problems, String recommendation) {

    public FleetRow {
        problems = List.copyOf(problems);
    }

    public String jobName() {
        return job.name();
    }

    public int connectionCount() {
        return job.connectionNames().size();
    }

    /** The connection Glue would use now; empty when none would be chosen. */
    public Optional<String> chosen() {
        return evaluation.chosen().map(ConnectionEvaluation::name);
    }

    public Evaluation.Outcome outcome() {
        return evaluation.outcome();
    }

    public boolean runWouldSucceed() {
        return evaluation.runWouldSucceed();
    }

    public boolean survivesAz() {
        return resilience.survivesAnySingleAzOutage();
    }

    public boolean survivesNat() {
        return resilience.survivesAnySingleNatGatewayFailure();
    }

    public boolean survivesEndpoint() {
        return resilience.survivesAnySingleEndpointRemoval();
    }

    /** Every single failure this job does not survive. */
    public List<WhatIfMatrix.Outcome> fatalSingleFailures() {
        return resilience.failingScenarios();
    }

    public List<Resilience.SinglePointOfFailure> singlePointsOfFailure() {
        return resilience.singlePointsOfFailure();
    }

    public Optional<String> topRecommendation() {
        return Optional.ofNullable(recommendation);
    }

    /** The stable key of the job in the whole scan: account/region/job. */
    public String key() {
        return account + "/" + region + "/" + job.name();
    }
}
