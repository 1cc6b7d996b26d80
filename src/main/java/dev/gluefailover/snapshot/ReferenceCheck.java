package dev.gluefailover.snapshot;

import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ids that must point at something in the same snapshot. A dangling one there means the file
 * was hand-edited wrongly or the capture is broken, and the engine would reason on a network
 * that cannot exist.
 *
 * <p>Deliberately NOT checked: a connection's subnetId and securityGroupIds (a deleted subnet
 * is a real scenario, reported by the engine as SUBNET_INVALID) and a subnet's AZ name (the
 * engine reports it). Also excused: a reference the loader could not resolve and said so,
 * i.e. a {@link LoadProblem} names the id in its resourceIds, or a problem with no resourceIds
 * (the whole call failed) comes from the call that lists that kind of resource. A blackhole
 * route may point at a NAT gateway or endpoint that no longer exists: that is what blackhole means.
 */
final class ReferenceCheck {

    /** One kind of resource: the section it lives in, its id field, and the calls that list it. */
    private record Kind(String section, String idField, Set<String> actions) {
    }

    private static final Kind VPC = new Kind("vpcs", "vpcId", Set.of("ec2:DescribeVpcs"));
    private static final Kind SUBNET = new Kind("subnets", "subnetId", Set.of("ec2:DescribeSubnets"));
    private static final Kind ROUTE_TABLE = new Kind("routeTables", "routeTableId", Set.of("ec2:DescribeRouteTables"));
    private static final Kind NAT = new Kind("natGateways", "natGatewayId", Set.of("ec2:DescribeNatGateways"));
    private static final Kind IGW = new Kind("internetGateways", "internetGatewayId",
            Set.of("ec2:DescribeInternetGateways"));
    private static final Kind ENDPOINT = new Kind("vpcEndpoints", "vpcEndpointId", Set.of("ec2:DescribeVpcEndpoints"));
    private static final Kind SG = new Kind("securityGroups", "groupId", Set.of("ec2:DescribeSecurityGroups"));
    private static final Kind ZONE = new Kind("availabilityZones", "name", Set.of("ec2:DescribeAvailabilityZones"));
    private static final Kind JOB = new Kind("jobs", "name", Set.of("glue:GetJob", "glue:GetJobs"));
    private static final Kind CONNECTION = new Kind("connections", "name",
            Set.of("glue:GetConnection", "glue:GetConnections"));

    /** The most retries AWS Glue accepts for a job. */
    static final int MAX_RETRIES = 10;

    private final Snapshot s;
    private final Function<String, LocatedTree.Position> where;
    private final List<SnapshotProblem> problems = new ArrayList<>();

    private ReferenceCheck(Snapshot s, Function<String, LocatedTree.Position> where) {
        this.s = s;
        this.where = where;
    }

    /**
     * Every duplicate and dangling id in {@code s}, section by section.
     *
     * @param where the position of a field path in the file it came from ({@link LocatedTree.Position#NONE} if none)
     */
    static List<SnapshotProblem> check(Snapshot s, Function<String, LocatedTree.Position> where) {
        ReferenceCheck c = new ReferenceCheck(s, where);
        c.run();
        return List.copyOf(c.problems);
    }

