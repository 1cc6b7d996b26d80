package dev.gluefailover.fleet;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Evaluates every job of every part of a scan with its single-failure matrix, ranks them by risk
 * and names the causes they share. One {@link Engine} per part: the network is indexed once for
 * all its jobs. Pure: the same parts give the same report.
 */
public final class FleetRanking {
    private static final Messages TEXT = Messages.of("fleet");

    /**
     * Worst first: by risk, then more single failures that stop the job, then more single points of
     * failure, then account, region and job name (a stable order for diffs of two scans).
     */
    public static final Comparator<FleetRow> ORDER = Comparator.comparing(FleetRow::risk)
            .thenComparing(r -> -r.fatalSingleFailures().size())
            .thenComparing(r -> -r.singlePointsOfFailure().size())
            .thenComparing(FleetRow::account).thenComparing(FleetRow::region).thenComparing(FleetRow::jobName);

    private final RuleSettings settings;
    private final TopRecommendation recommendation;

    public FleetRanking(RuleSettings settings, TopRecommendation recommendation) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
    }

    public FleetRanking(RuleSettings settings) {
        this(settings, TopRecommendation.none());
    }

    public FleetReport rank(List<ScanPart> parts) {
        List<FleetRow> rows = new ArrayList<>();
        List<ScanPart> unreadable = new ArrayList<>();
        for (ScanPart part : parts) {
            if (part.failed()) {
                unreadable.add(part);
                continue;
            }
            Engine engine = new Engine(part.snapshot());
            List<GlueJob> jobs = part.snapshot().jobs();
            // Jobs that differ only in their names get the same verdicts (the engine reads every other
            // field): evaluate one of each, with its matrix and recommendation, and give the others its
            // answer under their own names. Many jobs of an account share their connections.
            Map<GlueJob, Integer> firstOf = new LinkedHashMap<>();
            int[] representative = new int[jobs.size()];
            for (int i = 0; i < jobs.size(); i++) {
                representative[i] = firstOf.computeIfAbsent(unnamed(jobs.get(i)), k -> firstOf.size());
            }
            List<GlueJob> distinct = new ArrayList<>(firstOf.size());
            for (int i = 0; i < jobs.size(); i++) {
                if (representative[i] == distinct.size()) {
                    distinct.add(jobs.get(i));
                }
            }
            // The jobs are independent and the engine is read-only after construction.
            FleetRow[] evaluated = new FleetRow[distinct.size()];
            IntStream.range(0, distinct.size()).parallel()
                    .forEach(i -> evaluated[i] = row(part, engine, distinct.get(i)));
            for (int i = 0; i < jobs.size(); i++) {
                FleetRow r = evaluated[representative[i]];
                GlueJob job = jobs.get(i);
                rows.add(r.job() == job ? r : new FleetRow(r.account(), r.region(), r.snapshot(), job,
                        renamed(r.evaluation(), job), r.resilience(), r.risk(), problemsOf(part.snapshot(), job),
                        r.recommendation()));
            }
        }
        rows.sort(ORDER);
        return new FleetReport(rows, sharedCauses(rows), unreadable);
    }

    private FleetRow row(ScanPart part, Engine engine, GlueJob job) {
        Evaluation e = engine.evaluate(job, Simulation.NONE, settings);
        WhatIfMatrix matrix = WhatIfMatrix.compute(engine, job, Simulation.NONE, settings, false);
        Resilience resilience = Resilience.of(engine.index(), e, matrix);
        String top = recommendation.of(engine, e, resilience).orElse(null);
        return new FleetRow(part.account(), part.region(), part.snapshot(), job, e, resilience,
                risk(e, resilience), problemsOf(part.snapshot(), job), top);
    }

    /** The job with every field the engine reads and no name: equal for jobs the engine cannot tell apart. */
    private static GlueJob unnamed(GlueJob j) {
        return new GlueJob("", j.connectionNames(), j.workerType(), j.numberOfWorkers(), j.maxCapacity(),
                j.maxRetries(), j.glueVersion(), j.role(), j.defaultArguments(), j.maxConcurrentRuns());
    }

    private static Evaluation renamed(Evaluation e, GlueJob job) {
        return new Evaluation(job, e.ruleSet(), e.simulation(), e.connections(), e.uncertainty(), e.notes(),
                e.versionScope());
    }

    /** The job's risk: its outcome now first, then whether every single failure leaves it running. */
    static Risk risk(Evaluation e, Resilience r) {
        return switch (e.outcome()) {
            case NO_CONNECTION, LAUNCH_STOPS -> Risk.WOULD_NOT_START;
            case RUN_FAILS -> Risk.RUN_FAILS_NOW;
            case CHOICE_UNKNOWN -> Risk.CHOICE_UNKNOWN;
            case RUN_WORKS, RUNS_OUTSIDE_VPC -> r.failingScenarios().isEmpty() ? Risk.SURVIVES
                    : Risk.FAILS_UNDER_SINGLE_FAILURE;
        };
    }

    /**
     * The load problems that touch the job: a call refused as a whole (it concerns every job), or one
     * naming its connections, their subnets, security groups or VPCs, or its role.
     */
    static List<LoadProblem> problemsOf(Snapshot s, GlueJob job) {
        Set<String> mine = new HashSet<>(job.connectionNames());
        if (job.role() != null) {
            mine.add(job.role());
        }
        for (String name : job.connectionNames()) {
            s.connection(name).ifPresent(c -> {
                addIfSet(mine, c.subnetId());
                c.securityGroupIds().forEach(g -> addIfSet(mine, g));
                s.subnet(c.subnetId() == null ? "" : c.subnetId()).map(Subnet::vpcId).ifPresent(v -> addIfSet(mine, v));
            });
        }
        return s.problems().stream()
                .filter(p -> p.resourceIds().isEmpty() || p.resourceIds().stream().anyMatch(mine::contains))
                .toList();
    }

    private static void addIfSet(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    /** Elements several jobs rest on alone, and single failures that stop several jobs; most jobs first. */
    static List<SharedCause> sharedCauses(List<FleetRow> rows) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (FleetRow row : rows) {
            for (Resilience.SinglePointOfFailure p : row.singlePointsOfFailure()) {
                ElementRef first = p.elements().get(0);
                String key = row.account() + "|" + row.region() + "|" + first.kind() + "|" + first.id();
                byKey.computeIfAbsent(key, k -> new Builder(kind(p.kind()), p.elements(), label(row, p.elements())))
                        .jobs.add(row.key());
            }
            for (WhatIfMatrix.Outcome o : row.fatalSingleFailures()) {
                // Zone ids name the same physical zone in every account: an AZ outage is one cause across
                // accounts of the region; a NAT or endpoint belongs to one account.
                SimulatedFailure f = o.failures().get(0);
                String scope = f instanceof SimulatedFailure.AzOutage ? row.region() : row.account() + "|" + row.region();
                String key = "stops|" + scope + "|" + f.spec();
                byKey.computeIfAbsent(key, k -> new Builder(SharedCause.Kind.FAILURE_STOPS_JOBS, refs(f), o.label()))
                        .jobs.add(row.key());
            }
        }
        return byKey.values().stream().filter(b -> b.jobs.size() > 1)
                .map(Builder::build)
                .sorted(Comparator.comparing((SharedCause c) -> -c.jobCount())
                        .thenComparing(c -> c.kind().ordinal()).thenComparing(SharedCause::label))
                .toList();
    }

    private static SharedCause.Kind kind(Resilience.Kind k) {
        return switch (k) {
            case NAT_GATEWAY -> SharedCause.Kind.NAT_GATEWAY;
            case AVAILABILITY_ZONE -> SharedCause.Kind.AVAILABILITY_ZONE;
            case ROUTE_TABLE -> SharedCause.Kind.ROUTE_TABLE;
            case S3_ENDPOINT -> SharedCause.Kind.S3_ENDPOINT;
        };
    }

    private static List<ElementRef> refs(SimulatedFailure f) {
        return List.of(Simulation.failedElement(f));
    }

    /** "nat-0abc in eu-west-1a (euw1-az3)": the element, and its zone's label when it has one. */
    private static String label(FleetRow row, List<ElementRef> elements) {
        Engine engine = null;
        StringBuilder b = new StringBuilder();
        for (ElementRef ref : elements) {
            String text = ref.id();
            if (ref.kind() == ElementKind.AVAILABILITY_ZONE) {
                engine = engine == null ? new Engine(row.snapshot()) : engine;
                text = engine.index().zone(ref.id()).map(z -> z.label()).orElse(ref.id());
            }
            b.append(b.length() == 0 ? text : " " + TEXT.get("cause.in", text));
        }
        return b.toString();
    }

    private static final class Builder {
        final SharedCause.Kind kind;
        final List<ElementRef> elements;
        final String label;
        final List<String> jobs = new ArrayList<>();

        Builder(SharedCause.Kind kind, List<ElementRef> elements, String label) {
            this.kind = kind;
            this.elements = elements;
            this.label = label;
        }

        SharedCause build() {
            String text = switch (kind) {
                case NAT_GATEWAY -> TEXT.get("cause.nat", label, jobs.size());
                case AVAILABILITY_ZONE -> TEXT.get("cause.zone", label, jobs.size());
                case ROUTE_TABLE -> TEXT.get("cause.routeTable", label, jobs.size());
                case S3_ENDPOINT -> TEXT.get("cause.s3Endpoint", label, jobs.size());
                case FAILURE_STOPS_JOBS -> TEXT.get(switch (elements.isEmpty() ? ElementKind.SUBNET
                        : elements.get(0).kind()) {
                    case AVAILABILITY_ZONE -> "cause.azOutageStops";
                    case NAT_GATEWAY -> "cause.natFailureStops";
                    case VPC_ENDPOINT -> "cause.endpointRemovalStops";
                    default -> "cause.failureStops";
                }, label, jobs.size());
            };
            return new SharedCause(kind, elements, label, jobs, text);
        }
    }
}
