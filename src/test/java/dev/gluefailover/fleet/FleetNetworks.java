package dev.gluefailover.fleet;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToIgw;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;

import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;

/**
 * A generated account for the scan tests and the benchmark: {@code vpcs} VPCs in eu-west-1, each
 * with a public and two private subnets in two zones and two connections (one per private subnet);
 * {@code jobs} jobs spread over the VPCs, each listing its VPC's two connections. Every third VPC
 * has a NAT gateway per zone (its jobs survive any single failure); the others share one NAT in
 * the first zone, so an outage of euw1-az3 or a failure of that NAT stops their jobs.
 */
public final class FleetNetworks {
    public static final String REGION = "eu-west-1";

    private FleetNetworks() {
    }

    public static Snapshot account(String accountId, int jobs, int vpcs) {
        SnapshotBuilder b = new SnapshotBuilder(REGION).source("test:fleet").account(accountId)
                .zone("eu-west-1a", "euw1-az3").zone("eu-west-1b", "euw1-az1");
        for (int v = 0; v < vpcs; v++) {
            String id = String.format("%04d", v);
            String vpc = "vpc-" + id;
            int second = v / 250;
            int third = v % 250;
            String cidr = String.format("10.%d.%d.0/24", 100 + second, third);
            b.vpc(vpc, cidr, "vpc-" + id);
            b.internetGateway("igw-" + id, vpc);
            String base = String.format("10.%d.%d.", 100 + second, third);
            b.subnet("subnet-" + id + "-pa", vpc, "eu-west-1a", base + "0/26", 50, "public-a-" + id);
            b.subnet("subnet-" + id + "-pb", vpc, "eu-west-1b", base + "64/26", 50, "public-b-" + id);
            b.subnet("subnet-" + id + "-a", vpc, "eu-west-1a", base + "128/26", 50, "private-a-" + id);
            b.subnet("subnet-" + id + "-b", vpc, "eu-west-1b", base + "192/26", 50, "private-b-" + id);
            b.routeTable("rtb-" + id + "-pub", vpc, "public-" + id, List.of("subnet-" + id + "-pa", "subnet-" + id + "-pb"),
                    local(cidr), defaultToIgw("igw-" + id));
            b.mainRouteTable("rtb-" + id + "-main", vpc, "main-" + id, local(cidr));
            b.nat("nat-" + id + "-a", vpc, "subnet-" + id + "-pa", "nat-a-" + id);
            if (v % 3 == 0) {
                b.nat("nat-" + id + "-b", vpc, "subnet-" + id + "-pb", "nat-b-" + id);
                b.routeTable("rtb-" + id + "-a", vpc, "private-a-" + id, List.of("subnet-" + id + "-a"), local(cidr),
                        defaultToNat("nat-" + id + "-a"));
                b.routeTable("rtb-" + id + "-b", vpc, "private-b-" + id, List.of("subnet-" + id + "-b"), local(cidr),
                        defaultToNat("nat-" + id + "-b"));
            } else {
                b.routeTable("rtb-" + id + "-priv", vpc, "private-" + id,
                        List.of("subnet-" + id + "-a", "subnet-" + id + "-b"), local(cidr), defaultToNat("nat-" + id + "-a"));
            }
            b.glueSecurityGroup("sg-" + id, vpc, "glue-" + id);
            b.jdbcConnection("db-" + id + "-a", "subnet-" + id + "-a", "eu-west-1a", "sg-" + id,
                    "jdbc:postgresql://db" + id + ".example.internal:5432/app");
            b.jdbcConnection("db-" + id + "-b", "subnet-" + id + "-b", "eu-west-1b", "sg-" + id,
                    "jdbc:postgresql://db" + id + ".example.internal:5432/app");
        }
        for (int j = 0; j < jobs; j++) {
            String id = String.format("%04d", j % vpcs);
            b.job(String.format("job-%04d", j), 4, 1, "db-" + id + "-a", "db-" + id + "-b");
        }
        return b.build();
    }

    /**
     * The same network, but {@code jobs} jobs that together name every connection: job {@code j}
     * lists the two connections of VPCs {@code j}, {@code j + jobs}, {@code j + 2 jobs}, … (a job whose
     * connections are in several VPCs fails over between them). With {@code jobs >= vpcs} it is
     * {@link #account}: the scan reads the same network whatever the number of jobs.
     */
    public static Snapshot accountCoveringEveryVpc(String accountId, int jobs, int vpcs) {
        if (jobs >= vpcs) {
            return account(accountId, jobs, vpcs);
        }
        Snapshot s = account(accountId, 0, vpcs);
        java.util.List<dev.gluefailover.model.GlueJob> list = new java.util.ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int v = j; v < vpcs; v += jobs) {
                String id = String.format("%04d", v);
                names.add("db-" + id + "-a");
                names.add("db-" + id + "-b");
            }
            list.add(new dev.gluefailover.model.GlueJob(String.format("job-%04d", j), names, "G.1X", 4, null, 1, "5.0"));
        }
        return s.withJobs(list);
    }
}
