package dev.gluefailover.aws;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.glue.model.GetConnectionsResponse;
import software.amazon.awssdk.services.glue.model.GetJobsResponse;

/**
 * One account and region of a scan whose network comes from an AWS Config aggregator: the Glue jobs
 * and connections are still read in the account (GetJobs, GetConnections with HidePassword, both
 * paginated), and beside them only what Config does not record — the zone table (names map to
 * zone ids per account) and the two DNS attributes of each VPC the jobs' connections are in.
 * The jobs' roles are not simulated on this path (the role checks say "not checked").
 */
final class ScanConfigLoad {
    private static final Logger LOG = LoggerFactory.getLogger(ScanConfigLoad.class);
    private static final int GLUE_PAGE_SIZE = 1000;

    private final AwsClients clients;
    private final Clock clock;
    private final Collection<LoadProblem> problems = new ConcurrentLinkedQueue<>();

    ScanConfigLoad(AwsClients clients, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Snapshot load(String accountId, ScanConfigInventory.Network network, LoadProgress progress,
            CancellationSignal cancel) {
        return load(accountId, network, GlueNetworkLoader.DnsAttributesNeeded.everyVpc(), progress, cancel);
    }

    /** The same, reading the DNS attributes only of the VPCs {@code dnsNeeded} names. */
    Snapshot load(String accountId, ScanConfigInventory.Network network, GlueNetworkLoader.DnsAttributesNeeded dnsNeeded,
            LoadProgress progress, CancellationSignal cancel) {
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "aws-scan-config");
            t.setDaemon(true);
            return t;
        });
        try {
            progress.update(new LoadStatus(0, 3, GlueNetworkLoader.TEXT.get("step.listingJobsAndConnections")));
            Future<List<AvailabilityZone>> zones = pool.submit(this::zones);
            Future<List<GlueConnection>> connections = pool.submit(this::connections);
            List<GlueJob> jobs = jobs();
            List<GlueConnection> all = await(connections, cancel);
            Set<String> named = new HashSet<>();
            jobs.forEach(j -> named.addAll(j.connectionNames()));
            List<GlueConnection> used = all.stream().filter(c -> named.contains(c.name())).toList();
            if (!problems.stream().anyMatch(p -> p.action().equals("glue:GetConnections"))) {
                Set<String> found = new HashSet<>();
                used.forEach(c -> found.add(c.name()));
                named.stream().filter(n -> !found.contains(n)).sorted().forEach(n -> problems.add(new LoadProblem(
                        "glue:GetConnection", "EntityNotFoundException", "Connection '" + n + "' not found",
                        List.of(n))));
            }
            Set<String> subnetIds = new HashSet<>();
            Set<String> groupIds = new HashSet<>();
            used.forEach(c -> {
                if (c.subnetId() != null) {
                    subnetIds.add(c.subnetId());
                }
                groupIds.addAll(c.securityGroupIds());
            });
            Set<String> vpcIds = new HashSet<>();
            network.subnets().stream().filter(s -> subnetIds.contains(s.subnetId())).map(Subnet::vpcId)
                    .filter(Objects::nonNull).forEach(vpcIds::add);
            List<Vpc> recorded = network.vpcs().stream().filter(v -> vpcIds.contains(v.vpcId())).toList();
            List<SecurityGroup> groups = network.securityGroups().stream()
                    .filter(g -> groupIds.contains(g.groupId()) || vpcIds.contains(g.vpcId())).toList();
            List<AvailabilityZone> zoneList = await(zones, cancel);
            String captured = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
            Snapshot withoutDns = new Snapshot(Snapshot.SCHEMA_VERSION, captured, "aws-config:" + accountId + ":"
                    + clients.region(), new Region(clients.region(), accountId), zoneList, recorded,
                    network.subnets().stream().filter(s -> vpcIds.contains(s.vpcId())).toList(),
                    network.routeTables().stream().filter(t -> vpcIds.contains(t.vpcId())).toList(),
                    network.natGateways().stream().filter(n -> vpcIds.contains(n.vpcId())).toList(),
                    network.internetGateways().stream()
                            .filter(g -> g.attachedVpcIds().stream().anyMatch(vpcIds::contains)).toList(),
                    network.endpoints().stream().filter(e -> vpcIds.contains(e.vpcId())).toList(),
                    groups, jobs, used, List.copyOf(problems), List.of());
            // Config's VPC items carry no DNS attributes: read them, two calls a VPC, where they decide a verdict.
            Set<String> ask = new HashSet<>(dnsNeeded.vpcIds(withoutDns));
            progress.update(new LoadStatus(2, 3 + 2 * ask.size(), GlueNetworkLoader.TEXT.get("step.readingDnsAttributes", ask.size())));
            Map<String, Future<Boolean[]>> dns = new LinkedHashMap<>();
            for (Vpc v : recorded) {
                if (ask.contains(v.vpcId()) && (v.enableDnsSupport() == null || v.enableDnsHostnames() == null)) {
                    dns.put(v.vpcId(), pool.submit(() -> new Boolean[] {
                        attribute(v.vpcId(), VpcAttributeName.ENABLE_DNS_SUPPORT),
                        attribute(v.vpcId(), VpcAttributeName.ENABLE_DNS_HOSTNAMES)}));
                }
            }
            List<Vpc> vpcs = new ArrayList<>();
            for (Vpc v : recorded) {
                Future<Boolean[]> f = dns.get(v.vpcId());
                Boolean[] values = f == null ? new Boolean[] {v.enableDnsSupport(), v.enableDnsHostnames()}
                        : await(f, cancel);
                vpcs.add(new Vpc(v.vpcId(), v.cidrBlock(), values[0], values[1], v.tags()));
            }
            progress.update(new LoadStatus(3, 3, GlueNetworkLoader.TEXT.get("step.done")));
            return withoutDns.withVpcs(vpcs).withProblems(List.copyOf(problems));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<GlueJob> jobs() {
        List<GlueJob> jobs = new ArrayList<>();
        String token = null;
        try {
            do {
                String current = token;
                GetJobsResponse page = clients.glue().getJobs(r -> r.maxResults(GLUE_PAGE_SIZE).nextToken(current));
                page.jobs().forEach(j -> jobs.add(AwsModelMapping.job(j)));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (RuntimeException e) {
            throw AwsErrors.toLoadException(e, "glue:GetJobs");
        }
        return jobs;
    }

    /** Every connection (HidePassword: the password never reaches us); refused: a problem, none. */
    private List<GlueConnection> connections() {
        List<GlueConnection> out = new ArrayList<>();
        String token = null;
        try {
            do {
                String current = token;
                GetConnectionsResponse page = clients.glue().getConnections(r -> r.hidePassword(true)
                        .maxResults(GLUE_PAGE_SIZE).nextToken(current));
                page.connectionList().forEach(c -> out.add(AwsModelMapping.connection(c)));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (AwsServiceException e) {
            problems.add(new LoadProblem("glue:GetConnections", AwsErrors.errorCode(e), AwsErrors.errorMessage(e),
                    List.of()));
            return List.of();
        }
        return out;
    }

    private List<AvailabilityZone> zones() {
        try {
            return clients.ec2().describeAvailabilityZones(b -> { }).availabilityZones().stream()
                    .map(AwsModelMapping::availabilityZone).toList();
        } catch (AwsServiceException e) {
            problems.add(new LoadProblem("ec2:DescribeAvailabilityZones", AwsErrors.errorCode(e),
                    AwsErrors.errorMessage(e), List.of()));
            return List.of();
        }
    }

    private Boolean attribute(String vpcId, VpcAttributeName name) {
        try {
            var r = clients.ec2().describeVpcAttribute(b -> b.vpcId(vpcId).attribute(name));
            var value = name == VpcAttributeName.ENABLE_DNS_SUPPORT ? r.enableDnsSupport() : r.enableDnsHostnames();
            return value == null ? null : value.value();
        } catch (AwsServiceException e) {
            LOG.info("ec2:DescribeVpcAttribute for {} failed with {}", vpcId, AwsErrors.errorCode(e));
            problems.add(new LoadProblem("ec2:DescribeVpcAttribute", AwsErrors.errorCode(e), AwsErrors.errorMessage(e),
                    List.of(vpcId)));
            return null;
        }
    }

    private static <T> T await(Future<T> f, CancellationSignal cancel) {
        while (true) {
            if (cancel.isCancelled()) {
                f.cancel(true);
                throw new CancellationException("scan cancelled");
            }
            try {
                return f.get(25, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // poll again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("scan interrupted");
            } catch (ExecutionException e) {
                throw AwsErrors.toLoadException(e.getCause(), "ec2:DescribeAvailabilityZones");
            }
        }
    }
}
