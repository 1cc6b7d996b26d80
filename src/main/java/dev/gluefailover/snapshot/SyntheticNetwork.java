package dev.gluefailover.snapshot;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToIgw;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;

import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * A large, deterministic topology for benchmarks and scale tests: {@code vpcCount} VPCs over
 * {@code zoneCount} AZs, each VPC with one public subnet per AZ and private subnets up to
 * {@code subnetsPerVpc}, and one job with {@code connectionCount} connections spread over the
 * VPCs. VPCs cycle through five egress designs, so that many connections fail, some pass:
 * no egress, one shared NAT, a NAT per AZ, an S3 endpoint only, a NAT per AZ plus an endpoint.
 */
public final class SyntheticNetwork {
    private SyntheticNetwork() {
    }

    /** The benchmark's size: about 50 VPCs, 6 AZs, 1,000 subnets, 200 connections in one job. */
    public static Snapshot large() {
        return generate(50, 6, 20, 200);
    }

    public static Snapshot generate(int vpcCount, int zoneCount, int subnetsPerVpc, int connectionCount) {
        if (subnetsPerVpc <= zoneCount) {
            throw new IllegalArgumentException("each VPC needs more subnets than AZs (public + private)");
        }
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").source("synthetic:" + vpcCount + "x" + subnetsPerVpc);
        String[] letters = {"a", "b", "c", "d", "e", "f", "g", "h"};
        for (int z = 0; z < zoneCount; z++) {
            b.zone("us-east-1" + letters[z % letters.length] + (z >= letters.length ? z : ""), "use1-az" + (z + 1));
        }
        List<List<String>> privateSubnets = new ArrayList<>();
        for (int v = 0; v < vpcCount; v++) {
            String vpc = String.format("vpc-%04d", v);
            String cidr = "10." + v + ".0.0/16";
            b.vpc(vpc, cidr, "vpc-" + v);
            b.internetGateway(String.format("igw-%04d", v), vpc);
            b.glueSecurityGroup(String.format("sg-%04d", v), vpc, "glue-" + v);
            int design = v % 5;
            List<String> publics = new ArrayList<>();
            for (int z = 0; z < zoneCount; z++) {
                String id = String.format("subnet-%04d-p%02d", v, z);
                b.subnet(id, vpc, zoneName(z, letters), "10." + v + "." + z + ".0/24", 250, "public-" + v + "-" + z);
                publics.add(id);
            }
            b.routeTable(String.format("rtb-%04d-pub", v), vpc, "public-" + v, publics, local(cidr),
                    defaultToIgw(String.format("igw-%04d", v)));
            b.mainRouteTable(String.format("rtb-%04d-main", v), vpc, "main-" + v, local(cidr));
            boolean natPerAz = design == 2 || design == 4;
            boolean sharedNat = design == 1;
            boolean endpoint = design == 3 || design == 4;
            if (sharedNat) {
                b.nat(String.format("nat-%04d-00", v), vpc, publics.get(0), "nat-" + v);
            }
            if (natPerAz) {
                for (int z = 0; z < zoneCount; z++) {
                    b.nat(String.format("nat-%04d-%02d", v, z), vpc, publics.get(z), "nat-" + v + "-" + z);
                }
            }
            List<List<String>> privatesByZone = new ArrayList<>();
            for (int z = 0; z < zoneCount; z++) {
                privatesByZone.add(new ArrayList<>());
            }
            List<String> privates = new ArrayList<>();
            for (int s = zoneCount; s < subnetsPerVpc; s++) {
                int z = s % zoneCount;
                String id = String.format("subnet-%04d-%02d", v, s);
                b.subnet(id, vpc, zoneName(z, letters), "10." + v + "." + (s + 10) + ".0/24", 200 - s,
                        "private-" + v + "-" + s);
                privatesByZone.get(z).add(id);
                privates.add(id);
            }
            List<String> tables = new ArrayList<>();
            for (int z = 0; z < zoneCount; z++) {
                String table = String.format("rtb-%04d-%02d", v, z);
                List<Route> routes = new ArrayList<>();
                routes.add(local(cidr));
                if (sharedNat) {
                    routes.add(defaultToNat(String.format("nat-%04d-00", v)));
                }
                if (natPerAz) {
                    routes.add(defaultToNat(String.format("nat-%04d-%02d", v, z)));
                }
                if (endpoint) {
                    routes.add(s3PrefixListTo("pl-63a5400a", String.format("vpce-%04d", v)));
                }
                b.routeTable(table, vpc, "private-" + v + "-" + z, privatesByZone.get(z), routes.toArray(Route[]::new));
                tables.add(table);
            }
            if (endpoint) {
                b.s3GatewayEndpoint(String.format("vpce-%04d", v), vpc, tables.toArray(String[]::new));
            }
            privateSubnets.add(privates);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < connectionCount; c++) {
            int v = c % vpcCount;
            List<String> privates = privateSubnets.get(v);
            String subnet = privates.get((c / vpcCount) % privates.size());
            String name = String.format("conn-%03d", c);
            int s = Integer.parseInt(subnet.substring(subnet.lastIndexOf('-') + 1));
            b.jdbcConnection(name, subnet, zoneName(s % zoneCount, letters), String.format("sg-%04d", v),
                    "jdbc:postgresql://db-" + v + ".example.internal:5432/app");
            names.add(name);
        }
        b.job(new GlueJob("synthetic-job", names, "G.1X", 10, null, 3, "5.0"));
        return b.build();
    }

    private static String zoneName(int z, String[] letters) {
        return "us-east-1" + letters[z % letters.length] + (z >= letters.length ? z : "");
    }
}
