package dev.gluefailover.review;

import static dev.gluefailover.review.FixCommands.var;
import static dev.gluefailover.review.FixContext.withEndpointTables;
import static dev.gluefailover.review.FixContext.zoneLabel;

import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A NAT gateway per zone: proposed when NAT_IN_FAILED_AZ fails, a NAT gateway is a single point of
 * failure or an AZ outage is not survived. One public NAT gateway in each zone of the job's
 * connections, and a route table per zone whose default route goes to its own zone's gateway.
 */
final class NatPerAzFix {
    private static final Messages TEXT = Messages.of("review");

    private NatPerAzFix() {
    }

    static void propose(FixContext c, List<Candidate> out) {
        for (String vpcId : c.index().vpcsOf(c.job())) {
            natPerAzIn(c, vpcId).ifPresent(out::add);
        }
    }

    /** One proposed route table: its id, the zone, the table it copies, the subnets it takes over. */
    private record NewTable(String id, String zoneId, RouteTable from, List<String> subnets, String natId) {
    }

    private static Optional<Candidate> natPerAzIn(FixContext c, String vpcId) {
        SnapshotIndex index = c.index();
        boolean oneVpc = c.index().vpcsOf(c.job()).size() == 1;
        // The private subnets of the job's connections in this VPC, by zone id in the snapshot's zone order.
        Map<String, List<Subnet>> byZone = new LinkedHashMap<>();
        for (Subnet s : c.connectionSubnets()) {
            if (vpcId.equals(s.vpcId()) && !index.isPublic(s) && index.zoneIdOf(s) != null) {
                byZone.computeIfAbsent(index.zoneIdOf(s), z -> new ArrayList<>()).add(s);
            }
        }
        if (byZone.isEmpty() || index.internetGatewaysOf(vpcId).isEmpty() && !hasPublicNat(c, vpcId)) {
            return Optional.empty();
        }
        List<NatGateway> newNats = new ArrayList<>();
        Map<String, String> natOfZone = new LinkedHashMap<>();
        Map<String, String> natSubnet = new LinkedHashMap<>();
        for (String zoneId : byZone.keySet()) {
            Optional<NatGateway> existing = c.snapshot().natGateways().stream()
                    .filter(n -> vpcId.equals(index.vpcIdOf(n)) && !n.isPrivate() && "available".equals(n.state()))
                    .filter(n -> index.subnet(n.subnetId()).map(index::zoneIdOf).map(zoneId::equals).orElse(false))
                    .findFirst();
            if (existing.isPresent()) {
                natOfZone.put(zoneId, existing.get().natGatewayId());
                continue;
            }
            Optional<Subnet> publicSubnet = index.subnetsIn(vpcId).stream()
                    .filter(s -> zoneId.equals(index.zoneIdOf(s)) && index.isPublic(s))
                    .min(Comparator.comparing(Subnet::subnetId));
            if (publicSubnet.isEmpty()) {
                continue; // no public subnet in this zone to hold a NAT gateway: that zone is not served
            }
            String id = "nat-proposed-" + zoneId + (oneVpc ? "" : "-" + vpcId);
            newNats.add(new NatGateway(id, vpcId, publicSubnet.get().subnetId(), "available", "public",
                    Map.of("Name", natName(c, vpcId, publicSubnet.get()))));
            natOfZone.put(zoneId, id);
            natSubnet.put(id, publicSubnet.get().subnetId());
        }
        // Route each private subnet to its own zone's NAT: replace the route in a table that serves that
        // zone alone, or move the zone's subnets off a shared table onto a new one.
        Map<String, NewTable> newTables = new LinkedHashMap<>();
        Map<String, String> replaceIn = new LinkedHashMap<>(); // table id -> NAT id
        for (Map.Entry<String, List<Subnet>> zone : byZone.entrySet()) {
            String natId = natOfZone.get(zone.getKey());
            if (natId == null) {
                continue;
            }
            for (Subnet s : zone.getValue()) {
                Optional<SnapshotIndex.EffectiveRouteTable> eff = index.effectiveRouteTable(s);
                if (eff.isEmpty()) {
                    continue;
                }
                RouteTable t = eff.get().table();
                if (defaultNat(t).map(natId::equals).orElse(false)) {
                    continue;
                }
                List<Subnet> served = servedBy(index, vpcId, t);
                boolean zoneAlone = !t.isMain() && served.stream().allMatch(x -> zone.getKey().equals(index.zoneIdOf(x)));
                if (zoneAlone) {
                    replaceIn.put(t.routeTableId(), natId);
                    continue;
                }
                String key = zone.getKey() + "|" + t.routeTableId();
                NewTable nt = newTables.get(key);
                if (nt == null) {
                    String id = "rtb-proposed-" + zone.getKey() + (oneVpc ? "" : "-" + vpcId);
                    long same = newTables.values().stream().filter(x -> x.zoneId().equals(zone.getKey())).count();
                    if (same > 0) {
                        id += "-" + (same + 1);
                    }
                    // Every private subnet of this zone on the shared table moves, not only the connection's.
                    List<String> moved = served.stream().filter(x -> zone.getKey().equals(index.zoneIdOf(x))
                            && !index.isPublic(x)).map(Subnet::subnetId).toList();
                    nt = new NewTable(id, zone.getKey(), t, moved, natId);
                    newTables.put(key, nt);
                }
            }
        }
        if (newNats.isEmpty() && newTables.isEmpty() && replaceIn.isEmpty()) {
            return Optional.empty();
        }
        List<ElementRef> added = new ArrayList<>();
        newNats.forEach(n -> added.add(new ElementRef(ElementKind.NAT_GATEWAY, n.natGatewayId())));
        newTables.values().forEach(t -> added.add(new ElementRef(ElementKind.ROUTE_TABLE, t.id())));
        Set<ElementRef> changed = new LinkedHashSet<>();
        replaceIn.keySet().forEach(t -> changed.add(new ElementRef(ElementKind.ROUTE_TABLE, t)));
        Map<String, List<String>> endpointAdds = new LinkedHashMap<>();
        for (NewTable t : newTables.values()) {
            changed.add(new ElementRef(ElementKind.ROUTE_TABLE, t.from().routeTableId()));
            for (VpcEndpoint e : index.gatewayEndpointsOn(t.from().routeTableId())) {
                endpointAdds.computeIfAbsent(e.vpcEndpointId(), k -> new ArrayList<>()).add(t.id());
                changed.add(new ElementRef(ElementKind.VPC_ENDPOINT, e.vpcEndpointId()));
            }
        }
        List<String> commands = new ArrayList<>();
        for (NatGateway n : newNats) {
            String zoneId = zoneOfNat(natOfZone, n.natGatewayId());
            String eip = var("EIP_" + zoneId);
            String nat = var("NAT_" + zoneId);
            commands.add("# " + TEXT.get("cmd.natIn", zoneLabel(index, zoneId), n.subnetId()));
            commands.add(eip + "=$(aws ec2 allocate-address --domain vpc --query AllocationId --output text)");
            commands.add(nat + "=$(aws ec2 create-nat-gateway --subnet-id " + n.subnetId() + " --allocation-id \"$"
                    + eip + "\" --tag-specifications 'ResourceType=natgateway,Tags=[{Key=Name,Value="
                    + n.name() + "}]' --query NatGateway.NatGatewayId --output text)");
            commands.add("aws ec2 wait nat-gateway-available --nat-gateway-ids \"$" + nat + "\"");
        }
        for (Map.Entry<String, String> r : replaceIn.entrySet()) {
            RouteTable t = index.routeTable(r.getKey()).orElseThrow();
            boolean hasDefault = t.routes().stream().anyMatch(Route::isDefaultRoute);
            commands.add("# " + TEXT.get("cmd.routeToNat", t.routeTableId(), r.getValue()));
            commands.add("aws ec2 " + (hasDefault ? "replace-route" : "create-route") + " --route-table-id "
                    + t.routeTableId() + " --destination-cidr-block 0.0.0.0/0 --nat-gateway-id "
                    + natRef(r.getValue(), natOfZone, newNats));
        }
        for (NewTable t : newTables.values()) {
            String rtb = var("RTB_" + t.zoneId());
            commands.add("# " + TEXT.get("cmd.newTable", t.id(), zoneLabel(index, t.zoneId()), t.from().routeTableId()));
            commands.add(rtb + "=$(aws ec2 create-route-table --vpc-id " + vpcId
                    + " --tag-specifications 'ResourceType=route-table,Tags=[{Key=Name,Value=" + t.id()
                    + "}]' --query RouteTable.RouteTableId --output text)");
            commands.add("aws ec2 create-route --route-table-id \"$" + rtb
                    + "\" --destination-cidr-block 0.0.0.0/0 --nat-gateway-id " + natRef(t.natId(), natOfZone, newNats));
            for (Route route : t.from().routes()) {
                copyRouteCommand(route, "\"$" + rtb + "\"").ifPresent(commands::add);
            }
            for (VpcEndpoint e : index.gatewayEndpointsOn(t.from().routeTableId())) {
                commands.add("aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + e.vpcEndpointId()
                        + " --add-route-table-ids \"$" + rtb + "\"");
            }
            for (String subnet : t.subnets()) {
                if (t.from().isMain() && t.from().associations().stream().noneMatch(a -> subnet.equals(a.subnetId()))) {
                    commands.add("aws ec2 associate-route-table --route-table-id \"$" + rtb + "\" --subnet-id " + subnet);
                } else {
                    String assoc = var("ASSOC_" + subnet);
                    commands.add(assoc + "=$(aws ec2 describe-route-tables --route-table-ids " + t.from().routeTableId()
                            + " --query \"RouteTables[0].Associations[?SubnetId=='" + subnet
                            + "'].RouteTableAssociationId\" --output text)");
                    commands.add("aws ec2 replace-route-table-association --association-id \"$" + assoc
                            + "\" --route-table-id \"$" + rtb + "\"");
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!newNats.isEmpty()) {
            notes.add(TEXT.get("note.natCost", newNats.size()));
        }
        Set<String> unserved = new LinkedHashSet<>(byZone.keySet());
        unserved.removeAll(natOfZone.keySet());
        if (!unserved.isEmpty()) {
            notes.add(TEXT.get("note.noPublicSubnet", String.join(", ", unserved.stream()
                    .map(z -> zoneLabel(index, z)).toList())));
        }
        String reason = natReason(c, vpcId);
        String title = TEXT.get("title.natPerAz", vpcId);
        Map<String, String> replace = Map.copyOf(replaceIn);
        List<NewTable> tables = List.copyOf(newTables.values());
        Fix fix = new Fix(FixKind.NAT_PER_AZ, FixKind.NAT_PER_AZ + ":" + vpcId, title, added, List.copyOf(changed),
                commands, notes, s -> applyNatPerAz(s, newNats, replace, tables, endpointAdds));
        return Optional.of(new Candidate(fix, reason));
    }

    private static Snapshot applyNatPerAz(Snapshot s, List<NatGateway> newNats, Map<String, String> replaceIn,
            List<NewTable> newTables, Map<String, List<String>> endpointAdds) {
        List<NatGateway> nats = new ArrayList<>(s.natGateways());
        nats.addAll(newNats);
        Set<String> moved = new LinkedHashSet<>();
        newTables.forEach(t -> moved.addAll(t.subnets()));
        List<RouteTable> tables = new ArrayList<>();
        for (RouteTable t : s.routeTables()) {
            List<Route> routes = t.routes();
            if (replaceIn.containsKey(t.routeTableId())) {
                routes = withDefaultToNat(routes, replaceIn.get(t.routeTableId()));
            }
            List<RouteTableAssociation> assocs = t.associations().stream()
                    .filter(a -> a.subnetId() == null || !moved.contains(a.subnetId())).toList();
            tables.add(new RouteTable(t.routeTableId(), t.vpcId(), assocs, routes, t.tags()));
        }
        for (NewTable nt : newTables) {
            tables.add(new RouteTable(nt.id(), nt.from().vpcId(),
                    nt.subnets().stream().map(RouteTableAssociation::subnet).toList(),
                    withDefaultToNat(nt.from().routes(), nt.natId()), Map.of("Name", nt.id())));
        }
        return withEndpointTables(s.withNatGateways(nats).withRouteTables(tables), endpointAdds);
    }

    /** The routes with any 0.0.0.0/0 route replaced by one to the NAT gateway. */
    private static List<Route> withDefaultToNat(List<Route> routes, String natId) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            if (!r.isDefaultRoute()) {
                out.add(r);
            }
        }
        out.add(Route.toNat("0.0.0.0/0", natId));
        return out;
    }

