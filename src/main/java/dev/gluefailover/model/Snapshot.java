package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs about one or more Glue jobs and the network they run in,
 * frozen at one moment. Immutable; a simulation never changes it.
 */
public record Snapshot(int schemaVersion, String capturedAt, String source, Region region,
        List<AvailabilityZone> availabilityZones, List<Vpc> vpcs, List<Subnet> subnets,
        List<RouteTable> routeTables, List<NatGateway> natGateways, List<InternetGateway> internetGateways,
        List<VpcEndpoint> vpcEndpoints, List<SecurityGroup> securityGroups, List<GlueJob> jobs,
        List<GlueConnection> connections, List<LoadProblem> problems, List<RolePermission> rolePermissions,
        List<Assumption> assumptions, List<Drill> drills) {

    /** The file format version this build writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    public Snapshot {
        Objects.requireNonNull(region, "region");
        availabilityZones = List.copyOf(nullToEmpty(availabilityZones));
        vpcs = List.copyOf(nullToEmpty(vpcs));
        subnets = List.copyOf(nullToEmpty(subnets));
        routeTables = List.copyOf(nullToEmpty(routeTables));
        natGateways = List.copyOf(nullToEmpty(natGateways));
        internetGateways = List.copyOf(nullToEmpty(internetGateways));
        vpcEndpoints = List.copyOf(nullToEmpty(vpcEndpoints));
        securityGroups = List.copyOf(nullToEmpty(securityGroups));
        jobs = List.copyOf(nullToEmpty(jobs));
        connections = List.copyOf(nullToEmpty(connections));
        problems = List.copyOf(nullToEmpty(problems));
        rolePermissions = List.copyOf(nullToEmpty(rolePermissions));
        assumptions = List.copyOf(nullToEmpty(assumptions));
        drills = List.copyOf(nullToEmpty(drills));
    }

    /** A snapshot without assumptions or drills (what a capture of a live account holds). */
    public Snapshot(int schemaVersion, String capturedAt, String source, Region region,
            List<AvailabilityZone> availabilityZones, List<Vpc> vpcs, List<Subnet> subnets,
            List<RouteTable> routeTables, List<NatGateway> natGateways, List<InternetGateway> internetGateways,
            List<VpcEndpoint> vpcEndpoints, List<SecurityGroup> securityGroups, List<GlueJob> jobs,
            List<GlueConnection> connections, List<LoadProblem> problems, List<RolePermission> rolePermissions) {
        this(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets, routeTables, natGateways,
                internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems, rolePermissions,
                List.of(), List.of());
    }

    /** A snapshot without the job roles' permissions (what earlier builds wrote). */
    public Snapshot(int schemaVersion, String capturedAt, String source, Region region,
            List<AvailabilityZone> availabilityZones, List<Vpc> vpcs, List<Subnet> subnets,
            List<RouteTable> routeTables, List<NatGateway> natGateways, List<InternetGateway> internetGateways,
            List<VpcEndpoint> vpcEndpoints, List<SecurityGroup> securityGroups, List<GlueJob> jobs,
            List<GlueConnection> connections, List<LoadProblem> problems) {
        this(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets, routeTables, natGateways,
                internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems, List.of());
    }

    /** What IAM says the role may do with this action; empty when nobody asked (or could not). */
    public Optional<RolePermission> permission(String role, String action) {
        return rolePermissions.stream().filter(p -> p.role().equals(role) && p.action().equals(action)).findFirst();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public Optional<GlueJob> job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    public Optional<GlueConnection> connection(String name) {
        return connections.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Subnet> subnet(String id) {
        return subnets.stream().filter(s -> s.subnetId().equals(id)).findFirst();
    }

    /** The same snapshot with one job replaced (same name), e.g. after the user reordered its connections. */
    public Snapshot withJob(GlueJob job) {
        return withJobs(jobs.stream().map(j -> j.name().equals(job.name()) ? job : j).toList());
    }

    // One copy-with method per section: forks (recommendations, the editor, diffs) change one list at a time.

    public Snapshot withSource(String newSource) {
        return new Snapshot(schemaVersion, capturedAt, newSource, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections,
                problems, rolePermissions, assumptions, drills);
    }

    public Snapshot withAvailabilityZones(List<AvailabilityZone> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, list, vpcs, subnets, routeTables,
                natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withVpcs(List<Vpc> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, list, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections,
                problems, rolePermissions, assumptions, drills);
    }

    public Snapshot withSubnets(List<Subnet> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, list, routeTables,
                natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withRouteTables(List<RouteTable> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets, list,
                natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withNatGateways(List<NatGateway> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, list, internetGateways, vpcEndpoints, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withInternetGateways(List<InternetGateway> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, list, vpcEndpoints, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withVpcEndpoints(List<VpcEndpoint> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, list, securityGroups, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withSecurityGroups(List<SecurityGroup> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, list, jobs, connections, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withJobs(List<GlueJob> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, list, connections,
                problems, rolePermissions, assumptions, drills);
    }

    public Snapshot withConnections(List<GlueConnection> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, list, problems,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withProblems(List<LoadProblem> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections, list,
                rolePermissions, assumptions, drills);
    }

    public Snapshot withRolePermissions(List<RolePermission> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections,
                problems, list, assumptions, drills);
    }

    public Snapshot withAssumptions(List<Assumption> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections,
                problems, rolePermissions, list, drills);
    }

    public Snapshot withDrills(List<Drill> list) {
        return new Snapshot(schemaVersion, capturedAt, source, region, availabilityZones, vpcs, subnets,
                routeTables, natGateways, internetGateways, vpcEndpoints, securityGroups, jobs, connections,
                problems, rolePermissions, assumptions, list);
    }
}
