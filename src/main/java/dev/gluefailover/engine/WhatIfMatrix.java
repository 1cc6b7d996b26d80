package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The outcome of every single failure (each AZ, each NAT gateway, each VPC endpoint in the VPCs
 * the job touches) and, on request, every pair, on top of a base simulation; with one summary
 * line per kind: "survives any single AZ outage: no — us-east-1a (use1-az1) leaves no usable
 * connection".
 */
public record WhatIfMatrix(GlueJob job, Simulation base, Outcome baseline, List<Outcome> singles, List<Outcome> pairs,
        List<Summary> summary) {

    /**
     * One line of the summary, typed: the kind of failure ("AZ outage", "NAT gateway failure",
     * "endpoint removal", or "pair of failures"), whether the job survives every one of that kind,
     * and the scenarios it does not survive. {@link #text()} is the sentence reports print.
     *
     * @param candidates how many scenarios of that kind there are (0: none to fail)
     * @param fatal      the scenarios of that kind the job does not survive, in matrix order
     */
    public record Summary(String kind, int candidates, List<Outcome> fatal) {
        public Summary {
            fatal = List.copyOf(fatal);
        }

        public boolean survives() {
            return fatal.isEmpty();
        }

        public boolean pairs() {
            return kind.equals(PAIRS);
        }

        public String text() {
            if (pairs()) {
                return fatal.isEmpty() ? T.get("summary.pairsYes")
                        : T.get("summary.pairsNo", fatal.size(), candidates, fatal.get(0).labelled());
            }
            String k = kindName(kind);
            if (candidates == 0) {
                return T.get("summary.noneToFail", k);
            }
            if (fatal.isEmpty()) {
                return T.get("summary.yes", k);
            }
            return T.get("summary.no", k, String.join("; ", fatal.stream().map(Outcome::labelled).toList()));
        }
    }

    private static final dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("engine");

    /** A kind of failure ("AZ outage", the key JSON writes) in the current language. */
    public static String kindName(String kind) {
        return switch (kind) {
            case "AZ outage" -> T.get("kind.azOutage");
            case "NAT gateway failure" -> T.get("kind.natFailure");
            case "endpoint removal" -> T.get("kind.endpointRemoval");
            case PAIRS -> T.get("kind.pairs");
            default -> kind;
        };
    }

    /** The kind of the summary line about pairs. */
    public static final String PAIRS = "pair of failures";

    /** The summary as the sentences reports print. */
    public List<String> summaryText() {
        return summary.stream().map(Summary::text).toList();
    }

    /**
     * One scenario. {@code chosen} and {@code chosenOrder} are null when no connection passes.
     *
     * @param failedRunChecks codes of the run checks that fail on the chosen connection
     */
    public record Outcome(List<SimulatedFailure> failures, String label, String chosen, Integer chosenOrder,
            boolean choiceCertain, boolean runWouldSucceed, List<String> failedRunChecks, Evaluation.Outcome outcome) {
        public Outcome {
            failures = List.copyOf(failures);
            failedRunChecks = List.copyOf(failedRunChecks);
        }

        /** The job survives: a run on the chosen connection would work, or it runs outside the VPCs anyway. */
        public boolean survives() {
            return outcome == Evaluation.Outcome.RUNS_OUTSIDE_VPC || chosen != null && runWouldSucceed;
        }

        /** "us-east-1a (use1-az1) leaves no usable connection": the label, then what happens. */
        public String labelled() {
            return T.get("outcome.labelled", label, describe());
        }

        public String describe() {
            if (outcome == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
                return T.get("outcome.outside");
            }
            if (outcome == Evaluation.Outcome.LAUNCH_STOPS) {
                return T.get("outcome.launchStops");
            }
            if (chosen == null) {
                return T.get("outcome.none");
            }
            if (!runWouldSucceed) {
                return T.get("outcome.runFails", chosenOrder, chosen, String.join(", ", failedRunChecks));
            }
            return T.get("outcome.uses", chosenOrder, chosen);
        }
    }

    public static WhatIfMatrix compute(Engine engine, GlueJob job, Simulation base, RuleSettings settings,
            boolean withPairs) {
        List<Candidate> candidates = candidates(engine, job);
        Outcome baseline = outcome(engine, job, base, List.of(), T.get("outcome.baseline"), settings);
        List<Outcome> singles = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            singles.add(outcome(engine, job, base.with(c.failure()), List.of(c.failure()), c.label(), settings));
        }
        List<Outcome> pairs = new ArrayList<>();
        if (withPairs) {
            for (int i = 0; i < candidates.size(); i++) {
                for (int j = i + 1; j < candidates.size(); j++) {
                    Candidate a = candidates.get(i);
                    Candidate b = candidates.get(j);
                    pairs.add(outcome(engine, job, base.with(a.failure()).with(b.failure()),
                            List.of(a.failure(), b.failure()), a.label() + " + " + b.label(), settings));
                }
            }
        }
        return new WhatIfMatrix(job, base, baseline, singles, pairs, summarize(candidates, singles, pairs, withPairs));
    }

    private record Candidate(String kind, SimulatedFailure failure, String label) {
    }

    /** The elements whose failure can matter: the AZs, NATs and endpoints of the VPCs the job's subnets are in. */
    private static List<Candidate> candidates(Engine engine, GlueJob job) {
        SnapshotIndex index = engine.index();
        Set<String> vpcs = index.vpcsOf(job);
        List<Candidate> list = new ArrayList<>();
        for (AvailabilityZone z : engine.snapshot().availabilityZones()) {
            list.add(new Candidate("AZ outage", new SimulatedFailure.AzOutage(z.zoneId()), z.label()));
        }
        // Zones the snapshot knows only by name (a design before deployment: no zone ids yet) fail by name.
        Set<String> byName = new java.util.TreeSet<>();
        for (dev.gluefailover.model.Subnet s : engine.snapshot().subnets()) {
            if (s.availabilityZone() != null && vpcs.contains(s.vpcId()) && index.zoneIdOf(s) == null
                    && index.zoneIdFor(s.availabilityZone()).isEmpty()) {
                byName.add(s.availabilityZone());
            }
        }
        for (String name : byName) {
            list.add(new Candidate("AZ outage", new SimulatedFailure.AzOutage(name), name));
        }
        for (NatGateway n : engine.snapshot().natGateways()) {
            if (vpcs.contains(index.vpcIdOf(n))) {
                list.add(new Candidate("NAT gateway failure", new SimulatedFailure.NatGatewayFailure(n.natGatewayId()),
                        n.natGatewayId()));
            }
        }
        for (VpcEndpoint e : engine.snapshot().vpcEndpoints()) {
            if (vpcs.contains(e.vpcId())) {
                list.add(new Candidate("endpoint removal", new SimulatedFailure.EndpointRemoved(e.vpcEndpointId()),
                        e.vpcEndpointId()));
            }
        }
        return list;
    }

    private static Outcome outcome(Engine engine, GlueJob job, Simulation sim, List<SimulatedFailure> failures,
            String label, RuleSettings settings) {
        Evaluation e = engine.choose(job, sim, settings);
        return e.chosen()
                .map(c -> new Outcome(failures, label, c.name(), c.order(), e.choiceCertain(), c.runWouldSucceed(),
                        c.failedRunChecks(), e.outcome()))
                .orElseGet(() -> new Outcome(failures, label, null, null, e.choiceCertain(), false, List.of(),
                        e.outcome()));
    }

    private static List<Summary> summarize(List<Candidate> candidates, List<Outcome> singles, List<Outcome> pairs,
            boolean withPairs) {
        List<Summary> lines = new ArrayList<>();
        for (String kind : List.of("AZ outage", "NAT gateway failure", "endpoint removal")) {
            List<Outcome> ofKind = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).kind().equals(kind)) {
                    ofKind.add(singles.get(i));
                }
            }
            lines.add(new Summary(kind, ofKind.size(), ofKind.stream().filter(o -> !o.survives()).toList()));
        }
        if (withPairs) {
            lines.add(new Summary(PAIRS, pairs.size(), pairs.stream().filter(o -> !o.survives()).toList()));
        }
        return lines;
    }
}
