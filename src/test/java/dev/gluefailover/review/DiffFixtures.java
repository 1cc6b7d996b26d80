package dev.gluefailover.review;

import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Samples edited as a change would edit them, for the diff's tests (review, command line, window). */
public final class DiffFixtures {
    static final String VPC = "vpc-0c33data000000001";

    private DiffFixtures() {
    }

    /** single-nat with a second NAT in us-east-1b and subnet private-1b routed to it through its own table. */
    public static Snapshot singleNatWithSecondNat() {
        Snapshot s = Samples.get("single-nat");
        List<NatGateway> nats = new ArrayList<>(s.natGateways());
        nats.add(new NatGateway("nat-0c33natgw00001b", VPC, "subnet-0c33public0001b", "available", "public",
                Map.of("Name", "data-nat-1b")));
        List<RouteTable> tables = new ArrayList<>();
        for (RouteTable t : s.routeTables()) {
            if (t.routeTableId().equals("rtb-0c33private000001")) {
                tables.add(new RouteTable(t.routeTableId(), t.vpcId(), t.associations().stream()
                        .filter(a -> !"subnet-0c33private001b".equals(a.subnetId())).toList(), t.routes(), t.tags()));
            } else {
                tables.add(t);
            }
        }
        tables.add(new RouteTable("rtb-0c33private0001b", VPC, List.of(RouteTableAssociation.subnet(
                "subnet-0c33private001b")), List.of(Route.local("10.30.0.0/16"),
                        Route.toNat("0.0.0.0/0", "nat-0c33natgw00001b")), Map.of("Name", "data-private-1b")));
        return s.withNatGateways(nats).withRouteTables(tables);
    }

    /** three-az with nat-1b removed and its table's default route sent to nat-1a instead. */
    public static Snapshot threeAzWithoutNat1b() {
        Snapshot s = Samples.get("three-az");
        List<NatGateway> nats = s.natGateways().stream().filter(n -> !n.natGatewayId().equals("nat-0c33natgw00001b"))
                .toList();
        List<RouteTable> tables = s.routeTables().stream().map(t -> !t.routeTableId().equals("rtb-0c33private0001b") ? t
                : new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), List.of(Route.local("10.30.0.0/16"),
                        Route.toNat("0.0.0.0/0", "nat-0c33natgw00001a")), t.tags())).toList();
        return s.withNatGateways(nats).withRouteTables(tables);
    }

}