    private static String natReason(FixContext c, String vpcId) {
        for (Resilience.SinglePointOfFailure s : c.resilience().singlePointsOfFailure()) {
            if (s.kind() == Resilience.Kind.NAT_GATEWAY) {
                return TEXT.get("reason.natSpof", s.text());
            }
        }
        if (!c.resilience().survivesAnySingleAzOutage()) {
            return TEXT.get("reason.natAzOutage", c.resilience().azOutage().text());
        }
        return TEXT.get("reason.natOtherZone", vpcId);
    }

    /** A short Name tag in the VPC's own style: {@code data-nat-1b} for VPC "data-vpc" in us-east-1b. */
    private static String natName(FixContext c, String vpcId, Subnet in) {
        String vpcName = c.index().vpc(vpcId).map(v -> v.tags().get("Name")).orElse(null);
        String base = vpcName == null || vpcName.isBlank() ? "" : vpcName.replaceFirst("-vpc$", "") + "-";
        String region = c.snapshot().region().name();
        String zone = in.availabilityZone() != null && in.availabilityZone().startsWith(region)
                ? in.availabilityZone().substring(region.lastIndexOf('-') + 1) : c.index().zoneIdOf(in);
        return base + "nat-" + zone;
    }

    private static boolean hasPublicNat(FixContext c, String vpcId) {
        return c.snapshot().natGateways().stream().anyMatch(n -> vpcId.equals(c.index().vpcIdOf(n)) && !n.isPrivate());
    }