    private void run() {
        ids(ZONE, s.availabilityZones().stream().map(z -> z.name()).toList());
        Set<String> vpcs = ids(VPC, s.vpcs().stream().map(v -> v.vpcId()).toList());
        Set<String> subnets = ids(SUBNET, s.subnets().stream().map(x -> x.subnetId()).toList());
        Set<String> tables = ids(ROUTE_TABLE, s.routeTables().stream().map(RouteTable::routeTableId).toList());
        Set<String> nats = ids(NAT, s.natGateways().stream().map(n -> n.natGatewayId()).toList());
        ids(IGW, s.internetGateways().stream().map(g -> g.internetGatewayId()).toList());
        Set<String> endpoints = ids(ENDPOINT, s.vpcEndpoints().stream().map(e -> e.vpcEndpointId()).toList());
        ids(SG, s.securityGroups().stream().map(g -> g.groupId()).toList());
        ids(JOB, s.jobs().stream().map(j -> j.name()).toList());
        Set<String> connections = ids(CONNECTION, s.connections().stream().map(c -> c.name()).toList());

        for (int i = 0; i < s.subnets().size(); i++) {
            ref("subnets[" + i + "].vpcId", s.subnets().get(i).vpcId(), VPC, vpcs);
        }
        for (int i = 0; i < s.routeTables().size(); i++) {
            RouteTable t = s.routeTables().get(i);
            String at = "routeTables[" + i + "]";
            ref(at + ".vpcId", t.vpcId(), VPC, vpcs);
            for (int j = 0; j < t.associations().size(); j++) {
                ref(at + ".associations[" + j + "].subnetId", t.associations().get(j).subnetId(), SUBNET, subnets);
            }
            for (int j = 0; j < t.routes().size(); j++) {
                Route r = t.routes().get(j);
                if (!r.active()) {
                    continue; // a blackhole route's target is gone by definition
                }
                ref(at + ".routes[" + j + "].natGatewayId", r.natGatewayId(), NAT, nats);
                if (r.targetsVpcEndpoint()) {
                    ref(at + ".routes[" + j + "].gatewayId", r.gatewayId(), ENDPOINT, endpoints);
                }
            }
        }
        for (int i = 0; i < s.natGateways().size(); i++) {
            ref("natGateways[" + i + "].subnetId", s.natGateways().get(i).subnetId(), SUBNET, subnets);
        }
        for (int i = 0; i < s.vpcEndpoints().size(); i++) {
            List<String> rt = s.vpcEndpoints().get(i).routeTableIds();
            for (int j = 0; j < rt.size(); j++) {
                ref("vpcEndpoints[" + i + "].routeTableIds[" + j + "]", rt.get(j), ROUTE_TABLE, tables);
            }
            List<String> sn = s.vpcEndpoints().get(i).subnetIds();
            for (int j = 0; j < sn.size(); j++) {
                ref("vpcEndpoints[" + i + "].subnetIds[" + j + "]", sn.get(j), SUBNET, subnets);
            }
        }
        for (int i = 0; i < s.securityGroups().size(); i++) {
            ref("securityGroups[" + i + "].vpcId", s.securityGroups().get(i).vpcId(), VPC, vpcs);
        }
        for (int i = 0; i < s.jobs().size(); i++) {
            Integer retries = s.jobs().get(i).maxRetries();
            if (retries != null && (retries < 0 || retries > MAX_RETRIES)) {
                // AWS Glue accepts 0..10; anything else is a broken file, and a timeline of it has no meaning.
                add("jobs[" + i + "].maxRetries", "maxRetries must be between 0 and " + MAX_RETRIES
                        + " (what AWS Glue accepts), not " + retries);
            }
            List<String> names = s.jobs().get(i).connectionNames();
            for (int j = 0; j < names.size(); j++) {
                ref("jobs[" + i + "].connectionNames[" + j + "]", names.get(j), CONNECTION, connections);
            }
        }
    }

    /** The ids of one section; reports each repeat at the repeated entry. */
    private Set<String> ids(Kind kind, List<String> ids) {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer before = first.putIfAbsent(ids.get(i), i);
            if (before != null) {
                add(kind.section() + "[" + i + "]." + kind.idField(), "duplicate " + kind.idField() + " \""
                        + ids.get(i) + "\": " + kind.section() + "[" + before + "] has it too");
            }
        }
        return first.keySet();
    }

    private void ref(String path, String id, Kind kind, Set<String> known) {
        if (id == null || known.contains(id) || excused(id, kind)) {
            return;
        }
        String list = known.isEmpty() ? kind.section() + " is empty"
                : "known: " + known.stream().limit(8).collect(Collectors.joining(", "))
                        + (known.size() > 8 ? ", ..." : "");
        add(path, "\"" + id + "\" is not the " + kind.idField() + " of any entry in " + kind.section() + " (" + list
                + "); if the loader could not read it, add a problem whose resourceIds name it");
    }

    private boolean excused(String id, Kind kind) {
        for (LoadProblem p : s.problems()) {
            if (p.resourceIds().contains(id) || p.resourceIds().isEmpty() && kind.actions().contains(p.action())) {
                return true;
            }
        }
        return false;
    }

    private void add(String path, String message) {
        LocatedTree.Position at = where.apply(path);
        problems.add(new SnapshotProblem(path, at.line(), at.column(), message));
    }
}
