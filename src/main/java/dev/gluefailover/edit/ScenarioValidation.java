package dev.gluefailover.edit;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.Ipv4Cidr;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The states AWS cannot have, which the editor refuses: an invalid CIDR, a subnet outside its VPC
 * or overlapping another, a route to a NAT gateway, internet gateway or endpoint that does not exist
 * or belongs to another VPC, an endpoint on another VPC's route table, duplicate ids, an association
 * with a subnet of another VPC or a subnet in two tables, two main tables, impossible counts.
 *
 * <p>What Glue users really get wrong is <em>not</em> here, on purpose: a connection whose AZ does
 * not match its subnet, a connection on a subnet that is gone, a security group without the
 * self-referencing rule, an endpoint attached to the wrong table, a job that names a missing
 * connection. The editor lets those through and the engine's checks flag them, as Glue would.
 *
 * <p>This is the editor's own list (the {@code edit} room does not read {@code snapshot}); where it
 * overlaps {@code snapshot.SnapshotWarnings} (which lists the same kind of thing for loaded files),
 * both rest on {@link Ipv4Cidr}.
 */
public final class ScenarioValidation {
    private static final Messages M = Messages.of("editor");
    /** AWS: a VPC's or subnet's IPv4 block is between /16 and /28. */
    static final int WIDEST = 16;
    static final int NARROWEST = 28;
    /** AWS keeps the first four addresses and the last one of every subnet. */
    static final int RESERVED_PER_SUBNET = 5;
    /** Glue: MaxRetries is 0 to 10. */
    static final int MAX_RETRIES = 10;
    static final Set<String> ZONE_STATES = Set.of("available", "information", "impaired", "unavailable");
    static final Set<String> NAT_STATES = Set.of("pending", "available", "deleting", "deleted", "failed");
    static final Set<String> CONNECTIVITY = Set.of("public", "private");
    static final Set<String> ENDPOINT_TYPES = Set.of("Gateway", "Interface");
    static final Set<String> CONNECTION_STATUSES = Set.of("READY", "IN_PROGRESS", "FAILED");

    private ScenarioValidation() {
    }

    /** Every problem of the snapshot, in a stable order. */
    public static List<Problem> problems(Snapshot s) {
        List<Problem> out = new ArrayList<>();
        zones(s, out);
        Map<String, Ipv4Cidr> vpcRanges = vpcs(s, out);
        subnets(s, vpcRanges, out);
        routeTables(s, out);
        nats(s, out);
        internetGateways(s, out);
        endpoints(s, out);
        securityGroups(s, out);
        connections(s, out);
        jobs(s, out);
        return List.copyOf(out);
    }

    // --- one section each ------------------------------------------------------------------

    private static void zones(Snapshot s, List<Problem> out) {
        duplicates(s.availabilityZones(), AvailabilityZone::name, n -> zone(n), out);
        duplicates(s.availabilityZones(), AvailabilityZone::zoneId, n -> zone(n), out);
        for (AvailabilityZone z : s.availabilityZones()) {
            if (z.name().isBlank() || z.zoneId().isBlank()) {
                out.add(on("ZONE_NAME_BLANK", zone(z.name()), M.get("problem.zoneBlank")));
            }
            if (!ZONE_STATES.contains(z.state())) {
                out.add(on("ZONE_STATE", zone(z.name()), M.get("problem.choice", z.state(), String.join(", ",
                        sorted(ZONE_STATES)))));
            }
        }
    }

