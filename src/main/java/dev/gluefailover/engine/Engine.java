package dev.gluefailover.engine;

import dev.gluefailover.engine.checks.CheckCatalogue;
import dev.gluefailover.engine.checks.CheckContext;
import dev.gluefailover.engine.checks.ConnectionStatus;
import dev.gluefailover.engine.checks.ConnectionCheck;
import dev.gluefailover.engine.checks.DnsEnabled;
import dev.gluefailover.engine.checks.EgressFinding;
import dev.gluefailover.engine.checks.IpDemand;
import dev.gluefailover.engine.checks.LaunchGate;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Glue's connection choice, as the spec page reads it: the job's connections in stored order,
 * every one checked (all checks run at about the same moment [FIELD S4]), the first that passes
 * every selection check is used [DOC S1,S2]. Pure: the same snapshot, simulation and settings
 * always give the same evaluation. Build one engine per snapshot; it indexes the snapshot once.
 *
 * <p>The engine only orchestrates: the order of the checks ({@link CheckCatalogue}), the verdicts,
 * the uncertainty and the notes. Each check's meaning lives in its own unit in {@code engine.checks};
 * what is failed is the {@link Simulation}'s to say.
 */
public final class Engine {
    private final SnapshotIndex index;
    private final FailureTargets targets;

    public Engine(Snapshot snapshot) {
        this.index = new SnapshotIndex(snapshot);
        this.targets = new FailureTargets(index);
    }

    public Snapshot snapshot() {
        return index.snapshot();
    }

    public SnapshotIndex index() {
        return index;
    }

    /** Turns what a user names into failures of this snapshot (AZ names into zone ids). */
    public FailureTargets failureTargets() {
        return targets;
    }

    /**
     * The job to evaluate: by name, or the only job when name is null.
     *
     * @throws IllegalArgumentException naming the jobs there are, when the name is unknown or ambiguous
     */
    public GlueJob job(String name) {
        List<GlueJob> jobs = snapshot().jobs();
        if (name == null) {
            if (jobs.size() == 1) {
                return jobs.get(0);
            }
            throw new IllegalArgumentException(jobs.isEmpty() ? TEXTS.get("job.none")
                    : TEXTS.get("job.several", jobs.size(), jobNames()));
        }
        return snapshot().job(name).orElseThrow(
                () -> new IllegalArgumentException(TEXTS.get("job.unknown", name, jobNames())));
    }

    /** The engine's sentences (notes, uncertainty, headlines). */
    static final Messages TEXTS = Messages.of("engine");

    private String jobNames() {
        return String.join(", ", snapshot().jobs().stream().map(GlueJob::name).toList());
    }

    /**
     * The failures of a simulation that name nothing in the snapshot (a typo in an id), as
     * sentences; empty when every target exists. See {@link FailureTargets#unknownTargets}.
     */
    public List<String> unknownTargets(Simulation simulation) {
        return targets.unknownTargets(simulation);
    }

    /** Every connection of the job with every check, and Glue's choice. */
    public Evaluation evaluate(GlueJob job, Simulation simulation, RuleSettings settings) {
        return run(job, simulation, settings, false);
    }

    /**
     * The same choice, but connections after the chosen one are not evaluated (their verdict
     * cannot change the choice). For the what-if matrix and timelines, where only the outcome counts.
     */
    public Evaluation choose(GlueJob job, Simulation simulation, RuleSettings settings) {
        return run(job, simulation, settings, true);
    }

