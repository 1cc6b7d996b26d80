package dev.gluefailover.engine;

import dev.gluefailover.model.GlueJob;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one job under one simulation: every connection's verdict in job
 * order, the chosen one, whether that choice is certain, and whether a run on it would work.
 *
 * @param uncertainty why the choice is not certain (an UNKNOWN before the chosen connection); empty when certain
 * @param notes       things a reviewer should know (the race note of the field test, inferences used)
 */
public record Evaluation(GlueJob job, String ruleSet, Simulation simulation, List<ConnectionEvaluation> connections,
        List<String> uncertainty, List<String> notes) {
    public Evaluation {
        connections = List.copyOf(connections);
        uncertainty = List.copyOf(uncertainty);
        notes = List.copyOf(notes);
    }

    public Optional<ConnectionEvaluation> chosen() {
        return connections.stream().filter(c -> c.verdict() == Verdict.CHOSEN).findFirst();
    }

    public boolean choiceCertain() {
        return uncertainty.isEmpty();
    }

    /** True when a connection is chosen and every run check on it passes. */
    public boolean runWouldSucceed() {
        return chosen().map(ConnectionEvaluation::runWouldSucceed).orElse(false);
    }

    public Optional<ConnectionEvaluation> connection(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * What the choice and the run verdict rest on beyond documentation and field reports: the
     * settings that decided a check, and the checks that are inferences themselves, looking at
     * every connection up to the chosen one (or all, when none is chosen). Reports must say so.
     */
    public List<String> inferencesBehindVerdict() {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        for (ConnectionEvaluation c : connections) {
            for (CheckResult r : c.checks()) {
                boolean decisive = r.kind() == dev.gluefailover.rules.CheckKind.SELECTION || c.verdict() == Verdict.CHOSEN;
                if (!decisive) {
                    continue;
                }
                used.addAll(r.settingsUsed());
                if (r.check().tag() == dev.gluefailover.rules.SourceTag.INF && r.status() != CheckStatus.PASS) {
                    used.add(r.code() + " (an inferred check)");
                }
            }
            if (c.verdict() == Verdict.CHOSEN) {
                break;
            }
        }
        return List.copyOf(used);
    }

    /** One line for status bars and summaries. */
    public String headline() {
        Optional<ConnectionEvaluation> c = chosen();
        if (c.isEmpty()) {
            return "This job would not start: no connection passes Glue's checks";
        }
        ConnectionEvaluation ce = c.get();
        String run = ce.runWouldSucceed() ? "a run would work" : "Glue would choose it, but the run would fail ("
                + ce.runChecks().stream().filter(r -> !r.status().passes()).map(CheckResult::code)
                        .reduce((a, b) -> a + ", " + b).orElse("") + ")";
        return "Glue would use #" + ce.order() + " " + ce.name() + " (" + ce.availabilityZone() + "): " + run
                + (choiceCertain() ? "" : "; uncertain: " + String.join("; ", uncertainty));
    }
}