    private static Map<String, Ipv4Cidr> vpcs(Snapshot s, List<Problem> out) {
        duplicates(s.vpcs(), Vpc::vpcId, id -> ref(ElementKind.VPC, id), out);
        Map<String, Ipv4Cidr> ranges = new HashMap<>();
        for (Vpc v : s.vpcs()) {
            ElementRef ref = ref(ElementKind.VPC, v.vpcId());
            blockSize(v.cidrBlock(), ref, out).ifPresent(r -> ranges.put(v.vpcId(), r));
            if (Boolean.TRUE.equals(v.enableDnsHostnames()) && Boolean.FALSE.equals(v.enableDnsSupport())) {
                // AWS: "DNS hostnames can only be enabled when DNS resolution is".
                out.add(on("VPC_DNS_HOSTNAMES", ref, M.get("problem.dnsHostnames")));
            }
        }
        return ranges;
    }

    private static void subnets(Snapshot s, Map<String, Ipv4Cidr> vpcRanges, List<Problem> out) {
        duplicates(s.subnets(), Subnet::subnetId, id -> ref(ElementKind.SUBNET, id), out);
        Map<String, AvailabilityZone> zones = new HashMap<>();
        s.availabilityZones().forEach(z -> zones.put(z.name(), z));
        Map<String, List<Subnet>> byVpc = new LinkedHashMap<>();
        for (Subnet sn : s.subnets()) {
            ElementRef ref = ref(ElementKind.SUBNET, sn.subnetId());
            if (!vpcExists(s, sn.vpcId())) {
                out.add(on("SUBNET_VPC", ref, M.get("problem.noVpc", sn.vpcId())));
            }
            if (sn.availabilityZone() == null || !zones.containsKey(sn.availabilityZone())) {
                out.add(on("SUBNET_ZONE", ref, M.get("problem.noZone", sn.availabilityZone())));
            }
            Optional<Ipv4Cidr> range = blockSize(sn.cidrBlock(), ref, out);
            if (range.isEmpty()) {
                continue;
            }
            Ipv4Cidr vpc = vpcRanges.get(sn.vpcId());
            if (vpc != null && !vpc.contains(range.get())) {
                out.add(on("SUBNET_OUTSIDE_VPC", ref, M.get("problem.outsideVpc", sn.cidrBlock(), sn.vpcId(),
                        vpc.text())));
            }
            for (Subnet other : byVpc.getOrDefault(sn.vpcId(), List.of())) {
                Ipv4Cidr o = Ipv4Cidr.parse(other.cidrBlock()).orElseThrow();
                if (o.first() <= range.get().last() && range.get().first() <= o.last()) {
                    out.add(on("SUBNET_OVERLAP", ref, M.get("problem.overlap", sn.cidrBlock(), other.subnetId(),
                            other.cidrBlock())));
                }
            }
            byVpc.computeIfAbsent(sn.vpcId(), k -> new ArrayList<>()).add(sn);
            Integer free = sn.availableIpAddressCount();
            long usable = range.get().last() - range.get().first() + 1 - RESERVED_PER_SUBNET;
            if (free != null && (free < 0 || free > usable)) {
                out.add(on("SUBNET_FREE_IPS", ref, M.get("problem.freeIps", free, usable, sn.cidrBlock())));
            }
        }
    }

