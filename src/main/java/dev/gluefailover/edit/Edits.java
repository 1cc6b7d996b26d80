package dev.gluefailover.edit;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The typed edits of a scenario, one per thing a user changes, each a pure {@link Edit} built on the
 * snapshot's {@code withX} copies. Ids never change (AWS ids are fixed; a change is a remove and an
 * add); "put" replaces the element with that id, or adds it when there is none. Where AWS itself
 * changes other things along (deleting a NAT gateway leaves its routes as blackholes, deleting a
 * subnet drops its route table association), the edit does the same; where AWS refuses (deleting a
 * VPC that still has subnets, the main route table, the local route), the edit is refused.
 */
public final class Edits {
    private static final Messages M = Messages.of("editor");

    private Edits() {
    }

    // --- VPCs and zones ----------------------------------------------------------------------

    public static Edit putVpc(Vpc vpc) {
        return new Edit(M.get("edit.put", vpc.vpcId()), s -> s.withVpcs(put(s.vpcs(), vpc, Vpc::vpcId)));
    }

    public static Edit removeVpc(String vpcId) {
        return new Edit(M.get("edit.remove", vpcId), s -> {
            require(s.vpcs().stream().anyMatch(v -> v.vpcId().equals(vpcId)), vpcId);
            long dependants = s.subnets().stream().filter(x -> vpcId.equals(x.vpcId())).count()
                    + s.vpcEndpoints().stream().filter(x -> vpcId.equals(x.vpcId())).count()
                    + s.natGateways().stream().filter(x -> vpcId.equals(x.vpcId())).count();
            if (dependants > 0) {
                throw new EditRefused(M.get("refuse.vpcInUse", vpcId, dependants));
            }
            return s.withVpcs(s.vpcs().stream().filter(v -> !v.vpcId().equals(vpcId)).toList())
                    .withRouteTables(s.routeTables().stream().filter(t -> !vpcId.equals(t.vpcId())).toList())
                    .withSecurityGroups(s.securityGroups().stream().filter(g -> !vpcId.equals(g.vpcId())).toList())
                    .withInternetGateways(s.internetGateways().stream().map(g -> new InternetGateway(
                            g.internetGatewayId(), g.attachedVpcIds().stream().filter(v -> !v.equals(vpcId)).toList(),
                            g.tags())).toList());
        });
    }

    /** Adds or replaces the zone of that name; a new zone id follows into the zone's subnets. */
    public static Edit putZone(AvailabilityZone zone) {
        return new Edit(M.get("edit.put", zone.name()), s -> s
                .withAvailabilityZones(put(s.availabilityZones(), zone, AvailabilityZone::name))
                .withSubnets(s.subnets().stream().map(sn -> zone.name().equals(sn.availabilityZone())
                        ? new Subnet(sn.subnetId(), sn.vpcId(), sn.availabilityZone(), zone.zoneId(), sn.cidrBlock(),
                                sn.state(), sn.availableIpAddressCount(), sn.mapPublicIpOnLaunch(), sn.tags())
                        : sn).toList()));
    }

    public static Edit removeZone(String zoneName) {
        return new Edit(M.get("edit.remove", zoneName), s -> {
            require(s.availabilityZones().stream().anyMatch(z -> z.name().equals(zoneName)), zoneName);
            long used = s.subnets().stream().filter(sn -> zoneName.equals(sn.availabilityZone())).count();
            if (used > 0) {
                throw new EditRefused(M.get("refuse.zoneInUse", zoneName, used));
            }
            return s.withAvailabilityZones(s.availabilityZones().stream().filter(z -> !z.name().equals(zoneName))
                    .toList());
        });
    }

    // --- subnets -----------------------------------------------------------------------------

