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
import dev.gluefailover.i18n.Text;
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
 * attached to that table [DOC S1; FIELD]. What counts beyond that (blackhole routes, failed, pending
 * or private NATs, routes narrower than 0.0.0.0/0, endpoint states, interface endpoints, NAT instances
 * and transit gateways) is a setting each [INF]. A route to another VPC's NAT gateway cannot exist in
 * AWS: it is inconsistent data, UNKNOWN, never a pass. Glue's text on failure is "VPC S3 endpoint
 * validation failed for SubnetId: ... Reason: Could not find S3 endpoint or NAT gateway for
 * subnetId: ... in Vpc ..." [FIELD F1].
 */
public final class EgressToS3OrNat extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NO_S3_ENDPOINT_OR_NAT",
            "NAT gateway or S3 gateway endpoint on the subnet's route table", CheckKind.SELECTION, SourceTag.DOC,
            List.of(Source.S1, Source.S4, Source.VPC),
            "VPC S3 endpoint validation failed for SubnetId: ... Reason: Could not find S3 endpoint or NAT gateway "
                    + "for subnetId: ... in Vpc ... [FIELD F1]");

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
                return new EgressFinding(couldNotRead(p.get(), text("what.routeTables", subnet.vpcId()), evidence), none);
            }
            return new EgressFinding(result(CheckStatus.UNKNOWN, text("NO_S3_ENDPOINT_OR_NAT.noTable", subnet.subnetId()),
                    evidence), none);
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
        List<Text> ignored = null;
        NatGateway counted = null;
        Route countedRoute = null;
        boolean countedNat = false;
        boolean warnPrivateNat = false;
        boolean natUnknown = false;
        Text inconsistent = null;
        // A route for 0.0.0.0/0 is what egress needs: look at those first, narrower ones only when none counts.
        for (int pass = 0; pass < 2 && !countedNat; pass++) {
            for (Route route : routing.get().natRoutes()) {
                if (route.isDefaultRoute() != (pass == 0)) {
                    continue;
                }
                String natId = route.natGatewayId();
                boolean blackholeCounted = false;
                if (!route.active()) {
                    used = use(used, Setting.BLACKHOLE_NAT_ROUTE_COUNTS);
                    if (!settings.blackholeNatRouteCounts()) {
                        ignored = note(ignored, text("egress.ignored.blackhole", where(route)));
                        continue;
                    }
                    blackholeCounted = true;
                }
                NatGateway nat = index.natGateway(natId).orElse(null);
                String natVpc = nat == null ? null : index.vpcIdOf(nat);
                if (natVpc != null && subnet.vpcId() != null && !natVpc.equals(subnet.vpcId())) {
                    // AWS refuses such a route: the snapshot mixes data, so nothing is decided from it.
                    if (inconsistent == null) {
                        inconsistent = text("egress.inconsistentRoute", where(route), natId, natVpc);
                    }
                    ignored = note(ignored, text("egress.ignored.otherVpc", where(route), natVpc));
                    continue;
                }
                if (!route.isDefaultRoute()) {
                    used = use(used, Setting.NAT_ROUTE_ANY_DESTINATION_COUNTS);
                    if (!settings.flag(Setting.NAT_ROUTE_ANY_DESTINATION_COUNTS)) {
                        ignored = note(ignored, text("egress.ignored.narrow", where(route)));
                        continue;
                    }
                }
                if (blackholeCounted) {
                    // The setting says a blackhole route counts: whether the NAT record is still there or not.
                    counted = nat;
                    countedRoute = route;
                    countedNat = true;
                    add(evidence, Evidence.of("natRoute", nat == null ? text("egress.blackholeGone", where(route))
                            : text("egress.blackholeState", where(route), nat.state()), NAT_GATEWAY, natId));
                    break;
                }
                if (nat == null) {
                    if (c.problem(EC2_NATS, natId).isPresent()) {
                        natUnknown = true;
                        ignored = note(ignored, text("egress.ignored.natUnreadable", where(route)));
                    } else {
                        ignored = note(ignored, text("egress.ignored.natNotFound", where(route)));
                    }
                    continue;
                }
                boolean simulatedFailed = simulation.isNatFailed(natId);
                String state = nat.state();
                if (simulatedFailed || "failed".equals(state) || "deleted".equals(state) || "deleting".equals(state)) {
                    used = use(used, Setting.FAILED_NAT_COUNTS);
                    if (!settings.failedNatCounts()) {
                        ignored = note(ignored, simulatedFailed ? text("egress.ignored.natFailedSimulated", where(route))
                                : text("egress.ignored.natState", where(route), state));
                        continue;
                    }
                } else if ("pending".equals(state)) {
                    used = use(used, Setting.PENDING_NAT_COUNTS);
                    if (!settings.flag(Setting.PENDING_NAT_COUNTS)) {
                        ignored = note(ignored, text("egress.ignored.natState", where(route), state));
                        continue;
                    }
                } else if (!"available".equals(state)) {
                    ignored = note(ignored, text("egress.ignored.natState", where(route), state));
                    continue;
                }
                if (nat.isPrivate()) {
                    used = use(used, Setting.PRIVATE_NAT_COUNTS);
                    if (!settings.privateNatCounts()) {
                        ignored = note(ignored, text("egress.ignored.privateNat", where(route)));
                        continue;
                    }
                    warnPrivateNat = true;
                }
                counted = nat;
                countedRoute = route;
                countedNat = true;
                add(evidence, Evidence.of("natRoute", nat.isPrivate() ? text("egress.natPrivate", where(route), state)
                        : Text.verbatim(where(route) + " (" + state + ")"), NAT_GATEWAY, natId));
                break;
            }
        }
        VpcEndpoint s3Endpoint = null;
        for (VpcEndpoint e : index.gatewayEndpointsOn(tableId)) {
            if (!e.isS3()) {
                continue;
            }
            if (simulation.isEndpointRemoved(e.vpcEndpointId())) {
                ignored = note(ignored, text("egress.ignored.endpointRemoved", e.vpcEndpointId()));
                continue;
            }
            if (!e.available()) {
                used = use(used, Setting.ENDPOINT_STATES_THAT_COUNT);
            }
            if (!stateCounts(e, settings)) {
                ignored = note(ignored, text("egress.ignored.gatewayState", e.vpcEndpointId(), e.state()));
            } else {
                s3Endpoint = e;
                add(evidence, Evidence.of("s3GatewayEndpoint", e.available()
                        ? text("egress.attached", e.vpcEndpointId(), tableId)
                        : text("egress.attachedState", e.vpcEndpointId(), tableId, e.state()), VPC_ENDPOINT, e.vpcEndpointId()));
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
                    ignored = note(ignored, text("egress.ignored.notAttached", e.vpcEndpointId(), tableId));
                } else if (e.isInterface()) {
                    used = use(used, Setting.S3_INTERFACE_ENDPOINT_COUNTS);
                    if (settings.s3InterfaceEndpointCounts()) {
                        if (!e.available()) {
                            used = use(used, Setting.ENDPOINT_STATES_THAT_COUNT);
                        }
                        if (stateCounts(e, settings)) {
                            s3Endpoint = e;
                            add(evidence, Evidence.element("s3InterfaceEndpoint", VPC_ENDPOINT, e.vpcEndpointId()));
                            break;
                        }
                        ignored = note(ignored, text("egress.ignored.interfaceState", e.vpcEndpointId(), e.state()));
                        continue;
                    }
                    ignored = note(ignored, text("egress.ignored.interface", e.vpcEndpointId()));
                }
            }
            endpointUnknown = c.problem(EC2_ENDPOINTS, subnet.vpcId()).isPresent();
        }
        Route other = null;
        if (!countedNat) {
            for (Route r : table.routes()) {
                if (r.isDefaultRoute() && (r.instanceId() != null || r.transitGatewayId() != null)) {
                    used = use(used, Setting.NAT_INSTANCE_OR_TGW_COUNTS);
                    if (settings.natInstanceOrTgwCounts() && r.active()) {
                        other = r;
                        add(evidence, Evidence.of("defaultRoute", r.destination() + " -> " + r.target(), ROUTE_TABLE,
                                tableId));
                        break;
                    }
                    ignored = note(ignored, text(r.instanceId() != null ? "egress.ignored.natInstance"
                            : "egress.ignored.transitGateway", r.destination() + " -> " + r.target()));
                }
            }
        }
        if (ignored != null) {
            add(evidence, Evidence.fact("notCounted", Text.join("; ", ignored)));
        }
        if (countedNat || s3Endpoint != null || other != null) {
            EgressPath path = new EgressPath(tableId, rt.explicit(),
                    countedNat ? List.of(countedRoute.natGatewayId()) : List.of(),
                    s3Endpoint == null ? null : s3Endpoint.vpcEndpointId(), other == null ? null : other.target());
            List<Text> parts = new ArrayList<>(3);
            if (countedNat) {
                String kind = (countedRoute.active() ? "egress.part.nat" : "egress.part.blackholeNat")
                        + (countedRoute.isDefaultRoute() ? "" : "For");
                parts.add(text(kind, countedRoute.natGatewayId(), countedRoute.destination()));
            }
            if (s3Endpoint != null) {
                parts.add(text(s3Endpoint.isGateway() ? "egress.part.s3Gateway" : "egress.part.s3Interface",
                        s3Endpoint.vpcEndpointId()));
            }
            if (other != null) {
                parts.add(text("egress.part.defaultRoute", other.target()));
            }
            Text has = Text.join(text("egress.and"), parts);
            Route natRoute = countedNat ? countedRoute : null;
            if (warnPrivateNat && s3Endpoint == null) {
                return new EgressFinding(result(CheckStatus.WARN, text("NO_S3_ENDPOINT_OR_NAT.privateNat", tableId, has),
                        evidence, used), path, natRoute, counted, s3Endpoint, other);
            }
            return new EgressFinding(result(CheckStatus.PASS, text("NO_S3_ENDPOINT_OR_NAT.pass", tableId, has), evidence,
                    used), path, natRoute, counted,
                    s3Endpoint, other);
        }
        EgressPath nothing = new EgressPath(tableId, rt.explicit(), List.of(), null, null);
        if (inconsistent != null) {
            return new EgressFinding(result(CheckStatus.UNKNOWN, text("NO_S3_ENDPOINT_OR_NAT.inconsistent", inconsistent,
                    subnet.subnetId(), subnet.vpcId()), evidence, used), nothing);
        }
        if (natUnknown || endpointUnknown) {
            LoadProblem p = c.problem(natUnknown ? EC2_NATS : EC2_ENDPOINTS, subnet.vpcId()).orElseThrow();
            return new EgressFinding(couldNotRead(p, text("what.egress", subnet.subnetId()), evidence), nothing);
        }
        // Glue's own message, as Glue prints it
        String glue = "VPC S3 endpoint validation failed for SubnetId: " + subnet.subnetId()
                + ". Reason: Could not find S3 endpoint or NAT gateway for subnetId: " + subnet.subnetId() + " in Vpc "
                + subnet.vpcId();
        return new EgressFinding(result(CheckStatus.FAIL, text("NO_S3_ENDPOINT_OR_NAT.fail", glue, tableId),
                evidence, used), nothing);
    }

    /** The endpoint's state is one the setting {@code endpointStatesThatCount} names (without case). */
    static boolean stateCounts(VpcEndpoint e, RuleSettings settings) {
        String state = e.state() == null ? "" : e.state().trim();
        for (String s : settings.value(Setting.ENDPOINT_STATES_THAT_COUNT).split("[,\\s]+")) {
            if (!s.isBlank() && s.equalsIgnoreCase(state)) {
                return true;
            }
        }
        return false;
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
    private static List<Text> note(List<Text> ignored, Text what) {
        List<Text> list = ignored != null ? ignored : new ArrayList<>(2);
        list.add(what);
        return list;
    }
}