    private static void routeTables(Snapshot s, List<Problem> out) {
        duplicates(s.routeTables(), RouteTable::routeTableId, id -> ref(ElementKind.ROUTE_TABLE, id), out);
        Map<String, List<String>> mainTables = new LinkedHashMap<>();
        Map<String, List<String>> tablesOfSubnet = new LinkedHashMap<>();
        for (RouteTable t : s.routeTables()) {
            ElementRef ref = ref(ElementKind.ROUTE_TABLE, t.routeTableId());
            if (!vpcExists(s, t.vpcId())) {
                out.add(on("TABLE_VPC", ref, M.get("problem.noVpc", t.vpcId())));
            }
            for (RouteTableAssociation a : t.associations()) {
                if (a.main()) {
                    mainTables.computeIfAbsent(t.vpcId(), k -> new ArrayList<>()).add(t.routeTableId());
                    continue;
                }
                Optional<Subnet> sn = s.subnet(a.subnetId());
                if (sn.isEmpty()) {
                    out.add(on("ASSOCIATION_SUBNET", ref, M.get("problem.noSubnet", a.subnetId())));
                } else if (!sn.get().vpcId().equals(t.vpcId())) {
                    out.add(on("ASSOCIATION_OTHER_VPC", ref, M.get("problem.associationOtherVpc", a.subnetId(),
                            sn.get().vpcId(), t.vpcId())));
                }
                List<String> tables = tablesOfSubnet.computeIfAbsent(a.subnetId(), k -> new ArrayList<>());
                if (!tables.contains(t.routeTableId())) {
                    tables.add(t.routeTableId());
                }
            }
            Set<String> destinations = new HashSet<>();
            for (Route r : t.routes()) {
                route(s, t, r, ref, out);
                if (r.destination() != null && !destinations.add(r.destination())) {
                    out.add(on("ROUTE_DUPLICATE", ref, M.get("problem.routeDuplicate", r.destination())));
                }
            }
        }
        mainTables.forEach((vpc, tables) -> {
            if (tables.size() > 1) {
                out.add(on("SECOND_MAIN_TABLE", ref(ElementKind.VPC, vpc), M.get("problem.secondMain",
                        String.join(", ", tables))));
            }
        });
        tablesOfSubnet.forEach((subnet, tables) -> {
            if (tables.size() > 1) {
                out.add(on("SUBNET_TWO_TABLES", ref(ElementKind.SUBNET, subnet), M.get("problem.twoTables",
                        String.join(", ", tables))));
            }
        });
    }

    private static void route(Snapshot s, RouteTable t, Route r, ElementRef table, List<Problem> out) {
        if (r.destinationCidrBlock() == null && r.destinationPrefixListId() == null) {
            out.add(on("ROUTE_DESTINATION", table, M.get("problem.routeNoDestination")));
        } else if (r.destinationCidrBlock() != null && Ipv4Cidr.parse(r.destinationCidrBlock()).isEmpty()) {
            out.add(on("ROUTE_CIDR", table, M.get("problem.invalidCidr", r.destinationCidrBlock())));
        }
        String target = r.target();
        if (target == null || target.isBlank()) {
            out.add(on("ROUTE_TARGET", table, M.get("problem.routeNoTarget", r.destination())));
            return;
        }
        if (r.natGatewayId() != null) {
            Optional<NatGateway> nat = s.natGateways().stream().filter(n -> n.natGatewayId().equals(r.natGatewayId()))
                    .findFirst();
            if (nat.isEmpty()) {
                // A route whose NAT gateway was deleted is a blackhole in AWS, not an error; a new active one cannot be made.
                if (r.active()) {
                    out.add(on("ROUTE_NAT_MISSING", table, M.get("problem.routeNatMissing", r.destination(),
                            r.natGatewayId())));
                }
            } else if (nat.get().vpcId() != null && !nat.get().vpcId().equals(t.vpcId())) {
                out.add(on("ROUTE_NAT_OTHER_VPC", table, M.get("problem.routeOtherVpc", r.destination(),
                        r.natGatewayId(), nat.get().vpcId())));
            }
        } else if (r.targetsInternetGateway()) {
            Optional<InternetGateway> igw = s.internetGateways().stream()
                    .filter(g -> g.internetGatewayId().equals(r.gatewayId())).findFirst();
            if (igw.isEmpty()) {
                if (r.active()) {
                    out.add(on("ROUTE_IGW_MISSING", table, M.get("problem.routeIgwMissing", r.destination(),
                            r.gatewayId())));
                }
            } else if (!igw.get().attachedVpcIds().contains(t.vpcId())) {
                out.add(on("ROUTE_IGW_NOT_ATTACHED", table, M.get("problem.routeIgwNotAttached", r.gatewayId(),
                        t.vpcId())));
            }
        } else if (r.targetsVpcEndpoint()) {
            Optional<VpcEndpoint> e = endpoint(s, r.gatewayId());
            if (e.isEmpty()) {
                if (r.active()) {
                    out.add(on("ROUTE_ENDPOINT_MISSING", table, M.get("problem.routeEndpointMissing",
                            r.destination(), r.gatewayId())));
                }
            } else if (!e.get().vpcId().equals(t.vpcId())) {
                out.add(on("ROUTE_ENDPOINT_OTHER_VPC", table, M.get("problem.routeOtherVpc", r.destination(),
                        r.gatewayId(), e.get().vpcId())));
            }
        }
    }

