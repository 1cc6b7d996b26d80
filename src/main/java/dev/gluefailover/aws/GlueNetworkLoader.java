package dev.gluefailover.aws;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Connection;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetConnectionsResponse;
import software.amazon.awssdk.services.glue.model.GetJobsResponse;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

/**
 * Reads Glue jobs, their connections and exactly the network they run in, read-only, into a
 * {@link Snapshot}. The chain is GetJob → connections → (subnets, security groups, AZs) → the
 * VPC-scoped describes; each hop runs its calls in parallel, and EC2 is queried with id-list
 * filters so the call count does not grow with the number of connections (only the Glue
 * connection reads and the two DNS attribute reads per VPC do). Beside them, IAM's policy simulator
 * says what each job's role may do ({@link #ROLE_ACTIONS}), without a round trip of its own. A scan
 * ({@link #scanAllJobs}) reads every job of the region in four hops whose calls grow with pages and
 * id chunks only, and the DNS attributes only where they can decide a verdict.
 *
 * <p>What cannot be read is recorded as a {@link LoadProblem} (denied describe, missing
 * connection) and the load goes on; only failures that leave nothing to show (no credentials,
 * no network, job missing or unreadable) throw {@link AwsLoadException}.
 *
 * <p>Thread-safe and stateless between loads: each load gets its own worker threads.
 */
public final class GlueNetworkLoader {
    /** The load's progress steps, in the tool's language. */
    static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("loading");
    private static final Logger LOG = LoggerFactory.getLogger(GlueNetworkLoader.class);
    /** EC2 accepts up to 200 values in one filter. */
    private static final int FILTER_VALUES_PER_CALL = 200;
    private static final int GLUE_PAGE_SIZE = 1000;
    private static final int EC2_PAGE_SIZE = 1000;
    /** DescribeRouteTables allows at most 100 per page. */
    private static final int ROUTE_TABLE_PAGE_SIZE = 100;

    /**
     * What the job's role must be allowed for a run in the VPC, asked of IAM's policy simulator
     * ({@code iam:SimulatePrincipalPolicy}) for every job role. Glue runs the network checks as the
     * job's role (session {@code GlueJobRunnerSession}): without the four describes the check fails
     * with "not authorized … VPC Id not found"; the other four create, tag, watch and delete the
     * run's ENIs [spec: Who runs the checks, FIELD F1]. The order is the order of the snapshot's
     * {@code rolePermissions} for each role.
     */
    public static final List<String> ROLE_ACTIONS = dev.gluefailover.model.RolePermission.GLUE_ACTIONS;
    /** The problem's action when what a role may do stays unknown: the permission the engine names. */
    static final String SIMULATE_ACTION = "iam:SimulatePrincipalPolicy";

    /**
     * @param parallelism worker threads per load: calls in one hop run at the same time
     * @param maxConnectionReadsPerName up to this many connections are read one GetConnection each
     *        (in parallel); above it one paginated GetConnections is fewer calls and round trips
     * @param clock gives {@code capturedAt}
     */
    public record Options(int parallelism, int maxConnectionReadsPerName, Clock clock) {
        public Options {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            Objects.requireNonNull(clock, "clock");
        }

        public static Options defaults() {
            return new Options(16, 16, Clock.systemUTC());
        }

        public Options withMaxConnectionReadsPerName(int max) {
            return new Options(parallelism, max, clock);
        }

        public Options withClock(Clock clock) {
            return new Options(parallelism, maxConnectionReadsPerName, clock);
        }
    }

    private final AwsClients clients;
    private final Options options;

    public GlueNetworkLoader(AwsClients clients) {
        this(clients, Options.defaults());
    }

    public GlueNetworkLoader(AwsClients clients, Options options) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The region's jobs with their connection counts (paginated GetJobs), sorted by name. */
    public List<JobSummary> listJobs() {
        return listJobs(LoadProgress.ignore(), CancellationSignal.never());
    }

    public List<JobSummary> listJobs(LoadProgress progress, CancellationSignal cancel) {
        try (LoadRun run = new LoadRun(progress, cancel)) {
            return run.allJobs().stream()
                    .map(j -> new JobSummary(j.name(), j.connectionNames().size()))
                    .sorted(java.util.Comparator.comparing(JobSummary::name))
                    .toList();
        }
    }

