package dev.gluefailover.edit;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Ipv4Cidr;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scenarios to start from: a new one (an empty VPC with two AZs, its main route table with the local
 * route, a Glue security group with the self-referencing rule, and a job with no connections), a
 * copy of a snapshot under its own name, and the fresh ids and free address ranges adds need.
 */
public final class Scenarios {
    /** The {@code source} of a scenario made in the editor: "scenario:NAME". */
    public static final String SOURCE_PREFIX = "scenario:";

    private Scenarios() {
    }

    /** The New scenario of File ▸ New scenario (Ctrl+N). */
    public static Snapshot empty(String name) {
        String vpc = "vpc-0e00000000000001";
        String sg = "sg-0e000000000000001";
        return new Snapshot(Snapshot.SCHEMA_VERSION, null, SOURCE_PREFIX + name, new Region("us-east-1", null),
                List.of(new AvailabilityZone("us-east-1a", "use1-az1", "available"),
                        new AvailabilityZone("us-east-1b", "use1-az2", "available")),
                List.of(new Vpc(vpc, "10.0.0.0/16", true, true, Map.of("Name", name + "-vpc"))),
                List.of(),
                List.of(new RouteTable("rtb-0e00000000000main", vpc, List.of(RouteTableAssociation.mainTable()),
                        List.of(Route.local("10.0.0.0/16")), Map.of("Name", name + "-main"))),
                List.of(), List.of(), List.of(),
                List.of(new SecurityGroup(sg, vpc, name + "-glue-sg", List.of(SecurityGroupRule.allTrafficFromGroup(sg)),
                        List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0")))),
                List.of(new GlueJob(name, List.of(), "G.1X", 2, null, 0, "5.0")),
                List.of(), List.of(), List.of());
    }

    /** A snapshot (a sample, a capture) as a scenario of its own: same network, its own name. */
    public static Snapshot copy(Snapshot of, String name) {
        return of.withSource(SOURCE_PREFIX + name);
    }

    /** The scenario's name when the snapshot is one made in the editor. */
    public static Optional<String> name(Snapshot s) {
        return s.source() != null && s.source().startsWith(SOURCE_PREFIX)
                ? Optional.of(s.source().substring(SOURCE_PREFIX.length())) : Optional.empty();
    }

    /**
     * An id of the given prefix ({@code subnet}, {@code nat}, …) no element of the scenario has, in
     * AWS's shape: the prefix, a dash and 17 hexadecimal digits.
     */
    public static String freshId(Snapshot s, String prefix) {
        Set<String> taken = new HashSet<>();
        Stream.of(s.vpcs().stream().map(Vpc::vpcId), s.subnets().stream().map(Subnet::subnetId),
                s.routeTables().stream().map(RouteTable::routeTableId),
                s.natGateways().stream().map(n -> n.natGatewayId()),
                s.internetGateways().stream().map(g -> g.internetGatewayId()),
                s.vpcEndpoints().stream().map(e -> e.vpcEndpointId()),
                s.securityGroups().stream().map(SecurityGroup::groupId)).flatMap(x -> x).forEach(taken::add);
        for (long n = 1; ; n++) {
            String id = prefix + "-0e" + String.format(Locale.ROOT, "%015x", n);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** A connection name no connection of the scenario has: "base", "base-2", … */
    public static String freshName(Snapshot s, String base) {
        if (s.connection(base).isEmpty()) {
            return base;
        }
        for (int n = 2; ; n++) {
            String name = base + "-" + n;
            if (s.connection(name).isEmpty()) {
                return name;
            }
        }
    }

    /** The first block of that size inside the VPC that no subnet of it overlaps; empty when it is full. */
    public static Optional<String> freeSubnetCidr(Snapshot s, String vpcId, int prefix) {
        Optional<Ipv4Cidr> vpc = s.vpcs().stream().filter(v -> v.vpcId().equals(vpcId)).findFirst()
                .flatMap(v -> Ipv4Cidr.parse(v.cidrBlock()));
        if (vpc.isEmpty() || prefix < vpc.get().prefix()) {
            return Optional.empty();
        }
        List<Ipv4Cidr> used = s.subnets().stream().filter(sn -> vpcId.equals(sn.vpcId()))
                .map(sn -> Ipv4Cidr.parse(sn.cidrBlock())).flatMap(Optional::stream).toList();
        long size = 1L << (32 - prefix);
        for (long first = vpc.get().first(); first + size - 1 <= vpc.get().last(); first += size) {
            long a = first;
            long b = first + size - 1;
            if (used.stream().noneMatch(u -> u.first() <= b && a <= u.last())) {
                return Optional.of(new Ipv4Cidr(first, prefix).text());
            }
        }
        return Optional.empty();
    }

    /** Addresses a new subnet of this block offers Glue (AWS keeps five of every subnet). */
    public static int usableIps(String cidr) {
        return Ipv4Cidr.parse(cidr).map(c -> (int) (c.last() - c.first() + 1 - ScenarioValidation.RESERVED_PER_SUBNET))
                .orElse(0);
    }
}