    private static void nats(Snapshot s, List<Problem> out) {
        duplicates(s.natGateways(), NatGateway::natGatewayId, id -> ref(ElementKind.NAT_GATEWAY, id), out);
        for (NatGateway n : s.natGateways()) {
            ElementRef ref = ref(ElementKind.NAT_GATEWAY, n.natGatewayId());
            Optional<Subnet> sn = s.subnet(n.subnetId());
            if (sn.isEmpty()) {
                out.add(on("NAT_SUBNET", ref, M.get("problem.noSubnet", n.subnetId())));
            } else if (n.vpcId() != null && !n.vpcId().equals(sn.get().vpcId())) {
                out.add(on("NAT_VPC", ref, M.get("problem.natVpc", n.subnetId(), sn.get().vpcId(), n.vpcId())));
            }
            if (!NAT_STATES.contains(n.state())) {
                out.add(on("NAT_STATE", ref, M.get("problem.choice", n.state(), String.join(", ", sorted(NAT_STATES)))));
            }
            if (!CONNECTIVITY.contains(n.connectivityType())) {
                out.add(on("NAT_CONNECTIVITY", ref, M.get("problem.choice", n.connectivityType(),
                        String.join(", ", sorted(CONNECTIVITY)))));
            }
        }
    }

    private static void internetGateways(Snapshot s, List<Problem> out) {
        duplicates(s.internetGateways(), InternetGateway::internetGatewayId,
                id -> ref(ElementKind.INTERNET_GATEWAY, id), out);
        Map<String, String> gatewayOfVpc = new HashMap<>();
        for (InternetGateway g : s.internetGateways()) {
            ElementRef ref = ref(ElementKind.INTERNET_GATEWAY, g.internetGatewayId());
            for (String vpc : g.attachedVpcIds()) {
                if (!vpcExists(s, vpc)) {
                    out.add(on("IGW_VPC", ref, M.get("problem.noVpc", vpc)));
                }
                String other = gatewayOfVpc.putIfAbsent(vpc, g.internetGatewayId());
                if (other != null) {
                    // AWS: a VPC has at most one internet gateway attached.
                    out.add(on("IGW_SECOND", ref, M.get("problem.secondIgw", vpc, other)));
                }
            }
        }
    }

