package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.NAT_GATEWAY;
import static dev.gluefailover.model.ElementKind.ROUTE_TABLE;
import static dev.gluefailover.model.ElementKind.SUBNET;
import static dev.gluefailover.model.ElementKind.VPC;
import static dev.gluefailover.model.ElementKind.VPC_ENDPOINT;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subnet's effective route table has a route to a NAT gateway, or an S3 gateway endpoint is
 * attached to that table [DOC S1; FIELD]. What counts beyond that (blackhole routes, failed or
 * private NATs, interface endpoints, NAT instances and transit gateways) is a setting each [INF].
 */
public final class EgressToS3OrNat extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NO_S3_ENDPOINT_OR_NAT",
            "NAT gateway or S3 gateway endpoint on the subnet's route table", CheckKind.SELECTION, SourceTag.DOC,
            List.of(Source.S1, Source.S4, Source.VPC),
            "Could not find S3 endpoint or NAT gateway for subnetId ... in Vpc ...");

    public EgressToS3OrNat() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        return c.egress() != null ? c.egress().result() : find(c).result();
    }

    /** The check's result and the path it found (empty of carriers when nothing counts). */
    public EgressFinding find(CheckContext c) {
        Subnet subnet = c.subnet();
        SnapshotIndex index = c.index();
        Optional<SnapshotIndex.SubnetRouting> routing = index.routing(subnet);
        if (routing.isEmpty()) {
            EgressPath none = new EgressPath(null, false, List.of(), null, null);
            List<Evidence> evidence = evidence(Evidence.element("subnetId", SUBNET, subnet.subnetId()),
                    Evidence.element("vpcId", VPC, subnet.vpcId()));
            Optional<LoadProblem> p = c.problem(EC2_ROUTE_TABLES, subnet.vpcId());
            if (p.isPresent()) {
                return new EgressFinding(couldNotRead(p.get(), "the route tables of " + subnet.vpcId(), evidence), none);
            }
            return new EgressFinding(result(CheckStatus.UNKNOWN, "No route table is associated with subnet "
                    + subnet.subnetId() + " and its VPC has no main table in the snapshot.", evidence), none);
        }
        SnapshotIndex.EffectiveRouteTable rt = routing.get().table();
        RouteTable table = rt.table();
        String tableId = table.routeTableId();
        Simulation simulation = c.simulation();
        RuleSettings settings = c.settings();
        List<Evidence> evidence = new ArrayList<>(4);
        evidence.add(Evidence.element("subnetId", SUBNET, subnet.subnetId()));
        evidence.add(Evidence.of("routeTable", routing.get().description(), ROUTE_TABLE, tableId));
        List<String> used = List.of();
        List<String> ignored = null;
        NatGateway counted = null;
        boolean warnPrivateNat = false;
        boolean natUnknown = false;
        for (Route route : routing.get().natRoutes()) {
            String natId = route.natGatewayId();
            if (!route.active()) {
                used = use(used, Setting.BLACKHOLE_NAT_ROUTE_COUNTS);
                if (!settings.blackholeNatRouteCounts()) {
                    ignored = note(ignored, where(route) + " (route is blackhole)");
                    continue;
                }
            }
            NatGateway nat = index.natGateway(natId).orElse(null);
            if (nat == null) {
                if (c.problem(EC2_NATS, natId).isPresent()) {
                    natUnknown = true;
                    ignored = note(ignored, where(route) + " (NAT gateway could not be read)");
                } else {
                    ignored = note(ignored, where(route) + " (NAT gateway not found)");
                }
                continue;
            }
            boolean simulatedFailed = simulation.isNatFailed(natId);
            if (simulatedFailed || "failed".equals(nat.state()) || "deleted".equals(nat.state())
                    || "deleting".equals(nat.state())) {
                used = use(used, Setting.FAILED_NAT_COUNTS);
                if (!settings.failedNatCounts()) {
                    ignored = note(ignored, where(route)
                            + (simulatedFailed ? " (NAT failed, simulated)" : " (NAT " + nat.state() + ")"));
                    continue;
                }
            }
            if (nat.isPrivate()) {
                used = use(used, Setting.PRIVATE_NAT_COUNTS);
                if (!settings.privateNatCounts()) {
                    ignored = note(ignored, where(route) + " (private NAT gateway)");
                    continue;
                }
                warnPrivateNat = true;
            }
            counted = nat;
            add(evidence, Evidence.of("natRoute", where(route) + " (" + nat.state() + (nat.isPrivate() ? ", private" : "")
                    + ")", NAT_GATEWAY, natId));
            break;
        }
        VpcEndpoint s3Endpoint = null;
        for (VpcEndpoint e : index.gatewayEndpointsOn(tableId)) {
            if (!e.isS3()) {
                continue;
            }
            if (simulation.isEndpointRemoved(e.vpcEndpointId())) {
                ignored = note(ignored, e.vpcEndpointId() + " (S3 gateway endpoint removed, simulated)");
            } else if (!e.available()) {
                ignored = note(ignored, e.vpcEndpointId() + " (S3 gateway endpoint " + e.state() + ")");
            } else {
                s3Endpoint = e;
                add(evidence, Evidence.of("s3GatewayEndpoint", e.vpcEndpointId() + " attached to " + tableId,
                        VPC_ENDPOINT, e.vpcEndpointId()));
                break;
            }
        }
        boolean endpointUnknown = false;
        if (s3Endpoint == null) {
            for (VpcEndpoint e : index.endpointsIn(subnet.vpcId())) {
                if (!e.isS3() || simulation.isEndpointRemoved(e.vpcEndpointId())) {
                    continue;
                }
                if (e.isGateway() && !e.routeTableIds().contains(tableId)) {
                    // [FIELD S4] an endpoint in the VPC but not on this table failed the check.
                    ignored = note(ignored, e.vpcEndpointId() + " (S3 gateway endpoint not attached to " + tableId + ")");
                } else if (e.isInterface()) {
                    used = use(used, Setting.S3_INTERFACE_ENDPOINT_COUNTS);
                    if (settings.s3InterfaceEndpointCounts() && e.available()) {
                        s3Endpoint = e;
                        add(evidence, Evidence.element("s3InterfaceEndpoint", VPC_ENDPOINT, e.vpcEndpointId()));
                        break;
                    }
                    ignored = note(ignored, e.vpcEndpointId() + " (S3 interface endpoint)");
                }
            }
            endpointUnknown = c.problem(EC2_ENDPOINTS, subnet.vpcId()).isPresent();
        }
        Route other = null;
        if (counted == null) {
            for (Route r : table.routes()) {
                if (r.isDefaultRoute() && (r.instanceId() != null || r.transitGatewayId() != null)) {
                    used = use(used, Setting.NAT_INSTANCE_OR_TGW_COUNTS);
                    if (settings.natInstanceOrTgwCounts() && r.active()) {
                        other = r;
                        add(evidence, Evidence.of("defaultRoute", r.destination() + " -> " + r.target(), ROUTE_TABLE,
                                tableId));
                        break;
                    }
                    ignored = note(ignored, r.destination() + " -> " + r.target()
                            + (r.instanceId() != null ? " (NAT instance)" : " (transit gateway)"));
                }
            }
        }
        if (ignored != null) {
            add(evidence, Evidence.fact("notCounted", String.join("; ", ignored)));
        }
        if (counted != null || s3Endpoint != null || other != null) {
            EgressPath path = new EgressPath(tableId, rt.explicit(),
                    counted == null ? List.of() : List.of(counted.natGatewayId()),
                    s3Endpoint == null ? null : s3Endpoint.vpcEndpointId(), other == null ? null : other.target());
            StringBuilder msg = new StringBuilder("Route table ").append(tableId).append(" has ");
            String and = "";
            if (counted != null) {
                msg.append("a route to NAT gateway ").append(counted.natGatewayId());
                and = " and ";
            }
            if (s3Endpoint != null) {
                msg.append(and).append(s3Endpoint.isGateway() ? "S3 gateway endpoint " : "S3 interface endpoint ")
                        .append(s3Endpoint.vpcEndpointId());
                and = " and ";
            }
            if (other != null) {
                msg.append(and).append("a default route to ").append(other.target());
            }
            msg.append('.');
            if (warnPrivateNat && s3Endpoint == null) {
                msg.append(" The NAT gateway is private: Glue's check passes, but it gives no internet access.");
                return new EgressFinding(result(CheckStatus.WARN, msg.toString(), evidence, used), path);
            }
            return new EgressFinding(result(CheckStatus.PASS, msg.toString(), evidence, used), path);
        }
        EgressPath nothing = new EgressPath(tableId, rt.explicit(), List.of(), null, null);
        if (natUnknown || endpointUnknown) {
            LoadProblem p = c.problem(natUnknown ? EC2_NATS : EC2_ENDPOINTS, subnet.vpcId()).orElseThrow();
            return new EgressFinding(couldNotRead(p, "the egress of " + subnet.subnetId(), evidence), nothing);
        }
        return new EgressFinding(result(CheckStatus.FAIL, "Could not find S3 endpoint or NAT gateway for subnetId "
                + subnet.subnetId() + " in Vpc " + subnet.vpcId() + " (route table " + tableId + ").", evidence, used),
                nothing);
    }

    private static String where(Route route) {
        return route.destination() + " -> " + route.natGatewayId();
    }

    /** The settings used, in the order first used; most connections use none, so nothing is built for them. */
    private static List<String> use(List<String> used, Setting setting) {
        if (used.contains(setting.key())) {
            return used;
        }
        List<String> more = new ArrayList<>(used.size() + 1);
        more.addAll(used);
        more.add(setting.key());
        return more;
    }

    /** What was seen but not counted, in order; built only when there is something. */
    private static List<String> note(List<String> ignored, String what) {
        List<String> list = ignored != null ? ignored : new ArrayList<>(2);
        list.add(what);
        return list;
    }
}
