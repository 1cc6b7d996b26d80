package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Look-ups over one snapshot, built once, so that an evaluation is a handful of map reads per
 * connection. Also answers the standard VPC questions the diagram needs: a subnet's effective
 * route table, whether it is public.
 */
public final class SnapshotIndex {
    private final Snapshot snapshot;
    private final Map<String, Vpc> vpcs;
    private final Map<String, Subnet> subnets;
    private final Map<String, RouteTable> routeTables;
    private final Map<String, NatGateway> natGateways;
    private final Map<String, VpcEndpoint> endpoints;
    private final Map<String, SecurityGroup> securityGroups;
    private final Map<String, GlueConnection> connections;
    private final Map<String, AvailabilityZone> zonesByName;
    private final Map<String, AvailabilityZone> zonesById;
    private final Map<String, RouteTable> explicitTableBySubnet = new HashMap<>();
    private final Map<String, RouteTable> mainTableByVpc = new HashMap<>();
    private final Map<String, List<VpcEndpoint>> gatewayEndpointsByTable = new HashMap<>();
    private final Map<String, List<VpcEndpoint>> endpointsByVpc = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
    private final Map<String, List<InternetGateway>> igwsByVpc = new HashMap<>();
    private final Map<String, List<LoadProblem>> problemsByAction = new HashMap<>();
    private final Map<String, String> zoneIdBySubnetZone = new HashMap<>();
    private final Set<String> subnetZoneNames = new HashSet<>();
    private final Map<String, SubnetRouting> routingBySubnet = new HashMap<>();

