package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.Check;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.SgFailureEffect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Glue's connection choice, as the spec page reads it: the job's connections in stored order,
 * every one checked (all checks run at about the same moment [FIELD S4]), the first that passes
 * every selection check is used [DOC S1,S2]. Pure: the same snapshot, simulation and settings
 * always give the same evaluation. Build one engine per snapshot; it indexes the snapshot once.
 */
public final class Engine {
    static final String EC2_SUBNETS = "ec2:DescribeSubnets";
    static final String EC2_ROUTE_TABLES = "ec2:DescribeRouteTables";
    static final String EC2_ENDPOINTS = "ec2:DescribeVpcEndpoints";
    static final String EC2_NATS = "ec2:DescribeNatGateways";
    static final String EC2_SGS = "ec2:DescribeSecurityGroups";
    static final String EC2_ZONES = "ec2:DescribeAvailabilityZones";
    static final String EC2_VPC_ATTRIBUTE = "ec2:DescribeVpcAttribute";
    static final String GLUE_CONNECTION = "glue:GetConnection";

    private final SnapshotIndex index;

    public Engine(Snapshot snapshot) {
        this.index = new SnapshotIndex(snapshot);
    }

    public Snapshot snapshot() {
        return index.snapshot();
    }

    public SnapshotIndex index() {
        return index;
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
            throw new IllegalArgumentException(jobs.isEmpty() ? "the snapshot holds no Glue job"
                    : "the snapshot holds " + jobs.size() + " jobs; choose one with --job: " + jobNames());
        }
        return snapshot().job(name).orElseThrow(
                () -> new IllegalArgumentException("no job named '" + name + "' in the snapshot; jobs: " + jobNames()));
    }

    private String jobNames() {
        return String.join(", ", snapshot().jobs().stream().map(GlueJob::name).toList());
    }

    /**
     * The failures of a simulation that name nothing in the snapshot (a typo in an id), as
     * sentences; empty when every target exists. A simulation of nothing is most likely a mistake.
     */
    public List<String> unknownTargets(Simulation simulation) {
        List<String> problems = new ArrayList<>();
        for (SimulatedFailure f : simulation.failures()) {
            boolean known;
            String what;
            if (f instanceof SimulatedFailure.AzOutage) {
                known = index.zone(f.target()).isPresent()
                        || snapshot().subnets().stream().anyMatch(s -> f.target().equals(s.availabilityZone())
                                || f.target().equals(s.availabilityZoneId()));
                what = "availability zone (name or id)";
            } else if (f instanceof SimulatedFailure.NatGatewayFailure) {
                known = index.natGateway(f.target()).isPresent();
                what = "NAT gateway";
            } else if (f instanceof SimulatedFailure.EndpointRemoved) {
                known = index.endpoint(f.target()).isPresent();
                what = "VPC endpoint";
            } else {
                known = index.subnet(f.target()).isPresent();
                what = "subnet";
            }
            if (!known) {
                problems.add(f.spec() + ": no " + what + " '" + f.target() + "' in the snapshot");
            }
        }
        return problems;
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
        FailureOverlay overlay = new FailureOverlay(simulation, index);
        List<ConnectionEvaluation> results = new ArrayList<>(job.connectionNames().size());
        List<String> uncertainty = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean chosenFound = false;
        boolean skippedBeforeChosen = false;
        int order = 0;
        for (String name : job.connectionNames()) {
            order++;
            ConnectionEvaluation ce = evaluateConnection(order, name, job, overlay, settings, !chosenFound);
            if (ce.verdict() == Verdict.CHOSEN) {
                chosenFound = true;
            } else if (!chosenFound && ce.verdict() == Verdict.UNKNOWN) {
                CheckResult why = ce.blockingCheck().orElseThrow();
                uncertainty.add("#" + ce.order() + " " + ce.name() + ": " + why.code() + " could not be decided ("
                        + why.message() + ")");
            } else if (!chosenFound && ce.verdict() == Verdict.SKIPPED) {
                skippedBeforeChosen = true;
            }
            results.add(ce);
            if (stopAtChosen && chosenFound) {
                break;
            }
        }
        if (chosenFound && skippedBeforeChosen && settings.showRaceNote()) {
            notes.add("[FIELD S4] In the field test, Glue very rarely tried a connection that fails its checks "
                    + "before moving on; the skipped connection may appear in the run's error log.");
        }
        if (results.stream().allMatch(c -> c.verdict() == Verdict.NO_NETWORK)) {
            notes.add(job.connectionNames().isEmpty()
                    ? "The job lists no connection: it runs outside any VPC, there is nothing to fail over."
                    : "No connection has network settings: the job runs outside any VPC [DOC S2].");
        }
        return new Evaluation(job, settings.ruleSet(), simulation, results, uncertainty, notes);
    }

    private ConnectionEvaluation evaluateConnection(int order, String name, GlueJob job, FailureOverlay overlay,
            RuleSettings settings, boolean canBeChosen) {
        GlueConnection connection = index.connection(name).orElse(null);
        if (connection == null) {
            return new ConnectionEvaluation(order, name, null, missingVerdict(name), null, null, null,
                    List.of(connectionNotFound(name)));
        }
        if (!connection.hasNetworkPlacement()) {
            CheckResult r = result(Check.NO_NETWORK_PLACEMENT, CheckStatus.FAIL,
                    "No subnet in PhysicalConnectionRequirements: no network placement, not taken into account.",
                    ev("connectionType", connection.connectionType()), List.of());
            return new ConnectionEvaluation(order, name, connection, Verdict.NO_NETWORK, null,
                    connection.availabilityZone(), null, List.of(r));
        }
        Subnet subnet = overlay.deletedSubnets.contains(connection.subnetId()) ? null
                : index.subnet(connection.subnetId()).orElse(null);
        List<CheckResult> checks = new ArrayList<>(10);
        CheckResult subnetCheck = subnetValid(connection, subnet, overlay);
        checks.add(subnetCheck);
        String zoneId = null;
        EgressPath egressPath = null;
        if (subnetCheck.status() == CheckStatus.PASS) {
            zoneId = index.zoneIdOf(subnet);
            checks.add(azMatches(connection, subnet));
            EgressFinding egress = egress(subnet, overlay, settings);
            checks.add(egress.result());
            egressPath = egress.path();
            checks.add(freeIps(subnet, overlay));
            checks.add(azHealthy(subnet, zoneId, overlay, settings));
            checks.add(selfIngress(connection, settings));
            checks.add(allEgress(connection, settings));
            checks.add(ipsForWorkers(subnet, job, overlay, settings));
            checks.add(natInHealthyAz(egress, overlay, settings));
            checks.add(dns(subnet));
        } else {
            String why = subnetCheck.status() == CheckStatus.UNKNOWN ? "the subnet could not be read"
                    : "the subnet is not valid";
            for (Check c : List.of(Check.AZ_MISMATCH, Check.NO_S3_ENDPOINT_OR_NAT, Check.NO_FREE_IPS,
                    Check.AZ_UNHEALTHY)) {
                checks.add(result(c, CheckStatus.UNKNOWN, "Not checked: " + why + ".", ev(), List.of()));
            }
        }
        Verdict verdict = verdict(checks, canBeChosen);
        String az = subnet != null ? subnet.availabilityZone() : connection.availabilityZone();
        return new ConnectionEvaluation(order, name, connection, verdict, connection.subnetId(), az, zoneId, checks,
                egressPath);
    }

    private static Verdict verdict(List<CheckResult> checks, boolean canBeChosen) {
        boolean unknown = false;
        for (CheckResult c : checks) {
            if (c.kind() != CheckKind.SELECTION) {
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

    private Verdict missingVerdict(String name) {
        return index.problem(GLUE_CONNECTION, name).filter(p -> !isNotFound(p)).isPresent() ? Verdict.UNKNOWN
                : Verdict.SKIPPED;
    }

    private static boolean isNotFound(LoadProblem p) {
        return p.errorCode() != null && p.errorCode().contains("NotFound");
    }

    private CheckResult connectionNotFound(String name) {
        Optional<LoadProblem> problem = index.problem(GLUE_CONNECTION, name);
        if (problem.isPresent() && !isNotFound(problem.get())) {
            LoadProblem p = problem.get();
            return result(Check.CONNECTION_NOT_FOUND, CheckStatus.UNKNOWN, "Connection " + name
                    + " could not be read: " + p.errorCode() + "; grant " + p.action() + ".",
                    ev("connection", name, "errorCode", p.errorCode(), "action", p.action()), List.of());
        }
        return result(Check.CONNECTION_NOT_FOUND, CheckStatus.FAIL, "The job names connection " + name
                + ", which does not exist.", ev("connection", name), List.of());
    }

    // --- selection checks ---------------------------------------------------------------

    private CheckResult subnetValid(GlueConnection connection, Subnet subnet, FailureOverlay overlay) {
        String id = connection.subnetId();
        if (overlay.deletedSubnets.contains(id)) {
            return result(Check.SUBNET_INVALID, CheckStatus.FAIL, "VPC Id not found for subnet " + id
                    + ": the subnet is deleted (simulated).", ev("subnetId", id, "simulated", "subnet deleted"), List.of());
        }
        if (subnet == null) {
            Optional<LoadProblem> p = index.problem(EC2_SUBNETS, id);
            if (p.isPresent()) {
                return unknownFromProblem(Check.SUBNET_INVALID, p.get(), "subnet " + id, ev("subnetId", id));
            }
            return result(Check.SUBNET_INVALID, CheckStatus.FAIL, "VPC Id not found for subnet " + id
                    + ": the subnet does not exist.", ev("subnetId", id), List.of());
        }
        if (subnet.vpcId() == null) {
            return result(Check.SUBNET_INVALID, CheckStatus.FAIL, "Subnet " + id + " has no VPC id.",
                    ev("subnetId", id, "state", subnet.state()), List.of());
        }
        if (!"available".equals(subnet.state())) {
            return result(Check.SUBNET_INVALID, CheckStatus.FAIL, "Subnet " + id + " is " + subnet.state()
                    + ", not available.", ev("subnetId", id, "vpcId", subnet.vpcId(), "state", subnet.state()), List.of());
        }
        return result(Check.SUBNET_INVALID, CheckStatus.PASS, "Subnet " + id + " is available in " + subnet.vpcId() + ".",
                ev("subnetId", id, "vpcId", subnet.vpcId(), "state", subnet.state()), List.of());
    }

    private CheckResult azMatches(GlueConnection connection, Subnet subnet) {
        String want = connection.availabilityZone();
        if (want == null || want.isBlank()) {
            return result(Check.AZ_MISMATCH, CheckStatus.PASS, "The connection names no AZ; the subnet's AZ "
                    + subnet.availabilityZone() + " is used.", ev("subnetAz", subnet.availabilityZone()), List.of());
        }
        if (want.equals(subnet.availabilityZone())) {
            return result(Check.AZ_MISMATCH, CheckStatus.PASS, "Connection AZ " + want + " matches the subnet.",
                    ev("connectionAz", want, "subnetAz", subnet.availabilityZone()), List.of());
        }
        return result(Check.AZ_MISMATCH, CheckStatus.FAIL, "Availability Zone " + want + " does not correspond to subnet "
                + subnet.subnetId() + ", which is in " + subnet.availabilityZone() + ".",
                ev("connectionAz", want, "subnetAz", subnet.availabilityZone()), List.of());
    }

    /** What NO_S3_ENDPOINT_OR_NAT found: the result, and the NAT gateways that carry the subnet's egress. */
    record EgressFinding(CheckResult result, List<NatGateway> countedNats, boolean s3EndpointCounted, EgressPath path) {
        EgressFinding(CheckResult result, List<NatGateway> countedNats, boolean s3EndpointCounted) {
            this(result, countedNats, s3EndpointCounted, null);
        }
    }

    private EgressFinding egress(Subnet subnet, FailureOverlay overlay, RuleSettings settings) {
        Check check = Check.NO_S3_ENDPOINT_OR_NAT;
        Optional<SnapshotIndex.EffectiveRouteTable> effective = index.effectiveRouteTable(subnet);
        if (effective.isEmpty()) {
            Optional<LoadProblem> p = index.problem(EC2_ROUTE_TABLES, subnet.vpcId());
            if (p.isPresent()) {
                return new EgressFinding(unknownFromProblem(check, p.get(), "the route tables of " + subnet.vpcId(),
                        ev("subnetId", subnet.subnetId(), "vpcId", subnet.vpcId())), List.of(), false);
            }
            return new EgressFinding(result(check, CheckStatus.UNKNOWN, "No route table is associated with subnet "
                    + subnet.subnetId() + " and its VPC has no main table in the snapshot.",
                    ev("subnetId", subnet.subnetId(), "vpcId", subnet.vpcId()), List.of()), List.of(), false);
        }
        SnapshotIndex.EffectiveRouteTable rt = effective.get();
        Map<String, String> evidence = ev("subnetId", subnet.subnetId(), "routeTable", rt.describe());
        List<String> settingsUsed = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<NatGateway> counted = new ArrayList<>();
        boolean warnPrivateNat = false;
        boolean natUnknown = false;
        for (Route route : SnapshotIndex.natRoutes(rt.table())) {
            String natId = route.natGatewayId();
            String where = route.destination() + " -> " + natId;
            if (!route.active()) {
                settingsUsed.add("blackholeNatRouteCounts");
                if (!settings.blackholeNatRouteCounts()) {
                    ignored.add(where + " (route is blackhole)");
                    continue;
                }
            }
            NatGateway nat = index.natGateway(natId).orElse(null);
            if (nat == null) {
                if (index.problem(EC2_NATS, natId).isPresent()) {
                    natUnknown = true;
                    ignored.add(where + " (NAT gateway could not be read)");
                } else {
                    ignored.add(where + " (NAT gateway not found)");
                }
                continue;
            }
            boolean failed = overlay.failedNats.contains(natId) || "failed".equals(nat.state())
                    || "deleted".equals(nat.state()) || "deleting".equals(nat.state());
            if (failed) {
                settingsUsed.add("failedNatCounts");
                if (!settings.failedNatCounts()) {
                    ignored.add(where + (overlay.failedNats.contains(natId) ? " (NAT failed, simulated)"
                            : " (NAT " + nat.state() + ")"));
                    continue;
                }
            }
            if (nat.isPrivate()) {
                settingsUsed.add("privateNatCounts");
                if (!settings.privateNatCounts()) {
                    ignored.add(where + " (private NAT gateway)");
                    continue;
                }
                warnPrivateNat = true;
            }
            counted.add(nat);
            evidence.put("natRoute", where + " (" + nat.state() + (nat.isPrivate() ? ", private" : "") + ")");
            break;
        }
        VpcEndpoint s3Endpoint = null;
        for (VpcEndpoint e : index.gatewayEndpointsOn(rt.table().routeTableId())) {
            if (!e.isS3()) {
                continue;
            }
            if (overlay.removedEndpoints.contains(e.vpcEndpointId())) {
                ignored.add(e.vpcEndpointId() + " (S3 gateway endpoint removed, simulated)");
            } else if (!e.available()) {
                ignored.add(e.vpcEndpointId() + " (S3 gateway endpoint " + e.state() + ")");
            } else {
                s3Endpoint = e;
                evidence.put("s3GatewayEndpoint", e.vpcEndpointId() + " attached to " + rt.table().routeTableId());
                break;
            }
        }
        boolean endpointUnknown = false;
        if (s3Endpoint == null) {
            for (VpcEndpoint e : index.endpointsIn(subnet.vpcId())) {
                if (!e.isS3() || overlay.removedEndpoints.contains(e.vpcEndpointId())) {
                    continue;
                }
                if (e.isGateway() && !e.routeTableIds().contains(rt.table().routeTableId())) {
                    // [FIELD S4] an endpoint in the VPC but not on this table failed the check.
                    ignored.add(e.vpcEndpointId() + " (S3 gateway endpoint not attached to "
                            + rt.table().routeTableId() + ")");
                } else if (e.isInterface()) {
                    settingsUsed.add("s3InterfaceEndpointCounts");
                    if (settings.s3InterfaceEndpointCounts() && e.available()) {
                        s3Endpoint = e;
                        evidence.put("s3InterfaceEndpoint", e.vpcEndpointId());
                        break;
                    }
                    ignored.add(e.vpcEndpointId() + " (S3 interface endpoint)");
                }
            }
            endpointUnknown = index.problem(EC2_ENDPOINTS, subnet.vpcId()).isPresent();
        }
        Route other = null;
        if (counted.isEmpty()) {
            for (Route r : rt.table().routes()) {
                if (r.isDefaultRoute() && (r.instanceId() != null || r.transitGatewayId() != null)) {
                    settingsUsed.add("natInstanceOrTgwCounts");
                    if (settings.natInstanceOrTgwCounts() && r.active()) {
                        other = r;
                        evidence.put("defaultRoute", r.destination() + " -> " + r.target());
                        break;
                    }
                    ignored.add(r.destination() + " -> " + r.target()
                            + (r.instanceId() != null ? " (NAT instance)" : " (transit gateway)"));
                }
            }
        }
        if (!ignored.isEmpty()) {
            evidence.put("notCounted", String.join("; ", ignored));
        }
        List<String> used = settingsUsed.stream().distinct().toList();
        // typed, for the diagram's chosen path: what was counted, never what the evidence text says
        EgressPath path = new EgressPath(rt.table().routeTableId(), rt.explicit(),
                counted.stream().map(NatGateway::natGatewayId).toList(),
                s3Endpoint == null ? null : s3Endpoint.vpcEndpointId(), other == null ? null : other.target());
        if (!counted.isEmpty() || s3Endpoint != null || other != null) {
            StringBuilder msg = new StringBuilder("Route table ").append(rt.table().routeTableId()).append(" has ");
            List<String> found = new ArrayList<>();
            if (!counted.isEmpty()) {
                found.add("a route to NAT gateway " + counted.get(0).natGatewayId());
            }
            if (s3Endpoint != null) {
                found.add((s3Endpoint.isGateway() ? "S3 gateway endpoint " : "S3 interface endpoint ")
                        + s3Endpoint.vpcEndpointId());
            }
            if (other != null) {
                found.add("a default route to " + other.target());
            }
            msg.append(String.join(" and ", found)).append('.');
            if (warnPrivateNat && s3Endpoint == null) {
                msg.append(" The NAT gateway is private: Glue's check passes, but it gives no internet access.");
                return new EgressFinding(result(check, CheckStatus.WARN, msg.toString(), evidence, used), counted,
                        false, path);
            }
            return new EgressFinding(result(check, CheckStatus.PASS, msg.toString(), evidence, used), counted,
                    s3Endpoint != null, path);
        }
        if (natUnknown || endpointUnknown) {
            LoadProblem p = index.problem(natUnknown ? EC2_NATS : EC2_ENDPOINTS, subnet.vpcId()).orElseThrow();
            return new EgressFinding(unknownFromProblem(check, p, "the egress of " + subnet.subnetId(), evidence),
                    List.of(), false, path);
        }
        return new EgressFinding(result(check, CheckStatus.FAIL, "Could not find S3 endpoint or NAT gateway for subnetId "
                + subnet.subnetId() + " in Vpc " + subnet.vpcId() + " (route table " + rt.table().routeTableId() + ").",
                evidence, used), List.of(), false, path);
    }

    private CheckResult freeIps(Subnet subnet, FailureOverlay overlay) {
        Integer simulated = overlay.freeIpOverrides.get(subnet.subnetId());
        Integer free = simulated != null ? simulated : subnet.availableIpAddressCount();
        Map<String, String> evidence = ev("subnetId", subnet.subnetId(), "freeIps", String.valueOf(free));
        if (simulated != null) {
            evidence.put("simulated", "free IPs set to " + simulated + " (snapshot: " + subnet.availableIpAddressCount() + ")");
        }
        if (free == null) {
            return index.problem(EC2_SUBNETS, subnet.subnetId())
                    .map(p -> unknownFromProblem(Check.NO_FREE_IPS, p, "free IPs of " + subnet.subnetId(), evidence))
                    .orElseGet(() -> result(Check.NO_FREE_IPS, CheckStatus.UNKNOWN, "The snapshot does not record "
                            + "how many IPs subnet " + subnet.subnetId() + " has free.", evidence, List.of()));
        }
        if (free > 0) {
            return result(Check.NO_FREE_IPS, CheckStatus.PASS, "Subnet " + subnet.subnetId() + " has " + free
                    + " free IP addresses.", evidence, List.of());
        }
        return result(Check.NO_FREE_IPS, CheckStatus.FAIL, "Subnet " + subnet.subnetId()
                + " does not have enough free addresses (0 free).", evidence, List.of());
    }

    private CheckResult azHealthy(Subnet subnet, String zoneId, FailureOverlay overlay, RuleSettings settings) {
        String label = subnet.availabilityZone() + (zoneId != null ? " (" + zoneId + ")" : "");
        Map<String, String> evidence = ev("availabilityZone", subnet.availabilityZone(), "zoneId", zoneId);
        if (overlay.zoneFailed(subnet, zoneId)) {
            evidence.put("simulated", "AZ outage");
            return result(Check.AZ_UNHEALTHY, CheckStatus.FAIL, "Could not find subnet for AZ " + label
                    + ": the zone has an outage (simulated).", evidence, List.of());
        }
        Optional<AvailabilityZone> zone = index.zone(zoneId != null ? zoneId : subnet.availabilityZone());
        if (zone.isEmpty()) {
            Optional<LoadProblem> p = index.problem(EC2_ZONES, null);
            if (p.isPresent()) {
                return unknownFromProblem(Check.AZ_UNHEALTHY, p.get(), "the state of " + label, evidence);
            }
            return result(Check.AZ_UNHEALTHY, CheckStatus.PASS, "No outage is known for " + label
                    + " (the zone's state is not in the snapshot).", evidence, List.of());
        }
        evidence.put("state", zone.get().state());
        if (!zone.get().available()) {
            if (settings.azStateCountsAsUnhealthy()) {
                return result(Check.AZ_UNHEALTHY, CheckStatus.FAIL, "Could not find subnet for AZ " + label
                        + ": DescribeAvailabilityZones reports it " + zone.get().state() + ".", evidence,
                        List.of("azStateCountsAsUnhealthy"));
            }
            return result(Check.AZ_UNHEALTHY, CheckStatus.WARN, "The zone " + label + " is " + zone.get().state()
                    + "; by the current setting Glue does not treat that as unhealthy.", evidence,
                    List.of("azStateCountsAsUnhealthy"));
        }
        return result(Check.AZ_UNHEALTHY, CheckStatus.PASS, "Zone " + label + " is available.", evidence, List.of());
    }

    // --- run checks ---------------------------------------------------------------------

    private CheckKind sgKind(RuleSettings settings) {
        return settings.sgFailureEffect() == SgFailureEffect.SKIPS_CONNECTION ? CheckKind.SELECTION : CheckKind.RUN;
    }

    private CheckResult selfIngress(GlueConnection connection, RuleSettings settings) {
        return securityGroupCheck(Check.SG_NO_SELF_INGRESS, connection, settings, true);
    }

    private CheckResult allEgress(GlueConnection connection, RuleSettings settings) {
        return securityGroupCheck(Check.SG_NO_EGRESS, connection, settings, false);
    }

    private CheckResult securityGroupCheck(Check check, GlueConnection connection, RuleSettings settings,
            boolean ingress) {
        CheckKind kind = sgKind(settings);
        List<String> used = List.of("sgFailureEffect");
        List<String> groupIds = connection.securityGroupIds();
        Map<String, String> evidence = ev("securityGroups", String.join(", ", groupIds));
        if (groupIds.isEmpty()) {
            return new CheckResult(check, kind, CheckStatus.FAIL, "The connection has no security group.", evidence, used);
        }
        List<String> missing = new ArrayList<>();
        for (String id : groupIds) {
            Optional<SecurityGroup> sg = index.securityGroup(id);
            if (sg.isEmpty()) {
                missing.add(id);
                continue;
            }
            List<SecurityGroupRule> rules = ingress ? sg.get().ingress() : sg.get().egress();
            for (SecurityGroupRule rule : rules) {
                if (!rule.coversAllPorts()) {
                    continue;
                }
                String peer = ingress ? allowedIngressPeer(rule, sg.get(), groupIds) : allowedEgressPeer(rule, sg.get());
                if (peer != null) {
                    evidence.put("rule", id + (ingress ? " inbound all ports from " : " outbound all ports to ") + peer);
                    // A passing group check does not depend on what a failing one would do.
                    return new CheckResult(check, kind, CheckStatus.PASS, "Security group " + id + " allows all "
                            + (ingress ? "inbound traffic from " : "outbound traffic to ") + peer + ".", evidence,
                            List.of());
                }
            }
        }
        if (!missing.isEmpty()) {
            evidence.put("notFound", String.join(", ", missing));
            Optional<LoadProblem> p = index.problem(EC2_SGS, missing.get(0));
            if (p.isPresent()) {
                CheckResult u = unknownFromProblem(check, p.get(), "security group " + missing.get(0), evidence);
                return new CheckResult(check, kind, u.status(), u.message(), u.evidence(), used);
            }
        }
        String msg = ingress
                ? "No security group of the connection allows all inbound ports from itself (a self-referencing rule)."
                : "No security group of the connection allows all outbound traffic.";
        if (!missing.isEmpty()) {
            msg += " Not found: " + String.join(", ", missing) + ".";
        }
        return new CheckResult(check, kind, CheckStatus.FAIL, msg, evidence, used);
    }

    private static String allowedIngressPeer(SecurityGroupRule rule, SecurityGroup sg, List<String> connectionGroups) {
        for (String g : rule.groupIds()) {
            if (g.equals(sg.groupId())) {
                return "itself (" + g + ")";
            }
            if (connectionGroups.contains(g)) {
                return g;
            }
        }
        for (String cidr : rule.cidrs()) {
            if (cidr.equals("0.0.0.0/0")) {
                return cidr;
            }
        }
        return null;
    }

    private static String allowedEgressPeer(SecurityGroupRule rule, SecurityGroup sg) {
        for (String cidr : rule.cidrs()) {
            if (cidr.equals("0.0.0.0/0") || cidr.equals("::/0")) {
                return cidr;
            }
        }
        for (String g : rule.groupIds()) {
            if (g.equals(sg.groupId())) {
                return "itself (" + g + ")";
            }
        }
        return null;
    }

    private CheckResult ipsForWorkers(Subnet subnet, GlueJob job, FailureOverlay overlay, RuleSettings settings) {
        Integer simulated = overlay.freeIpOverrides.get(subnet.subnetId());
        Integer free = simulated != null ? simulated : subnet.availableIpAddressCount();
        IpDemand demand = IpDemand.of(job);
        Map<String, String> evidence = ev("freeIps", String.valueOf(free),
                "workersFigure", demand.workers() == null ? "unknown" : String.valueOf(demand.workers()),
                "dpuFigure", demand.dpus() == null ? "unknown" : String.valueOf(demand.dpus()),
                "model", settings.ipDemandModel().name());
        Integer needed = settings.ipDemandModel() == IpDemandModel.WORKERS ? demand.workers() : demand.dpus();
        Integer other = settings.ipDemandModel() == IpDemandModel.WORKERS ? demand.dpus() : demand.workers();
        // The setting decides the result only when the two figures would give different answers.
        boolean modelMatters = free == null || needed == null || other == null || (free >= needed) != (free >= other);
        List<String> used = modelMatters ? List.of("ipDemandModel") : List.of();
        if (free == null || needed == null) {
            return result(Check.IPS_BELOW_WORKERS, CheckStatus.UNKNOWN, free == null
                    ? "The subnet's free IP count is unknown." : "The job sets neither workers nor capacity.", evidence,
                    used);
        }
        String figures = free + " free IPs; the run needs about " + needed + " (" + demand.describe() + ")";
        if (free >= needed) {
            return result(Check.IPS_BELOW_WORKERS, CheckStatus.PASS, figures + ".", evidence, used);
        }
        return result(Check.IPS_BELOW_WORKERS, CheckStatus.FAIL, figures + ": Glue may choose the subnet, but the run "
                + "cannot get an IP for every worker.", evidence, used);
    }

    private CheckResult natInHealthyAz(EgressFinding egress, FailureOverlay overlay, RuleSettings settings) {
        if (egress.countedNats().isEmpty()) {
            return result(Check.NAT_IN_FAILED_AZ, CheckStatus.PASS, "Egress does not go through a NAT gateway.",
                    ev(), List.of());
        }
        NatGateway nat = egress.countedNats().get(0);
        Subnet natSubnet = index.subnet(nat.subnetId()).orElse(null);
        if (natSubnet == null) {
            return result(Check.NAT_IN_FAILED_AZ, CheckStatus.UNKNOWN, "The subnet of NAT gateway " + nat.natGatewayId()
                    + " is not in the snapshot; its AZ is unknown.", ev("natGateway", nat.natGatewayId()), List.of());
        }
        String zoneId = index.zoneIdOf(natSubnet);
        String label = natSubnet.availabilityZone() + (zoneId != null ? " (" + zoneId + ")" : "");
        Map<String, String> evidence = ev("natGateway", nat.natGatewayId(), "natSubnet", natSubnet.subnetId(),
                "natAz", label);
        boolean failed = overlay.zoneFailed(natSubnet, zoneId) || (settings.azStateCountsAsUnhealthy()
                && index.zone(zoneId != null ? zoneId : natSubnet.availabilityZone())
                        .map(z -> !z.available()).orElse(false));
        if (!failed) {
            return result(Check.NAT_IN_FAILED_AZ, CheckStatus.PASS, "NAT gateway " + nat.natGatewayId() + " is in "
                    + label + ", which is healthy.", evidence, List.of());
        }
        if (egress.s3EndpointCounted()) {
            return result(Check.NAT_IN_FAILED_AZ, CheckStatus.WARN, "NAT gateway " + nat.natGatewayId() + " is in "
                    + label + ", which has failed: S3 traffic still flows through the gateway endpoint, anything "
                    + "else that needs the NAT is dead.", evidence, List.of());
        }
        return result(Check.NAT_IN_FAILED_AZ, CheckStatus.FAIL, "NAT gateway " + nat.natGatewayId() + " is in "
                + label + ", which has failed: Glue's check still finds the route, but egress is dead.", evidence,
                List.of());
    }

    private CheckResult dns(Subnet subnet) {
        Vpc vpc = index.vpc(subnet.vpcId()).orElse(null);
        if (vpc == null || vpc.enableDnsSupport() == null || vpc.enableDnsHostnames() == null) {
            Map<String, String> evidence = ev("vpcId", subnet.vpcId());
            return index.problem(EC2_VPC_ATTRIBUTE, subnet.vpcId())
                    .map(p -> unknownFromProblem(Check.DNS_DISABLED, p, "the DNS attributes of " + subnet.vpcId(),
                            evidence))
                    .orElseGet(() -> result(Check.DNS_DISABLED, CheckStatus.UNKNOWN, "The DNS attributes of "
                            + subnet.vpcId() + " are not in the snapshot.", evidence, List.of()));
        }
        Map<String, String> evidence = ev("vpcId", vpc.vpcId(), "enableDnsSupport", vpc.enableDnsSupport().toString(),
                "enableDnsHostnames", vpc.enableDnsHostnames().toString());
        if (vpc.enableDnsSupport() && vpc.enableDnsHostnames()) {
            return result(Check.DNS_DISABLED, CheckStatus.PASS, "DNS support and DNS hostnames are on in "
                    + vpc.vpcId() + ".", evidence, List.of());
        }
        List<String> off = new ArrayList<>();
        if (!vpc.enableDnsSupport()) {
            off.add("enableDnsSupport");
        }
        if (!vpc.enableDnsHostnames()) {
            off.add("enableDnsHostnames");
        }
        return result(Check.DNS_DISABLED, CheckStatus.FAIL, String.join(" and ", off) + " off in " + vpc.vpcId()
                + ": Glue cannot resolve the data store's name.", evidence, List.of());
    }

    // --- helpers --------------------------------------------------------------------------

    private static CheckResult result(Check check, CheckStatus status, String message, Map<String, String> evidence,
            List<String> settingsUsed) {
        return new CheckResult(check, check.kind(), status, message, evidence, settingsUsed);
    }

    private static CheckResult unknownFromProblem(Check check, LoadProblem p, String what, Map<String, String> evidence) {
        Map<String, String> e = new LinkedHashMap<>(evidence);
        e.put("errorCode", p.errorCode());
        e.put("action", p.action());
        return result(check, CheckStatus.UNKNOWN, "Could not read " + what + ": " + p.errorCode() + "; grant "
                + p.action() + " to decide this check.", e, List.of());
    }

    /** Evidence in the order given; null values are left out. */
    private static Map<String, String> ev(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
