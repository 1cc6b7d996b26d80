package dev.gluefailover.review;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
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
import dev.gluefailover.review.DiffChange.Action;
import dev.gluefailover.review.DiffChange.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The resources two snapshots hold, compared by kind and id: what was added, what was removed, and
 * in what is in both, every field and part (routes by destination, associations, endpoint route
 * tables and subnets, security-group rules, the job's connection order) that differs. Pure; the
 * order is the snapshot's section order, then the after snapshot's order within a section.
 */
final class DiffResources {
    private final Snapshot before;
    private final Snapshot after;
    private final List<DiffChange> changes = new ArrayList<>();

    private DiffResources(Snapshot before, Snapshot after) {
        this.before = before;
        this.after = after;
    }

    static List<DiffChange> between(Snapshot before, Snapshot after) {
        DiffResources d = new DiffResources(before, after);
        d.compareAll();
        return List.copyOf(d.changes);
    }

    /** A field of a resource: its name in the diff and how to read it. */
    private record Field<T>(String name, Function<T, Object> value) {
    }

    private static <T> Field<T> f(String name, Function<T, Object> value) {
        return new Field<>(name, value);
    }

    private void compareAll() {
        compare(Resource.AVAILABILITY_ZONE, before.availabilityZones(), after.availabilityZones(),
                AvailabilityZone::zoneId, z -> List.of(ref(ElementKind.AVAILABILITY_ZONE, z.zoneId())),
                List.of(f("name", AvailabilityZone::name), f("state", AvailabilityZone::state)), null);
        compare(Resource.VPC, before.vpcs(), after.vpcs(), Vpc::vpcId, v -> List.of(ref(ElementKind.VPC, v.vpcId())),
                List.of(f("name", Vpc::name), f("cidrBlock", Vpc::cidrBlock),
                        f("enableDnsSupport", Vpc::enableDnsSupport), f("enableDnsHostnames", Vpc::enableDnsHostnames)),
                null);
        compare(Resource.SUBNET, before.subnets(), after.subnets(), Subnet::subnetId,
                s -> List.of(ref(ElementKind.SUBNET, s.subnetId())),
                List.of(f("name", Subnet::name), f("vpcId", Subnet::vpcId),
                        f("availabilityZone", Subnet::availabilityZone),
                        f("availabilityZoneId", Subnet::availabilityZoneId), f("cidrBlock", Subnet::cidrBlock),
                        f("state", Subnet::state), f("freeIps", Subnet::availableIpAddressCount),
                        f("mapPublicIpOnLaunch", Subnet::mapPublicIpOnLaunch)),
                null);
        compare(Resource.ROUTE_TABLE, before.routeTables(), after.routeTables(), RouteTable::routeTableId,
                t -> List.of(ref(ElementKind.ROUTE_TABLE, t.routeTableId())),
                List.of(f("name", RouteTable::name), f("vpcId", RouteTable::vpcId), f("main", RouteTable::isMain)),
                this::routeTableParts);
        compare(Resource.NAT_GATEWAY, before.natGateways(), after.natGateways(), NatGateway::natGatewayId,
                n -> List.of(ref(ElementKind.NAT_GATEWAY, n.natGatewayId())),
                List.of(f("name", NatGateway::name), f("vpcId", NatGateway::vpcId), f("subnetId", NatGateway::subnetId),
                        f("state", NatGateway::state), f("connectivityType", NatGateway::connectivityType)),
                null);
        compare(Resource.INTERNET_GATEWAY, before.internetGateways(), after.internetGateways(),
                InternetGateway::internetGatewayId, g -> List.of(ref(ElementKind.INTERNET_GATEWAY, g.internetGatewayId())),
                List.of(), (b, a) -> parts(Resource.INTERNET_GATEWAY, a.internetGatewayId(), "attachedVpc",
                        b.attachedVpcIds(), a.attachedVpcIds(), v -> List.of(ref(ElementKind.INTERNET_GATEWAY,
                                a.internetGatewayId()), ref(ElementKind.VPC, v))));
        compare(Resource.VPC_ENDPOINT, before.vpcEndpoints(), after.vpcEndpoints(), VpcEndpoint::vpcEndpointId,
                e -> List.of(ref(ElementKind.VPC_ENDPOINT, e.vpcEndpointId())),
                List.of(f("vpcId", VpcEndpoint::vpcId), f("vpcEndpointType", VpcEndpoint::vpcEndpointType),
                        f("serviceName", VpcEndpoint::serviceName), f("state", VpcEndpoint::state)),
                (b, a) -> {
                    ElementRef self = ref(ElementKind.VPC_ENDPOINT, a.vpcEndpointId());
                    parts(Resource.VPC_ENDPOINT, a.vpcEndpointId(), "routeTable", b.routeTableIds(), a.routeTableIds(),
                            t -> List.of(self, ref(ElementKind.ROUTE_TABLE, t)));
                    parts(Resource.VPC_ENDPOINT, a.vpcEndpointId(), "subnet", b.subnetIds(), a.subnetIds(),
                            s -> List.of(self, ref(ElementKind.SUBNET, s)));
                });
        compare(Resource.SECURITY_GROUP, before.securityGroups(), after.securityGroups(), SecurityGroup::groupId,
                g -> connectionsUsing(g.groupId()),
                List.of(f("groupName", SecurityGroup::groupName), f("vpcId", SecurityGroup::vpcId)),
                (b, a) -> {
                    List<ElementRef> users = connectionsUsing(a.groupId());
                    parts(Resource.SECURITY_GROUP, a.groupId(), "ingressRule", rules(b.ingress(), true),
                            rules(a.ingress(), true), r -> users);
                    parts(Resource.SECURITY_GROUP, a.groupId(), "egressRule", rules(b.egress(), false),
                            rules(a.egress(), false), r -> users);
                });
        compare(Resource.CONNECTION, before.connections(), after.connections(), GlueConnection::name,
                c -> List.of(ref(ElementKind.CONNECTION, c.name())),
                List.of(f("connectionType", GlueConnection::connectionType), f("subnetId", GlueConnection::subnetId),
                        f("securityGroupIds", c -> String.join(", ", c.securityGroupIds())),
                        f("availabilityZone", GlueConnection::availabilityZone), f("jdbcUrl", GlueConnection::jdbcUrl),
                        f("status", GlueConnection::status), f("statusReason", GlueConnection::statusReason)),
                null);
        compare(Resource.JOB, before.jobs(), after.jobs(), GlueJob::name, j -> connectionRefs(j.connectionNames()),
                List.of(f("workerType", GlueJob::workerType), f("numberOfWorkers", GlueJob::numberOfWorkers),
                        f("maxCapacity", GlueJob::maxCapacity), f("maxRetries", GlueJob::maxRetries),
                        f("glueVersion", GlueJob::glueVersion), f("role", GlueJob::role),
                        f("defaultArguments", j -> j.defaultArguments().isEmpty() ? null : j.defaultArguments().toString()),
                        f("maxConcurrentRuns", GlueJob::maxConcurrentRuns)),
                this::jobParts);
        compare(Resource.ROLE_PERMISSION, before.rolePermissions(), after.rolePermissions(),
                p -> p.role() + " " + p.action(), p -> List.of(),
                List.of(f("decision", RolePermission::decision)), null);
    }

    /** Compares one section: resources by id, then their fields, then their parts. */
    private <T> void compare(Resource kind, List<T> beforeList, List<T> afterList, Function<T, String> id,
            Function<T, List<ElementRef>> elements, List<Field<T>> fields, PartsCompare<T> parts) {
        Map<String, T> b = byId(beforeList, id);
        Map<String, T> a = byId(afterList, id);
        for (Map.Entry<String, T> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                changes.add(new DiffChange(kind, e.getKey(), Action.REMOVED, null, null, null,
                        elements.apply(e.getValue())));
            }
        }
        for (Map.Entry<String, T> e : a.entrySet()) {
            T old = b.get(e.getKey());
            if (old == null) {
                changes.add(new DiffChange(kind, e.getKey(), Action.ADDED, null, null, null, elements.apply(e.getValue())));
                continue;
            }
            T now = e.getValue();
            if (old.equals(now)) {
                continue;
            }
            for (Field<T> f : fields) {
                String was = text(f.value().apply(old));
                String is = text(f.value().apply(now));
                if (!Objects.equals(was, is)) {
                    changes.add(new DiffChange(kind, e.getKey(), Action.CHANGED, f.name(), was, is,
                            elementsOfField(kind, f.name(), old, now, elements)));
                }
            }
            if (parts != null) {
                parts.compare(old, now);
            }
        }
    }

    @FunctionalInterface
    private interface PartsCompare<T> {
        void compare(T before, T after);
    }

    /** The elements of a field change: the resource's own, plus what the field pointed at before and after. */
    private <T> List<ElementRef> elementsOfField(Resource kind, String field, T old, T now,
            Function<T, List<ElementRef>> elements) {
        Set<ElementRef> refs = new LinkedHashSet<>(elements.apply(now));
        if (kind == Resource.CONNECTION && field.equals("subnetId")) {
            GlueConnection b = (GlueConnection) old;
            GlueConnection a = (GlueConnection) now;
            if (b.subnetId() != null) {
                refs.add(ref(ElementKind.SUBNET, b.subnetId()));
            }
            if (a.subnetId() != null) {
                refs.add(ref(ElementKind.SUBNET, a.subnetId()));
            }
        }
        if (kind == Resource.NAT_GATEWAY && field.equals("subnetId")) {
            refs.add(ref(ElementKind.SUBNET, ((NatGateway) now).subnetId()));
        }
        return List.copyOf(refs);
    }

    private void routeTableParts(RouteTable b, RouteTable a) {
        String id = a.routeTableId();
        ElementRef table = ref(ElementKind.ROUTE_TABLE, id);
        Map<String, Route> oldRoutes = new LinkedHashMap<>();
        for (Route r : b.routes()) {
            oldRoutes.put(String.valueOf(r.destination()), r);
        }
        Map<String, Route> newRoutes = new LinkedHashMap<>();
        for (Route r : a.routes()) {
            newRoutes.put(String.valueOf(r.destination()), r);
        }
        for (Map.Entry<String, Route> e : oldRoutes.entrySet()) {
            if (!newRoutes.containsKey(e.getKey())) {
                changes.add(new DiffChange(Resource.ROUTE_TABLE, id, Action.REMOVED, "route", route(e.getValue()), null,
                        withTarget(table, e.getValue(), null)));
            }
        }
        for (Map.Entry<String, Route> e : newRoutes.entrySet()) {
            Route old = oldRoutes.get(e.getKey());
            Route now = e.getValue();
            if (old == null) {
                changes.add(new DiffChange(Resource.ROUTE_TABLE, id, Action.ADDED, "route", null, route(now),
                        withTarget(table, now, null)));
            } else if (!route(old).equals(route(now))) {
                changes.add(new DiffChange(Resource.ROUTE_TABLE, id, Action.CHANGED, "route", route(old), route(now),
                        withTarget(table, old, now)));
            }
        }
        parts(Resource.ROUTE_TABLE, id, "association", subnetAssociations(b), subnetAssociations(a),
                s -> List.of(table, ref(ElementKind.SUBNET, s)));
    }

    private static List<String> subnetAssociations(RouteTable t) {
        List<String> subnets = new ArrayList<>();
        for (RouteTableAssociation a : t.associations()) {
            if (a.subnetId() != null) {
                subnets.add(a.subnetId());
            }
        }
        return subnets;
    }

    private static List<ElementRef> withTarget(ElementRef table, Route one, Route other) {
        Set<ElementRef> refs = new LinkedHashSet<>();
        refs.add(table);
        for (Route r : new Route[] {one, other}) {
            if (r != null && r.targetElement() != null) {
                refs.add(r.targetElement());
            }
        }
        return List.copyOf(refs);
    }

    /** "0.0.0.0/0 → nat-…", with "(blackhole)" when the route leads nowhere. */
    static String route(Route r) {
        return r.destination() + " \u2192 " + r.target() + (r.active() ? "" : " (blackhole)");
    }

    private void jobParts(GlueJob b, GlueJob a) {
        if (b.connectionNames().equals(a.connectionNames())) {
            return;
        }
        Set<String> was = new LinkedHashSet<>(b.connectionNames());
        Set<String> is = new LinkedHashSet<>(a.connectionNames());
        parts(Resource.JOB, a.name(), "connection", b.connectionNames(), a.connectionNames(),
                c -> List.of(ref(ElementKind.CONNECTION, c)));
        // The same connections in another order: Glue checks them in the new order.
        List<String> keptBefore = b.connectionNames().stream().filter(is::contains).toList();
        List<String> keptAfter = a.connectionNames().stream().filter(was::contains).toList();
        if (!keptBefore.equals(keptAfter)) {
            List<ElementRef> moved = new ArrayList<>();
            for (int i = 0; i < keptAfter.size(); i++) {
                if (!keptAfter.get(i).equals(keptBefore.get(i))) {
                    moved.add(ref(ElementKind.CONNECTION, keptAfter.get(i)));
                }
            }
            changes.add(new DiffChange(Resource.JOB, a.name(), Action.CHANGED, "connectionOrder",
                    String.join(", ", b.connectionNames()), String.join(", ", a.connectionNames()), moved));
        }
    }

    /** Parts of a resource (ids, rules) as sets: those only before are removed, those only after added. */
    private void parts(Resource kind, String id, String part, List<String> beforeParts, List<String> afterParts,
            Function<String, List<ElementRef>> elements) {
        Set<String> b = new LinkedHashSet<>(beforeParts);
        Set<String> a = new LinkedHashSet<>(afterParts);
        for (String p : b) {
            if (!a.contains(p)) {
                changes.add(new DiffChange(kind, id, Action.REMOVED, part, p, null, elements.apply(p)));
            }
        }
        for (String p : a) {
            if (!b.contains(p)) {
                changes.add(new DiffChange(kind, id, Action.ADDED, part, null, p, elements.apply(p)));
            }
        }
    }

    /** Each rule as one line: "tcp 5432 from sg-…", "all traffic to 0.0.0.0/0". */
    private static List<String> rules(List<SecurityGroupRule> rules, boolean ingress) {
        List<String> lines = new ArrayList<>();
        for (SecurityGroupRule r : rules) {
            String what = "-1".equals(r.ipProtocol()) ? "all"
                    : r.ipProtocol() + (r.fromPort() == null ? ""
                            : " " + (Objects.equals(r.fromPort(), r.toPort()) ? String.valueOf(r.fromPort())
                                    : r.fromPort() + "-" + r.toPort()));
            List<String> peers = new ArrayList<>(r.cidrs());
            peers.addAll(r.groupIds());
            peers.addAll(r.prefixListIds());
            lines.add(what + (ingress ? " \u2190 " : " \u2192 ") + String.join(", ", peers));
        }
        return lines;
    }

    private List<ElementRef> connectionsUsing(String groupId) {
        Set<ElementRef> refs = new LinkedHashSet<>();
        for (Snapshot s : List.of(after, before)) {
            for (GlueConnection c : s.connections()) {
                if (c.securityGroupIds().contains(groupId)) {
                    refs.add(ref(ElementKind.CONNECTION, c.name()));
                }
            }
        }
        return List.copyOf(refs);
    }

    private static List<ElementRef> connectionRefs(List<String> names) {
        return names.stream().map(n -> ref(ElementKind.CONNECTION, n)).toList();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : list) {
            m.putIfAbsent(id.apply(t), t);
        }
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static ElementRef ref(ElementKind kind, String id) {
        return new ElementRef(kind, id);
    }
}
