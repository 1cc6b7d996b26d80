package dev.gluefailover.review;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.checks.AllEgress;
import dev.gluefailover.engine.checks.AzMatches;
import dev.gluefailover.engine.checks.DnsEnabled;
import dev.gluefailover.engine.checks.EgressToS3OrNat;
import dev.gluefailover.engine.checks.FreeIps;
import dev.gluefailover.engine.checks.IpsForWorkers;
import dev.gluefailover.engine.checks.RoleCanCreateEni;
import dev.gluefailover.engine.checks.RoleCanDescribe;
import dev.gluefailover.engine.checks.S3WithoutProxy;
import dev.gluefailover.engine.checks.SelfIngress;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The candidate fixes for one job, derived from its evaluation (every check of every connection)
 * and its resilience summary. Nothing here is offered yet: {@link Recommendations} proves each
 * candidate on a fork and keeps those that improve something.
 *
 * <p>Which check leads to which fix: NO_S3_ENDPOINT_OR_NAT and NO_S3_ROUTE_NO_PROXY → the S3 gateway
 * endpoint on the table; NAT_IN_FAILED_AZ, a NAT single point of failure or an AZ outage not
 * survived → a NAT per zone; every connection in one zone → a connection in another zone;
 * IPS_BELOW_WORKERS and NO_FREE_IPS → move the connection; a chosen connection whose run fails
 * while a later one works → reorder; AZ_MISMATCH → the subnet's zone in the connection;
 * DNS_DISABLED → the VPC's DNS attributes; SG_NO_SELF_INGRESS and SG_NO_EGRESS → the rule;
 * ROLE_CANNOT_DESCRIBE and ROLE_CANNOT_CREATE_ENI → the role's policy. CONNECTION_NOT_FOUND,
 * CONNECTION_NOT_READY, SUBNET_INVALID, SG_OTHER_VPC, AZ_UNHEALTHY and PRIVATE_NAT_ONLY have no
 * fix a command could make without knowing more than the snapshot holds (or they are the AZ
 * outage itself); NAT_ROUTE_NOT_DEFAULT only warns, so no fix of it could prove an improvement.
 */
final class Fixes {
    private static final Messages TEXT = Messages.of("review");
    /** The prefix list a proposed S3 gateway endpoint routes through (the real id is per region). */
    static final String PROPOSED_S3_PREFIX_LIST = "pl-proposed-s3";

    private Fixes() {
    }

    /** A fix and why it is proposed. */
    record Candidate(Fix fix, String reason) {
    }

    /** Everything the generators look at. */
    private record Context(Engine engine, SnapshotIndex index, Snapshot snapshot, GlueJob job, Simulation simulation,
            RuleSettings settings, Evaluation evaluation, Resilience resilience) {
    }

    static List<Candidate> candidates(Engine engine, GlueJob job, Simulation simulation, RuleSettings settings,
            Recommendation.Standing before) {
        Context c = new Context(engine, engine.index(), engine.snapshot(), job, simulation, settings,
                before.evaluation(), before.resilience());
        List<Candidate> out = new ArrayList<>();
        natPerAz(c, out);
        s3Endpoint(c, out);
        addConnection(c, out);
        moveConnection(c, out);
        reorder(c, out);
        connectionAz(c, out);
        dns(c, out);
        securityGroupRule(c, out, SelfIngress.DEFINITION.code(), FixKind.SELF_REFERENCING_INGRESS);
        securityGroupRule(c, out, AllEgress.DEFINITION.code(), FixKind.ALL_EGRESS);
        rolePermissions(c, out);
        return out;
    }

    // ---------------------------------------------------------------- NAT per AZ

    private static void natPerAz(Context c, List<Candidate> out) {
        for (String vpcId : c.index().vpcsOf(c.job())) {
            natPerAzIn(c, vpcId).ifPresent(out::add);
        }
    }

    /** One proposed route table: its id, the zone, the table it copies, the subnets it takes over. */
    private record NewTable(String id, String zoneId, RouteTable from, List<String> subnets, String natId) {
    }