    /** Adds or replaces a subnet; its zone id is the zone's (the two never disagree in AWS). */
    public static Edit putSubnet(Subnet subnet) {
        return new Edit(M.get("edit.put", subnet.subnetId()), s -> {
            String zoneId = s.availabilityZones().stream().filter(z -> z.name().equals(subnet.availabilityZone()))
                    .map(AvailabilityZone::zoneId).findFirst().orElse(subnet.availabilityZoneId());
            Subnet fixed = new Subnet(subnet.subnetId(), subnet.vpcId(), subnet.availabilityZone(), zoneId,
                    subnet.cidrBlock(), subnet.state(), subnet.availableIpAddressCount(), subnet.mapPublicIpOnLaunch(),
                    subnet.tags());
            return s.withSubnets(put(s.subnets(), fixed, Subnet::subnetId));
        });
    }

    /**
     * Deletes a subnet as AWS does: its route table association goes with it; a NAT gateway or an
     * interface endpoint in it refuses. Connections that name it keep the name (Glue keeps a deleted
     * subnet in a connection, and the subnet check flags it).
     */
    public static Edit removeSubnet(String subnetId) {
        return new Edit(M.get("edit.remove", subnetId), s -> {
            require(s.subnet(subnetId).isPresent(), subnetId);
            List<String> users = new ArrayList<>();
            s.natGateways().stream().filter(n -> subnetId.equals(n.subnetId())).forEach(n -> users.add(n.natGatewayId()));
            s.vpcEndpoints().stream().filter(e -> e.subnetIds().contains(subnetId))
                    .forEach(e -> users.add(e.vpcEndpointId()));
            if (!users.isEmpty()) {
                throw new EditRefused(M.get("refuse.subnetInUse", subnetId, String.join(", ", users)));
            }
            return s.withSubnets(s.subnets().stream().filter(x -> !x.subnetId().equals(subnetId)).toList())
                    .withRouteTables(s.routeTables().stream().map(t -> withAssociations(t, t.associations().stream()
                            .filter(a -> !subnetId.equals(a.subnetId())).toList())).toList());
        });
    }

    // --- route tables, routes, associations --------------------------------------------------

    public static Edit putRouteTable(RouteTable table) {
        return new Edit(M.get("edit.put", table.routeTableId()), s -> s.withRouteTables(put(s.routeTables(), table,
                RouteTable::routeTableId)));
    }

    /** AWS refuses deleting the main table or one that subnets are associated with. */
    public static Edit removeRouteTable(String tableId) {
        return new Edit(M.get("edit.remove", tableId), s -> {
            RouteTable t = table(s, tableId);
            if (t.isMain()) {
                throw new EditRefused(M.get("refuse.removeMain", tableId));
            }
            if (!t.associations().isEmpty()) {
                throw new EditRefused(M.get("refuse.tableInUse", tableId, t.associations().size()));
            }
            return s.withRouteTables(s.routeTables().stream().filter(x -> !x.routeTableId().equals(tableId)).toList())
                    .withVpcEndpoints(s.vpcEndpoints().stream().map(e -> e.routeTableIds().contains(tableId)
                            ? withTables(e, e.routeTableIds().stream().filter(x -> !x.equals(tableId)).toList())
                            : e).toList());
        });
    }

    /** Adds a route, or replaces the table's route for the same destination (AWS ReplaceRoute). */
    public static Edit putRoute(String tableId, Route route) {
        return new Edit(M.get("edit.route", route.destination(), route.target(), tableId), s -> {
            RouteTable t = table(s, tableId);
            List<Route> routes = new ArrayList<>(t.routes());
            int at = indexOf(routes, route.destination());
            if (at >= 0 && "local".equals(routes.get(at).gatewayId())) {
                throw new EditRefused(M.get("refuse.localRoute", route.destination()));
            }
            if (at >= 0) {
                routes.set(at, route);
            } else {
                routes.add(route);
            }
            return replaceTable(s, withRoutes(t, routes));
        });
    }