    /**
     * Loads the named jobs (in that order) and everything their connections need.
     *
     * @throws AwsLoadException when nothing useful can be loaded (see {@link AwsLoadException.Reason})
     * @throws CancellationException when {@code cancel} fired
     */
    public Snapshot load(List<String> jobNames, LoadProgress progress, CancellationSignal cancel) {
        List<String> names = List.copyOf(new LinkedHashSet<>(jobNames));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no job names given");
        }
        try (LoadRun run = new LoadRun(progress, cancel)) {
            run.prefetch();
            return run.snapshot(run.jobs(names));
        }
    }

    public Snapshot load(List<String> jobNames) {
        return load(jobNames, LoadProgress.ignore(), CancellationSignal.never());
    }

    /** Loads every job in the region (GetJobs returns whole jobs, so no GetJob per job). */
    public Snapshot loadAllJobs(LoadProgress progress, CancellationSignal cancel) {
        try (LoadRun run = new LoadRun(progress, cancel)) {
            return run.snapshot(run.allJobs());
        }
    }

    /**
     * Which VPCs' DNS attributes a scan asks for. EC2 has no batch read of them (DescribeVpcAttribute
     * takes one VPC and one attribute), so they are the one part of a scan whose calls grow with the
     * VPCs: the caller names the VPCs where the attributes can decide a verdict, given everything
     * else the scan read. A VPC not named keeps them absent (null, with no load problem).
     */
    @FunctionalInterface
    public interface DnsAttributesNeeded {
        /**
         * @param withoutDns the scan's snapshot with every VPC's DNS attributes absent
         * @return the ids of the VPCs whose attributes to read
         */
        Set<String> vpcIds(Snapshot withoutDns);

        /** Every VPC the jobs' connections are in. */
        static DnsAttributesNeeded everyVpc() {
            return s -> s.vpcs().stream().map(Vpc::vpcId).collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * Every job of the region for a scan, in a fixed number of dependent hops whose calls grow with
     * pages and id chunks, not with jobs: GetJobs, GetConnections and DescribeAvailabilityZones
     * together; then the connections' subnets and security groups; then the VPC-scoped describes,
     * each split into chunks that run at the same time (so a long list is not read one page after
     * the other); then the DNS attributes of the VPCs {@code dnsNeeded} names, at most
     * {@link #DNS_ATTRIBUTE_READS_AT_ONCE} at a time.
     */
    public Snapshot scanAllJobs(LoadProgress progress, CancellationSignal cancel, DnsAttributesNeeded dnsNeeded) {
        Objects.requireNonNull(dnsNeeded, "dnsNeeded");
        try (LoadRun run = new LoadRun(progress, cancel)) {
            return run.scan(dnsNeeded);
        }
    }

    /** DescribeVpcAttribute calls in flight at once in a scan: bounded, as EC2 throttles describes per account. */
    static final int DNS_ATTRIBUTE_READS_AT_ONCE = 32;
    /** VPC ids per DescribeRouteTables call in a scan: a VPC has a few tables, so a chunk fits one 100-table page. */
    static final int ROUTE_TABLE_VPCS_PER_CALL = 25;
    /** VPC ids per DescribeSubnets(vpc-id) call in a scan: a chunk's subnets fit one 1,000-item page. */
    static final int SUBNET_VPCS_PER_CALL = 100;

    /** One load: its threads, its call counters and the problems found. */
    private final class LoadRun implements AutoCloseable {
        private final LoadProgress progress;
        private final CancellationSignal cancel;
        private final ExecutorService pool;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger planned = new AtomicInteger();
        private final Collection<LoadProblem> problems = new ConcurrentLinkedQueue<>();
        private final Collection<String> ownerIds = new ConcurrentLinkedQueue<>();
        private volatile String step = TEXT.get("step.starting");
        /** DescribeAvailabilityZones, asked in the first round (it depends on nothing). */
        private Future<List<AvailabilityZone>> zonesAhead;
        /** The first page of GetConnections, asked beside GetJob: a small account has every connection on it. */
        private Future<Optional<GetConnectionsResponse>> connectionsAhead;

        LoadRun(LoadProgress progress, CancellationSignal cancel) {
            this.progress = Objects.requireNonNull(progress, "progress");
            this.cancel = Objects.requireNonNull(cancel, "cancel");
            AtomicInteger threadNumber = new AtomicInteger();
            ThreadFactory threads = r -> {
                Thread t = new Thread(r, "aws-load-" + threadNumber.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            this.pool = Executors.newFixedThreadPool(options.parallelism(), threads);
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }

        /**
         * The calls that depend on nothing, started with GetJob so they cost no round trip of their
         * own: the zone table, and the first page of GetConnections (one page holds up to 1,000
         * connections, so for most accounts the per-name GetConnection round is not needed).
         */
        void prefetch() {
            zonesAhead = submitZones();
            connectionsAhead = submit(() -> {
                try {
                    return Optional.of(call("glue:GetConnections", () -> clients.glue().getConnections(
                            r -> r.hidePassword(true).maxResults(GLUE_PAGE_SIZE))));
                } catch (AwsServiceException e) {
                    // Only a head start: if it is refused, the connections are read by name as before.
                    LOG.debug("glue:GetConnections ahead of time failed ({}); reading by name", AwsErrors.errorCode(e));
                    return Optional.empty();
                }
            });
        }

        /** The first GetConnections page asked ahead, when it came back. */
        private Optional<GetConnectionsResponse> firstConnectionsPage() {
            if (connectionsAhead == null) {
                return Optional.empty();
            }
            try {
                return await(connectionsAhead, "glue:GetConnections");
            } catch (AwsLoadException e) {
                return Optional.empty();
            }
        }

        // ---- jobs ---------------------------------------------------------------------------

        List<GlueJob> allJobs() {
            step(TEXT.get("step.listingJobs"), 1);
            GlueClient glue = clients.glue();
            List<GetJobsResponse> pages;
            try {
                pages = pages("glue:GetJobs",
                        token -> glue.getJobs(r -> r.nextToken(token).maxResults(GLUE_PAGE_SIZE)),
                        GetJobsResponse::nextToken);
            } catch (AwsServiceException e) {
                throw AwsErrors.toLoadException(e, "glue:GetJobs");
            }
            return pages.stream().flatMap(p -> p.jobs().stream()).map(AwsModelMapping::job).toList();
        }

        List<GlueJob> jobs(List<String> names) {
            step(TEXT.get("step.readingJobs", names.size()), names.size());
            List<Future<GlueJob>> futures = names.stream().map(name -> submit(() -> job(name))).toList();
            return awaitAll(futures, "glue:GetJob");
        }

        private GlueJob job(String name) {
            try {
                Job job = call("glue:GetJob", () -> clients.glue().getJob(r -> r.jobName(name)).job());
                return AwsModelMapping.job(job);
            } catch (EntityNotFoundException e) {
                throw new AwsLoadException(AwsLoadException.Reason.JOB_NOT_FOUND,
                        "No Glue job named '" + name + "' in region " + clients.region()
                                + ": check the name (`jobs` lists them) and the region.", e);
            }
        }

        /** EC2 may leave ownerId out of any item; a concurrent queue refuses nulls. */
        private void noteOwner(String ownerId) {
            if (ownerId != null) {
                ownerIds.add(ownerId);
            }
        }

        // ---- the whole chain ----------------------------------------------------------------

        Snapshot snapshot(List<GlueJob> jobs) {
            // Started first, awaited last: the role checks run beside the connection and network reads.
            List<Future<List<RolePermission>>> roleChecks = roleChecks(jobs);
            List<String> connectionNames = jobs.stream().flatMap(j -> j.connectionNames().stream())
                    .distinct().toList();
            List<GlueConnection> connections = connections(connectionNames);
            Network network = network(connections);
            List<RolePermission> permissions = awaitAll(roleChecks, SIMULATE_ACTION).stream()
                    .flatMap(List::stream).toList();
            step(TEXT.get("step.done"), 0);
            return snapshotOf(network, jobs, connections, permissions);
        }

        /** What the run read, as a snapshot: the account from the items' owners, the problems so far. */
        private Snapshot snapshotOf(Network network, List<GlueJob> jobs, List<GlueConnection> connections,
                List<RolePermission> permissions) {
            String captured = options.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString();
            String account = ownerIds.stream().filter(Objects::nonNull).findFirst().orElse(null);
            return new Snapshot(Snapshot.SCHEMA_VERSION, captured, "aws:" + clients.region(),
                    new Region(clients.region(), account), network.zones, network.vpcs, network.subnets,
                    network.routeTables, network.natGateways, network.internetGateways, network.endpoints,
                    network.securityGroups, jobs, connections, List.copyOf(problems), permissions);
        }

        /** The zone table, asked beside the first call of a load (it depends on nothing). */
        private Future<List<AvailabilityZone>> submitZones() {
            return submit(() -> tolerant("ec2:DescribeAvailabilityZones", () -> {
                DescribeAvailabilityZonesResponse r = call("ec2:DescribeAvailabilityZones",
                        () -> clients.ec2().describeAvailabilityZones(b -> { }));
                return r.availabilityZones().stream().map(AwsModelMapping::availabilityZone).toList();
            }, List.of()));
        }

        // ---- the scan's path ------------------------------------------------------------------

        /** The scan: see {@link GlueNetworkLoader#scanAllJobs}. */
        Snapshot scan(DnsAttributesNeeded dnsNeeded) {
            step(TEXT.get("step.listingJobsAndConnections"), 3);
            Future<List<GlueJob>> jobsAhead = submit(this::allJobs);
            Future<Optional<List<GetConnectionsResponse>>> connectionPages = submit(this::allConnectionPages);
            zonesAhead = submitZones();
            List<GlueJob> jobs = await(jobsAhead, "glue:GetJobs");
            List<Future<List<RolePermission>>> roleChecks = roleChecks(jobs);
            List<String> names = jobs.stream().flatMap(j -> j.connectionNames().stream()).distinct().toList();
            Optional<List<GetConnectionsResponse>> pages = await(connectionPages, "glue:GetConnections");
            Map<String, GlueConnection> byName = names.isEmpty() ? Map.of()
                    : pages.isPresent() ? fromPages(names, pages.get()) : connectionsByName(names);
            List<GlueConnection> connections = names.stream().map(byName::get).filter(Objects::nonNull).toList();
            Network network = scanNetwork(connections);
            List<RolePermission> permissions = awaitAll(roleChecks, SIMULATE_ACTION).stream()
                    .flatMap(List::stream).toList();
            Snapshot withoutDns = snapshotOf(network, jobs, connections, permissions);
            Set<String> ask = new LinkedHashSet<>(dnsNeeded.vpcIds(withoutDns));
            ask.retainAll(network.vpcs.stream().map(Vpc::vpcId).toList());
            Map<String, Boolean[]> dns = dnsAttributes(List.copyOf(ask));
            List<Vpc> vpcs = network.vpcs.stream().map(v -> {
                Boolean[] values = dns.get(v.vpcId());
                return values == null ? v : new Vpc(v.vpcId(), v.cidrBlock(), values[0], values[1], v.tags());
            }).toList();
            step(TEXT.get("step.done"), 0);
            return withoutDns.withVpcs(vpcs).withProblems(List.copyOf(problems));
        }

        /**
         * Every GetConnections page (HidePassword: passwords never reach us); empty when the listing
         * is denied, and the connections are then read by name.
         */
        private Optional<List<GetConnectionsResponse>> allConnectionPages() {
            try {
                return Optional.of(pages("glue:GetConnections", token -> clients.glue().getConnections(
                        r -> r.hidePassword(true).maxResults(GLUE_PAGE_SIZE).nextToken(token)),
                        GetConnectionsResponse::nextToken));
            } catch (AwsServiceException e) {
                if (AwsErrors.isAccessDenied(e)) {
                    LOG.info("glue:GetConnections denied ({}); reading connections one by one", AwsErrors.errorCode(e));
                    return Optional.empty();
                }
                throw AwsErrors.toLoadException(e, "glue:GetConnections");
            }
        }

        /** The scan's network hops: every call of a hop (each id chunk one call) submitted at once. */
        private Network scanNetwork(List<GlueConnection> connections) {
            List<String> subnetIds = connections.stream().map(GlueConnection::subnetId)
                    .filter(x -> x != null && !x.isBlank()).distinct().toList();
            List<String> groupIds = connections.stream().flatMap(c -> c.securityGroupIds().stream())
                    .filter(x -> x != null && !x.isBlank()).distinct().toList();
            Network n = new Network();
            n.zones = await(zonesAhead, "ec2:DescribeAvailabilityZones");
            if (subnetIds.isEmpty() && groupIds.isEmpty()) {
                return n;
            }
            step(TEXT.get("step.readingSubnetsAndGroups"), 0);
            Ec2Client ec2 = clients.ec2();
            Future<List<SecurityGroup>> groups = chunked("ec2:DescribeSecurityGroups", groupIds, FILTER_VALUES_PER_CALL,
                    (ids, token) -> ec2.describeSecurityGroups(r -> r.filters(filter("group-id", ids))
                            .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                    DescribeSecurityGroupsResponse::nextToken, p -> p.securityGroups().stream()
                            .peek(g -> noteOwner(g.ownerId())).map(AwsModelMapping::securityGroup).toList());
            // Filters, not SubnetIds: a deleted subnet is left out instead of failing the call.
            Future<List<Subnet>> connectionSubnets = chunked("ec2:DescribeSubnets", subnetIds, FILTER_VALUES_PER_CALL,
                    (ids, token) -> ec2.describeSubnets(r -> r.filters(filter("subnet-id", ids))
                            .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                    DescribeSubnetsResponse::nextToken, p -> p.subnets().stream()
                            .peek(x -> noteOwner(x.ownerId())).map(AwsModelMapping::subnet).toList());
            List<Subnet> first = await(connectionSubnets, "ec2:DescribeSubnets");
            List<String> vpcIds = first.stream().map(Subnet::vpcId).filter(Objects::nonNull).distinct().toList();
            n.subnets = first;
            if (!vpcIds.isEmpty()) {
                step(TEXT.get("step.readingVpcs", vpcIds.size()), 0);
                Future<List<Subnet>> all = chunked("ec2:DescribeSubnets", vpcIds, SUBNET_VPCS_PER_CALL,
                        (ids, token) -> ec2.describeSubnets(r -> r.filters(filter("vpc-id", ids))
                                .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                        DescribeSubnetsResponse::nextToken, p -> p.subnets().stream().map(AwsModelMapping::subnet).toList());
                Future<List<software.amazon.awssdk.services.ec2.model.Vpc>> vpcs = chunked("ec2:DescribeVpcs", vpcIds,
                        FILTER_VALUES_PER_CALL, (ids, token) -> ec2.describeVpcs(r -> r.filters(filter("vpc-id", ids))
                                .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                        DescribeVpcsResponse::nextToken, DescribeVpcsResponse::vpcs);
                Future<List<RouteTable>> tables = chunked("ec2:DescribeRouteTables", vpcIds, ROUTE_TABLE_VPCS_PER_CALL,
                        (ids, token) -> ec2.describeRouteTables(r -> r.filters(filter("vpc-id", ids))
                                .maxResults(ROUTE_TABLE_PAGE_SIZE).nextToken(token)),
                        DescribeRouteTablesResponse::nextToken,
                        p -> p.routeTables().stream().map(AwsModelMapping::routeTable).toList());
                Future<List<NatGateway>> nats = chunked("ec2:DescribeNatGateways", vpcIds, FILTER_VALUES_PER_CALL,
                        (ids, token) -> ec2.describeNatGateways(r -> r.filter(filter("vpc-id", ids))
                                .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                        DescribeNatGatewaysResponse::nextToken,
                        p -> p.natGateways().stream().map(AwsModelMapping::natGateway).toList());
                Future<List<VpcEndpoint>> endpoints = chunked("ec2:DescribeVpcEndpoints", vpcIds, FILTER_VALUES_PER_CALL,
                        (ids, token) -> ec2.describeVpcEndpoints(r -> r.filters(filter("vpc-id", ids))
                                .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                        DescribeVpcEndpointsResponse::nextToken,
                        p -> p.vpcEndpoints().stream().map(AwsModelMapping::vpcEndpoint).toList());
                Future<List<InternetGateway>> gateways = chunked("ec2:DescribeInternetGateways", vpcIds,
                        FILTER_VALUES_PER_CALL, (ids, token) -> ec2.describeInternetGateways(r -> r.filters(
                                filter("attachment.vpc-id", ids)).maxResults(EC2_PAGE_SIZE).nextToken(token)),
                        DescribeInternetGatewaysResponse::nextToken,
                        p -> p.internetGateways().stream().map(AwsModelMapping::internetGateway).toList());
                // The DNS attributes come later, for the VPCs where they can decide something.
                n.vpcs = await(vpcs, "ec2:DescribeVpcs").stream().peek(v -> noteOwner(v.ownerId()))
                        .map(v -> AwsModelMapping.vpc(v, null, null)).toList();
                Map<String, Subnet> subnets = new LinkedHashMap<>();
                first.forEach(x -> subnets.put(x.subnetId(), x));
                await(all, "ec2:DescribeSubnets").forEach(x -> subnets.putIfAbsent(x.subnetId(), x));
                n.subnets = List.copyOf(subnets.values());
                n.routeTables = await(tables, "ec2:DescribeRouteTables");
                n.natGateways = await(nats, "ec2:DescribeNatGateways");
                n.endpoints = await(endpoints, "ec2:DescribeVpcEndpoints");
                n.internetGateways = await(gateways, "ec2:DescribeInternetGateways");
            }
            n.securityGroups = await(groups, "ec2:DescribeSecurityGroups");
            return n;
        }

        /**
         * One describe over many ids: one task per chunk (each following its NextToken), all submitted
         * now, joined by the returned future's caller. A refused chunk records one problem for the
         * whole action (as a refused call does) and gives nothing.
         */
        private <R, T> Future<List<T>> chunked(String action, List<String> ids, int perCall,
                java.util.function.BiFunction<List<String>, String, R> page, Function<R, String> next,
                Function<R, List<T>> items) {
            if (ids.isEmpty()) {
                return java.util.concurrent.CompletableFuture.completedFuture(List.of());
            }
            List<List<String>> chunks = AwsModelMapping.chunks(ids, perCall);
            planned.addAndGet(chunks.size());
            java.util.concurrent.atomic.AtomicBoolean refused = new java.util.concurrent.atomic.AtomicBoolean();
            List<Future<List<T>>> parts = chunks.stream().map(chunk -> submit(() -> {
                try {
                    return pages(action, token -> page.apply(chunk, token), next).stream()
                            .flatMap(r -> items.apply(r).stream()).toList();
                } catch (AwsServiceException e) {
                    if (refused.compareAndSet(false, true)) {
                        problem(action, e, List.of());
                    }
                    return List.<T>of();
                }
            })).toList();
            return new Joined<>(parts, action);
        }

        /** The chunks' results in order, awaited with the load's cancellation. */
        private final class Joined<T> implements Future<List<T>> {
            private final List<Future<List<T>>> parts;
            private final String action;

            Joined(List<Future<List<T>>> parts, String action) {
                this.parts = parts;
                this.action = action;
            }

            @Override
            public List<T> get() {
                List<T> out = new ArrayList<>();
                awaitAll(parts, action).forEach(out::addAll);
                return out;
            }

            @Override
            public List<T> get(long timeout, TimeUnit unit) {
                return get();
            }

            @Override
            public boolean cancel(boolean mayInterrupt) {
                parts.forEach(p -> p.cancel(mayInterrupt));
                return true;
            }

            @Override
            public boolean isCancelled() {
                return parts.stream().allMatch(Future::isCancelled);
            }

            @Override
            public boolean isDone() {
                return parts.stream().allMatch(Future::isDone);
            }
        }

        /**
         * Both DNS attributes of each VPC, at most {@link #DNS_ATTRIBUTE_READS_AT_ONCE} calls at once;
         * a VPC whose attribute cannot be read keeps null there, with a problem naming it.
         */
        private Map<String, Boolean[]> dnsAttributes(List<String> vpcIds) {
            if (vpcIds.isEmpty()) {
                return Map.of();
            }
            step(TEXT.get("step.readingDnsAttributes", vpcIds.size()), 2 * vpcIds.size());
            ExecutorService reads = Executors.newFixedThreadPool(Math.min(DNS_ATTRIBUTE_READS_AT_ONCE,
                    2 * vpcIds.size()), r -> {
                        Thread t = new Thread(r, "aws-load-dns");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                Map<String, Future<Boolean>> support = new LinkedHashMap<>();
                Map<String, Future<Boolean>> hostnames = new LinkedHashMap<>();
                for (String vpcId : vpcIds) {
                    checkCancelled();
                    support.put(vpcId, reads.submit(() -> vpcAttribute(vpcId, VpcAttributeName.ENABLE_DNS_SUPPORT)));
                    hostnames.put(vpcId, reads.submit(() -> vpcAttribute(vpcId, VpcAttributeName.ENABLE_DNS_HOSTNAMES)));
                }
                Map<String, Boolean[]> out = new LinkedHashMap<>();
                for (String vpcId : vpcIds) {
                    out.put(vpcId, new Boolean[] {await(support.get(vpcId), "ec2:DescribeVpcAttribute"),
                        await(hostnames.get(vpcId), "ec2:DescribeVpcAttribute")});
                }
                return out;
            } finally {
                reads.shutdownNow();
            }
        }

        // ---- the jobs' roles ----------------------------------------------------------------

        /**
         * One simulation per distinct role of the jobs that name a connection (a job without one does
         * not run in a VPC, so its role's EC2 rights decide nothing). A role given by name costs a
         * GetRole first, which runs beside DescribeSubnets; the simulation then runs beside the
         * VPC-scoped describes, so neither adds a round trip to the load.
         */
        private List<Future<List<RolePermission>>> roleChecks(List<GlueJob> jobs) {
            List<String> roles = jobs.stream().filter(j -> !j.connectionNames().isEmpty())
                    .map(GlueJob::role).filter(r -> r != null && !r.isBlank()).distinct().toList();
            if (roles.isEmpty()) {
                return List.of();
            }
            planned.addAndGet(roles.stream().mapToInt(r -> isArn(r) ? 1 : 2).sum());
            report();
            return roles.stream().map(role -> submit(() -> rolePermissions(role))).toList();
        }

        /** What IAM says the role may do; empty, with a problem naming the role, when IAM would not say. */
        private List<RolePermission> rolePermissions(String role) {
            String arn = role;
            if (!isArn(role)) {
                try {
                    arn = call("iam:GetRole",
                            () -> clients.iam().getRole(r -> r.roleName(roleName(role))).role().arn());
                } catch (AwsServiceException | AwsLoadException e) {
                    planned.decrementAndGet(); // the simulation planned after it will not be sent
                    // The engine looks for one action, the simulation's; the message says GetRole is
                    // what failed, since that is then the permission to grant.
                    return roleProblem(role, e, "iam:GetRole failed for role '" + role + "' (needed for its ARN): ");
                }
                if (arn == null || arn.isBlank()) {
                    planned.decrementAndGet();
                    problems.add(new LoadProblem(SIMULATE_ACTION, "NoRoleArn",
                            "iam:GetRole gave no ARN for role '" + role + "': nothing to simulate", List.of(role)));
                    return List.of();
                }
            }
            String source = arn;
            try {
                List<SimulatePrincipalPolicyResponse> pages = pages(SIMULATE_ACTION,
                        marker -> clients.iam().simulatePrincipalPolicy(r -> r.policySourceArn(source)
                                .actionNames(ROLE_ACTIONS).marker(marker)),
                        r -> Boolean.TRUE.equals(r.isTruncated()) ? r.marker() : null);
                return AwsModelMapping.rolePermissions(role, ROLE_ACTIONS,
                        pages.stream().flatMap(p -> p.evaluationResults().stream()).toList());
            } catch (AwsServiceException | AwsLoadException e) {
                return roleProblem(role, e, "");
            }
        }

        /**
         * Records that what the role may do stays unknown. AWS's refusals and errors, an unreachable IAM
         * endpoint (it is another host than EC2's and Glue's) or an answer the SDK cannot read only cost
         * the role checks; bad credentials, a refused write or a cancel still stop the load.
         */
        private List<RolePermission> roleProblem(String role, RuntimeException e, String prefix) {
            String code;
            String message;
            if (e instanceof AwsServiceException se) {
                code = AwsErrors.errorCode(se);
                message = AwsErrors.errorMessage(se);
            } else if (e instanceof AwsLoadException le && (le.reason() == AwsLoadException.Reason.NETWORK
                    || le.reason() == AwsLoadException.Reason.AWS_ERROR)) {
                code = le.reason() == AwsLoadException.Reason.NETWORK ? "EndpointUnreachable" : "UnreadableAnswer";
                message = le.getMessage();
            } else {
                throw e;
            }
            LOG.info("Role simulation for {} failed with {}; recorded as a load problem", role, code);
            problems.add(new LoadProblem(SIMULATE_ACTION, code, prefix + message, List.of(role)));
            return List.of();
        }

        // ---- connections --------------------------------------------------------------------

        private List<GlueConnection> connections(List<String> names) {
            if (names.isEmpty()) {
                return List.of();
            }
            Optional<GetConnectionsResponse> first = firstConnectionsPage();
            boolean complete = first.map(p -> p.nextToken() == null || p.nextToken().isEmpty()).orElse(false);
            Map<String, GlueConnection> byName = complete ? fromPages(names, List.of(first.get()))
                    : names.size() > options.maxConnectionReadsPerName()
                            ? connectionsByListing(names, first).orElseGet(() -> connectionsByName(names))
                            : connectionsByName(names);
            // Keep the jobs' order; a name that could not be read is simply absent (its problem says why).
            return names.stream().map(byName::get).filter(Objects::nonNull).toList();
        }

        private Map<String, GlueConnection> connectionsByName(List<String> names) {
            step(TEXT.get("step.readingConnections", names.size()), names.size());
            List<Future<Optional<GlueConnection>>> futures = names.stream()
                    .map(name -> submit(() -> connection(name))).toList();
            Map<String, GlueConnection> byName = new LinkedHashMap<>();
            awaitAll(futures, "glue:GetConnection").forEach(c -> c.ifPresent(x -> byName.put(x.name(), x)));
            return byName;
        }

        private Optional<GlueConnection> connection(String name) {
            try {
                // HidePassword: the password is never sent to us, so it cannot leak from here.
                Connection c = call("glue:GetConnection",
                        () -> clients.glue().getConnection(r -> r.name(name).hidePassword(true)).connection());
                return Optional.of(AwsModelMapping.connection(c));
            } catch (AwsServiceException e) {
                if (e instanceof EntityNotFoundException || AwsErrors.isAccessDenied(e)) {
                    problem("glue:GetConnection", e, List.of(name));
                    return Optional.empty();
                }
                throw e;
            }
        }

        /**
         * One paginated GetConnections, continuing after the page asked ahead when there is one;
         * empty when that call is denied (then read by name).
         */
        private Optional<Map<String, GlueConnection>> connectionsByListing(List<String> names,
                Optional<GetConnectionsResponse> first) {
            step(TEXT.get("step.listingConnections", names.size()), 1);
            List<GetConnectionsResponse> pages = new ArrayList<>();
            try {
                first.ifPresent(pages::add);
                String after = first.map(GetConnectionsResponse::nextToken).orElse(null);
                if (first.isEmpty() || after != null && !after.isEmpty()) {
                    pages.addAll(pages("glue:GetConnections", after, token -> clients.glue().getConnections(
                            r -> r.hidePassword(true).maxResults(GLUE_PAGE_SIZE).nextToken(token)),
                            GetConnectionsResponse::nextToken));
                }
            } catch (AwsServiceException e) {
                if (AwsErrors.isAccessDenied(e)) {
                    LOG.info("glue:GetConnections denied ({}); reading connections one by one",
                            AwsErrors.errorCode(e));
                    return Optional.empty();
                }
                throw AwsErrors.toLoadException(e, "glue:GetConnections");
            }
            return Optional.of(fromPages(names, pages));
        }

        /** The named connections out of complete GetConnections pages; a name not there does not exist. */
        private Map<String, GlueConnection> fromPages(List<String> names, List<GetConnectionsResponse> pages) {
            Set<String> wanted = Set.copyOf(names);
            Map<String, GlueConnection> byName = new LinkedHashMap<>();
            pages.stream().flatMap(p -> p.connectionList().stream())
                    .filter(c -> wanted.contains(c.name()))
                    .forEach(c -> byName.put(c.name(), AwsModelMapping.connection(c)));
            for (String name : names) {
                if (!byName.containsKey(name)) {
                    problems.add(new LoadProblem("glue:GetConnection", "EntityNotFoundException",
                            "Connection '" + name + "' not found", List.of(name)));
                }
            }
            return byName;
        }

        // ---- network ------------------------------------------------------------------------

        private Network network(List<GlueConnection> connections) {
            List<String> subnetIds = connections.stream().map(GlueConnection::subnetId)
                    .filter(s -> s != null && !s.isBlank()).distinct().toList();
            List<String> groupIds = connections.stream().flatMap(c -> c.securityGroupIds().stream())
                    .filter(s -> s != null && !s.isBlank()).distinct().toList();
            Network n = new Network();
            if (subnetIds.isEmpty() && groupIds.isEmpty()) {
                return n;
            }
            step(TEXT.get("step.readingNetwork"), 3);
            Ec2Client ec2 = clients.ec2();
            Future<List<SecurityGroup>> groups = submit(() -> tolerant("ec2:DescribeSecurityGroups",
                    () -> byIdFilter(groupIds, "group-id", "ec2:DescribeSecurityGroups", (ids, token) ->
                            ec2.describeSecurityGroups(r -> r.filters(filter("group-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeSecurityGroupsResponse::nextToken).stream()
                            .flatMap(p -> p.securityGroups().stream())
                            .peek(g -> noteOwner(g.ownerId()))
                            .map(AwsModelMapping::securityGroup).toList(),
                    List.of()));
            Future<List<AvailabilityZone>> zones = zonesAhead != null ? zonesAhead : submitZones();
            // Filters, not SubnetIds: a SubnetIds list fails whole with InvalidSubnetID.NotFound
            // when one subnet was deleted; a filter just leaves it out (the engine says SUBNET_INVALID).
            n.subnets = tolerant("ec2:DescribeSubnets",
                    () -> byIdFilter(subnetIds, "subnet-id", "ec2:DescribeSubnets", (ids, token) ->
                            ec2.describeSubnets(r -> r.filters(filter("subnet-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeSubnetsResponse::nextToken).stream()
                            .flatMap(p -> p.subnets().stream())
                            .peek(s -> noteOwner(s.ownerId()))
                            .map(AwsModelMapping::subnet).toList(),
                    List.of());
            List<String> vpcIds = n.subnets.stream().map(Subnet::vpcId).filter(Objects::nonNull).distinct().toList();
            VpcScope scope = vpcIds.isEmpty() ? null : vpcScope(vpcIds);
            n.securityGroups = await(groups, "ec2:DescribeSecurityGroups");
            n.zones = await(zones, "ec2:DescribeAvailabilityZones");
            if (scope != null) {
                List<DescribeVpcsResponse> vpcPages = await(scope.vpcs, "ec2:DescribeVpcs");
                Map<String, Boolean> dnsSupport = awaitAttributes(scope.dnsSupport);
                Map<String, Boolean> dnsHostnames = awaitAttributes(scope.dnsHostnames);
                n.vpcs = vpcPages.stream().flatMap(p -> p.vpcs().stream())
                        .peek(v -> noteOwner(v.ownerId()))
                        .map(v -> AwsModelMapping.vpc(v, dnsSupport.get(v.vpcId()), dnsHostnames.get(v.vpcId())))
                        .toList();
                Map<String, Subnet> subnets = new LinkedHashMap<>();
                n.subnets.forEach(x -> subnets.put(x.subnetId(), x));
                await(scope.subnets, "ec2:DescribeSubnets").forEach(x -> subnets.putIfAbsent(x.subnetId(), x));
                n.subnets = List.copyOf(subnets.values());
                n.routeTables = await(scope.routeTables, "ec2:DescribeRouteTables");
                n.natGateways = await(scope.natGateways, "ec2:DescribeNatGateways");
                n.endpoints = await(scope.endpoints, "ec2:DescribeVpcEndpoints");
                n.internetGateways = await(scope.internetGateways, "ec2:DescribeInternetGateways");
            }
            return n;
        }

        private VpcScope vpcScope(List<String> vpcIds) {
            step(TEXT.get("step.readingVpcs", vpcIds.size()), 6 + 2 * vpcIds.size());
            Ec2Client ec2 = clients.ec2();
            VpcScope s = new VpcScope();
            // All subnets of these VPCs, not only the connections': the engine needs the subnet (and
            // so the AZ) a NAT gateway sits in for NAT_IN_FAILED_AZ, and the diagram shows the VPC whole.
            // Same hop as the other VPC-scoped calls, so it costs one call and no waiting.
            s.subnets = submit(() -> tolerant("ec2:DescribeSubnets",
                    () -> byIdFilter(vpcIds, "vpc-id", "ec2:DescribeSubnets", (ids, token) ->
                            ec2.describeSubnets(r -> r.filters(filter("vpc-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeSubnetsResponse::nextToken).stream()
                            .flatMap(p -> p.subnets().stream()).map(AwsModelMapping::subnet).toList(),
                    List.of()));
            s.vpcs = submit(() -> tolerant("ec2:DescribeVpcs",
                    () -> byIdFilter(vpcIds, "vpc-id", "ec2:DescribeVpcs", (ids, token) ->
                            ec2.describeVpcs(r -> r.filters(filter("vpc-id", ids)).maxResults(EC2_PAGE_SIZE)
                                    .nextToken(token)), DescribeVpcsResponse::nextToken),
                    List.of()));
            s.routeTables = submit(() -> tolerant("ec2:DescribeRouteTables",
                    () -> byIdFilter(vpcIds, "vpc-id", "ec2:DescribeRouteTables", (ids, token) ->
                            ec2.describeRouteTables(r -> r.filters(filter("vpc-id", ids))
                                    .maxResults(ROUTE_TABLE_PAGE_SIZE).nextToken(token)),
                            DescribeRouteTablesResponse::nextToken).stream()
                            .flatMap(p -> p.routeTables().stream()).map(AwsModelMapping::routeTable).toList(),
                    List.of()));
            s.natGateways = submit(() -> tolerant("ec2:DescribeNatGateways",
                    () -> byIdFilter(vpcIds, "vpc-id", "ec2:DescribeNatGateways", (ids, token) ->
                            ec2.describeNatGateways(r -> r.filter(filter("vpc-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeNatGatewaysResponse::nextToken).stream()
                            .flatMap(p -> p.natGateways().stream()).map(AwsModelMapping::natGateway).toList(),
                    List.of()));
            s.endpoints = submit(() -> tolerant("ec2:DescribeVpcEndpoints",
                    () -> byIdFilter(vpcIds, "vpc-id", "ec2:DescribeVpcEndpoints", (ids, token) ->
                            ec2.describeVpcEndpoints(r -> r.filters(filter("vpc-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeVpcEndpointsResponse::nextToken).stream()
                            .flatMap(p -> p.vpcEndpoints().stream()).map(AwsModelMapping::vpcEndpoint).toList(),
                    List.of()));
            s.internetGateways = submit(() -> tolerant("ec2:DescribeInternetGateways",
                    () -> byIdFilter(vpcIds, "attachment.vpc-id", "ec2:DescribeInternetGateways", (ids, token) ->
                            ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", ids))
                                    .maxResults(EC2_PAGE_SIZE).nextToken(token)),
                            DescribeInternetGatewaysResponse::nextToken).stream()
                            .flatMap(p -> p.internetGateways().stream()).map(AwsModelMapping::internetGateway)
                            .toList(),
                    List.of()));
            for (String vpcId : vpcIds) {
                s.dnsSupport.put(vpcId, submit(() -> vpcAttribute(vpcId, VpcAttributeName.ENABLE_DNS_SUPPORT)));
                s.dnsHostnames.put(vpcId, submit(() -> vpcAttribute(vpcId, VpcAttributeName.ENABLE_DNS_HOSTNAMES)));
            }
            return s;
        }

        /** One DNS attribute of one VPC; null (unknown) when denied or the VPC is gone. */
        private Boolean vpcAttribute(String vpcId, VpcAttributeName attribute) {
            try {
                DescribeVpcAttributeResponse r = call("ec2:DescribeVpcAttribute",
                        () -> clients.ec2().describeVpcAttribute(b -> b.vpcId(vpcId).attribute(attribute)));
                var value = attribute == VpcAttributeName.ENABLE_DNS_SUPPORT ? r.enableDnsSupport()
                        : r.enableDnsHostnames();
                return value == null ? null : value.value();
            } catch (AwsServiceException e) {
                if (AwsErrors.errorCode(e).startsWith("InvalidVpcID")) {
                    return null;
                }
                problem("ec2:DescribeVpcAttribute", e, List.of(vpcId));
                return null;
            }
        }

        private Map<String, Boolean> awaitAttributes(Map<String, Future<Boolean>> futures) {
            Map<String, Boolean> values = new LinkedHashMap<>();
            futures.forEach((vpcId, f) -> values.put(vpcId, await(f, "ec2:DescribeVpcAttribute")));
            return values;
        }

        // ---- calls, pages, problems -------------------------------------------------------

        /** Runs a describe; if AWS refuses or fails it, records a problem and returns {@code fallback}. */
        private <T> T tolerant(String action, Supplier<T> read, T fallback) {
            try {
                return read.get();
            } catch (AwsServiceException e) {
                // The whole call failed: the problem concerns every resource (empty id list).
                problem(action, e, List.of());
                return fallback;
            }
        }

        private void problem(String action, AwsServiceException e, List<String> resourceIds) {
            String code = AwsErrors.errorCode(e);
            LOG.info("{} failed with {} for {}; recorded as a load problem", action, code,
                    resourceIds.isEmpty() ? "all resources" : resourceIds);
            problems.add(new LoadProblem(action, code, AwsErrors.errorMessage(e), resourceIds));
        }

        /** Pages over every chunk of ids (EC2 filter value limit). */
        private <R> List<R> byIdFilter(List<String> ids, String filterName, String action,
                java.util.function.BiFunction<List<String>, String, R> page, Function<R, String> next) {
            List<R> out = new ArrayList<>();
            List<List<String>> chunks = AwsModelMapping.chunks(ids, FILTER_VALUES_PER_CALL);
            planned.addAndGet(chunks.size() - 1);
            for (List<String> chunk : chunks) {
                out.addAll(pages(action, token -> page.apply(chunk, token), next));
            }
            LOG.debug("{} by {} over {} ids: {} pages", action, filterName, ids.size(), out.size());
            return out;
        }

        /** Follows NextToken to the end; each page is one call (and one more planned call). */
        private <R> List<R> pages(String action, Function<String, R> page, Function<R, String> next) {
            return pages(action, null, page, next);
        }

        /** The same, starting after a page already read ({@code startToken}; null: from the first page). */
        private <R> List<R> pages(String action, String startToken, Function<String, R> page, Function<R, String> next) {
            List<R> out = new ArrayList<>();
            String token = startToken;
            do {
                String current = token;
                R response = call(action, () -> page.apply(current));
                out.add(response);
                token = next.apply(response);
                if (token != null && !token.isEmpty()) {
                    planned.incrementAndGet();
                    report();
                }
            } while (token != null && !token.isEmpty());
            return out;
        }

        private <T> T call(String action, Supplier<T> request) {
            checkCancelled();
            try {
                return request.get();
            } catch (AwsServiceException e) {
                throw e; // the caller decides: a LoadProblem, or a failed load
            } catch (CancellationException | AwsLoadException e) {
                throw e;
            } catch (RuntimeException e) {
                // Credentials, network, the read-only guard: nothing further can be read.
                throw AwsErrors.toLoadException(e, action);
            } finally {
                done.incrementAndGet();
                report();
            }
        }

        private void step(String description, int moreCalls) {
            step = description;
            planned.addAndGet(moreCalls);
            LOG.debug("{}", description);
            report();
        }

        private synchronized void report() {
            progress.update(new LoadStatus(done.get(), Math.max(planned.get(), done.get()), step));
        }

        private void checkCancelled() {
            if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("AWS load cancelled");
            }
        }

        private <T> Future<T> submit(Callable<T> task) {
            checkCancelled();
            return pool.submit(task);
        }

        private <T> List<T> awaitAll(List<Future<T>> futures, String action) {
            List<T> out = new ArrayList<>();
            try {
                for (Future<T> f : futures) {
                    out.add(await(f, action));
                }
                return out;
            } catch (RuntimeException e) {
                futures.forEach(f -> f.cancel(true));
                throw e;
            }
        }

        /**
         * Waits for one call, polling the cancellation signal so a cancel returns at once even
         * while a slow call is still in flight; failures become {@link AwsLoadException}s.
         */
        private <T> T await(Future<T> future, String action) {
            while (true) {
                if (cancel.isCancelled()) {
                    future.cancel(true);
                    throw new CancellationException("AWS load cancelled");
                }
                try {
                    return future.get(25, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll the signal again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                    throw new CancellationException("AWS load interrupted");
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof CancellationException ce) {
                        throw ce;
                    }
                    throw AwsErrors.toLoadException(cause, action);
                }
            }
        }
    }

    private static Filter filter(String name, List<String> values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static boolean isArn(String role) {
        return role.startsWith("arn:");
    }

    /** GetRole takes the bare name; a job may name its role with its path ({@code service-role/x}). */
    static String roleName(String role) {
        return role.substring(role.lastIndexOf('/') + 1);
    }

    /** What the network hops found; filled in by one thread. */
    private static final class Network {
        List<AvailabilityZone> zones = List.of();
        List<Vpc> vpcs = List.of();
        List<Subnet> subnets = List.of();
        List<RouteTable> routeTables = List.of();
        List<NatGateway> natGateways = List.of();
        List<InternetGateway> internetGateways = List.of();
        List<VpcEndpoint> endpoints = List.of();
        List<SecurityGroup> securityGroups = List.of();
    }

    /** The VPC-scoped calls in flight. */
    private static final class VpcScope {
        Future<List<Subnet>> subnets;
        Future<List<DescribeVpcsResponse>> vpcs;
        Future<List<RouteTable>> routeTables;
        Future<List<NatGateway>> natGateways;
        Future<List<VpcEndpoint>> endpoints;
        Future<List<InternetGateway>> internetGateways;
        final Map<String, Future<Boolean>> dnsSupport = new LinkedHashMap<>();
        final Map<String, Future<Boolean>> dnsHostnames = new LinkedHashMap<>();
    }
}