    private Evaluation run(GlueJob job, Simulation simulation, RuleSettings settings, boolean stopAtChosen) {
        // AZ outages typed by name become outages of zone ids, once; the evaluation keeps what was given.
        Simulation resolved = targets.resolve(simulation);
        IpDemand demand = IpDemand.of(job);
        List<ConnectionEvaluation> results = new ArrayList<>(job.connectionNames().size());
        List<String> uncertainty = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean chosenFound = false;
        boolean skippedBeforeChosen = false;
        int order = 0;
        for (String name : job.connectionNames()) {
            order++;
            if (stopAtChosen && chosenFound) {
                // Only the outcome counts, but a later connection may still end the launch.
                if (mayEndLaunch(name, job, demand, resolved, settings)) {
                    results.add(evaluateConnection(order, name, job, demand, resolved, settings, false));
                }
                continue;
            }
            ConnectionEvaluation ce = evaluateConnection(order, name, job, demand, resolved, settings, !chosenFound);
            if (ce.verdict() == Verdict.CHOSEN) {
                chosenFound = true;
            } else if (!chosenFound && ce.verdict() == Verdict.UNKNOWN) {
                CheckResult why = ce.blockingCheck().orElseThrow();
                uncertainty.add(TEXTS.get("uncertain.connection", ce.order(), ce.name(), why.code(), why.message()));
            } else if (!chosenFound && ce.verdict() == Verdict.SKIPPED) {
                skippedBeforeChosen = true;
            }
            results.add(ce);
        }
        launchUncertainty(results, settings, uncertainty);
        roleUncertainty(results, uncertainty);
        Evaluation.VersionScope scope = versionScope(job, settings);
        boolean stops = results.stream().anyMatch(c -> c.launchStop().isPresent());
        if (stops || scope == Evaluation.VersionScope.UNDOCUMENTED) {
            // The launch ends, or no source says what Glue does: nothing is chosen, the checks stay.
            results.replaceAll(c -> c.verdict() == Verdict.CHOSEN ? c.withVerdict(Verdict.PASSES) : c);
            chosenFound = false;
        }
        if (chosenFound && skippedBeforeChosen && settings.showRaceNote()) {
            notes.add(TEXTS.get("note.race"));
        }
        boolean placed = new Evaluation(job, settings.ruleSet(), simulation, results, List.of(), List.of(), scope)
                .placement() == Evaluation.Placement.IN_VPC;
        if (!placed && !stops) {
            notes.add(TEXTS.get(job.connectionNames().isEmpty() ? "note.noConnection" : "note.noPlacement"));
        }
        if (scope == Evaluation.VersionScope.ASSUMED_AS_5_1) {
            notes.add(TEXTS.get("note.assumed51", job.glueVersion(), Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE.key()));
        } else if (scope == Evaluation.VersionScope.UNDOCUMENTED) {
            uncertainty.add(TEXTS.get("uncertain.version", job.glueVersion(), Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE.key()));
        }
        return new Evaluation(job, settings.ruleSet(), simulation, results, uncertainty, notes, scope);
    }

    /**
     * Glue 5.1 and earlier are documented [DOC S1]; a newer version is evaluated as 5.1 only when
     * the setting says so [INF]. A version the snapshot does not name, or cannot be read as
     * {@code major.minor}, counts as documented (as every snapshot of an earlier build did).
     */
    static Evaluation.VersionScope versionScope(GlueJob job, RuleSettings settings) {
        if (!newerThanDocumented(job.glueVersion())) {
            return Evaluation.VersionScope.DOCUMENTED;
        }
        return settings.flag(Setting.ASSUME_51_FAILOVER_FOR_NEWER_GLUE) ? Evaluation.VersionScope.ASSUMED_AS_5_1
                : Evaluation.VersionScope.UNDOCUMENTED;
    }