    /** Deletes the route for a destination; the local route cannot be deleted. */
    public static Edit removeRoute(String tableId, String destination) {
        return new Edit(M.get("edit.removeRoute", destination, tableId), s -> {
            RouteTable t = table(s, tableId);
            List<Route> routes = new ArrayList<>(t.routes());
            int at = indexOf(routes, destination);
            require(at >= 0, destination);
            if ("local".equals(routes.get(at).gatewayId())) {
                throw new EditRefused(M.get("refuse.localRoute", destination));
            }
            routes.remove(at);
            return replaceTable(s, withRoutes(t, routes));
        });
    }

    /**
     * Associates a subnet with a table, taking it from the table it was explicitly associated with
     * (AWS ReplaceRouteTableAssociation); a table of another VPC is refused by the validation.
     */
    public static Edit associate(String tableId, String subnetId) {
        return new Edit(M.get("edit.associate", subnetId, tableId), s -> {
            table(s, tableId);
            return s.withRouteTables(s.routeTables().stream().map(t -> {
                List<RouteTableAssociation> kept = new ArrayList<>(t.associations().stream()
                        .filter(a -> !subnetId.equals(a.subnetId())).toList());
                if (t.routeTableId().equals(tableId)) {
                    kept.add(RouteTableAssociation.subnet(subnetId));
                }
                return withAssociations(t, kept);
            }).toList());
        });
    }

    /** Removes a subnet's explicit association: it follows its VPC's main table from then on. */
    public static Edit disassociate(String subnetId) {
        return new Edit(M.get("edit.disassociate", subnetId), s -> s.withRouteTables(s.routeTables().stream()
                .map(t -> withAssociations(t, t.associations().stream().filter(a -> !subnetId.equals(a.subnetId()))
                        .toList())).toList()));
    }

    /** Makes a table its VPC's main table; the VPC's former main table loses that association. */
    public static Edit makeMain(String tableId) {
        return new Edit(M.get("edit.main", tableId), s -> {
            RouteTable target = table(s, tableId);
            return s.withRouteTables(s.routeTables().stream().map(t -> {
                if (!Objects.equals(t.vpcId(), target.vpcId())) {
                    return t;
                }
                List<RouteTableAssociation> kept = new ArrayList<>(t.associations().stream()
                        .filter(a -> !a.main()).toList());
                if (t.routeTableId().equals(tableId)) {
                    kept.add(0, RouteTableAssociation.mainTable());
                }
                return withAssociations(t, kept);
            }).toList());
        });
    }

    // --- gateways and endpoints --------------------------------------------------------------

    /** Adds or replaces a NAT gateway; its VPC is its subnet's. */
    public static Edit putNat(NatGateway nat) {
        return new Edit(M.get("edit.put", nat.natGatewayId()), s -> {
            String vpc = s.subnet(nat.subnetId()).map(Subnet::vpcId).orElse(nat.vpcId());
            NatGateway fixed = new NatGateway(nat.natGatewayId(), vpc, nat.subnetId(), nat.state(),
                    nat.connectivityType(), nat.tags());
            return s.withNatGateways(put(s.natGateways(), fixed, NatGateway::natGatewayId));
        });
    }

    /** Deletes a NAT gateway; routes to it stay, as blackholes, as they do in AWS. */
    public static Edit removeNat(String natId) {
        return new Edit(M.get("edit.remove", natId), s -> {
            require(s.natGateways().stream().anyMatch(n -> n.natGatewayId().equals(natId)), natId);
            return blackhole(s.withNatGateways(s.natGateways().stream().filter(n -> !n.natGatewayId().equals(natId))
                    .toList()), natId);
        });
    }

    public static Edit putInternetGateway(InternetGateway igw) {
        return new Edit(M.get("edit.put", igw.internetGatewayId()), s -> s.withInternetGateways(put(
                s.internetGateways(), igw, InternetGateway::internetGatewayId)));
    }

