package dev.gluefailover.aws;

import dev.gluefailover.model.Region;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Reads every Glue job of many accounts and regions, read-only: per target one
 * {@link GlueNetworkLoader#loadAllJobs} (paginated GetJobs and GetConnections, and one shared set
 * of EC2 describes for all the jobs' subnets and VPCs, so the calls grow with pages and VPCs, not
 * with jobs). Targets run in parallel, at most {@code parallelTargets} at once; each role is
 * assumed once per account and reused for its regions.
 *
 * <p>A target that cannot be read at all (the role cannot be assumed, GetJobs refused, the endpoint
 * unreachable) becomes a failed {@link ScanOutcome} and the scan goes on; what one target cannot
 * describe degrades its jobs' checks to UNKNOWN with the AWS error code (the loader's
 * {@code LoadProblem}s). Only a cancel, a refused write or missing credentials end the scan.
 */
public final class AccountScan {
    private static final Logger LOG = LoggerFactory.getLogger(AccountScan.class);

    private final ScanClients clients;
    private final int parallelTargets;

    public AccountScan(ScanClients clients, int parallelTargets) {
        this.clients = Objects.requireNonNull(clients, "clients");
        if (parallelTargets < 1) {
            throw new IllegalArgumentException("parallelTargets must be at least 1");
        }
        this.parallelTargets = parallelTargets;
    }

    /** How one target's snapshot is read once its clients are open. */
    private interface TargetLoad {
        Snapshot load(AwsClients clients, ScanTarget target, java.util.function.Supplier<String> account,
                LoadProgress progress,
                CancellationSignal cancel);
    }

    /**
     * Scans the targets with the EC2 describes of each, reading the DNS attributes of every VPC the
     * jobs' connections are in; the outcomes come back in the targets' order.
     */
    public List<ScanOutcome> scan(List<ScanTarget> targets, ScanProgress progress, CancellationSignal cancel) {
        return scan(targets, GlueNetworkLoader.DnsAttributesNeeded.everyVpc(), progress, cancel);
    }

    /**
     * The same, reading the DNS attributes only of the VPCs {@code dnsNeeded} names for each target's
     * snapshot (see {@link GlueNetworkLoader#scanAllJobs}).
     */
    public List<ScanOutcome> scan(List<ScanTarget> targets, GlueNetworkLoader.DnsAttributesNeeded dnsNeeded,
            ScanProgress progress, CancellationSignal cancel) {
        return scan(targets, (c, target, account, p, signal) -> new GlueNetworkLoader(c).scanAllJobs(p, signal,
                dnsNeeded), progress, cancel);
    }

    /**
     * Scans with the network of every account and region from an AWS Config aggregator (one paginated
     * advanced query, with the profile's credentials in the aggregator's region). Without targets, every
     * account and region the aggregator records is scanned through {@code roleName}; a target without an
     * account id is the profile's own account (sts:GetCallerIdentity).
     *
     * @param regions only these regions (the query's {@code WHERE ... awsRegion IN (...)}); empty: every
     *                region the aggregator records
     * @throws AwsLoadException when the aggregator cannot be read (nothing to scan without it)
     */
    public List<ScanOutcome> scanWithConfig(String aggregator, String profile, String aggregatorRegion,
            List<String> regions, List<ScanTarget> targets, String roleName, ScanProgress progress,
            CancellationSignal cancel) {
        return scanWithConfig(aggregator, profile, aggregatorRegion, regions, targets, roleName,
                GlueNetworkLoader.DnsAttributesNeeded.everyVpc(), progress, cancel);
    }