    static boolean newerThanDocumented(String version) {
        if (version == null) {
            return false;
        }
        String[] parts = version.trim().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 5 || (major == 5 && minor > 1);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A check after the chosen connection cannot change the choice, but one whose failure ends the
     * launch (or might: undecided, with the effect STOP) changes the outcome: it makes the choice
     * uncertain. Before the chosen one such a connection is already UNKNOWN and listed.
     */
    private static void launchUncertainty(List<ConnectionEvaluation> results, RuleSettings settings,
            List<String> uncertainty) {
        int chosen = results.stream().filter(c -> c.verdict() == Verdict.CHOSEN).mapToInt(ConnectionEvaluation::order)
                .findFirst().orElse(Integer.MAX_VALUE);
        for (ConnectionEvaluation c : results) {
            if (c.order() <= chosen) {
                continue;
            }
            for (CheckResult r : c.checks()) {
                LaunchGate gate = gate(r);
                if (gate != null && gate != CheckCatalogue.ROLE_CAN_DESCRIBE && gate.mayStopLaunch(r, settings)) {
                    uncertainty.add(TEXTS.get("uncertain.launch", c.order(), c.name(), r.code(), r.message()));
                }
            }
        }
    }

    /** The job's role is one for every connection: an undecided role check is said once. */
    private static void roleUncertainty(List<ConnectionEvaluation> results, List<String> uncertainty) {
        for (ConnectionEvaluation c : results) {
            for (CheckResult r : c.checks()) {
                if (ConnectionEvaluation.jobWideUnknown(r)) {
                    uncertainty.add(TEXTS.get("uncertain.role", r.code(), r.message()));
                    return;
                }
            }
        }
    }

    private static LaunchGate gate(CheckResult r) {
        // Definitions are constants: identity is enough (and this runs for every result).
        if (r.check() == CheckCatalogue.CONNECTION_EXISTS.definition()) {
            return CheckCatalogue.CONNECTION_EXISTS;
        }
        if (r.check() == CheckCatalogue.CONNECTION_STATUS.definition()) {
            return CheckCatalogue.CONNECTION_STATUS;
        }
        if (r.check() == CheckCatalogue.ROLE_CAN_DESCRIBE.definition()) {
            return CheckCatalogue.ROLE_CAN_DESCRIBE;
        }
        return null;
    }

    /** The first gate result that ends the launch under these settings; null when none does. */
    private static CheckResult launchStop(List<CheckResult> results, RuleSettings settings) {
        for (CheckResult r : results) {
            LaunchGate gate = gate(r);
            if (gate != null && gate.stopsLaunch(r, settings)) {
                return r;
            }
        }
        return null;
    }

    /** A connection after the chosen one that is missing or not READY (or undecided) under the effect STOP. */
    private boolean mayEndLaunch(String name, GlueJob job, IpDemand demand, Simulation simulation,
            RuleSettings settings) {
        GlueConnection connection = index.connection(name).orElse(null);
        if (connection != null && ConnectionStatus.usable(connection)) {
            return false; // the common case, decided without building a result nobody reads
        }
        CheckContext context = new CheckContext(job, demand, name, connection, null, null, index, simulation, settings,
                null);
        LaunchGate gate = connection == null ? CheckCatalogue.CONNECTION_EXISTS : CheckCatalogue.CONNECTION_STATUS;
        CheckResult r = connection == null ? CheckCatalogue.CONNECTION_EXISTS.evaluate(context)
                : CheckCatalogue.CONNECTION_STATUS.evaluate(context);
        return gate.stopsLaunch(r, settings) || gate.mayStopLaunch(r, settings);
    }

    /**
     * One connection through the catalogue: the gates (exists, READY, has network settings, the
     * job's role may describe, valid subnet) in order, then every check on the valid subnet; when
     * the subnet is not valid, its selection checks are reported as not checked.
     */
    private ConnectionEvaluation evaluateConnection(int order, String name, GlueJob job, IpDemand demand,
            Simulation simulation, RuleSettings settings, boolean canBeChosen) {
        GlueConnection connection = index.connection(name).orElse(null);
        if (connection == null || !connection.hasNetworkPlacement()) {
            return unplaced(order, name, connection, job, demand, simulation, settings);
        }
        Subnet subnet = simulation.isSubnetDeleted(connection.subnetId()) ? null
                : index.subnet(connection.subnetId()).orElse(null);
        String zoneId = subnet == null ? null : index.zoneIdOf(subnet);
        CheckContext context = new CheckContext(job, demand, name, connection, subnet, zoneId, index, simulation,
                settings, null);
        int onSubnet = CheckCatalogue.ON_VALID_SUBNET.size();
        CheckResult[] checks = new CheckResult[3 + onSubnet];
        int n = 0;
        checks[n++] = CheckCatalogue.CONNECTION_STATUS.evaluate(context);
        checks[n++] = CheckCatalogue.ROLE_CAN_DESCRIBE.evaluate(context);
        CheckResult subnetCheck = CheckCatalogue.SUBNET_VALID.evaluate(context);
        checks[n++] = subnetCheck;
        EgressPath egress = null;
        if (subnetCheck.status() == CheckStatus.PASS) {
            EgressFinding finding = CheckCatalogue.EGRESS.find(context);
            egress = finding.path();
            context = context.withEgress(finding);
            for (int i = 0; i < onSubnet; i++) {
                checks[n++] = CheckCatalogue.ON_VALID_SUBNET.get(i).evaluate(context);
            }
        } else {
            zoneId = null;
            Text why = Text.of("checks", subnetCheck.status() == CheckStatus.UNKNOWN ? "common.subnetUnreadable"
                    : "common.subnetInvalid");
            for (ConnectionCheck check : CheckCatalogue.ON_VALID_SUBNET) {
                if (check.definition().kind() == CheckKind.SELECTION) {
                    checks[n++] = check.notChecked(why);
                }
            }
        }
        List<CheckResult> results = List.of(n == checks.length ? checks : Arrays.copyOf(checks, n));
        Verdict verdict = verdict(results, canBeChosen);
        if (verdict == Verdict.SKIPPED && subnetCheck.status() == CheckStatus.PASS) {
            // No run uses this connection: a fact only its runs would need is not an open question.
            String failed = results.stream().filter(r -> r.kind() == CheckKind.SELECTION
                    && r.status() == CheckStatus.FAIL).map(CheckResult::code).findFirst().orElse("?");
            CheckContext skippedContext = context;
            results = results.stream().map(r -> DnsEnabled.onConnectionNoRunUses(r, skippedContext, failed)).toList();
        }
        String az = subnet != null ? subnet.availabilityZone() : connection.availabilityZone();
        return new ConnectionEvaluation(order, name, connection, verdict, connection.subnetId(), az, zoneId, results,
                egress, launchStop(results, settings));
    }

    /**
     * A connection the snapshot lacks (its existence is its only result), or one without a subnet
     * (its status, then its placement).
     */
    private ConnectionEvaluation unplaced(int order, String name, GlueConnection connection, GlueJob job,
            IpDemand demand, Simulation simulation, RuleSettings settings) {
        CheckContext context = new CheckContext(job, demand, name, connection, null, null, index, simulation, settings,
                null);
        if (connection == null) {
            CheckResult missing = CheckCatalogue.CONNECTION_EXISTS.evaluate(context);
            Verdict verdict = missing.status() == CheckStatus.UNKNOWN ? Verdict.UNKNOWN : Verdict.SKIPPED;
            return new ConnectionEvaluation(order, name, null, verdict, null, null, null, List.of(missing), null,
                    launchStop(List.of(missing), settings));
        }
        List<CheckResult> results = List.of(CheckCatalogue.CONNECTION_STATUS.evaluate(context),
                CheckCatalogue.NETWORK_PLACEMENT.evaluate(context));
        return new ConnectionEvaluation(order, name, connection, Verdict.NO_NETWORK, null,
                connection.availabilityZone(), null, results, null, launchStop(results, settings));
    }

    private static Verdict verdict(List<CheckResult> checks, boolean canBeChosen) {
        boolean unknown = false;
        for (CheckResult c : checks) {
            if (c.kind() != CheckKind.SELECTION || ConnectionEvaluation.jobWideUnknown(c)) {
                continue;
            }
            if (c.status() == CheckStatus.FAIL) {
                return Verdict.SKIPPED;
            }
            unknown |= c.status() == CheckStatus.UNKNOWN;
        }
        if (unknown) {
            return Verdict.UNKNOWN;
        }
        return canBeChosen ? Verdict.CHOSEN : Verdict.PASSES;
    }
}