    /** Deletes an internet gateway; routes to it become blackholes. */
    public static Edit removeInternetGateway(String igwId) {
        return new Edit(M.get("edit.remove", igwId), s -> {
            require(s.internetGateways().stream().anyMatch(g -> g.internetGatewayId().equals(igwId)), igwId);
            return blackhole(s.withInternetGateways(s.internetGateways().stream()
                    .filter(g -> !g.internetGatewayId().equals(igwId)).toList()), igwId);
        });
    }

    public static Edit putEndpoint(VpcEndpoint endpoint) {
        return new Edit(M.get("edit.put", endpoint.vpcEndpointId()), s -> s.withVpcEndpoints(put(s.vpcEndpoints(),
                endpoint, VpcEndpoint::vpcEndpointId)));
    }

    /** Deletes an endpoint and the prefix-list routes AWS added for it. */
    public static Edit removeEndpoint(String endpointId) {
        return new Edit(M.get("edit.remove", endpointId), s -> {
            require(s.vpcEndpoints().stream().anyMatch(e -> e.vpcEndpointId().equals(endpointId)), endpointId);
            return s.withVpcEndpoints(s.vpcEndpoints().stream().filter(e -> !e.vpcEndpointId().equals(endpointId))
                    .toList()).withRouteTables(s.routeTables().stream().map(t -> withRoutes(t, t.routes().stream()
                            .filter(r -> !endpointId.equals(r.gatewayId())).toList())).toList());
        });
    }

    // --- security groups ---------------------------------------------------------------------

    public static Edit putSecurityGroup(SecurityGroup group) {
        return new Edit(M.get("edit.put", group.groupId()), s -> s.withSecurityGroups(put(s.securityGroups(), group,
                SecurityGroup::groupId)));
    }

    /** Deletes a group; connections that name it keep the name, and the checks flag it. */
    public static Edit removeSecurityGroup(String groupId) {
        return new Edit(M.get("edit.remove", groupId), s -> {
            require(s.securityGroups().stream().anyMatch(g -> g.groupId().equals(groupId)), groupId);
            return s.withSecurityGroups(s.securityGroups().stream().filter(g -> !g.groupId().equals(groupId)).toList());
        });
    }

    /** Adds an inbound ({@code ingress}) or outbound rule to a group. */
    public static Edit addRule(String groupId, boolean ingress, SecurityGroupRule rule) {
        return new Edit(M.get(ingress ? "edit.addIngress" : "edit.addEgress", groupId), s -> {
            SecurityGroup g = group(s, groupId);
            List<SecurityGroupRule> in = new ArrayList<>(g.ingress());
            List<SecurityGroupRule> out = new ArrayList<>(g.egress());
            List<SecurityGroupRule> list = ingress ? in : out;
            if (list.contains(rule)) {
                throw new EditRefused(M.get("refuse.ruleExists", groupId));
            }
            list.add(rule);
            return s.withSecurityGroups(put(s.securityGroups(), new SecurityGroup(g.groupId(), g.vpcId(),
                    g.groupName(), in, out), SecurityGroup::groupId));
        });
    }

    /** Removes the rule at a position (0-based) of the group's inbound or outbound rules. */
    public static Edit removeRule(String groupId, boolean ingress, int index) {
        return new Edit(M.get(ingress ? "edit.removeIngress" : "edit.removeEgress", groupId), s -> {
            SecurityGroup g = group(s, groupId);
            List<SecurityGroupRule> in = new ArrayList<>(g.ingress());
            List<SecurityGroupRule> out = new ArrayList<>(g.egress());
            List<SecurityGroupRule> list = ingress ? in : out;
            require(index >= 0 && index < list.size(), groupId + " #" + (index + 1));
            list.remove(index);
            return s.withSecurityGroups(put(s.securityGroups(), new SecurityGroup(g.groupId(), g.vpcId(),
                    g.groupName(), in, out), SecurityGroup::groupId));
        });
    }

    // --- connections and the job -------------------------------------------------------------

    public static Edit putConnection(GlueConnection connection) {
        return new Edit(M.get("edit.put", connection.name()), s -> s.withConnections(put(s.connections(), connection,
                GlueConnection::name)));
    }

