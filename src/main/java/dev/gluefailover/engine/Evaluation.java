package dev.gluefailover.engine;

import dev.gluefailover.engine.checks.ConnectionExists;
import dev.gluefailover.engine.checks.ConnectionStatus;
import dev.gluefailover.engine.checks.RoleCanDescribe;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.SourceTag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's answer for one job under one simulation: every connection's verdict in job
 * order, the chosen one, whether that choice is certain, and whether a run on it would work.
 * {@link #outcome()} says in one typed word what the job comes to (the headline's kind, the CLI's
 * exit code); {@link #headline()} says it in one sentence.
 *
 * @param uncertainty  why the choice is not certain (an UNKNOWN before the chosen connection); empty when certain
 * @param notes        things a reviewer should know (the race note of the field test, inferences used)
 * @param versionScope whether the job's Glue version is one the failover is documented for
 */
public record Evaluation(GlueJob job, String ruleSet, Simulation simulation, List<ConnectionEvaluation> connections,
        List<String> uncertainty, List<String> notes, VersionScope versionScope) {

    /** How the job's Glue version stands to the documented failover (Glue 5.1 and earlier [DOC S1]). */
    public enum VersionScope {
        /** Glue 5.1 or earlier, or a version the snapshot does not name. */
        DOCUMENTED,
        /** Newer than 5.1, evaluated under the 5.1 rules because {@code assume51FailoverForNewerGlue} is on [INF]. */
        ASSUMED_AS_5_1,
        /** Newer than 5.1 with the assumption off: no source describes its failover, the choice is unknown. */
        UNDOCUMENTED
    }

    /** Where the job's runs are placed [DOC S2]. */
    public enum Placement {
        /** At least one connection has a subnet: the run goes into one of the user's VPCs (or fails to start). */
        IN_VPC,
        /** No connection has a subnet (or the job lists none): the run happens outside the user's VPCs. */
        NO_VPC
    }

    /** What the job comes to, in one word. */
    public enum Outcome {
        /** A connection is chosen and every run check on it passes. */
        RUN_WORKS,
        /** A connection is chosen, but a run check fails or could not be decided. */
        RUN_FAILS,
        /** No connection has network placement: nothing to choose, nothing to fail over. */
        RUNS_OUTSIDE_VPC,
        /** A connection's problem ends the launch whatever the others ({@link #launchStop()}). */
        LAUNCH_STOPS,
        /** At least one connection has network placement and none passes Glue's checks. */
        NO_CONNECTION,
        /** Glue 6.x with {@code assume51FailoverForNewerGlue} off: no source says what Glue chooses. */
        CHOICE_UNKNOWN
    }

    /** The connection and the failed check that end the launch. */
    public record LaunchStop(ConnectionEvaluation connection, CheckResult check) {
    }

    public Evaluation {
        connections = List.copyOf(connections);
        uncertainty = List.copyOf(uncertainty);
        notes = List.copyOf(notes);
        versionScope = versionScope == null ? VersionScope.DOCUMENTED : versionScope;
    }

    /** An evaluation of a job on a documented Glue version. */
    public Evaluation(GlueJob job, String ruleSet, Simulation simulation, List<ConnectionEvaluation> connections,
            List<String> uncertainty, List<String> notes) {
        this(job, ruleSet, simulation, connections, uncertainty, notes, VersionScope.DOCUMENTED);
    }

    public Optional<ConnectionEvaluation> chosen() {
        return connections.stream().filter(c -> c.verdict() == Verdict.CHOSEN).findFirst();
    }

    public boolean choiceCertain() {
        return uncertainty.isEmpty();
    }

    /**
     * NO_VPC when no connection places the run in a subnet: every one the job lists exists without
     * a subnet or is known to be missing (or it lists none). A connection that could not be read
     * might have a subnet, so it keeps the job IN_VPC.
     */
    public Placement placement() {
        for (ConnectionEvaluation c : connections) {
            boolean knownMissing = c.connection() == null && c.result(ConnectionExists.DEFINITION.code())
                    .map(r -> r.status() == CheckStatus.FAIL).orElse(false);
            if (!knownMissing && (c.connection() == null || c.connection().hasNetworkPlacement())) {
                return Placement.IN_VPC;
            }
        }
        return Placement.NO_VPC;
    }

    /** The first connection whose failed check ends the launch of the whole job; empty when none does. */
    public Optional<LaunchStop> launchStop() {
        for (ConnectionEvaluation c : connections) {
            if (c.launchStop().isPresent()) {
                return Optional.of(new LaunchStop(c, c.launchStop().get()));
            }
        }
        return Optional.empty();
    }

    /** What the job comes to; the headline, the window's colour and the CLI's exit code follow it. */
    public Outcome outcome() {
        boolean placed = placement() == Placement.IN_VPC;
        if (versionScope == VersionScope.UNDOCUMENTED && placed) {
            return Outcome.CHOICE_UNKNOWN;
        }
        if (launchStop().isPresent()) {
            return Outcome.LAUNCH_STOPS;
        }
        if (!placed) {
            return Outcome.RUNS_OUTSIDE_VPC;
        }
        Optional<ConnectionEvaluation> c = chosen();
        if (c.isEmpty()) {
            return Outcome.NO_CONNECTION;
        }
        return c.get().runWouldSucceed() ? Outcome.RUN_WORKS : Outcome.RUN_FAILS;
    }

    /**
     * True when a connection is chosen and every run check on it passes, or when the job runs
     * outside the user's VPCs (nothing of the network can make it fail).
     */
    public boolean runWouldSucceed() {
        Outcome o = outcome();
        return o == Outcome.RUN_WORKS || o == Outcome.RUNS_OUTSIDE_VPC;
    }

    public Optional<ConnectionEvaluation> connection(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * What the choice and the run verdict rest on beyond documentation and field reports: the
     * settings that decided a check, and the checks that are inferences themselves, looking at
     * every connection up to the chosen one (or all, when none is chosen), plus the check that ends
     * the launch wherever it is, and the Glue-version assumption. Reports must say so.
     */
    public List<String> inferencesBehindVerdict() {
        Set<String> used = new LinkedHashSet<>();
        if (versionScope == VersionScope.ASSUMED_AS_5_1) {
            used.add(versionInference());
        }
        for (ConnectionEvaluation c : connections) {
            for (CheckResult r : c.checks()) {
                boolean decisive = r.kind() == CheckKind.SELECTION || c.verdict() == Verdict.CHOSEN;
                if (!decisive) {
                    continue;
                }
                used.addAll(r.settingsUsed());
                if (r.check().tag() == SourceTag.INF && r.status() != CheckStatus.PASS) {
                    used.add(T.get("inference.check", r.code()));
                }
            }
            if (c.verdict() == Verdict.CHOSEN) {
                break;
            }
        }
        launchStop().ifPresent(s -> used.addAll(s.check().settingsUsed()));
        return List.copyOf(used);
    }

    /** "assume51FailoverForNewerGlue (Glue 6.0 evaluated under the Glue 5.1 rules)". */
    private String versionInference() {
        return T.get("inference.version", Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE.key(), job.glueVersion());
    }

    /** One line for status bars and summaries, following {@link #outcome()}. */
    public String headline() {
        String line = switch (outcome()) {
            case CHOICE_UNKNOWN -> connections.stream().filter(c -> c.verdict() == Verdict.PASSES).findFirst()
                    .map(c -> T.get("headline.unknownWould", job.glueVersion(),
                            Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE.key(), c.order(), c.name()))
                    .orElse(T.get("headline.unknown", job.glueVersion(), Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE.key()));
            case LAUNCH_STOPS -> T.get("headline.launchStops", stopReason(launchStop().orElseThrow()));
            case RUNS_OUTSIDE_VPC -> T.get(connections.isEmpty() ? "headline.outsideNoConnection"
                    : "headline.outsideNoSubnet");
            case NO_CONNECTION -> roleReason();
            case RUN_WORKS, RUN_FAILS -> chosenLine(chosen().orElseThrow());
        };
        if (versionScope == VersionScope.ASSUMED_AS_5_1) {
            line = T.get("headline.assuming51", line, job.glueVersion());
        }
        return line;
    }

    private String chosenLine(ConnectionEvaluation ce) {
        String run;
        if (ce.runWouldSucceed()) {
            run = T.get("run.works");
        } else {
            List<String> failed = ce.runChecks().stream().filter(r -> r.status() == CheckStatus.FAIL)
                    .map(CheckResult::code).toList();
            List<String> undecided = ce.runChecks().stream().filter(r -> r.status() == CheckStatus.UNKNOWN)
                    .map(CheckResult::code).toList();
            run = !failed.isEmpty() ? (undecided.isEmpty() ? T.get("run.fails", String.join(", ", failed))
                    : T.get("run.failsUndecided", String.join(", ", failed), String.join(", ", undecided)))
                    : T.get("run.undecided", String.join(", ", undecided));
        }
        String line = T.get("headline.chosen", ce.order(), ce.name(), ce.availabilityZone(), run);
        return choiceCertain() ? line : T.get("headline.uncertain", line, String.join("; ", uncertainty));
    }

    /** "connection X is FAILED (reason)", "connection X does not exist", "the job's role R may not ...". */
    private static String stopReason(LaunchStop s) {
        ConnectionEvaluation c = s.connection();
        CheckResult r = s.check();
        if (r.check().equals(ConnectionStatus.DEFINITION) && c.connection() != null) {
            String reason = c.connection().statusReason();
            return reason == null || reason.isBlank() ? T.get("stop.status", c.name(), c.connection().status())
                    : T.get("stop.statusReason", c.name(), c.connection().status(), reason);
        }
        if (r.check().equals(ConnectionExists.DEFINITION)) {
            return T.get("stop.missing", c.name());
        }
        if (r.check().equals(RoleCanDescribe.DEFINITION)) {
            return T.get("stop.role", r.evidence().get("role"), r.evidence().get("denied"));
        }
        return T.get("stop.check", c.order(), c.name(), r.code());
    }

    private static final Messages T = Messages.of("engine");

    /** The no-connection headline; when the job's role is what fails every placed connection, it says so. */
    private String roleReason() {
        CheckResult role = null;
        for (ConnectionEvaluation c : connections) {
            if (c.connection() == null || !c.connection().hasNetworkPlacement()) {
                continue;
            }
            Optional<CheckResult> r = c.result(RoleCanDescribe.DEFINITION.code());
            if (r.isEmpty() || r.get().status() != CheckStatus.FAIL) {
                return T.get("headline.noConnection");
            }
            role = r.get();
        }
        return role == null ? T.get("headline.noConnection")
                : T.get("headline.noConnectionRole", role.evidence().get("role"), role.evidence().get("denied"));
    }
}
