package dev.gluefailover.design;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.RolePermission;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The network and the Glue jobs a design declares, collected element by element (CloudFormation
 * and Terraform fill it the same way), then turned into a {@link Snapshot}, optionally laid over
 * one of what exists. Every value nobody observed is recorded as an {@link Assumption}.
 */
final class DesignNetwork {
    private static final Messages TEXT = Messages.of("design");

    /** What a route table collects before it becomes a record. */
    static final class Table {
        final String id;
        String vpcId;
        Map<String, String> tags;
        final List<Route> routes = new ArrayList<>();
        final List<RouteTableAssociation> associations = new ArrayList<>();
        /** The VPC's implicit main table (no resource declares it). */
        boolean implicitMain;

        Table(String id, String vpcId, Map<String, String> tags) {
            this.id = id;
            this.vpcId = vpcId;
            this.tags = tags;
        }
    }

    /** A security group's rules as they come (inline and as separate resources). */
    static final class Group {
        final String id;
        final String vpcId;
        final String name;
        final List<SecurityGroupRule> ingress = new ArrayList<>();
        final List<SecurityGroupRule> egress = new ArrayList<>();

        Group(String id, String vpcId, String name) {
            this.id = id;
            this.vpcId = vpcId;
            this.name = name;
        }
    }

    /** An endpoint before its route tables are all known (associations may come separately). */
    static final class Endpoint {
        final String id;
        final String vpcId;
        final String type;
        final String service;
        final Set<String> routeTableIds = new LinkedHashSet<>();
        final List<String> subnetIds = new ArrayList<>();

        Endpoint(String id, String vpcId, String type, String service) {
            this.id = id;
            this.vpcId = vpcId;
            this.type = type;
            this.service = service;
        }
    }

    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final List<Subnet> subnets = new ArrayList<>();
    final Map<String, Table> tables = new LinkedHashMap<>();
    final List<NatGateway> nats = new ArrayList<>();
    final Map<String, Set<String>> igws = new LinkedHashMap<>();
    final Map<String, Map<String, String>> igwTags = new LinkedHashMap<>();
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    final List<GlueConnection> connections = new ArrayList<>();
    final List<GlueJob> jobs = new ArrayList<>();
    final List<RolePermission> permissions = new ArrayList<>();
    final List<LoadProblem> problems = new ArrayList<>();
    private final Map<String, Assumption> assumptions = new LinkedHashMap<>();

    void assume(String elementId, String field, String text) {
        assumptions.putIfAbsent(elementId + "|" + field + "|" + text, new Assumption(elementId, field, text));
    }

    List<Assumption> assumptions() {
        return List.copyOf(assumptions.values());
    }

    /** A VPC and the main route table AWS creates with it (only the local route; no resource declares it). */
    void vpc(Vpc vpc, String mainTableId) {
        vpcs.put(vpc.vpcId(), vpc);
        Table main = new Table(mainTableId, vpc.vpcId(), Map.of("Name", vpc.name() + " (main)"));
        main.implicitMain = true;
        if (vpc.cidrBlock() != null) {
            main.routes.add(Route.local(vpc.cidrBlock()));
        }
        main.associations.add(RouteTableAssociation.mainTable());
        tables.put(mainTableId, main);
        assume(mainTableId, "main", TEXT.get("assume.mainTable", vpc.name()));
    }

    /** A subnet that does not exist yet: free IPs the CIDR's size less AWS's five, state available. */
    void subnet(String id, String vpcId, String zone, String zoneId, String cidr, boolean mapPublicIp,
            Map<String, String> tags) {
        long size = Cidr.size(cidr);
        Integer free = size > 5 ? (int) Math.min(Integer.MAX_VALUE, size - 5) : null;
        subnets.add(new Subnet(id, vpcId, zone, zoneId, cidr, "available", free, mapPublicIp, tags));
        if (free != null) {
            assume(id, "availableIpAddressCount", TEXT.get("assume.freeIps", cidr, size, free));
        }
    }

    Table table(String id, String vpcId, Map<String, String> tags) {
        Table t = tables.computeIfAbsent(id, k -> new Table(id, vpcId, tags));
        if (t.vpcId == null) {
            t.vpcId = vpcId;
        }
        if (tags != null && !tags.isEmpty()) {
            t.tags = tags;
        }
        return t;
    }

    /** Makes this table the VPC's main one (Terraform's aws_main_route_table_association). */
    void makeMain(String vpcId, String tableId) {
        for (Table t : tables.values()) {
            if (vpcId.equals(t.vpcId)) {
                t.associations.removeIf(RouteTableAssociation::main);
            }
        }
        table(tableId, vpcId, null).associations.add(RouteTableAssociation.mainTable());
    }

    Group group(String id, String vpcId, String name) {
        return groups.computeIfAbsent(id, k -> new Group(id, vpcId, name));
    }