    private static void endpoints(Snapshot s, List<Problem> out) {
        duplicates(s.vpcEndpoints(), VpcEndpoint::vpcEndpointId, id -> ref(ElementKind.VPC_ENDPOINT, id), out);
        for (VpcEndpoint e : s.vpcEndpoints()) {
            ElementRef ref = ref(ElementKind.VPC_ENDPOINT, e.vpcEndpointId());
            if (!vpcExists(s, e.vpcId())) {
                out.add(on("ENDPOINT_VPC", ref, M.get("problem.noVpc", e.vpcId())));
            }
            if (e.vpcEndpointType() == null || ENDPOINT_TYPES.stream().noneMatch(t -> t.equalsIgnoreCase(
                    e.vpcEndpointType()))) {
                out.add(on("ENDPOINT_TYPE", ref, M.get("problem.choice", e.vpcEndpointType(),
                        String.join(", ", sorted(ENDPOINT_TYPES)))));
            }
            if (e.serviceName() == null || e.serviceName().isBlank()) {
                out.add(on("ENDPOINT_SERVICE", ref, M.get("problem.endpointService")));
            }
            for (String table : e.routeTableIds()) {
                Optional<RouteTable> t = s.routeTables().stream().filter(r -> r.routeTableId().equals(table)).findFirst();
                if (t.isEmpty()) {
                    out.add(on("ENDPOINT_TABLE", ref, M.get("problem.noTable", table)));
                } else if (!t.get().vpcId().equals(e.vpcId())) {
                    out.add(on("ENDPOINT_TABLE_OTHER_VPC", ref, M.get("problem.endpointTableOtherVpc", table,
                            t.get().vpcId(), e.vpcId())));
                }
            }
            if (!e.routeTableIds().isEmpty() && e.isInterface()) {
                out.add(on("ENDPOINT_INTERFACE_TABLES", ref, M.get("problem.interfaceTables")));
            }
            for (String subnet : e.subnetIds()) {
                Optional<Subnet> sn = s.subnet(subnet);
                if (sn.isEmpty()) {
                    out.add(on("ENDPOINT_SUBNET", ref, M.get("problem.noSubnet", subnet)));
                } else if (!sn.get().vpcId().equals(e.vpcId())) {
                    out.add(on("ENDPOINT_SUBNET_OTHER_VPC", ref, M.get("problem.endpointSubnetOtherVpc", subnet,
                            sn.get().vpcId(), e.vpcId())));
                }
            }
            if (!e.subnetIds().isEmpty() && e.isGateway()) {
                out.add(on("ENDPOINT_GATEWAY_SUBNETS", ref, M.get("problem.gatewaySubnets")));
            }
        }
    }

    private static void securityGroups(Snapshot s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (SecurityGroup g : s.securityGroups()) {
            String subject = M.get("subject.securityGroup", g.groupId());
            if (!seen.add(g.groupId())) {
                out.add(new Problem("DUPLICATE_ID", null, subject, M.get("problem.duplicate", g.groupId())));
            }
            if (!vpcExists(s, g.vpcId())) {
                out.add(new Problem("GROUP_VPC", null, subject, M.get("problem.noVpc", g.vpcId())));
            }
            List<SecurityGroupRule> rules = new ArrayList<>(g.ingress());
            rules.addAll(g.egress());
            for (SecurityGroupRule r : rules) {
                rule(r).ifPresent(m -> out.add(new Problem("GROUP_RULE", null, subject, m)));
            }
        }
    }