    public SnapshotIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        vpcs = byId(snapshot.vpcs(), Vpc::vpcId);
        subnets = byId(snapshot.subnets(), Subnet::subnetId);
        routeTables = byId(snapshot.routeTables(), RouteTable::routeTableId);
        natGateways = byId(snapshot.natGateways(), NatGateway::natGatewayId);
        endpoints = byId(snapshot.vpcEndpoints(), VpcEndpoint::vpcEndpointId);
        securityGroups = byId(snapshot.securityGroups(), SecurityGroup::groupId);
        connections = byId(snapshot.connections(), GlueConnection::name);
        zonesByName = byId(snapshot.availabilityZones(), AvailabilityZone::name);
        zonesById = byId(snapshot.availabilityZones(), AvailabilityZone::zoneId);
        for (RouteTable t : snapshot.routeTables()) {
            for (RouteTableAssociation a : t.associations()) {
                if (a.main()) {
                    mainTableByVpc.put(t.vpcId(), t);
                } else if (a.subnetId() != null) {
                    explicitTableBySubnet.put(a.subnetId(), t);
                }
            }
        }
        for (VpcEndpoint e : snapshot.vpcEndpoints()) {
            endpointsByVpc.computeIfAbsent(e.vpcId(), k -> new ArrayList<>()).add(e);
            if (e.isGateway()) {
                for (String table : e.routeTableIds()) {
                    gatewayEndpointsByTable.computeIfAbsent(table, k -> new ArrayList<>()).add(e);
                }
            }
        }
        for (Subnet s : snapshot.subnets()) {
            subnetsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s);
            // The first subnet that names a zone (by id, or by name with its id) decides, as a scan would.
            if (s.availabilityZoneId() != null) {
                zoneIdBySubnetZone.putIfAbsent(s.availabilityZoneId(), s.availabilityZoneId());
                if (s.availabilityZone() != null) {
                    zoneIdBySubnetZone.putIfAbsent(s.availabilityZone(), s.availabilityZoneId());
                }
            }
            if (s.availabilityZone() != null) {
                subnetZoneNames.add(s.availabilityZone());
            }
        }
        // Worked out once: every evaluation asks each connection's subnet for its table.
        Map<RouteTable, List<Route>> natRoutesByTable = new IdentityHashMap<>();
        for (Subnet s : snapshot.subnets()) {
            Optional<EffectiveRouteTable> t = computeEffectiveRouteTable(s);
            if (t.isPresent()) {
                List<Route> nat = natRoutesByTable.computeIfAbsent(t.get().table(), SnapshotIndex::natRoutes);
                routingBySubnet.putIfAbsent(s.subnetId(), new SubnetRouting(s, t.get(), t.get().describe(), nat));
            }
        }
        for (LoadProblem p : snapshot.problems()) {
            problemsByAction.computeIfAbsent(p.action(), k -> new ArrayList<>()).add(p);
        }
        for (InternetGateway g : snapshot.internetGateways()) {
            for (String vpc : g.attachedVpcIds()) {
                igwsByVpc.computeIfAbsent(vpc, k -> new ArrayList<>()).add(g);
            }
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Optional<Vpc> vpc(String id) {
        return Optional.ofNullable(id == null ? null : vpcs.get(id));
    }

    public Optional<Subnet> subnet(String id) {
        return Optional.ofNullable(id == null ? null : subnets.get(id));
    }

    public Optional<RouteTable> routeTable(String id) {
        return Optional.ofNullable(id == null ? null : routeTables.get(id));
    }

    public Optional<NatGateway> natGateway(String id) {
        return Optional.ofNullable(id == null ? null : natGateways.get(id));
    }

    public Optional<VpcEndpoint> endpoint(String id) {
        return Optional.ofNullable(id == null ? null : endpoints.get(id));
    }

    public Optional<SecurityGroup> securityGroup(String id) {
        return Optional.ofNullable(id == null ? null : securityGroups.get(id));
    }

    public Optional<GlueConnection> connection(String name) {
        return Optional.ofNullable(name == null ? null : connections.get(name));
    }

    /** A zone by name ({@code us-east-1a}) or by id ({@code use1-az1}). */
    public Optional<AvailabilityZone> zone(String nameOrId) {
        if (nameOrId == null) {
            return Optional.empty();
        }
        AvailabilityZone z = zonesById.get(nameOrId);
        return Optional.ofNullable(z != null ? z : zonesByName.get(nameOrId));
    }

    /**
     * The zone id of a zone named by id or name: from the zone table, else from the subnets that
     * carry both (the first that names it); empty when the snapshot does not know the zone.
     */
    public Optional<String> zoneIdFor(String nameOrId) {
        if (nameOrId == null) {
            return Optional.empty();
        }
        AvailabilityZone z = zonesById.get(nameOrId);
        if (z == null) {
            z = zonesByName.get(nameOrId);
        }
        return Optional.ofNullable(z != null ? z.zoneId() : zoneIdBySubnetZone.get(nameOrId));
    }

    /** Some subnet of the snapshot sits in a zone of this name. */
    public boolean hasSubnetInZoneNamed(String name) {
        return subnetZoneNames.contains(name);
    }

    /** The zone id of a subnet: from the subnet itself, else through its zone name. */
    public String zoneIdOf(Subnet subnet) {
        if (subnet.availabilityZoneId() != null) {
            return subnet.availabilityZoneId();
        }
        return zone(subnet.availabilityZone()).map(AvailabilityZone::zoneId).orElse(null);
    }

    /**
     * The route table that governs a subnet: the one explicitly associated with it, else the
     * VPC's main table (standard VPC rule).
     */
    public Optional<EffectiveRouteTable> effectiveRouteTable(Subnet subnet) {
        SubnetRouting known = routingBySubnet.get(subnet.subnetId());
        return known != null && known.subnet() == subnet ? Optional.of(known.table())
                : computeEffectiveRouteTable(subnet);
    }

    /**
     * A subnet's effective route table with its description and NAT routes, worked out once per
     * subnet of this snapshot (every evaluation asks for them); empty when the subnet has no table.
     */
    public Optional<SubnetRouting> routing(Subnet subnet) {
        SubnetRouting known = routingBySubnet.get(subnet.subnetId());
        if (known != null && known.subnet() == subnet) {
            return Optional.of(known);
        }
        return computeEffectiveRouteTable(subnet)
                .map(t -> new SubnetRouting(subnet, t, t.describe(), natRoutes(t.table())));
    }

    private Optional<EffectiveRouteTable> computeEffectiveRouteTable(Subnet subnet) {
        RouteTable explicit = explicitTableBySubnet.get(subnet.subnetId());
        if (explicit != null) {
            return Optional.of(new EffectiveRouteTable(explicit, true));
        }
        RouteTable main = mainTableByVpc.get(subnet.vpcId());
        return Optional.ofNullable(main == null ? null : new EffectiveRouteTable(main, false));
    }

    /** Gateway endpoints whose RouteTableIds contain this table. */
    public List<VpcEndpoint> gatewayEndpointsOn(String routeTableId) {
        return gatewayEndpointsByTable.getOrDefault(routeTableId, List.of());
    }

    public List<VpcEndpoint> endpointsIn(String vpcId) {
        return endpointsByVpc.getOrDefault(vpcId, List.of());
    }

    public List<Subnet> subnetsIn(String vpcId) {
        return subnetsByVpc.getOrDefault(vpcId, List.of());
    }

    public List<InternetGateway> internetGatewaysOf(String vpcId) {
        return igwsByVpc.getOrDefault(vpcId, List.of());
    }

    /**
     * The VPCs a job's connections place it in (through their subnets), in job order: the part
     * of the network whose failures can matter to the job.
     */
    public Set<String> vpcsOf(GlueJob job) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : job.connectionNames()) {
            connection(name).map(GlueConnection::subnetId).flatMap(this::subnet).map(Subnet::vpcId)
                    .ifPresent(ids::add);
        }
        return ids;
    }

    /** A NAT gateway's VPC: as recorded, else the VPC of the subnet it sits in. */
    public String vpcIdOf(NatGateway nat) {
        return nat.vpcId() != null ? nat.vpcId() : subnet(nat.subnetId()).map(Subnet::vpcId).orElse(null);
    }

    /** Public = its effective route table has a default route to an internet gateway. */
    public boolean isPublic(Subnet subnet) {
        return effectiveRouteTable(subnet).map(t -> t.table().routes().stream()
                .anyMatch(r -> r.isDefaultRoute() && r.targetsInternetGateway() && r.active())).orElse(false);
    }

    /** The load problem that hides data for this action and resource, if any. */
    public Optional<LoadProblem> problem(String action, String resourceId) {
        List<LoadProblem> forAction = problemsByAction.get(action);
        if (forAction != null) {
            for (LoadProblem p : forAction) {
                if (resourceId == null || p.concerns(resourceId)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The routes of a table that send traffic to a NAT gateway. */
    public static List<Route> natRoutes(RouteTable table) {
        List<Route> routes = new ArrayList<>(2);
        for (Route r : table.routes()) {
            if (r.natGatewayId() != null) {
                routes.add(r);
            }
        }
        return routes;
    }

    /**
     * A subnet's routing as the egress check reads it: the effective table, its description
     * ({@link EffectiveRouteTable#describe()}) and its routes to NAT gateways.
     */
    public record SubnetRouting(Subnet subnet, EffectiveRouteTable table, dev.gluefailover.i18n.Text description,
            List<Route> natRoutes) {
        public SubnetRouting {
            natRoutes = List.copyOf(natRoutes);
        }
    }

    /** A subnet's effective route table and whether it is explicitly associated (else: main table). */
    public record EffectiveRouteTable(RouteTable table, boolean explicit) {
        public dev.gluefailover.i18n.Text describe() {
            return explicit ? dev.gluefailover.i18n.Text.of("checks", "routeTable.explicit", table.routeTableId())
                    : dev.gluefailover.i18n.Text.of("checks", "routeTable.main", table.routeTableId(), table.vpcId());
        }
    }
}
