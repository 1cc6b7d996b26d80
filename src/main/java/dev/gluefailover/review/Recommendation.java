package dev.gluefailover.review;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fix the engine proved: the evaluation and the single-failure matrix were run again on the
 * fork the fix makes, with the same simulation and settings, and something got better while
 * nothing got worse. {@link #before()} and {@link #after()} are the two standings;
 * {@link #changes()} says what differs in plain words.
 *
 * @param reason why the fix is offered: what the evaluation shows, in the user's language
 * @param value  how much the fix improves (higher first); see {@link Recommendations} for the scale
 */
public record Recommendation(Fix fix, String reason, Standing before, Standing after, int value) {
    private static final Messages TEXT = Messages.of("review");

    public Recommendation {
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * What the job comes to under one snapshot: its evaluation and its resilience (the matrix's
     * summaries and the single points of failure), under the simulation and settings of the review.
     */
    public record Standing(Evaluation evaluation, Resilience resilience) {
        public Standing {
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(resilience, "resilience");
        }

        public Evaluation.Outcome outcome() {
            return evaluation.outcome();
        }

        /** The chosen connection's name; null when none is chosen. */
        public String chosen() {
            return evaluation.chosen().map(c -> c.name()).orElse(null);
        }

        public boolean runWorks() {
            return evaluation.runWouldSucceed();
        }

        public boolean survivesAnySingleAzOutage() {
            return resilience.survivesAnySingleAzOutage();
        }

        public boolean survivesAnySingleNatGatewayFailure() {
            return resilience.survivesAnySingleNatGatewayFailure();
        }

        public boolean survivesAnySingleEndpointRemoval() {
            return resilience.survivesAnySingleEndpointRemoval();
        }

        /** How many single failures the job does not survive. */
        public int fatalScenarios() {
            return resilience.failingScenarios().size();
        }

        public List<Resilience.SinglePointOfFailure> singlePointsOfFailure() {
            return resilience.singlePointsOfFailure();
        }

        /** The single points of failure's sentences. */
        public List<String> singlePointTexts() {
            return resilience.singlePointsOfFailure().stream().map(Resilience.SinglePointOfFailure::text).toList();
        }

        /** Whether the same single point (same kind, same elements) is one of this standing's. */
        boolean has(Resilience.SinglePointOfFailure spof) {
            return resilience.singlePointsOfFailure().stream()
                    .anyMatch(s -> s.kind() == spof.kind() && s.elements().equals(spof.elements()));
        }
    }

    /** A stable id, the fix's own. */
    public String id() {
        return fix.id();
    }

    public FixKind kind() {
        return fix.kind();
    }

    public String title() {
        return fix.title();
    }

    public List<ElementRef> proposed() {
        return fix.proposed();
    }

    /** The single points of failure the fix removes. */
    public List<Resilience.SinglePointOfFailure> singlePointsRemoved() {
        return before.singlePointsOfFailure().stream().filter(s -> !after.has(s)).toList();
    }

    /** The run works now and did not before (or the reverse, which is never offered). */
    public boolean makesRunWork() {
        return !before.runWorks() && after.runWorks();
    }

    /** Survives any single AZ outage after the fix and did not before. */
    public boolean makesAzOutageSurvivable() {
        return !before.survivesAnySingleAzOutage() && after.survivesAnySingleAzOutage();
    }

    /**
     * The before → after lines, in the user's language: the run, the three survivals (each only
     * when it changes, or always with {@code all}), the single points of failure removed.
     */
    public List<String> changes(boolean all) {
        List<String> lines = new ArrayList<>();
        if (all || before.runWorks() != after.runWorks() || !Objects.equals(before.chosen(), after.chosen())) {
            lines.add(TEXT.get("change.run", runWord(before), runWord(after)));
        }
        survival(lines, all, "change.az", before.resilience().azOutage(), after.resilience().azOutage());
        survival(lines, all, "change.nat", before.resilience().natGatewayFailure(),
                after.resilience().natGatewayFailure());
        survival(lines, all, "change.endpoint", before.resilience().endpointRemoval(),
                after.resilience().endpointRemoval());
        for (Resilience.SinglePointOfFailure s : singlePointsRemoved()) {
            lines.add(TEXT.get("change.spofGone", s.text()));
        }
        return lines;
    }

    /** The lines that change. */
    public List<String> changes() {
        return changes(false);
    }

    private static void survival(List<String> lines, boolean all, String key, WhatIfMatrix.Summary b,
            WhatIfMatrix.Summary a) {
        if (all || b.survives() != a.survives() || b.fatal().size() != a.fatal().size()) {
            lines.add(TEXT.get(key, survivalWord(b), survivalWord(a)));
        }
    }

    /** "yes", "no (2 of 3)" — how many scenarios of the kind the job does not survive. */
    static String survivalWord(WhatIfMatrix.Summary s) {
        if (s.survives()) {
            return TEXT.get("word.yes");
        }
        return TEXT.get("word.noCount", s.fatal().size(), s.candidates());
    }

    /** "works (#2 orders-db-1b)", "fails (#1 x)", "no connection". */
    static String runWord(Standing s) {
        Evaluation e = s.evaluation();
        return switch (e.outcome()) {
            case RUN_WORKS -> TEXT.get("word.runWorks", e.chosen().orElseThrow().order(), s.chosen());
            case RUN_FAILS -> TEXT.get("word.runFails", e.chosen().orElseThrow().order(), s.chosen());
            case RUNS_OUTSIDE_VPC -> TEXT.get("word.outsideVpc");
            case LAUNCH_STOPS -> TEXT.get("word.launchStops");
            case NO_CONNECTION -> TEXT.get("word.noConnection");
            case CHOICE_UNKNOWN -> TEXT.get("word.choiceUnknown");
        };
    }
}