    private static Optional<Candidate> natPerAzIn(Context c, String vpcId) {
        SnapshotIndex index = c.index();
        boolean oneVpc = c.index().vpcsOf(c.job()).size() == 1;
        // The private subnets of the job's connections in this VPC, by zone id in the snapshot's zone order.
        Map<String, List<Subnet>> byZone = new LinkedHashMap<>();
        for (Subnet s : connectionSubnets(c)) {
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

    private static Snapshot withEndpointTables(Snapshot s, Map<String, List<String>> adds) {
        if (adds.isEmpty()) {
            return s;
        }
        List<VpcEndpoint> endpoints = new ArrayList<>();
        for (VpcEndpoint e : s.vpcEndpoints()) {
            List<String> more = adds.get(e.vpcEndpointId());
            if (more == null) {
                endpoints.add(e);
                continue;
            }
            List<String> tables = new ArrayList<>(e.routeTableIds());
            more.stream().filter(t -> !tables.contains(t)).forEach(tables::add);
            endpoints.add(new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(), e.serviceName(),
                    e.state(), tables, e.subnetIds()));
        }
        return s.withVpcEndpoints(endpoints);
    }

    private static String natReason(Context c, String vpcId) {
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
    private static String natName(Context c, String vpcId, Subnet in) {
        String vpcName = c.index().vpc(vpcId).map(v -> v.tags().get("Name")).orElse(null);
        String base = vpcName == null || vpcName.isBlank() ? "" : vpcName.replaceFirst("-vpc$", "") + "-";
        String region = c.snapshot().region().name();
        String zone = in.availabilityZone() != null && in.availabilityZone().startsWith(region)
                ? in.availabilityZone().substring(region.lastIndexOf('-') + 1) : c.index().zoneIdOf(in);
        return base + "nat-" + zone;
    }

    private static boolean hasPublicNat(Context c, String vpcId) {
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

    // ---------------------------------------------------------------- S3 gateway endpoint

    private static void s3Endpoint(Context c, List<Candidate> out) {
        Map<String, ConnectionEvaluation> byTable = new LinkedHashMap<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, EgressToS3OrNat.DEFINITION.code()) && !failed(ce, S3WithoutProxy.DEFINITION.code())) {
                continue;
            }
            Optional<Subnet> subnet = c.index().subnet(ce.subnetId());
            Optional<String> table = subnet.flatMap(c.index()::effectiveRouteTable).map(t -> t.table().routeTableId());
            if (table.isPresent()) {
                byTable.putIfAbsent(table.get(), ce);
            }
        }
        for (Map.Entry<String, ConnectionEvaluation> e : byTable.entrySet()) {
            RouteTable table = c.index().routeTable(e.getKey()).orElseThrow();
            String vpcId = table.vpcId();
            Optional<VpcEndpoint> existing = c.index().endpointsIn(vpcId).stream()
                    .filter(v -> v.isGateway() && v.isS3() && v.available()).findFirst();
            ConnectionEvaluation ce = e.getValue();
            String reason = TEXT.get("reason.s3", ce.order(), ce.name(), ce.subnetId(), table.routeTableId(),
                    failed(ce, EgressToS3OrNat.DEFINITION.code()) ? EgressToS3OrNat.DEFINITION.code()
                            : S3WithoutProxy.DEFINITION.code());
            if (existing.isPresent()) {
                VpcEndpoint v = existing.get();
                String prefixList = prefixListOf(c.snapshot(), v.vpcEndpointId()).orElse(PROPOSED_S3_PREFIX_LIST);
                Fix fix = new Fix(FixKind.S3_GATEWAY_ENDPOINT, FixKind.S3_GATEWAY_ENDPOINT + ":" + table.routeTableId(),
                        TEXT.get("title.s3Attach", v.vpcEndpointId(), table.routeTableId()), List.of(),
                        List.of(new ElementRef(ElementKind.VPC_ENDPOINT, v.vpcEndpointId()),
                                new ElementRef(ElementKind.ROUTE_TABLE, table.routeTableId())),
                        List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + v.vpcEndpointId()
                                + " --add-route-table-ids " + table.routeTableId()),
                        List.of(TEXT.get("note.s3Only")),
                        s -> attachEndpoint(s, v.vpcEndpointId(), null, table.routeTableId(), prefixList));
                out.add(new Candidate(fix, reason));
            } else {
                String id = "vpce-proposed-s3-" + vpcId;
                String service = "com.amazonaws." + c.snapshot().region().name() + ".s3";
                VpcEndpoint created = new VpcEndpoint(id, vpcId, "Gateway", service, "available",
                        List.of(table.routeTableId()), List.of());
                Fix fix = new Fix(FixKind.S3_GATEWAY_ENDPOINT, FixKind.S3_GATEWAY_ENDPOINT + ":" + table.routeTableId(),
                        TEXT.get("title.s3Create", vpcId, table.routeTableId()),
                        List.of(new ElementRef(ElementKind.VPC_ENDPOINT, id)),
                        List.of(new ElementRef(ElementKind.ROUTE_TABLE, table.routeTableId())),
                        List.of("aws ec2 create-vpc-endpoint --vpc-id " + vpcId
                                + " --vpc-endpoint-type Gateway --service-name " + service + " --route-table-ids "
                                + table.routeTableId() + " --tag-specifications 'ResourceType=vpc-endpoint,Tags=[{Key=Name,Value="
                                + id + "}]'"),
                        List.of(TEXT.get("note.s3Only"), TEXT.get("note.s3Free")),
                        s -> attachEndpoint(s, id, created, table.routeTableId(), PROPOSED_S3_PREFIX_LIST));
                out.add(new Candidate(fix, reason));
            }
        }
    }

    private static Optional<String> prefixListOf(Snapshot s, String endpointId) {
        return s.routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> endpointId.equals(r.gatewayId()) && r.destinationPrefixListId() != null)
                .map(Route::destinationPrefixListId).findFirst();
    }

    private static Snapshot attachEndpoint(Snapshot s, String endpointId, VpcEndpoint created, String tableId,
            String prefixList) {
        Snapshot withEndpoint;
        if (created != null) {
            List<VpcEndpoint> list = new ArrayList<>(s.vpcEndpoints());
            list.add(created);
            withEndpoint = s.withVpcEndpoints(list);
        } else {
            withEndpoint = withEndpointTables(s, Map.of(endpointId, List.of(tableId)));
        }
        List<RouteTable> tables = new ArrayList<>();
        for (RouteTable t : withEndpoint.routeTables()) {
            if (t.routeTableId().equals(tableId) && t.routes().stream().noneMatch(r -> endpointId.equals(r.gatewayId()))) {
                List<Route> routes = new ArrayList<>(t.routes());
                routes.add(Route.toEndpoint(prefixList, endpointId));
                tables.add(new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), routes, t.tags()));
            } else {
                tables.add(t);
            }
        }
        return withEndpoint.withRouteTables(tables);
    }

    // ---------------------------------------------------------------- a connection in another zone

    private static void addConnection(Context c, List<Candidate> out) {
        boolean oneZone = c.resilience().singlePointsOfFailure().stream()
                .anyMatch(s -> s.kind() == Resilience.Kind.AVAILABILITY_ZONE);
        if (!oneZone && c.resilience().survivesAnySingleAzOutage()) {
            return;
        }
        Optional<ConnectionEvaluation> template = c.evaluation().chosen()
                .filter(ce -> ce.connection() != null && ce.connection().hasNetworkPlacement());
        if (template.isEmpty()) {
            return;
        }
        GlueConnection t = template.get().connection();
        Subnet tSubnet = c.index().subnet(t.subnetId()).orElse(null);
        if (tSubnet == null) {
            return;
        }
        Set<String> usedZones = new LinkedHashSet<>();
        Set<String> usedSubnets = new LinkedHashSet<>();
        for (Subnet s : connectionSubnets(c)) {
            usedZones.add(c.index().zoneIdOf(s));
            usedSubnets.add(s.subnetId());
        }
        List<Subnet> candidates = c.index().subnetsIn(tSubnet.vpcId()).stream()
                .filter(s -> !usedSubnets.contains(s.subnetId()) && c.index().zoneIdOf(s) != null
                        && !usedZones.contains(c.index().zoneIdOf(s)))
                .sorted(Comparator.comparing((Subnet s) -> c.index().isPublic(s))
                        .thenComparing(s -> -(s.availableIpAddressCount() == null ? 0 : s.availableIpAddressCount()))
                        .thenComparing(Subnet::subnetId))
                .toList();
        for (Subnet s : candidates) {
            String zoneId = c.index().zoneIdOf(s);
            String name = uniqueConnectionName(c.snapshot(), t.name() + "-proposed-" + zoneId);
            GlueConnection added = new GlueConnection(name, t.connectionType(), s.subnetId(), t.securityGroupIds(),
                    s.availabilityZone(), t.jdbcUrl(), "READY", null);
            List<String> order = new ArrayList<>(c.job().connectionNames());
            order.add(name);
            GlueJob job = c.job().withConnectionNames(order);
            java.util.function.UnaryOperator<Snapshot> change = snap -> {
                List<GlueConnection> list = new ArrayList<>(snap.connections());
                list.add(added);
                return snap.withConnections(list).withJob(job);
            };
            // Only a subnet on which the new connection would pass and its run work is named.
            Snapshot fork = change.apply(c.snapshot());
            Evaluation e = new Engine(fork).evaluate(job, c.simulation(), c.settings());
            Optional<ConnectionEvaluation> ne = e.connection(name);
            if (ne.isEmpty() || ne.get().verdict() != Verdict.PASSES && ne.get().verdict() != Verdict.CHOSEN
                    || !ne.get().runWouldSucceed()) {
                continue;
            }
            List<String> commands = new ArrayList<>();
            commands.add("# " + TEXT.get("cmd.createConnection", name, s.subnetId(), zoneLabel(c.index(), zoneId)));
            commands.add("aws glue create-connection --connection-input '" + connectionInput(added) + "'");
            commands.addAll(updateJobCommands(c.job(), order));
            String reason = oneZone
                    ? TEXT.get("reason.oneZone", zoneLabel(c.index(), c.index().zoneIdOf(tSubnet)))
                    : TEXT.get("reason.azOutage", c.resilience().azOutage().text());
            Fix fix = new Fix(FixKind.ADD_CONNECTION_IN_OTHER_AZ, FixKind.ADD_CONNECTION_IN_OTHER_AZ + ":" + name,
                    TEXT.get("title.addConnection", s.subnetId(), zoneLabel(c.index(), zoneId)),
                    List.of(new ElementRef(ElementKind.CONNECTION, name)), List.of(), commands,
                    List.of(TEXT.get("note.credentials", t.name()), TEXT.get("note.updateJob")), change);
            out.add(new Candidate(fix, reason));
            return;
        }
    }

    private static String uniqueConnectionName(Snapshot s, String base) {
        String name = base;
        for (int i = 2; s.connection(name).isPresent(); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    // ---------------------------------------------------------------- move a connection

    private static void moveConnection(Context c, List<Candidate> out) {
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            boolean fewIps = failed(ce, IpsForWorkers.DEFINITION.code()) || failed(ce, FreeIps.DEFINITION.code());
            if (!fewIps || ce.connection() == null) {
                continue;
            }
            Subnet current = c.index().subnet(ce.subnetId()).orElse(null);
            if (current == null) {
                continue;
            }
            String zone = c.index().zoneIdOf(current);
            List<Subnet> candidates = c.index().subnetsIn(current.vpcId()).stream()
                    .filter(s -> !s.subnetId().equals(current.subnetId()))
                    .sorted(Comparator.comparing((Subnet s) -> !java.util.Objects.equals(zone, c.index().zoneIdOf(s)))
                            .thenComparing(s -> -(s.availableIpAddressCount() == null ? 0 : s.availableIpAddressCount()))
                            .thenComparing(Subnet::subnetId))
                    .toList();
            GlueConnection old = ce.connection();
            for (Subnet s : candidates) {
                GlueConnection moved = new GlueConnection(old.name(), old.connectionType(), s.subnetId(),
                        old.securityGroupIds(), s.availabilityZone(), old.jdbcUrl(), old.status(), old.statusReason());
                java.util.function.UnaryOperator<Snapshot> change = snap -> replaceConnection(snap, moved);
                Evaluation e = new Engine(change.apply(c.snapshot())).evaluate(c.job(), c.simulation(), c.settings());
                Optional<ConnectionEvaluation> after = e.connection(old.name());
                if (after.isEmpty() || after.get().verdict() != Verdict.PASSES && after.get().verdict() != Verdict.CHOSEN
                        || !after.get().runWouldSucceed()) {
                    continue;
                }
                String code = failed(ce, FreeIps.DEFINITION.code()) ? FreeIps.DEFINITION.code()
                        : IpsForWorkers.DEFINITION.code();
                List<String> commands = new ArrayList<>();
                commands.add("# " + TEXT.get("cmd.updateConnection", old.name()));
                commands.add("aws glue update-connection --name " + old.name() + " --connection-input '"
                        + connectionInput(moved) + "'");
                Fix fix = new Fix(FixKind.MOVE_CONNECTION_SUBNET, FixKind.MOVE_CONNECTION_SUBNET + ":" + old.name(),
                        TEXT.get("title.move", old.name(), current.subnetId(), s.subnetId()), List.of(),
                        List.of(new ElementRef(ElementKind.CONNECTION, old.name())), commands,
                        List.of(TEXT.get("note.updateConnection")), change);
                out.add(new Candidate(fix, TEXT.get("reason.move", ce.order(), old.name(), current.subnetId(),
                        String.valueOf(c.simulation().freeIps(current)), code)));
                break;
            }
        }
    }

    private static Snapshot replaceConnection(Snapshot s, GlueConnection changed) {
        return s.withConnections(s.connections().stream()
                .map(x -> x.name().equals(changed.name()) ? changed : x).toList());
    }

    // ---------------------------------------------------------------- reorder

    private static void reorder(Context c, List<Candidate> out) {
        Evaluation e = c.evaluation();
        if (e.outcome() != Evaluation.Outcome.RUN_FAILS) {
            return;
        }
        ConnectionEvaluation chosen = e.chosen().orElseThrow();
        for (ConnectionEvaluation ce : e.connections()) {
            if (ce.order() > chosen.order() && ce.verdict() == Verdict.PASSES && ce.runWouldSucceed()) {
                List<String> order = new ArrayList<>();
                order.add(ce.name());
                c.job().connectionNames().stream().filter(n -> !n.equals(ce.name())).forEach(order::add);
                GlueJob job = c.job().withConnectionNames(order);
                List<String> commands = new ArrayList<>(updateJobCommands(c.job(), order));
                Fix fix = new Fix(FixKind.REORDER_CONNECTIONS, FixKind.REORDER_CONNECTIONS + ":" + ce.name(),
                        TEXT.get("title.reorder", ce.name()), List.of(),
                        List.of(new ElementRef(ElementKind.CONNECTION, ce.name()),
                                new ElementRef(ElementKind.CONNECTION, chosen.name())),
                        commands, List.of(TEXT.get("note.updateJob")), s -> s.withJob(job));
                out.add(new Candidate(fix, TEXT.get("reason.reorder", chosen.order(), chosen.name(),
                        String.join(", ", chosen.failedRunChecks()), ce.order(), ce.name())));
                return;
            }
        }
    }

    // ---------------------------------------------------------------- the connection's zone

    private static void connectionAz(Context c, List<Candidate> out) {
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, AzMatches.DEFINITION.code()) || ce.connection() == null) {
                continue;
            }
            Optional<Subnet> subnet = c.index().subnet(ce.subnetId());
            if (subnet.isEmpty() || subnet.get().availabilityZone() == null) {
                continue;
            }
            GlueConnection old = ce.connection();
            GlueConnection fixed = new GlueConnection(old.name(), old.connectionType(), old.subnetId(),
                    old.securityGroupIds(), subnet.get().availabilityZone(), old.jdbcUrl(), old.status(),
                    old.statusReason());
            Fix fix = new Fix(FixKind.CONNECTION_AZ, FixKind.CONNECTION_AZ + ":" + old.name(),
                    TEXT.get("title.connectionAz", old.name(), subnet.get().availabilityZone()), List.of(),
                    List.of(new ElementRef(ElementKind.CONNECTION, old.name())),
                    List.of("# " + TEXT.get("cmd.updateConnection", old.name()),
                            "aws glue update-connection --name " + old.name() + " --connection-input '"
                                    + connectionInput(fixed) + "'"),
                    List.of(TEXT.get("note.updateConnection")), s -> replaceConnection(s, fixed));
            out.add(new Candidate(fix, TEXT.get("reason.connectionAz", ce.order(), old.name(),
                    String.valueOf(old.availabilityZone()), old.subnetId(), subnet.get().availabilityZone())));
        }
    }

    // ---------------------------------------------------------------- DNS

    private static void dns(Context c, List<Candidate> out) {
        Set<String> done = new LinkedHashSet<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, DnsEnabled.DEFINITION.code())) {
                continue;
            }
            Optional<String> vpcId = c.index().subnet(ce.subnetId()).map(Subnet::vpcId);
            if (vpcId.isEmpty() || !done.add(vpcId.get()) || c.index().vpc(vpcId.get()).isEmpty()) {
                continue;
            }
            var vpc = c.index().vpc(vpcId.get()).get();
            List<String> commands = new ArrayList<>();
            if (!Boolean.TRUE.equals(vpc.enableDnsSupport())) {
                commands.add("aws ec2 modify-vpc-attribute --vpc-id " + vpc.vpcId() + " --enable-dns-support '{\"Value\":true}'");
            }
            if (!Boolean.TRUE.equals(vpc.enableDnsHostnames())) {
                commands.add("aws ec2 modify-vpc-attribute --vpc-id " + vpc.vpcId()
                        + " --enable-dns-hostnames '{\"Value\":true}'");
            }
            String id = vpc.vpcId();
            Fix fix = new Fix(FixKind.DNS_ATTRIBUTES, FixKind.DNS_ATTRIBUTES + ":" + id, TEXT.get("title.dns", id),
                    List.of(), List.of(new ElementRef(ElementKind.VPC, id)), commands, List.of(TEXT.get("note.dns")),
                    s -> s.withVpcs(s.vpcs().stream().map(v -> v.vpcId().equals(id)
                            ? new dev.gluefailover.model.Vpc(v.vpcId(), v.cidrBlock(), true, true, v.tags()) : v)
                            .toList()));
            out.add(new Candidate(fix, TEXT.get("reason.dns", ce.order(), ce.name(), id)));
        }
    }

    // ---------------------------------------------------------------- security group rules

    private static void securityGroupRule(Context c, List<Candidate> out, String code, FixKind kind) {
        Set<String> done = new LinkedHashSet<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, code) || ce.connection() == null) {
                continue;
            }
            Optional<SecurityGroup> group = ce.connection().securityGroupIds().stream()
                    .map(c.index()::securityGroup).flatMap(Optional::stream).findFirst();
            if (group.isEmpty() || !done.add(group.get().groupId())) {
                continue;
            }
            String sg = group.get().groupId();
            boolean ingress = kind == FixKind.SELF_REFERENCING_INGRESS;
            SecurityGroupRule rule = ingress ? SecurityGroupRule.allTrafficFromGroup(sg)
                    : SecurityGroupRule.allTrafficTo("0.0.0.0/0");
            String command = ingress
                    ? "aws ec2 authorize-security-group-ingress --group-id " + sg
                            + " --ip-permissions 'IpProtocol=-1,UserIdGroupPairs=[{GroupId=" + sg + "}]'"
                    : "aws ec2 authorize-security-group-egress --group-id " + sg
                            + " --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'";
            Fix fix = new Fix(kind, kind + ":" + sg, TEXT.get(ingress ? "title.selfIngress" : "title.allEgress", sg),
                    List.of(), List.of(), List.of(command),
                    List.of(TEXT.get(ingress ? "note.selfIngress" : "note.allEgress")),
                    s -> s.withSecurityGroups(s.securityGroups().stream().map(g -> {
                        if (!g.groupId().equals(sg)) {
                            return g;
                        }
                        List<SecurityGroupRule> in = new ArrayList<>(g.ingress());
                        List<SecurityGroupRule> eg = new ArrayList<>(g.egress());
                        (ingress ? in : eg).add(rule);
                        return new SecurityGroup(g.groupId(), g.vpcId(), g.groupName(), in, eg);
                    }).toList()));
            out.add(new Candidate(fix, TEXT.get("reason.sgRule", ce.order(), ce.name(), code, sg)));
        }
    }

    // ---------------------------------------------------------------- the job's role

    private static void rolePermissions(Context c, List<Candidate> out) {
        String role = c.job().role();
        if (role == null) {
            return;
        }
        String code = null;
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (failed(ce, RoleCanDescribe.DEFINITION.code())) {
                code = RoleCanDescribe.DEFINITION.code();
                break;
            }
            if (failed(ce, RoleCanCreateEni.DEFINITION.code())) {
                code = RoleCanCreateEni.DEFINITION.code();
            }
        }
        if (code == null) {
            return;
        }
        List<String> denied = c.snapshot().rolePermissions().stream()
                .filter(p -> p.role().equals(role) && !p.allowed() && RolePermission.GLUE_ACTIONS.contains(p.action()))
                .map(RolePermission::action).distinct().toList();
        if (denied.isEmpty()) {
            return;
        }
        String roleName = role.contains("/") ? role.substring(role.lastIndexOf('/') + 1) : role;
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":["
                + String.join(",", denied.stream().map(a -> "\"" + a + "\"").toList()) + "],\"Resource\":\"*\"}]}";
        Fix fix = new Fix(FixKind.ROLE_PERMISSIONS, FixKind.ROLE_PERMISSIONS + ":" + roleName,
                TEXT.get("title.role", roleName, String.join(", ", denied)), List.of(), List.of(),
                List.of("aws iam put-role-policy --role-name " + roleName
                        + " --policy-name glue-network-checks --policy-document '" + policy + "'"),
                List.of(TEXT.get("note.role")),
                s -> s.withRolePermissions(s.rolePermissions().stream()
                        .map(p -> p.role().equals(role) && denied.contains(p.action())
                                ? new RolePermission(p.role(), p.action(), "allowed") : p)
                        .toList()));
        out.add(new Candidate(fix, TEXT.get("reason.role", roleName, String.join(", ", denied), code)));
    }

    // ---------------------------------------------------------------- helpers

    private static boolean failed(ConnectionEvaluation ce, String code) {
        return ce.result(code).map(CheckResult::status).map(s -> s == CheckStatus.FAIL).orElse(false);
    }

    /** The subnets of the job's placed connections that the snapshot holds, without repeats, in job order. */
    private static List<Subnet> connectionSubnets(Context c) {
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        for (String name : c.job().connectionNames()) {
            c.index().connection(name).map(GlueConnection::subnetId).flatMap(c.index()::subnet)
                    .ifPresent(s -> subnets.putIfAbsent(s.subnetId(), s));
        }
        return List.copyOf(subnets.values());
    }

    private static String zoneLabel(SnapshotIndex index, String zoneId) {
        return index.zone(zoneId).map(AvailabilityZone::label).orElse(zoneId);
    }

    /** A shell variable name from an id: {@code NAT_USE1_AZ2}. */
    static String var(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /**
     * The commands that change the job's connection order. UpdateJob replaces the whole job
     * definition (what it leaves out is reset), so they start from the job as Glue has it.
     */
    private static List<String> updateJobCommands(GlueJob job, List<String> order) {
        String file = job.name() + "-update.json";
        String connections = String.join(",", order.stream().map(n -> "\"" + json(n) + "\"").toList());
        return List.of("# " + TEXT.get("cmd.updateJob", job.name()),
                "aws glue get-job --job-name " + job.name() + " --query Job --output json > " + job.name() + ".json",
                "# " + TEXT.get("cmd.updateJobEdit", file, "{\"Connections\":[" + connections + "]}"),
                "aws glue update-job --job-name " + job.name() + " --job-update file://" + file);
    }

    /** A ConnectionInput as JSON, without credentials (the snapshot holds none). */
    private static String connectionInput(GlueConnection c) {
        StringBuilder b = new StringBuilder("{\"Name\":\"").append(json(c.name())).append("\",\"ConnectionType\":\"")
                .append(json(c.connectionType() == null ? "JDBC" : c.connectionType())).append('"');
        if (c.jdbcUrl() != null) {
            b.append(",\"ConnectionProperties\":{\"JDBC_CONNECTION_URL\":\"").append(json(c.jdbcUrl())).append("\"}");
        }
        b.append(",\"PhysicalConnectionRequirements\":{\"SubnetId\":\"").append(json(c.subnetId()))
                .append("\",\"SecurityGroupIdList\":[")
                .append(String.join(",", c.securityGroupIds().stream().map(g -> "\"" + json(g) + "\"").toList()))
                .append("],\"AvailabilityZone\":\"").append(json(String.valueOf(c.availabilityZone()))).append("\"}}");
        return b.toString().replace("'", "'\\''");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
