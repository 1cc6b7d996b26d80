package dev.gluefailover.layout;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToIgw;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A large, deterministic topology for layout tests and the diagram benchmark: 50 VPCs over
 * 6 AZs, 20 subnets each (1,000 in all; one public subnet with a NAT gateway per AZ), a route
 * table per AZ, an S3 gateway endpoint per VPC, and one job with 200 connections (4 per VPC).
 */
public final class LargeTopology {
    public static final int VPCS = 50;
    public static final int ZONES = 6;
    public static final int SUBNETS_PER_VPC = 20;
    public static final int CONNECTIONS_PER_VPC = 4;

    private LargeTopology() {
    }

    public static Snapshot build() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").source("generated:large");
        for (int z = 0; z < ZONES; z++) {
            b.zone("us-east-1" + (char) ('a' + z), "use1-az" + (z + 1));
        }
        List<String> connections = new ArrayList<>();
        for (int v = 0; v < VPCS; v++) {
            String vpc = String.format("vpc-bench%04d", v);
            String igw = String.format("igw-bench%04d", v);
            String sg = String.format("sg-bench%04d", v);
            String s3 = String.format("vpce-bench%04ds3", v);
            b.vpc(vpc, "10." + v + ".0.0/16", "bench-vpc-" + v).internetGateway(igw, vpc)
                    .glueSecurityGroup(sg, vpc, "bench-glue-sg-" + v)
                    .mainRouteTable(String.format("rtb-bench%04dmain", v), vpc, "bench-main-" + v, local("10." + v
                            + ".0.0/16"));
            List<String> publics = new ArrayList<>();
            List<List<String>> privates = new ArrayList<>();
            for (int z = 0; z < ZONES; z++) {
                privates.add(new ArrayList<>());
            }
            for (int i = 0; i < SUBNETS_PER_VPC; i++) {
                int z = i % ZONES;
                boolean pub = i < ZONES;
                String id = String.format("subnet-bench%04d%02d", v, i);
                b.subnet(id, vpc, "us-east-1" + (char) ('a' + z), "10." + v + "." + i + ".0/24", 200 + i,
                        (pub ? "bench-public-" : "bench-private-") + v + "-" + i);
                if (pub) {
                    publics.add(id);
                    b.nat(String.format("nat-bench%04d%02d", v, z), vpc, id, "bench-nat-" + v + "-" + z);
                } else {
                    privates.get(z).add(id);
                }
            }
            b.routeTable(String.format("rtb-bench%04dpub", v), vpc, "bench-public-" + v, publics,
                    local("10." + v + ".0.0/16"), defaultToIgw(igw));
            List<String> privateTables = new ArrayList<>();
            for (int z = 0; z < ZONES; z++) {
                String rtb = String.format("rtb-bench%04dp%d", v, z);
                privateTables.add(rtb);
                b.routeTable(rtb, vpc, "bench-private-" + v + "-az" + (z + 1), privates.get(z),
                        local("10." + v + ".0.0/16"), defaultToNat(String.format("nat-bench%04d%02d", v, z)),
                        s3PrefixListTo("pl-63a5400a", s3));
            }
            b.endpoint(new VpcEndpoint(s3, vpc, "Gateway", "com.amazonaws.us-east-1.s3", "available", privateTables,
                    List.of()));
            for (int c = 0; c < CONNECTIONS_PER_VPC; c++) {
                int z = c % ZONES;
                String subnet = privates.get(z).get(0);
                String name = "bench-conn-" + v + "-" + c;
                connections.add(name);
                b.jdbcConnection(name, subnet, "us-east-1" + (char) ('a' + z), sg,
                        "jdbc:postgresql://db" + v + ".example.internal:5432/app");
            }
        }
        b.job(new GlueJob("bench-job", connections, "G.1X", 10, null, 1, "5.0"));
        return b.build();
    }
}