    private static Optional<String> defaultNat(RouteTable t) {
        return t.routes().stream().filter(r -> r.isDefaultRoute() && r.active() && r.natGatewayId() != null)
                .map(Route::natGatewayId).findFirst();
    }

    /** The subnets of the VPC whose effective route table is this one. */
    private static List<Subnet> servedBy(SnapshotIndex index, String vpcId, RouteTable t) {
        return index.subnetsIn(vpcId).stream().filter(s -> index.effectiveRouteTable(s)
                .map(e -> e.table().routeTableId().equals(t.routeTableId())).orElse(false)).toList();
    }

    private static String zoneOfNat(Map<String, String> natOfZone, String natId) {
        return natOfZone.entrySet().stream().filter(e -> e.getValue().equals(natId)).map(Map.Entry::getKey)
                .findFirst().orElse(natId);
    }

    /** A proposed NAT's shell variable, an existing one's id. */
    private static String natRef(String natId, Map<String, String> natOfZone, List<NatGateway> newNats) {
        boolean proposed = newNats.stream().anyMatch(n -> n.natGatewayId().equals(natId));
        return proposed ? "\"$" + var("NAT_" + zoneOfNat(natOfZone, natId)) + "\"" : natId;
    }

    /** The create-route for a route the new table keeps (not local, not the default, not an endpoint's). */
    private static Optional<String> copyRouteCommand(Route r, String table) {
        if (r.isDefaultRoute() || "local".equals(r.gatewayId()) || r.targetsVpcEndpoint()) {
            return Optional.empty();
        }
        String dest = r.destinationCidrBlock() != null ? "--destination-cidr-block " + r.destinationCidrBlock()
                : "--destination-prefix-list-id " + r.destinationPrefixListId();
        String target;
        if (r.natGatewayId() != null) {
            target = "--nat-gateway-id " + r.natGatewayId();
        } else if (r.transitGatewayId() != null) {
            target = "--transit-gateway-id " + r.transitGatewayId();
        } else if (r.vpcPeeringConnectionId() != null) {
            target = "--vpc-peering-connection-id " + r.vpcPeeringConnectionId();
        } else if (r.instanceId() != null) {
            target = "--instance-id " + r.instanceId();
        } else if (r.gatewayId() != null) {
            target = "--gateway-id " + r.gatewayId();
        } else {
            return Optional.empty();
        }
        return Optional.of("aws ec2 create-route --route-table-id " + table + " " + dest + " " + target);
    }

}
