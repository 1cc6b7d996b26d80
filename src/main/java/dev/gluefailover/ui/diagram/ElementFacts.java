package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The key facts of one element in a few lines, for tooltips: ids, CIDR, free IPs, state, routes. */
final class ElementFacts {
    private final SnapshotIndex index;

    ElementFacts(SnapshotIndex index) {
        this.index = index;
    }

    String describe(ElementRef ref, Evaluation evaluation) {
        StringJoiner j = new StringJoiner("\n");
        switch (ref.kind()) {
            case REGION -> {
                j.add("Region " + index.snapshot().region().name());
                if (index.snapshot().region().accountId() != null) {
                    j.add("Account " + index.snapshot().region().accountId());
                }
                j.add(index.snapshot().vpcs().size() + " VPCs, " + index.snapshot().subnets().size() + " subnets");
            }
            case VPC -> {
                Vpc v = index.vpc(ref.id()).orElse(null);
                j.add("VPC " + (v == null ? ref.id() : v.name()));
                j.add("id: " + ref.id());
                if (v != null) {
                    j.add("CIDR: " + v.cidrBlock());
                    j.add("DNS support: " + yesNo(v.enableDnsSupport()) + ", DNS hostnames: "
                            + yesNo(v.enableDnsHostnames()));
                }
                j.add(index.subnetsIn(ref.id()).size() + " subnets, " + index.endpointsIn(ref.id()).size()
                        + " endpoints");
            }
            case AVAILABILITY_ZONE -> {
                AvailabilityZone z = index.zone(ref.id()).orElse(null);
                j.add("Availability zone " + (z == null ? ref.id() : z.label()));
                if (z != null) {
                    j.add("state: " + z.state());
                }
                boolean failed = evaluation != null
                        && evaluation.simulation().contains(new SimulatedFailure.AzOutage(ref.id()));
                j.add(failed ? "Outage simulated: click the header to restore" : "Click the header to simulate an outage");
            }
            case SUBNET -> {
                Subnet s = index.subnet(ref.id()).orElse(null);
                if (s == null) {
                    j.add("Subnet " + ref.id());
                    break;
                }
                j.add((index.isPublic(s) ? "Public" : "Private") + " subnet " + s.name());
                j.add("id: " + s.subnetId());
                j.add("CIDR: " + s.cidrBlock());
                j.add("AZ: " + s.availabilityZone() + " (" + index.zoneIdOf(s) + ")");
                j.add("free IPs: " + (s.availableIpAddressCount() == null ? "unknown" : s.availableIpAddressCount())
                        + simulatedIps(s.subnetId(), evaluation));
                j.add("state: " + s.state());
                index.effectiveRouteTable(s).ifPresent(t -> {
                    j.add("route table: " + t.describe());
                    for (Route r : t.table().routes()) {
                        j.add("   " + r.destination() + " \u2192 " + r.target() + (r.active() ? "" : " (blackhole)"));
                    }
                });
                List<String> conns = new ArrayList<>();
                for (GlueConnection c : index.snapshot().connections()) {
                    if (s.subnetId().equals(c.subnetId())) {
                        conns.add(c.name());
                    }
                }
                if (!conns.isEmpty()) {
                    j.add("connections: " + String.join(", ", conns));
                }
                j.add("Double-click or right-click to fail / restore");
            }
            case ROUTE_TABLE -> {
                RouteTable t = index.routeTable(ref.id()).orElse(null);
                if (t == null) {
                    j.add("Route table " + ref.id());
                    break;
                }
                j.add("Route table " + t.name() + (t.isMain() ? " (main)" : ""));
                j.add("id: " + t.routeTableId());
                long explicit = t.associations().stream().filter(a -> a.subnetId() != null).count();
                j.add(explicit + " explicitly associated subnets" + (t.isMain() ? ", and every subnet without one" : ""));
                for (Route r : t.routes()) {
                    j.add("   " + r.destination() + " \u2192 " + r.target() + (r.active() ? "" : " (blackhole)"));
                }
                for (VpcEndpoint e : index.gatewayEndpointsOn(t.routeTableId())) {
                    j.add("gateway endpoint: " + e.vpcEndpointId() + " (" + e.serviceName() + ")");
                }
            }
            case NAT_GATEWAY -> {
                NatGateway n = index.natGateway(ref.id()).orElse(null);
                j.add("NAT gateway " + (n == null ? ref.id() : n.name()));
                j.add("id: " + ref.id());
                if (n != null) {
                    j.add("state: " + n.state() + ", " + n.connectivityType());
                    j.add("in subnet: " + n.subnetId());
                    index.subnet(n.subnetId()).ifPresent(s -> j.add("AZ: " + s.availabilityZone() + " ("
                            + index.zoneIdOf(s) + ")"));
                }
                j.add(failedNote(new SimulatedFailure.NatGatewayFailure(ref.id()), evaluation));
            }
            case INTERNET_GATEWAY -> {
                j.add("Internet gateway " + ref.id());
                index.snapshot().internetGateways().stream().filter(g -> g.internetGatewayId().equals(ref.id()))
                        .findFirst().ifPresent(g -> j.add("attached to: " + String.join(", ", g.attachedVpcIds())));
            }
            case VPC_ENDPOINT -> {
                VpcEndpoint e = index.endpoint(ref.id()).orElse(null);
                j.add("VPC endpoint " + ref.id());
                if (e != null) {
                    j.add("type: " + e.vpcEndpointType() + ", service: " + e.serviceName());
                    j.add("state: " + e.state());
                    if (!e.routeTableIds().isEmpty()) {
                        j.add("route tables: " + String.join(", ", e.routeTableIds()));
                    }
                    if (!e.subnetIds().isEmpty()) {
                        j.add("subnets: " + String.join(", ", e.subnetIds()));
                    }
                }
                j.add(failedNote(new SimulatedFailure.EndpointRemoved(ref.id()), evaluation));
            }
            case CONNECTION -> {
                ConnectionEvaluation ce = evaluation == null ? null : evaluation.connection(ref.id()).orElse(null);
                j.add("Connection " + (ce == null ? "" : "#" + ce.order() + " ") + ref.id());
                if (ce != null) {
                    j.add("verdict: " + ce.verdict());
                    ce.blockingCheck().ifPresent(c -> j.add(c.code() + ": " + c.message()));
                    if (ce.subnetId() != null) {
                        j.add("subnet: " + ce.subnetId());
                    }
                    if (ce.availabilityZone() != null) {
                        j.add("AZ: " + ce.availabilityZone()
                                + (ce.availabilityZoneId() == null ? "" : " (" + ce.availabilityZoneId() + ")"));
                    }
                    if (!ce.runWouldSucceed() && ce.verdict() == dev.gluefailover.engine.Verdict.CHOSEN) {
                        j.add("a run on it would fail: " + ce.runChecks().stream()
                                .filter(r -> !r.status().passes()).map(r -> r.code()).toList());
                    }
                }
            }
            default -> j.add(ref.kind() + " " + ref.id());
        }
        return j.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static String simulatedIps(String subnetId, Evaluation evaluation) {
        if (evaluation == null) {
            return "";
        }
        for (SimulatedFailure f : evaluation.simulation().failures()) {
            if (f instanceof SimulatedFailure.SubnetIps ips && ips.target().equals(subnetId)) {
                return " (simulated: " + ips.freeIps() + ")";
            }
        }
        return "";
    }

    private static String failedNote(SimulatedFailure f, Evaluation evaluation) {
        boolean failed = evaluation != null && evaluation.simulation().contains(f);
        return failed ? "Failure simulated: double-click to restore" : "Double-click or right-click to fail";
    }
}
