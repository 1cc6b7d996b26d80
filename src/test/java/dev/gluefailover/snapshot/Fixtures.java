package dev.gluefailover.snapshot;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.List;
import java.util.Map;

/** A small but complete network: every record type and every optional field is used at least once. */
final class Fixtures {
    private Fixtures() {
    }

    static Snapshot rich() {
        return new Snapshot(1, "2026-11-21T10:00:00Z", "aws:profile=prod-admin", new Region("us-east-1", "123456789012"),
                List.of(new AvailabilityZone("us-east-1a", "use1-az1", "available"),
                        new AvailabilityZone("us-east-1b", "use1-az2", "impaired")),
                List.of(new Vpc("vpc-0aaa1111", "10.20.0.0/16", true, true, Map.of("Name", "prod-vpc", "team", "data")),
                        new Vpc("vpc-0bbb2222", "172.31.0.0/16", null, false, null)),
                List.of(new Subnet("subnet-0a1b", "vpc-0aaa1111", "us-east-1a", "use1-az1", "10.20.1.0/24", "available",
                                200, false, Map.of("Name", "private-a")),
                        new Subnet("subnet-0c2d", "vpc-0aaa1111", "us-east-1b", "use1-az2", "10.20.2.0/24", "available",
                                0, false, Map.of("Name", "private-b")),
                        new Subnet("subnet-0e3f", "vpc-0aaa1111", "us-east-1a", "use1-az1", "10.20.0.0/28", "available",
                                null, true, Map.of("Name", "public-a"))),
                List.of(new RouteTable("rtb-0main", "vpc-0aaa1111", List.of(RouteTableAssociation.mainTable()),
                                List.of(Route.local("10.20.0.0/16"), Route.toNat("0.0.0.0/0", "nat-0aa"),
                                        Route.toEndpoint("pl-63a5400a", "vpce-0s3")),
                                Map.of("Name", "main")),
                        new RouteTable("rtb-0pub", "vpc-0aaa1111", List.of(RouteTableAssociation.subnet("subnet-0e3f")),
                                List.of(Route.local("10.20.0.0/16"), Route.toGateway("0.0.0.0/0", "igw-0abc")), null),
                        new RouteTable("rtb-0b", "vpc-0aaa1111", List.of(RouteTableAssociation.subnet("subnet-0c2d")),
                                List.of(Route.local("10.20.0.0/16"),
                                        new Route("0.0.0.0/0", null, null, "nat-0gone", null, null, null, "blackhole"),
                                        new Route("192.168.0.0/16", null, null, null, "tgw-0123", null, null, "active")),
                                null)),
                List.of(new NatGateway("nat-0aa", "vpc-0aaa1111", "subnet-0e3f", "available", "public", Map.of("Name", "nat-a"))),
                List.of(new InternetGateway("igw-0abc", List.of("vpc-0aaa1111"), Map.of("Name", "igw"))),
                List.of(new VpcEndpoint("vpce-0s3", "vpc-0aaa1111", "Gateway", "com.amazonaws.us-east-1.s3", "available",
                                List.of("rtb-0main"), List.of()),
                        new VpcEndpoint("vpce-0glue", "vpc-0aaa1111", "Interface", "com.amazonaws.us-east-1.glue", "available",
                                List.of(), List.of("subnet-0a1b", "subnet-0c2d"))),
                List.of(new SecurityGroup("sg-0glue", "vpc-0aaa1111", "glue-self-ref",
                                List.of(SecurityGroupRule.allTrafficFromGroup("sg-0glue"),
                                        new SecurityGroupRule("tcp", 5432, 5432, List.of("10.20.0.0/16", "203.0.113.7/32"),
                                                List.of(), List.of("pl-63a5400a"))),
                                List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0"))),
                        new SecurityGroup("sg-0def", "vpc-0aaa1111", "default", List.of(), List.of())),
                List.of(new GlueJob("nightly-orders-etl", List.of("orders-db-a", "orders-db-b", "missing-conn"), "G.1X", 10,
                                null, 2, "4.0"),
                        new GlueJob("legacy-job", List.of("orders-db-b"), null, null, 10.0, null, "2.0")),
                List.of(new GlueConnection("orders-db-a", "JDBC", "subnet-0a1b", List.of("sg-0glue"), "us-east-1a",
                                "jdbc:postgresql://orders.c9akciq32.us-east-1.rds.amazonaws.com:5432/orders"),
                        new GlueConnection("orders-db-b", "JDBC", "subnet-0deleted", List.of("sg-0glue", "sg-0gone"),
                                "us-east-1b", "jdbc:mysql://10.20.1.17:3306/sales?useSSL=true"),
                        new GlueConnection("s3-only", "NETWORK", null, null, null, null)),
                List.of(new LoadProblem("glue:GetConnection", "AccessDeniedException",
                        "User: arn:aws:iam::123456789012:user/alice is not authorized to perform glue:GetConnection "
                                + "on resource missing-conn",
                        List.of("missing-conn")),
                        new LoadProblem("ec2:DescribeVpcAttribute", "UnauthorizedOperation", "denied for vpc-0bbb2222",
                                List.of("vpc-0bbb2222"))));
    }
}