    /** What is wrong with one rule (protocol, ports, CIDRs), if anything. */
    static Optional<String> rule(SecurityGroupRule r) {
        String p = r.ipProtocol() == null ? "" : r.ipProtocol().toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("-1", "tcp", "udp", "icmp").contains(p)) {
            return Optional.of(M.get("problem.ruleProtocol", r.ipProtocol()));
        }
        if (!p.equals("-1") && !p.equals("icmp")) {
            if (r.fromPort() == null || r.toPort() == null || r.fromPort() < 0 || r.toPort() > 65535
                    || r.fromPort() > r.toPort()) {
                return Optional.of(M.get("problem.rulePorts", r.fromPort(), r.toPort()));
            }
        }
        for (String c : r.cidrs()) {
            if (Ipv4Cidr.parse(c).isEmpty()) {
                return Optional.of(M.get("problem.invalidCidr", c));
            }
        }
        if (r.cidrs().isEmpty() && r.groupIds().isEmpty() && r.prefixListIds().isEmpty()) {
            return Optional.of(M.get("problem.ruleNoPeer"));
        }
        return Optional.empty();
    }

    private static void connections(Snapshot s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (GlueConnection c : s.connections()) {
            ElementRef ref = ref(ElementKind.CONNECTION, c.name());
            if (c.name().isBlank()) {
                out.add(on("CONNECTION_NAME", ref, M.get("problem.nameBlank")));
            }
            if (!seen.add(c.name())) {
                out.add(on("DUPLICATE_ID", ref, M.get("problem.duplicate", c.name())));
            }
            if (c.status() != null && !CONNECTION_STATUSES.contains(c.status())) {
                out.add(on("CONNECTION_STATUS", ref, M.get("problem.choice", c.status(),
                        String.join(", ", sorted(CONNECTION_STATUSES)))));
            }
            // Deliberately allowed: a missing subnet, an AZ that does not match it, groups of another VPC.
        }
    }

    private static void jobs(Snapshot s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (GlueJob j : s.jobs()) {
            String subject = M.get("subject.job", j.name());
            if (!seen.add(j.name())) {
                out.add(new Problem("DUPLICATE_ID", null, subject, M.get("problem.duplicate", j.name())));
            }
            if (j.numberOfWorkers() != null && j.numberOfWorkers() < 1) {
                out.add(new Problem("JOB_WORKERS", null, subject, M.get("problem.workers", j.numberOfWorkers())));
            }
            if (j.maxRetries() != null && (j.maxRetries() < 0 || j.maxRetries() > MAX_RETRIES)) {
                out.add(new Problem("JOB_RETRIES", null, subject, M.get("problem.retries", j.maxRetries(),
                        MAX_RETRIES)));
            }
            if (j.glueVersion() != null && !j.glueVersion().matches("\\d+\\.\\d+")) {
                out.add(new Problem("JOB_VERSION", null, subject, M.get("problem.glueVersion", j.glueVersion())));
            }
            Set<String> order = new HashSet<>();
            for (String c : j.connectionNames()) {
                if (!order.add(c)) {
                    out.add(new Problem("JOB_CONNECTION_TWICE", null, subject, M.get("problem.connectionTwice", c)));
                }
            }
            // Deliberately allowed: a connection name that does not exist (CONNECTION_NOT_FOUND flags it).
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    /** The CIDR parses and is /16 to /28; the block when it does. */
    private static Optional<Ipv4Cidr> blockSize(String cidr, ElementRef ref, List<Problem> out) {
        Optional<Ipv4Cidr> range = Ipv4Cidr.parse(cidr);
        if (range.isEmpty()) {
            out.add(on("INVALID_CIDR", ref, M.get("problem.invalidCidr", cidr)));
            return Optional.empty();
        }
        if (range.get().prefix() < WIDEST || range.get().prefix() > NARROWEST) {
            out.add(on("CIDR_SIZE", ref, M.get("problem.cidrSize", cidr, WIDEST, NARROWEST)));
            return Optional.empty();
        }
        if (!range.get().text().equals(cidr)) {
            out.add(on("CIDR_HOST_BITS", ref, M.get("problem.cidrHostBits", cidr, range.get().text())));
            return Optional.empty();
        }
        return range;
    }

    private static <T> void duplicates(List<T> items, Function<T, String> id, Function<String, ElementRef> ref,
            List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            String k = id.apply(t);
            if (!seen.add(k)) {
                out.add(on("DUPLICATE_ID", ref.apply(k), M.get("problem.duplicate", k)));
            }
        }
    }

    private static boolean vpcExists(Snapshot s, String vpcId) {
        return vpcId != null && s.vpcs().stream().anyMatch(v -> v.vpcId().equals(vpcId));
    }

    private static Optional<VpcEndpoint> endpoint(Snapshot s, String id) {
        return s.vpcEndpoints().stream().filter(e -> e.vpcEndpointId().equals(id)).findFirst();
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }

    private static ElementRef ref(ElementKind kind, String id) {
        return new ElementRef(kind, id == null ? "" : id);
    }

    private static ElementRef zone(String name) {
        return ref(ElementKind.AVAILABILITY_ZONE, name);
    }

    private static Problem on(String code, ElementRef element, String message) {
        return new Problem(code, element, subject(element), message);
    }

    /** "subnet subnet-0abc", in the user's language. */
    static String subject(ElementRef e) {
        return M.get("kind." + e.kind().name(), e.id());
    }
}