    /** The same, reading the DNS attributes (Config does not record them) only of the VPCs {@code dnsNeeded} names. */
    public List<ScanOutcome> scanWithConfig(String aggregator, String profile, String aggregatorRegion,
            List<String> regions, List<ScanTarget> targets, String roleName,
            GlueNetworkLoader.DnsAttributesNeeded dnsNeeded, ScanProgress progress, CancellationSignal cancel) {
        Map<String, ScanConfigInventory.Network> inventory;
        try (var config = clients.config(profile, aggregatorRegion)) {
            inventory = ScanConfigInventory.read(config, aggregator, regions, cancel);
        } catch (AwsServiceException e) {
            throw AwsErrors.toLoadException(e, "config:SelectAggregateResourceConfig");
        }
        List<ScanTarget> effective = new ArrayList<>();
        if (targets.isEmpty()) {
            if (roleName == null) {
                throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS, "--config-aggregator without "
                        + "--accounts needs --role-name: the role to read each account's Glue jobs through");
            }
            inventory.values().forEach(n -> effective.add(ScanTarget.assumeRole(profile, n.region(), n.accountId(),
                    roleName)));
        } else {
            targets.stream().filter(t -> regions.isEmpty() || t.region() == null || regions.contains(t.region()))
                    .forEach(effective::add);
        }
        return scan(effective, (c, target, account, p, signal) -> {
            String id = account.get();
            ScanConfigInventory.Network network = inventory.getOrDefault(id + "/" + c.region(),
                    new ScanConfigInventory.Network(id, c.region(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), List.of(), List.of()));
            return new ScanConfigLoad(c, java.time.Clock.systemUTC()).load(id, network, dnsNeeded, p, signal);
        }, progress, cancel);
    }

    private List<ScanOutcome> scan(List<ScanTarget> targets, TargetLoad load, ScanProgress progress,
            CancellationSignal cancel) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelTargets, Math.max(1, targets.size())),
                r -> {
                    Thread t = new Thread(r, "aws-scan-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        Map<String, CompletableFuture<AwsCredentialsProvider>> roles = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<ScanOutcome>> futures = new ArrayList<>();
            for (ScanTarget target : targets) {
                futures.add(pool.submit(() -> {
                    try {
                        return scanOne(target, load, roles, (label, status) -> progress.update(done.get(), targets.size(),
                                label, status), cancel);
                    } finally {
                        progress.update(done.incrementAndGet(), targets.size(), target.label(),
                                new LoadStatus(0, 0, GlueNetworkLoader.TEXT.get("step.done")));
                    }
                }));
            }
            List<ScanOutcome> out = new ArrayList<>();
            for (Future<ScanOutcome> f : futures) {
                out.add(await(f, cancel));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface TargetProgress {
        void update(String label, LoadStatus status);
    }

    private ScanOutcome scanOne(ScanTarget target, TargetLoad load, Map<String, CompletableFuture<AwsCredentialsProvider>> roles,
            TargetProgress progress, CancellationSignal cancel) {
        if (cancel.isCancelled()) {
            throw new CancellationException("scan cancelled");
        }
        String region = target.region();
        String label = target.label();
        try {
            if (region == null) {
                region = clients.resolveRegion(target.profile(), null);
            }
            AwsCredentialsProvider credentials = null;
            if (target.roleName() != null) {
                String regionName = region;
                String arn = target.roleArn(regionName);
                CompletableFuture<AwsCredentialsProvider> mine = new CompletableFuture<>();
                CompletableFuture<AwsCredentialsProvider> role = roles.putIfAbsent(arn, mine);
                // The first target of an account assumes the role; the account's other regions wait for it.
                if (role == null) {
                    role = mine;
                    try {
                        mine.complete(clients.assumeRole(target.profile(), regionName, arn));
                    } catch (RuntimeException e) {
                        mine.completeExceptionally(e);
                    }
                }
                credentials = joined(role);
            }
            String where = label + "/" + region;
            try (AwsClients c = clients.open(target.profile(), region, credentials)) {
                String profile = target.profile();
                String regionName = c.region();
                Snapshot s = load.load(c, target, () -> target.accountId() != null ? target.accountId()
                        : clients.callerAccount(profile, regionName), status -> progress.update(where, status), cancel);
                String account = target.accountId() != null ? target.accountId()
                        : s.region().accountId() != null ? s.region().accountId() : label;
                if (s.region().accountId() == null && target.accountId() != null) {
                    s = new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), new Region(s.region().name(),
                            target.accountId()), s.availabilityZones(), s.vpcs(), s.subnets(), s.routeTables(),
                            s.natGateways(), s.internetGateways(), s.vpcEndpoints(), s.securityGroups(), s.jobs(),
                            s.connections(), s.problems(), s.rolePermissions(), s.assumptions(), s.drills());
                }
                return ScanOutcome.loaded(target, account, region, s);
            }
        } catch (AwsServiceException e) {
            // AssumeRole refused (the role is missing or does not trust the caller): only this account is lost.
            LOG.info("Scan of {} in {}: {}", label, region, AwsErrors.errorCode(e));
            return ScanOutcome.failed(target, label, region == null ? "-" : region, AwsErrors.errorCode(e),
                    "sts:AssumeRole " + target.roleArn(region) + ": " + AwsErrors.errorMessage(e));
        } catch (AwsLoadException e) {
            if (e.reason() == AwsLoadException.Reason.WRITE_REFUSED || e.reason() == AwsLoadException.Reason.NO_CREDENTIALS
                    && target.roleName() == null && target.profile() == null) {
                throw e;
            }
            LOG.info("Scan of {} in {}: {}", label, region, e.getMessage());
            return ScanOutcome.failed(target, label, region == null ? "-" : region, e.reason().name(), e.getMessage());
        }
    }

    private static AwsCredentialsProvider joined(CompletableFuture<AwsCredentialsProvider> role) {
        try {
            return role.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static <T> T await(Future<T> f, CancellationSignal cancel) {
        while (true) {
            if (cancel.isCancelled()) {
                f.cancel(true);
                throw new CancellationException("scan cancelled");
            }
            try {
                return f.get(25, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the signal again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("scan interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