    /**
     * The snapshot: this design alone, or laid over {@code base} (what exists): the design's
     * elements are added to the base's, a job or connection of the same name is the design's.
     */
    Snapshot build(Snapshot base, Region region, String source) {
        // Gateway endpoints route through their tables: the route AWS adds, to the service's prefix list.
        for (Endpoint e : endpoints.values()) {
            if ("Gateway".equalsIgnoreCase(e.type)) {
                for (String t : e.routeTableIds) {
                    Table table = tables.get(t);
                    if (table != null) {
                        table.routes.add(Route.toEndpoint(prefixListOf(e.service), e.id));
                    }
                }
            }
        }
        List<RouteTable> routeTables = tables.values().stream()
                .map(t -> new RouteTable(t.id, t.vpcId, t.associations, t.routes, t.tags)).toList();
        List<InternetGateway> gateways = igws.entrySet().stream()
                .map(e -> new InternetGateway(e.getKey(), List.copyOf(e.getValue()), igwTags.get(e.getKey()))).toList();
        List<VpcEndpoint> vpce = endpoints.values().stream().map(e -> new VpcEndpoint(e.id, e.vpcId, e.type, e.service,
                "available", List.copyOf(e.routeTableIds), e.subnetIds)).toList();
        List<SecurityGroup> sgs = groups.values().stream()
                .map(g -> new SecurityGroup(g.id, g.vpcId, g.name, g.ingress, g.egress)).toList();
        if (!nats.isEmpty() || !vpce.isEmpty() || !subnets.isEmpty()) {
            assume(null, "state", TEXT.get("assume.states"));
        }
        Snapshot s = base != null ? base
                : new Snapshot(Snapshot.SCHEMA_VERSION, null, source, region, List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of());
        s = s.withSource(base == null ? source : base.source() + " + " + source)
                .withVpcs(concat(s.vpcs(), List.copyOf(vpcs.values()), Vpc::vpcId))
                .withSubnets(concat(s.subnets(), subnets, Subnet::subnetId))
                .withRouteTables(concat(s.routeTables(), routeTables, RouteTable::routeTableId))
                .withNatGateways(concat(s.natGateways(), nats, NatGateway::natGatewayId))
                .withInternetGateways(concat(s.internetGateways(), gateways, InternetGateway::internetGatewayId))
                .withVpcEndpoints(concat(s.vpcEndpoints(), vpce, VpcEndpoint::vpcEndpointId))
                .withSecurityGroups(concat(s.securityGroups(), sgs, SecurityGroup::groupId))
                .withConnections(concat(s.connections(), connections, GlueConnection::name))
                .withJobs(concat(s.jobs(), jobs, GlueJob::name))
                .withRolePermissions(Stream.concat(s.rolePermissions().stream(), permissions.stream()).toList());
        if (base != null && !base.region().name().equals(region.name())) {
            assume(null, "region", TEXT.get("assume.regionOfBase", base.region().name()));
        }
        s = s.withProblems(Stream.concat(Stream.concat(s.problems().stream(), problems.stream()),
                missing(s).stream()).toList());
        Snapshot merged = s;
        if (subnets.stream().anyMatch(x -> x.availabilityZoneId() == null
                && merged.availabilityZones().stream().noneMatch(z -> z.name().equals(x.availabilityZone())))) {
            if (!subnets.isEmpty()) {
                assume(null, "availabilityZoneId", TEXT.get("assume.zoneIds"));
            }
        }
        List<Assumption> all = new ArrayList<>(s.assumptions());
        all.addAll(assumptions());
        return s.withAssumptions(all);
    }

    /** Ids the design's connections use that neither the design nor the base holds: named unknowns. */
    private List<LoadProblem> missing(Snapshot s) {
        Set<String> subnetIds = new LinkedHashSet<>();
        s.subnets().forEach(x -> subnetIds.add(x.subnetId()));
        Set<String> groupIds = new LinkedHashSet<>();
        s.securityGroups().forEach(g -> groupIds.add(g.groupId()));
        List<LoadProblem> out = new ArrayList<>();
        for (GlueConnection c : connections) {
            if (c.subnetId() != null && !subnetIds.contains(c.subnetId())) {
                out.add(new LoadProblem("ec2:DescribeSubnets", LoadProblem.NOT_IN_DESIGN,
                        TEXT.get("unknown.subnet", c.subnetId(), c.name()), List.of(c.subnetId())));
            }
            for (String g : c.securityGroupIds()) {
                if (!groupIds.contains(g)) {
                    out.add(new LoadProblem("ec2:DescribeSecurityGroups", LoadProblem.NOT_IN_DESIGN,
                            TEXT.get("unknown.group", g, c.name()), List.of(g)));
                }
            }
        }
        return out;
    }

    /** The S3 (or other) service's prefix list: its id is the region's, not known to a design. */
    static String prefixListOf(String service) {
        return "pl-(" + (service == null ? "?" : service) + ")";
    }

    private static <T> List<T> concat(List<T> base, List<T> design, Function<T, String> key) {
        Set<String> replaced = new LinkedHashSet<>();
        design.forEach(d -> replaced.add(key.apply(d)));
        List<T> out = new ArrayList<>(base.size() + design.size());
        base.stream().filter(b -> !replaced.contains(key.apply(b))).forEach(out::add);
        out.addAll(design);
        return out;
    }
}