    /** Deletes a connection and takes it out of every job's order. */
    public static Edit removeConnection(String name) {
        return new Edit(M.get("edit.remove", name), s -> {
            require(s.connection(name).isPresent(), name);
            return s.withConnections(s.connections().stream().filter(c -> !c.name().equals(name)).toList())
                    .withJobs(s.jobs().stream().map(j -> j.withConnectionNames(j.connectionNames().stream()
                            .filter(n -> !n.equals(name)).toList())).toList());
        });
    }

    /** Adds a connection and appends it to the job's order: what "add a connection to this job" means. */
    public static Edit addConnectionToJob(String jobName, GlueConnection connection) {
        return new Edit(M.get("edit.addConnection", connection.name(), jobName), s -> {
            GlueJob job = s.job(jobName).orElseThrow(() -> new EditRefused(M.get("refuse.missing", jobName)));
            if (s.connection(connection.name()).isPresent()) {
                throw new EditRefused(M.get("problem.duplicate", connection.name()));
            }
            List<String> order = new ArrayList<>(job.connectionNames());
            order.add(connection.name());
            Snapshot added = s.withConnections(put(s.connections(), connection, GlueConnection::name));
            return added.withJob(job.withConnectionNames(order));
        });
    }

    /** Replaces the job of that name (its workers, retries, Glue version, connection order). */
    public static Edit putJob(GlueJob job) {
        return new Edit(M.get("edit.put", job.name()), s -> {
            require(s.job(job.name()).isPresent(), job.name());
            return s.withJob(job);
        });
    }

    // --- helpers -----------------------------------------------------------------------------

    private static <T> List<T> put(List<T> list, T item, Function<T, String> id) {
        String key = id.apply(item);
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (id.apply(out.get(i)).equals(key)) {
                out.set(i, item);
                return out;
            }
        }
        out.add(item);
        return out;
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new EditRefused(M.get("refuse.missing", what));
        }
    }

    private static RouteTable table(Snapshot s, String id) {
        return s.routeTables().stream().filter(t -> t.routeTableId().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefused(M.get("refuse.missing", id)));
    }

    private static SecurityGroup group(Snapshot s, String id) {
        return s.securityGroups().stream().filter(g -> g.groupId().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefused(M.get("refuse.missing", id)));
    }

    private static int indexOf(List<Route> routes, String destination) {
        for (int i = 0; i < routes.size(); i++) {
            if (Objects.equals(routes.get(i).destination(), destination)) {
                return i;
            }
        }
        return -1;
    }

    private static Snapshot replaceTable(Snapshot s, RouteTable t) {
        return s.withRouteTables(put(s.routeTables(), t, RouteTable::routeTableId));
    }

    static RouteTable withRoutes(RouteTable t, List<Route> routes) {
        return new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), routes, t.tags());
    }

    static RouteTable withAssociations(RouteTable t, List<RouteTableAssociation> associations) {
        return new RouteTable(t.routeTableId(), t.vpcId(), associations, t.routes(), t.tags());
    }

    static VpcEndpoint withTables(VpcEndpoint e, List<String> tables) {
        return new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(), e.serviceName(), e.state(), tables,
                e.subnetIds());
    }

    /** Every route to the target becomes a blackhole (what AWS shows after the target is deleted). */
    private static Snapshot blackhole(Snapshot s, String targetId) {
        UnaryOperator<Route> hole = r -> targetId.equals(r.target())
                ? new Route(r.destinationCidrBlock(), r.destinationPrefixListId(), r.gatewayId(), r.natGatewayId(),
                        r.transitGatewayId(), r.instanceId(), r.vpcPeeringConnectionId(), "blackhole")
                : r;
        return s.withRouteTables(s.routeTables().stream().map(t -> withRoutes(t, t.routes().stream().map(hole)
                .toList())).toList());
    }
}
