package dev.gluefailover.snapshot;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds snapshots in code, for the built-in samples, tests and the benchmark. Short methods
 * that say what an architect would draw: a VPC, a private subnet, a NAT gateway in a subnet, a
 * route table with routes, a self-referencing security group.
 */
public final class SnapshotBuilder {
    private final String regionName;
    private String source = "builder";
    private String accountId = "111122223333";
    private final List<AvailabilityZone> zones = new ArrayList<>();
    private final List<Vpc> vpcs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<RouteTable> routeTables = new ArrayList<>();
    private final List<NatGateway> nats = new ArrayList<>();
    private final List<InternetGateway> igws = new ArrayList<>();
    private final List<VpcEndpoint> endpoints = new ArrayList<>();
    private final List<SecurityGroup> groups = new ArrayList<>();
    private final List<GlueJob> jobs = new ArrayList<>();
    private final List<GlueConnection> connections = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    public SnapshotBuilder(String regionName) {
        this.regionName = regionName;
    }

    public SnapshotBuilder source(String source) {
        this.source = source;
        return this;
    }

    public SnapshotBuilder account(String accountId) {
        this.accountId = accountId;
        return this;
    }

    public SnapshotBuilder zone(String name, String zoneId) {
        zones.add(new AvailabilityZone(name, zoneId, "available"));
        return this;
    }

    public SnapshotBuilder zone(String name, String zoneId, String state) {
        zones.add(new AvailabilityZone(name, zoneId, state));
        return this;
    }

    public SnapshotBuilder vpc(String id, String cidr, String name) {
        vpcs.add(new Vpc(id, cidr, true, true, Map.of("Name", name)));
        return this;
    }

    public SnapshotBuilder vpc(Vpc vpc) {
        vpcs.add(vpc);
        return this;
    }

    /** A subnet in the zone of that name; its zone id is looked up from the zones added so far. */
    public SnapshotBuilder subnet(String id, String vpcId, String zoneName, String cidr, int freeIps, String name) {
        String zoneId = zones.stream().filter(z -> z.name().equals(zoneName)).map(AvailabilityZone::zoneId).findFirst()
                .orElse(null);
        subnets.add(new Subnet(id, vpcId, zoneName, zoneId, cidr, "available", freeIps, false, Map.of("Name", name)));
        return this;
    }

    public SnapshotBuilder subnet(Subnet subnet) {
        subnets.add(subnet);
        return this;
    }

    public SnapshotBuilder internetGateway(String id, String vpcId) {
        igws.add(new InternetGateway(id, List.of(vpcId), Map.of()));
        return this;
    }

    public SnapshotBuilder nat(String id, String vpcId, String subnetId, String name) {
        nats.add(new NatGateway(id, vpcId, subnetId, "available", "public", Map.of("Name", name)));
        return this;
    }

    public SnapshotBuilder nat(NatGateway nat) {
        nats.add(nat);
        return this;
    }

    /** The VPC's main route table (it governs every subnet without an explicit association). */
    public SnapshotBuilder mainRouteTable(String id, String vpcId, String name, Route... routes) {
        routeTables.add(new RouteTable(id, vpcId, List.of(RouteTableAssociation.mainTable()), Arrays.asList(routes),
                Map.of("Name", name)));
        return this;
    }

    /** A route table explicitly associated with the given subnets. */
    public SnapshotBuilder routeTable(String id, String vpcId, String name, List<String> subnetIds, Route... routes) {
        routeTables.add(new RouteTable(id, vpcId,
                subnetIds.stream().map(RouteTableAssociation::subnet).toList(), Arrays.asList(routes),
                Map.of("Name", name)));
        return this;
    }

    public SnapshotBuilder s3GatewayEndpoint(String id, String vpcId, String... routeTableIds) {
        endpoints.add(new VpcEndpoint(id, vpcId, "Gateway", "com.amazonaws." + regionName + ".s3", "available",
                List.of(routeTableIds), List.of()));
        return this;
    }

    public SnapshotBuilder endpoint(VpcEndpoint endpoint) {
        endpoints.add(endpoint);
        return this;
    }

    /** The security group Glue's setup guide asks for: all inbound from itself, all outbound. */
    public SnapshotBuilder glueSecurityGroup(String id, String vpcId, String name) {
        groups.add(new SecurityGroup(id, vpcId, name, List.of(SecurityGroupRule.allTrafficFromGroup(id)),
                List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0"))));
        return this;
    }

    public SnapshotBuilder securityGroup(SecurityGroup group) {
        groups.add(group);
        return this;
    }

    public SnapshotBuilder job(GlueJob job) {
        jobs.add(job);
        return this;
    }

    public SnapshotBuilder job(String name, int workers, int maxRetries, String... connectionNames) {
        jobs.add(new GlueJob(name, List.of(connectionNames), "G.1X", workers, null, maxRetries, "5.0"));
        return this;
    }

    public SnapshotBuilder jdbcConnection(String name, String subnetId, String zoneName, String sgId, String jdbcUrl) {
        connections.add(new GlueConnection(name, "JDBC", subnetId, List.of(sgId), zoneName, jdbcUrl));
        return this;
    }

    public SnapshotBuilder connection(GlueConnection connection) {
        connections.add(connection);
        return this;
    }

    public SnapshotBuilder problem(LoadProblem problem) {
        problems.add(problem);
        return this;
    }

    public Snapshot build() {
        return new Snapshot(Snapshot.SCHEMA_VERSION, null, source, new Region(regionName, accountId), zones, vpcs,
                subnets, routeTables, nats, igws, endpoints, groups, jobs, connections, problems);
    }

    // Route shorthands, so samples read like route tables.

    public static Route local(String cidr) {
        return Route.local(cidr);
    }

    public static Route defaultToNat(String natId) {
        return Route.toNat("0.0.0.0/0", natId);
    }

    public static Route defaultToIgw(String igwId) {
        return Route.toGateway("0.0.0.0/0", igwId);
    }

    public static Route s3PrefixListTo(String prefixListId, String endpointId) {
        return Route.toEndpoint(prefixListId, endpointId);
    }
}
