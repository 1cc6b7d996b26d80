package dev.gluefailover.review;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ChoiceChange;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two snapshots of the same job, before and after (a change, or two captures
 * over time): the resources added, removed and changed; the connections whose verdict or checks
 * changed; Glue's choice ({@link ChoiceChange}) and whether a run would work; the single-failure
 * matrix's scenarios ({@link WhatIfMatrix}) and the resilience summary lines and single points of
 * failure ({@link Resilience}) that changed. Both sides are evaluated with the same simulated
 * failures and settings. {@link #worse()} is the one answer to "did resilience get worse", which
 * the command line's exit code and the window both ask.
 *
 * @param job         the job compared (the same name on both sides)
 * @param simulation  the failures in force on both sides
 * @param resources   resource differences, in snapshot section order
 * @param connections the job's connections whose place, verdict or checks changed
 * @param choice      Glue's choice before and after
 * @param run         the outcome before and after
 * @param scenarios   single-failure scenarios whose outcome changed (or that exist on one side only)
 * @param summaries   the resilience summary lines (AZ outage, NAT gateway failure, endpoint removal) that changed
 * @param spofs       single points of failure that appeared or went away
 */
public record SnapshotDiff(String job, Simulation simulation, List<DiffChange> resources,
        List<ConnectionChange> connections, ChoiceChange choice, RunChange run, List<ScenarioChange> scenarios,
        List<SummaryChange> summaries, List<SpofChange> spofs, Evaluation beforeEvaluation,
        Evaluation afterEvaluation) {

    public SnapshotDiff {
        resources = List.copyOf(resources);
        connections = List.copyOf(connections);
        scenarios = List.copyOf(scenarios);
        summaries = List.copyOf(summaries);
        spofs = List.copyOf(spofs);
    }

    /** One check of one connection whose status changed (or that ran on one side only). */
    public record CheckChange(String code, CheckStatus before, CheckStatus after, String message,
            Map<String, String> evidence) {
        public CheckChange {
            evidence = evidence == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(evidence));
        }
    }

    /**
     * A connection of the job whose order, verdict or checks changed; order and verdict are null on
     * the side where the job does not list it.
     */
    public record ConnectionChange(String name, Integer orderBefore, Integer orderAfter, Verdict verdictBefore,
            Verdict verdictAfter, List<CheckChange> checks) {
        public ConnectionChange {
            checks = List.copyOf(checks);
        }

        public boolean verdictChanged() {
            return verdictBefore != verdictAfter;
        }
    }

    /** The job's outcome before and after. */
    public record RunChange(Evaluation.Outcome before, Evaluation.Outcome after, boolean worksBefore,
            boolean worksAfter) {
        public boolean changed() {
            return before != after || worksBefore != worksAfter;
        }

        /** A run that would have worked would now not. */
        public boolean worse() {
            return worksBefore && !worksAfter;
        }
    }

    /** One single-failure scenario by its failures ({@code az=use1-az1}); an outcome is null on the side that lacks it. */
    public record ScenarioChange(String key, String label, WhatIfMatrix.Outcome before, WhatIfMatrix.Outcome after) {
        /** Survived before, not now. */
        public boolean worse() {
            return before != null && before.survives() && (after == null ? false : !after.survives());
        }

        /** Not survived before, survived now. */
        public boolean better() {
            return before != null && !before.survives() && after != null && after.survives();
        }
    }

    /** One summary line (one kind of single failure) whose answer or failing scenarios changed. */
    public record SummaryChange(String kind, WhatIfMatrix.Summary before, WhatIfMatrix.Summary after) {
        public boolean worse() {
            return before.survives() && !after.survives();
        }

        public boolean better() {
            return !before.survives() && after.survives();
        }
    }

    /** A single point of failure present on one side only. */
    public record SpofChange(boolean added, Resilience.SinglePointOfFailure point) {
    }

    /** Nothing differs: the snapshots hold the same resources and the job the same answers. */
    public boolean identical() {
        return resources.isEmpty() && connections.isEmpty() && !choice.changed() && !run.changed()
                && scenarios.isEmpty() && summaries.isEmpty() && spofs.isEmpty();
    }

    /**
     * Resilience got worse: a run that would have worked would now fail, a single failure the job
     * survived it now does not, or a kind of single failure it survived every one of it now does not.
     */
    public boolean worse() {
        return run.worse() || scenarios.stream().anyMatch(ScenarioChange::worse)
                || summaries.stream().anyMatch(SummaryChange::worse);
    }

    /** Resilience got better somewhere (and, with {@link #worse()} false, nowhere worse). */
    public boolean better() {
        return (!run.worksBefore() && run.worksAfter()) || scenarios.stream().anyMatch(ScenarioChange::better)
                || summaries.stream().anyMatch(SummaryChange::better);
    }

    /** Every drawn element the diff names: what the window highlights. */
    public Set<ElementRef> changedElements() {
        Set<ElementRef> refs = new LinkedHashSet<>();
        for (DiffChange c : resources) {
            refs.addAll(c.elements());
        }
        for (ConnectionChange c : connections) {
            refs.add(new ElementRef(ElementKind.CONNECTION, c.name()));
        }
        return refs;
    }

    /**
     * Compares the job on two snapshots.
     *
     * @param jobName the job (null: the only one, or the only name both snapshots hold)
     * @param simulation the failures in force on both sides (AZs by name or id)
     * @throws IllegalArgumentException when the job cannot be found on both sides, naming the jobs there are
     */
    public static SnapshotDiff compute(Snapshot before, Snapshot after, String jobName, Simulation simulation,
            RuleSettings settings) {
        GlueJob[] jobs = jobs(before, after, jobName);
        Engine eb = new Engine(before);
        Engine ea = new Engine(after);
        Simulation sb = eb.failureTargets().resolve(simulation);
        Simulation sa = ea.failureTargets().resolve(simulation);
        Evaluation b = eb.evaluate(jobs[0], sb, settings);
        Evaluation a = ea.evaluate(jobs[1], sa, settings);
        WhatIfMatrix mb = WhatIfMatrix.compute(eb, jobs[0], sb, settings, false);
        WhatIfMatrix ma = WhatIfMatrix.compute(ea, jobs[1], sa, settings, false);
        Resilience rb = Resilience.of(eb.index(), b, mb);
        Resilience ra = Resilience.of(ea.index(), a, ma);
        RunChange run = new RunChange(b.outcome(), a.outcome(), works(b), works(a));
        return new SnapshotDiff(jobs[1].name(), sa, DiffResources.between(before, after), connections(b, a),
                ChoiceChange.between(b, a), run, scenarios(mb, ma), summaries(rb, ra), spofs(rb, ra), b, a);
    }

    /** The failures no side knows (a typo): each side may lack what the other holds (a NAT removed). */
    public static List<String> unknownOnBothSides(Snapshot before, Snapshot after, Simulation simulation) {
        Engine eb = new Engine(before);
        Engine ea = new Engine(after);
        List<String> unknown = new ArrayList<>();
        for (SimulatedFailure f : simulation.failures()) {
            Simulation one = Simulation.of(f);
            List<String> ub = eb.unknownTargets(eb.failureTargets().resolve(one));
            List<String> ua = ea.unknownTargets(ea.failureTargets().resolve(one));
            if (!ub.isEmpty() && !ua.isEmpty()) {
                unknown.addAll(ua);
            }
        }
        return unknown;
    }

    private static boolean works(Evaluation e) {
        return e.outcome() == Evaluation.Outcome.RUN_WORKS || e.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC;
    }

    private static GlueJob[] jobs(Snapshot before, Snapshot after, String name) {
        List<String> namesBefore = before.jobs().stream().map(GlueJob::name).toList();
        List<String> namesAfter = after.jobs().stream().map(GlueJob::name).toList();
        String chosen = name;
        if (chosen == null) {
            List<String> common = namesBefore.stream().filter(namesAfter::contains).toList();
            if (common.size() == 1) {
                chosen = common.get(0);
            } else if (common.isEmpty()) {
                throw new IllegalArgumentException(namesBefore.isEmpty() || namesAfter.isEmpty()
                        ? DiffText.noJob(namesBefore.isEmpty())
                        : DiffText.noCommonJob(namesBefore, namesAfter));
            } else {
                throw new IllegalArgumentException(DiffText.severalJobs(common));
            }
        }
        String n = chosen;
        Optional<GlueJob> jb = before.job(n);
        Optional<GlueJob> ja = after.job(n);
        if (jb.isEmpty() || ja.isEmpty()) {
            throw new IllegalArgumentException(DiffText.jobMissing(n, jb.isEmpty(), jb.isEmpty() ? namesBefore
                    : namesAfter));
        }
        return new GlueJob[] {jb.get(), ja.get()};
    }

    private static List<ConnectionChange> connections(Evaluation b, Evaluation a) {
        Map<String, ConnectionEvaluation> before = new LinkedHashMap<>();
        b.connections().forEach(c -> before.putIfAbsent(c.name(), c));
        Map<String, ConnectionEvaluation> after = new LinkedHashMap<>();
        a.connections().forEach(c -> after.putIfAbsent(c.name(), c));
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<ConnectionChange> list = new ArrayList<>();
        for (String n : names) {
            ConnectionEvaluation cb = before.get(n);
            ConnectionEvaluation ca = after.get(n);
            List<CheckChange> checks = new ArrayList<>();
            if (cb != null && ca != null) {
                Set<String> codes = new LinkedHashSet<>();
                ca.checks().forEach(r -> codes.add(r.code()));
                cb.checks().forEach(r -> codes.add(r.code()));
                for (String code : codes) {
                    Optional<CheckResult> rb = cb.result(code);
                    Optional<CheckResult> ra = ca.result(code);
                    CheckStatus sb = rb.map(CheckResult::status).orElse(null);
                    CheckStatus sa = ra.map(CheckResult::status).orElse(null);
                    if (sb != sa) {
                        CheckResult shown = ra.orElseGet(rb::get);
                        checks.add(new CheckChange(code, sb, sa, shown.message(), shown.evidence()));
                    }
                }
            }
            Integer ob = cb == null ? null : cb.order();
            Integer oa = ca == null ? null : ca.order();
            Verdict vb = cb == null ? null : cb.verdict();
            Verdict va = ca == null ? null : ca.verdict();
            if (!Objects.equals(ob, oa) || vb != va || !checks.isEmpty()) {
                list.add(new ConnectionChange(n, ob, oa, vb, va, checks));
            }
        }
        return list;
    }

    private static String key(WhatIfMatrix.Outcome o) {
        return String.join(" + ", o.failures().stream().map(SimulatedFailure::spec).toList());
    }

    private static List<ScenarioChange> scenarios(WhatIfMatrix mb, WhatIfMatrix ma) {
        Map<String, WhatIfMatrix.Outcome> before = new LinkedHashMap<>();
        mb.singles().forEach(o -> before.put(key(o), o));
        Map<String, WhatIfMatrix.Outcome> after = new LinkedHashMap<>();
        ma.singles().forEach(o -> after.put(key(o), o));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<ScenarioChange> list = new ArrayList<>();
        for (String k : keys) {
            WhatIfMatrix.Outcome ob = before.get(k);
            WhatIfMatrix.Outcome oa = after.get(k);
            if (ob == null || oa == null || !sameOutcome(ob, oa)) {
                list.add(new ScenarioChange(k, (oa != null ? oa : ob).label(), ob, oa));
            }
        }
        return list;
    }

    private static boolean sameOutcome(WhatIfMatrix.Outcome b, WhatIfMatrix.Outcome a) {
        return Objects.equals(b.chosen(), a.chosen()) && Objects.equals(b.chosenOrder(), a.chosenOrder())
                && b.survives() == a.survives() && b.runWouldSucceed() == a.runWouldSucceed()
                && b.failedRunChecks().equals(a.failedRunChecks()) && b.outcome() == a.outcome();
    }

    private static List<SummaryChange> summaries(Resilience rb, Resilience ra) {
        List<SummaryChange> list = new ArrayList<>();
        List<WhatIfMatrix.Summary> sb = rb.summaries();
        List<WhatIfMatrix.Summary> sa = ra.summaries();
        for (int i = 0; i < sa.size(); i++) {
            WhatIfMatrix.Summary b = sb.get(i);
            WhatIfMatrix.Summary a = sa.get(i);
            List<String> fb = b.fatal().stream().map(SnapshotDiff::key).toList();
            List<String> fa = a.fatal().stream().map(SnapshotDiff::key).toList();
            if (b.survives() != a.survives() || !fb.equals(fa)) {
                list.add(new SummaryChange(a.kind(), b, a));
            }
        }
        return list;
    }

    private static List<SpofChange> spofs(Resilience rb, Resilience ra) {
        List<SpofChange> list = new ArrayList<>();
        for (Resilience.SinglePointOfFailure p : rb.singlePointsOfFailure()) {
            if (ra.singlePointsOfFailure().stream().noneMatch(q -> sameSpof(p, q))) {
                list.add(new SpofChange(false, p));
            }
        }
        for (Resilience.SinglePointOfFailure p : ra.singlePointsOfFailure()) {
            if (rb.singlePointsOfFailure().stream().noneMatch(q -> sameSpof(p, q))) {
                list.add(new SpofChange(true, p));
            }
        }
        return list;
    }

    private static boolean sameSpof(Resilience.SinglePointOfFailure a, Resilience.SinglePointOfFailure b) {
        return a.kind() == b.kind() && a.elements().equals(b.elements());
    }
}
