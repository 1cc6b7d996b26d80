package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Small hand-made networks for the loader tests. {@link #world(int)} holds two VPCs the job uses
 * and one ({@code vpc-zzz}) it does not, which the loader must leave out.
 */
final class TestNetworks {
    static final String ACCOUNT = "123456789012";
    static final String JOB = "nightly-etl";
    /** The job's role, by name: the loader asks GetRole for its ARN. */
    static final String ROLE = "GlueJobRole";
    private static final List<String> SUBNETS = List.of("subnet-a1", "subnet-a2", "subnet-a3", "subnet-b1");

    private TestNetworks() {
    }

    /** A job with {@code connections} connections, spread over the four subnets of vpc-aaa and vpc-bbb. */
    static Snapshot world(int connections) {
        List<GlueConnection> conns = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            String subnet = SUBNETS.get(i % SUBNETS.size());
            String az = subnet.equals("subnet-a2") ? "eu-west-1b" : subnet.equals("subnet-b1") ? "eu-west-1c"
                    : "eu-west-1a";
            List<String> sgs = subnet.startsWith("subnet-b") ? List.of("sg-b") : List.of("sg-glue", "sg-extra");
            conns.add(new GlueConnection(String.format("conn-%02d", i), "JDBC", subnet, sgs, az,
                    "jdbc:postgresql://db" + i + ".example.internal:5432/app", "READY", null));
        }
        conns.add(new GlueConnection("s3-only", "NETWORK", null, List.of(), null, null)); // unused by the job
        List<String> names = conns.stream().map(GlueConnection::name).filter(n -> n.startsWith("conn-")).toList();
        GlueJob job = new GlueJob(JOB, names, "G.1X", 10, 10.0, 2, "4.0", ROLE,
                Map.of("--enable-auto-scaling", "true"), 2);
        // No connection: it does not run in a VPC, so its role is not simulated.
        GlueJob other = new GlueJob("other-job", List.of(), null, null, 2.0, null, "3.0", "OtherRole", Map.of(),
                null);
        return new Snapshot(Snapshot.SCHEMA_VERSION, "2025-01-01T00:00:00Z", "test", new Region(FakeAws.REGION, ACCOUNT),
                List.of(new AvailabilityZone("eu-west-1a", "euw1-az3", "available"),
                        new AvailabilityZone("eu-west-1b", "euw1-az1", "available"),
                        new AvailabilityZone("eu-west-1c", "euw1-az2", "impaired")),
                List.of(new Vpc("vpc-aaa", "10.0.0.0/16", true, true, Map.of("Name", "analytics")),
                        new Vpc("vpc-bbb", "10.1.0.0/16", true, false, Map.of()),
                        new Vpc("vpc-zzz", "10.9.0.0/16", false, false, Map.of("Name", "unrelated"))),
                List.of(new Subnet("subnet-a1", "vpc-aaa", "eu-west-1a", "euw1-az3", "10.0.1.0/24", "available", 250,
                                false, Map.of("Name", "private-a", "team", "data")),
                        new Subnet("subnet-a2", "vpc-aaa", "eu-west-1b", "euw1-az1", "10.0.2.0/24", "available", 0,
                                false, Map.of()),
                        new Subnet("subnet-a3", "vpc-aaa", "eu-west-1a", "euw1-az3", "10.0.3.0/24", "available", 12,
                                true, Map.of("Name", "public-a")),
                        new Subnet("subnet-b1", "vpc-bbb", "eu-west-1c", "euw1-az2", "10.1.1.0/24", "pending", 100,
                                false, Map.of()),
                        new Subnet("subnet-z1", "vpc-zzz", "eu-west-1a", "euw1-az3", "10.9.1.0/24", "available", 5,
                                false, Map.of())),
                List.of(new RouteTable("rtb-a-main", "vpc-aaa", List.of(RouteTableAssociation.mainTable()),
                                List.of(Route.local("10.0.0.0/16"), Route.toNat("0.0.0.0/0", "nat-a")), Map.of()),
                        new RouteTable("rtb-a-private2", "vpc-aaa", List.of(RouteTableAssociation.subnet("subnet-a2")),
                                List.of(Route.local("10.0.0.0/16"), Route.toEndpoint("pl-6da54004", "vpce-s3")),
                                Map.of("Name", "private-2")),
                        new RouteTable("rtb-a-public", "vpc-aaa", List.of(RouteTableAssociation.subnet("subnet-a3")),
                                List.of(Route.local("10.0.0.0/16"), Route.toGateway("0.0.0.0/0", "igw-a")), Map.of()),
                        new RouteTable("rtb-b-main", "vpc-bbb", List.of(RouteTableAssociation.mainTable()),
                                List.of(Route.local("10.1.0.0/16"),
                                        new Route("0.0.0.0/0", null, null, "nat-b", null, null, null, "blackhole"),
                                        new Route("192.168.0.0/16", null, null, null, "tgw-1", null, null, "active")),
                                Map.of()),
                        new RouteTable("rtb-z-main", "vpc-zzz", List.of(RouteTableAssociation.mainTable()),
                                List.of(Route.local("10.9.0.0/16")), Map.of())),
                List.of(new NatGateway("nat-a", "vpc-aaa", "subnet-a3", "available", "public", Map.of("Name", "nat")),
                        new NatGateway("nat-b", "vpc-bbb", "subnet-b1", "deleted", "private", Map.of()),
                        new NatGateway("nat-z", "vpc-zzz", "subnet-z1", "available", "public", Map.of())),
                List.of(new InternetGateway("igw-a", List.of("vpc-aaa"), Map.of("Name", "igw")),
                        new InternetGateway("igw-z", List.of("vpc-zzz"), Map.of()),
                        new InternetGateway("igw-loose", List.of(), Map.of())),
                List.of(new VpcEndpoint("vpce-s3", "vpc-aaa", "Gateway", "com.amazonaws.eu-west-1.s3", "available",
                                List.of("rtb-a-private2"), List.of()),
                        new VpcEndpoint("vpce-glue", "vpc-aaa", "Interface", "com.amazonaws.eu-west-1.glue",
                                "pending", List.of(), List.of("subnet-a1", "subnet-a3")),
                        new VpcEndpoint("vpce-z", "vpc-zzz", "Gateway", "com.amazonaws.eu-west-1.s3", "available",
                                List.of("rtb-z-main"), List.of())),
                List.of(new SecurityGroup("sg-glue", "vpc-aaa", "glue",
                                List.of(SecurityGroupRule.allTrafficFromGroup("sg-glue")),
                                List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0"))),
                        new SecurityGroup("sg-extra", "vpc-aaa", "db-access",
                                List.of(new SecurityGroupRule("tcp", 5432, 5432, List.of("10.0.0.0/16"), List.of(),
                                        List.of("pl-123"))),
                                List.of()),
                        new SecurityGroup("sg-b", "vpc-bbb", "b", List.of(),
                                List.of(new SecurityGroupRule("tcp", 0, 65535, List.of("0.0.0.0/0", "::/0"),
                                        List.of(), List.of()))),
                        new SecurityGroup("sg-z", "vpc-zzz", "unrelated", List.of(), List.of())),
                List.of(job, other), conns, List.of(),
                List.of(new RolePermission(ROLE, "ec2:DescribeSubnets", "allowed")));
    }

    /**
     * What the loader should find for the jobs' roles: for every role of a job with a connection,
     * one decision per {@link GlueNetworkLoader#ROLE_ACTIONS}, the served one or the fake's default
     * {@code allowed}.
     */
    static List<RolePermission> expectedPermissions(Snapshot world, List<GlueJob> jobs) {
        List<String> roles = jobs.stream().filter(j -> !j.connectionNames().isEmpty()).map(GlueJob::role)
                .filter(r -> r != null && !r.isBlank()).distinct().toList();
        List<RolePermission> out = new ArrayList<>();
        for (String role : roles) {
            for (String action : GlueNetworkLoader.ROLE_ACTIONS) {
                out.add(world.permission(role, action).orElse(new RolePermission(role, action, "allowed")));
            }
        }
        return out;
    }

    /**
     * What a load of the given jobs should return from {@code world}: the jobs, their connections,
     * the security groups they name, everything in their subnets' VPCs (all subnets included), and all zones.
     */
    static Snapshot expectedLoad(Snapshot world, List<String> jobNames) {
        List<GlueJob> jobs = jobNames.stream().map(n -> world.job(n).orElseThrow()).toList();
        List<String> connNames = jobs.stream().flatMap(j -> j.connectionNames().stream()).distinct().toList();
        List<GlueConnection> conns = connNames.stream().flatMap(n -> world.connection(n).stream()).toList();
        var subnetIds = new HashSet<>(conns.stream().map(GlueConnection::subnetId).toList());
        var groupIds = new HashSet<>(conns.stream().flatMap(c -> c.securityGroupIds().stream()).toList());
        var vpcIds = new HashSet<>(world.subnets().stream().filter(s -> subnetIds.contains(s.subnetId()))
                .map(Subnet::vpcId).toList());
        Predicate<String> inVpc = vpcIds::contains;
        List<Subnet> subnets = world.subnets().stream().filter(s -> inVpc.test(s.vpcId())).toList();
        return new Snapshot(world.schemaVersion(), "ignored", "aws:" + FakeAws.REGION, world.region(),
                world.availabilityZones(),
                world.vpcs().stream().filter(v -> inVpc.test(v.vpcId())).toList(), subnets,
                world.routeTables().stream().filter(t -> inVpc.test(t.vpcId())).toList(),
                world.natGateways().stream().filter(n -> inVpc.test(n.vpcId())).toList(),
                world.internetGateways().stream().filter(g -> g.attachedVpcIds().stream().anyMatch(inVpc)).toList(),
                world.vpcEndpoints().stream().filter(e -> inVpc.test(e.vpcId())).toList(),
                world.securityGroups().stream().filter(g -> groupIds.contains(g.groupId())).toList(),
                jobs, conns, List.of(), expectedPermissions(world, jobs));
    }

    /**
     * Same content: jobs and connections in order (Glue's order matters), every other list as a
     * set (AWS does not promise an order), and the region. Capture time and source are not compared.
     */
    static void assertSameContent(Snapshot expected, Snapshot actual) {
        assertEquals(expected.region(), actual.region(), "region");
        assertEquals(expected.jobs(), actual.jobs(), "jobs");
        assertEquals(expected.connections(), actual.connections(), "connections");
        assertEquals(new HashSet<>(expected.availabilityZones()), new HashSet<>(actual.availabilityZones()), "zones");
        assertEquals(new HashSet<>(expected.vpcs()), new HashSet<>(actual.vpcs()), "vpcs");
        assertEquals(new HashSet<>(expected.subnets()), new HashSet<>(actual.subnets()), "subnets");
        assertEquals(new HashSet<>(expected.routeTables()), new HashSet<>(actual.routeTables()), "route tables");
        assertEquals(new HashSet<>(expected.natGateways()), new HashSet<>(actual.natGateways()), "nat gateways");
        assertEquals(new HashSet<>(expected.internetGateways()), new HashSet<>(actual.internetGateways()), "igws");
        assertEquals(new HashSet<>(expected.vpcEndpoints()), new HashSet<>(actual.vpcEndpoints()), "endpoints");
        assertEquals(new HashSet<>(expected.securityGroups()), new HashSet<>(actual.securityGroups()), "sgs");
        assertEquals(new HashSet<>(expected.problems()), new HashSet<>(actual.problems()), "problems");
        assertEquals(expected.rolePermissions(), actual.rolePermissions(), "role permissions");
    }
}
