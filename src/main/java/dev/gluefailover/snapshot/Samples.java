package dev.gluefailover.snapshot;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToIgw;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in samples. Each one teaches one thing about Glue's connection choice; the tests
 * pin the outcome each description promises.
 */
public final class Samples {

    /** A sample: its name, a one-line title and the lesson it teaches. */
    public record Sample(String name, String title, String lesson, Supplier<Snapshot> snapshot) {
    }

    private static final Map<String, Sample> SAMPLES = build();

    private Samples() {
    }

    public static List<String> names() {
        return List.copyOf(SAMPLES.keySet());
    }

    public static List<Sample> all() {
        return List.copyOf(SAMPLES.values());
    }

    public static Optional<Sample> find(String name) {
        return Optional.ofNullable(SAMPLES.get(name));
    }

    /** The sample's snapshot; IllegalArgumentException naming the samples there are when unknown. */
    public static Snapshot get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no sample named '" + name + "'; samples: " + String.join(", ", names()))).snapshot().get();
    }

    private static Map<String, Sample> build() {
        Map<String, Sample> m = new LinkedHashMap<>();
        add(m, "seed-article", "The published field test: a private-only VPC first, a working VPC second",
                "The first connection's VPC has no NAT gateway and no S3 endpoint, so Glue skips it silently and "
                        + "uses the second (NO_S3_ENDPOINT_OR_NAT).", () -> seedArticle().withDrills(SampleDrills.seedArticle()));
        add(m, "three-az", "One VPC, three AZs, a NAT gateway per AZ, one connection per AZ",
                "Fail the first AZ and Glue moves to the second connection; fail two and it moves to the third; "
                        + "fail all three and the job cannot start.", () -> threeAz().withDrills(SampleDrills.threeAz()));
        add(m, "single-nat", "Three connections in three AZs sharing one NAT gateway",
                "With the NAT's AZ out, Glue still chooses the second connection (its route to the NAT exists), "
                        + "but the run fails: NAT_IN_FAILED_AZ. Failover needs a NAT per AZ.", () -> singleNat().withDrills(SampleDrills.singleNat()));
        add(m, "ip-exhaustion", "A small subnet first: chosen with 3 free IPs for a 10-worker job",
                "Glue only checks for more than zero free IPs: the first connection is chosen but the run cannot "
                        + "place 10 workers (IPS_BELOW_WORKERS). At 0 free IPs Glue moves on.", () -> ipExhaustion().withDrills(SampleDrills.ipExhaustion()));
        add(m, "endpoint-wrong-table", "An S3 gateway endpoint attached to the wrong route table",
                "The endpoint exists in the VPC but is not on the private subnet's route table, so the first "
                        + "connection fails NO_S3_ENDPOINT_OR_NAT; the second subnet's table carries it.",
                Samples::endpointWrongTable);
        add(m, "az-mismatch", "A connection whose AZ does not match its subnet",
                "The first connection says us-east-1b but its subnet is in us-east-1a: Glue skips it "
                        + "(AZ_MISMATCH).", Samples::azMismatch);
        add(m, "glue-6-graviton", "Glue 6.1 on Graviton workers: a subnet big enough by one IP figure, too small by "
                + "the other",
                "20 G.2X.GRAVITON workers need 20 IPs at one per node, but more than 40 by the DPU figure (a Graviton "
                        + "worker counts as its base type, 2 DPUs). The first subnet's 27 free IPs pass with "
                        + "ipDemandModel=WORKERS and fail with DPUS (IPS_BELOW_WORKERS); either way Glue uses the first "
                        + "connection, because a run check is no failover. No source describes Glue 6.x failover: the "
                        + "verdict assumes 5.1's.", Samples::glue6Graviton);
        add(m, "role-cannot-describe", "Two sound VPC paths, but the job's role may not call ec2:DescribeRouteTables",
                "Glue runs its checks as the job's role: without ec2:DescribeRouteTables the first connection fails "
                        + "ROLE_CANNOT_DESCRIBE (Glue says 'VPC Id not found'), and so does the second, because the "
                        + "role is the same for every connection. Failover cannot help and the job would not start; "
                        + "grant the role the action and #1 is chosen.", Samples::roleCannotDescribe);
        add(m, "no-vpc", "A job whose only connection has no subnet",
                "The connection reaches a public database and has no PhysicalConnectionRequirements: no network "
                        + "placement (NO_NETWORK_PLACEMENT), so the job runs outside your VPCs; there is nothing to "
                        + "choose and nothing to fail over, and that is not a job that would not start.",
                Samples::noVpc);
        return m;
    }

    private static void add(Map<String, Sample> m, String name, String title, String lesson, Supplier<Snapshot> s) {
        m.put(name, new Sample(name, title, lesson, () -> s.get()));
    }

    /**
     * The field test's set-up (Dec 2025): connection 1 in a VPC with only private subnets and
     * nothing to reach S3; connection 2 in the Aurora PostgreSQL VPC, whose route table carries
     * the S3 gateway endpoint. 2 workers.
     */
    static Snapshot seedArticle() {
        return new SnapshotBuilder("ap-northeast-1").source("sample:seed-article")
                .zone("ap-northeast-1a", "apne1-az4").zone("ap-northeast-1c", "apne1-az1")
                .zone("ap-northeast-1d", "apne1-az2")
                // VPC 1: private subnets only, main route table with the local route alone.
                .vpc("vpc-0a11private0000001", "10.10.0.0/16", "nayuts-private-only-vpc")
                .subnet("subnet-0a11private00001a", "vpc-0a11private0000001", "ap-northeast-1a", "10.10.1.0/24", 251,
                        "nayuts-private-only-1a")
                .subnet("subnet-0a11private00001c", "vpc-0a11private0000001", "ap-northeast-1c", "10.10.2.0/24", 251,
                        "nayuts-private-only-1c")
                .mainRouteTable("rtb-0a11private0000main", "vpc-0a11private0000001", "nayuts-private-only-main",
                        local("10.10.0.0/16"))
                .glueSecurityGroup("sg-0a11private0glue001", "vpc-0a11private0000001", "nayuts-private-only-glue-sg")
                // VPC 2: the Aurora PostgreSQL (Serverless v2) VPC with an S3 gateway endpoint on its private table.
                .vpc("vpc-0b22aurora00000001", "10.20.0.0/16", "nayuts-aurora-vpc")
                .subnet("subnet-0b22aurora000p1a", "vpc-0b22aurora00000001", "ap-northeast-1a", "10.20.1.0/24", 248,
                        "nayuts-aurora-private-1a")
                .subnet("subnet-0b22aurora000p1c", "vpc-0b22aurora00000001", "ap-northeast-1c", "10.20.2.0/24", 249,
                        "nayuts-aurora-private-1c")
                .routeTable("rtb-0b22aurora0private", "vpc-0b22aurora00000001", "nayuts-aurora-private",
                        List.of("subnet-0b22aurora000p1a", "subnet-0b22aurora000p1c"), local("10.20.0.0/16"),
                        s3PrefixListTo("pl-61a54008", "vpce-0b22aurora00s3gw1"))
                .mainRouteTable("rtb-0b22aurora000main", "vpc-0b22aurora00000001", "nayuts-aurora-main",
                        local("10.20.0.0/16"))
                .s3GatewayEndpoint("vpce-0b22aurora00s3gw1", "vpc-0b22aurora00000001", "rtb-0b22aurora0private")
                .glueSecurityGroup("sg-0b22aurora0glue0001", "vpc-0b22aurora00000001", "nayuts-aurora-glue-sg")
                .job("nayuts-failover-job", 2, 0, "nayuts-private-only-connection", "nayuts-sample-connection")
                .jdbcConnection("nayuts-private-only-connection", "subnet-0a11private00001a", "ap-northeast-1a",
                        "sg-0a11private0glue001", "jdbc:postgresql://private-only.example.internal:5432/postgres")
                .jdbcConnection("nayuts-sample-connection", "subnet-0b22aurora000p1a", "ap-northeast-1a",
                        "sg-0b22aurora0glue0001",
                        "jdbc:postgresql://nayuts-aurora.cluster-abcdefghijkl.ap-northeast-1.rds.amazonaws.com:5432/postgres")
                .build();
    }

    /** The three-AZ VPC every sample below starts from: public subnets with IGW, private subnets per AZ. */
    private static SnapshotBuilder threeAzBase(String source) {
        return new SnapshotBuilder("us-east-1").source(source)
                .zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2").zone("us-east-1c", "use1-az4")
                .vpc("vpc-0c33data000000001", "10.30.0.0/16", "data-vpc")
                .internetGateway("igw-0c33data00000001", "vpc-0c33data000000001")
                .subnet("subnet-0c33public0001a", "vpc-0c33data000000001", "us-east-1a", "10.30.0.0/24", 250,
                        "data-public-1a")
                .subnet("subnet-0c33public0001b", "vpc-0c33data000000001", "us-east-1b", "10.30.1.0/24", 250,
                        "data-public-1b")
                .subnet("subnet-0c33public0001c", "vpc-0c33data000000001", "us-east-1c", "10.30.2.0/24", 250,
                        "data-public-1c")
                .routeTable("rtb-0c33public000001", "vpc-0c33data000000001", "data-public",
                        List.of("subnet-0c33public0001a", "subnet-0c33public0001b", "subnet-0c33public0001c"),
                        local("10.30.0.0/16"), defaultToIgw("igw-0c33data00000001"))
                .mainRouteTable("rtb-0c33main00000001", "vpc-0c33data000000001", "data-main", local("10.30.0.0/16"))
                .subnet("subnet-0c33private001a", "vpc-0c33data000000001", "us-east-1a", "10.30.10.0/24", 240,
                        "data-private-1a")
                .subnet("subnet-0c33private001b", "vpc-0c33data000000001", "us-east-1b", "10.30.11.0/24", 240,
                        "data-private-1b")
                .subnet("subnet-0c33private001c", "vpc-0c33data000000001", "us-east-1c", "10.30.12.0/24", 240,
                        "data-private-1c")
                .glueSecurityGroup("sg-0c33glue000000001", "vpc-0c33data000000001", "glue-jdbc-sg")
                .jdbcConnection("orders-db-1a", "subnet-0c33private001a", "us-east-1a", "sg-0c33glue000000001",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/orders")
                .jdbcConnection("orders-db-1b", "subnet-0c33private001b", "us-east-1b", "sg-0c33glue000000001",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/orders")
                .jdbcConnection("orders-db-1c", "subnet-0c33private001c", "us-east-1c", "sg-0c33glue000000001",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/orders");
    }

    static Snapshot threeAz() {
        return threeAzBase("sample:three-az")
                .nat("nat-0c33natgw00001a", "vpc-0c33data000000001", "subnet-0c33public0001a", "data-nat-1a")
                .nat("nat-0c33natgw00001b", "vpc-0c33data000000001", "subnet-0c33public0001b", "data-nat-1b")
                .nat("nat-0c33natgw00001c", "vpc-0c33data000000001", "subnet-0c33public0001c", "data-nat-1c")
                .routeTable("rtb-0c33private0001a", "vpc-0c33data000000001", "data-private-1a",
                        List.of("subnet-0c33private001a"), local("10.30.0.0/16"), defaultToNat("nat-0c33natgw00001a"))
                .routeTable("rtb-0c33private0001b", "vpc-0c33data000000001", "data-private-1b",
                        List.of("subnet-0c33private001b"), local("10.30.0.0/16"), defaultToNat("nat-0c33natgw00001b"))
                .routeTable("rtb-0c33private0001c", "vpc-0c33data000000001", "data-private-1c",
                        List.of("subnet-0c33private001c"), local("10.30.0.0/16"), defaultToNat("nat-0c33natgw00001c"))
                .job("orders-nightly-etl", 10, 2, "orders-db-1a", "orders-db-1b", "orders-db-1c")
                .build();
    }

    static Snapshot singleNat() {
        return threeAzBase("sample:single-nat")
                .nat("nat-0c33natgw00001a", "vpc-0c33data000000001", "subnet-0c33public0001a", "data-nat-1a")
                .routeTable("rtb-0c33private000001", "vpc-0c33data000000001", "data-private",
                        List.of("subnet-0c33private001a", "subnet-0c33private001b", "subnet-0c33private001c"),
                        local("10.30.0.0/16"), defaultToNat("nat-0c33natgw00001a"))
                .job("orders-nightly-etl", 10, 2, "orders-db-1a", "orders-db-1b", "orders-db-1c")
                .build();
    }

    static Snapshot ipExhaustion() {
        return new SnapshotBuilder("eu-west-1").source("sample:ip-exhaustion")
                .zone("eu-west-1a", "euw1-az3").zone("eu-west-1b", "euw1-az1")
                .vpc("vpc-0d44small0000001", "10.40.0.0/16", "analytics-vpc")
                .subnet("subnet-0d44tiny00001a", "vpc-0d44small0000001", "eu-west-1a", "10.40.0.0/28", 3,
                        "analytics-tiny-1a")
                .subnet("subnet-0d44large0001b", "vpc-0d44small0000001", "eu-west-1b", "10.40.16.0/20", 4000,
                        "analytics-large-1b")
                .mainRouteTable("rtb-0d44main0000001", "vpc-0d44small0000001", "analytics-main", local("10.40.0.0/16"),
                        s3PrefixListTo("pl-6da54004", "vpce-0d44s3gateway01"))
                .s3GatewayEndpoint("vpce-0d44s3gateway01", "vpc-0d44small0000001", "rtb-0d44main0000001")
                .glueSecurityGroup("sg-0d44glue00000001", "vpc-0d44small0000001", "analytics-glue-sg")
                .job("clickstream-hourly", 10, 1, "warehouse-tiny-1a", "warehouse-large-1b")
                .jdbcConnection("warehouse-tiny-1a", "subnet-0d44tiny00001a", "eu-west-1a", "sg-0d44glue00000001",
                        "jdbc:mysql://warehouse.example.internal:3306/clicks")
                .jdbcConnection("warehouse-large-1b", "subnet-0d44large0001b", "eu-west-1b", "sg-0d44glue00000001",
                        "jdbc:mysql://warehouse.example.internal:3306/clicks")
                .build();
    }

    static Snapshot endpointWrongTable() {
        return new SnapshotBuilder("us-west-2").source("sample:endpoint-wrong-table")
                .zone("us-west-2a", "usw2-az1").zone("us-west-2b", "usw2-az2")
                .vpc("vpc-0e55lake00000001", "10.50.0.0/16", "lake-vpc")
                .subnet("subnet-0e55private01a", "vpc-0e55lake00000001", "us-west-2a", "10.50.1.0/24", 245,
                        "lake-private-1a")
                .subnet("subnet-0e55private01b", "vpc-0e55lake00000001", "us-west-2b", "10.50.2.0/24", 245,
                        "lake-private-1b")
                .routeTable("rtb-0e55private001a", "vpc-0e55lake00000001", "lake-private-1a",
                        List.of("subnet-0e55private01a"), local("10.50.0.0/16"))
                .routeTable("rtb-0e55private001b", "vpc-0e55lake00000001", "lake-private-1b",
                        List.of("subnet-0e55private01b"), local("10.50.0.0/16"),
                        s3PrefixListTo("pl-68a54001", "vpce-0e55s3gateway01"))
                .mainRouteTable("rtb-0e55main0000001", "vpc-0e55lake00000001", "lake-main", local("10.50.0.0/16"))
                .s3GatewayEndpoint("vpce-0e55s3gateway01", "vpc-0e55lake00000001", "rtb-0e55private001b")
                .glueSecurityGroup("sg-0e55glue00000001", "vpc-0e55lake00000001", "lake-glue-sg")
                .job("lake-ingest", 5, 1, "lake-db-1a", "lake-db-1b")
                .jdbcConnection("lake-db-1a", "subnet-0e55private01a", "us-west-2a", "sg-0e55glue00000001",
                        "jdbc:sqlserver://lake-db.example.internal:1433;databaseName=lake")
                .jdbcConnection("lake-db-1b", "subnet-0e55private01b", "us-west-2b", "sg-0e55glue00000001",
                        "jdbc:sqlserver://lake-db.example.internal:1433;databaseName=lake")
                .build();
    }

    /** The role of the role-cannot-describe job. */
    static final String ORDERS_ROLE = "orders-etl-glue-role";

    /**
     * Two private subnets in two AZs, each with its own NAT gateway: the network passes every
     * check. The job's role was simulated: every action allowed but ec2:DescribeRouteTables.
     */
    static Snapshot roleCannotDescribe() {
        Snapshot s = new SnapshotBuilder("us-east-2").source("sample:role-cannot-describe")
                .zone("us-east-2a", "use2-az1").zone("us-east-2b", "use2-az2")
                .vpc("vpc-0f66orders0000001", "10.60.0.0/16", "orders-vpc")
                .internetGateway("igw-0f66orders000001", "vpc-0f66orders0000001")
                .subnet("subnet-0f66public0002a", "vpc-0f66orders0000001", "us-east-2a", "10.60.0.0/24", 250,
                        "orders-public-2a")
                .subnet("subnet-0f66public0002b", "vpc-0f66orders0000001", "us-east-2b", "10.60.1.0/24", 250,
                        "orders-public-2b")
                .routeTable("rtb-0f66public000001", "vpc-0f66orders0000001", "orders-public",
                        List.of("subnet-0f66public0002a", "subnet-0f66public0002b"), local("10.60.0.0/16"),
                        defaultToIgw("igw-0f66orders000001"))
                .mainRouteTable("rtb-0f66main00000001", "vpc-0f66orders0000001", "orders-main", local("10.60.0.0/16"))
                .subnet("subnet-0f66private002a", "vpc-0f66orders0000001", "us-east-2a", "10.60.10.0/24", 240,
                        "orders-private-2a")
                .subnet("subnet-0f66private002b", "vpc-0f66orders0000001", "us-east-2b", "10.60.11.0/24", 240,
                        "orders-private-2b")
                .nat("nat-0f66natgw00002a", "vpc-0f66orders0000001", "subnet-0f66public0002a", "orders-nat-2a")
                .nat("nat-0f66natgw00002b", "vpc-0f66orders0000001", "subnet-0f66public0002b", "orders-nat-2b")
                .routeTable("rtb-0f66private0002a", "vpc-0f66orders0000001", "orders-private-2a",
                        List.of("subnet-0f66private002a"), local("10.60.0.0/16"), defaultToNat("nat-0f66natgw00002a"))
                .routeTable("rtb-0f66private0002b", "vpc-0f66orders0000001", "orders-private-2b",
                        List.of("subnet-0f66private002b"), local("10.60.0.0/16"), defaultToNat("nat-0f66natgw00002b"))
                .glueSecurityGroup("sg-0f66glue000000001", "vpc-0f66orders0000001", "orders-glue-sg")
                .jdbcConnection("orders-db-2a", "subnet-0f66private002a", "us-east-2a", "sg-0f66glue000000001",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-2.rds.amazonaws.com:5432/orders")
                .jdbcConnection("orders-db-2b", "subnet-0f66private002b", "us-east-2b", "sg-0f66glue000000001",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-2.rds.amazonaws.com:5432/orders")
                .job(new GlueJob("orders-hourly-sync", List.of("orders-db-2a", "orders-db-2b"), "G.1X", 4, null, 1,
                        "5.0", ORDERS_ROLE, null, null))
                .build();
        List<RolePermission> permissions = new ArrayList<>();
        for (String action : RolePermission.GLUE_ACTIONS) {
            permissions.add(new RolePermission(ORDERS_ROLE, action,
                    action.equals("ec2:DescribeRouteTables") ? "implicitDeny" : "allowed"));
        }
        return withRolePermissions(s, permissions);
    }

    /** The snapshot with the job roles' simulated permissions (the builder has none). */
    static Snapshot withRolePermissions(Snapshot s, List<RolePermission> permissions) {
        return s.withRolePermissions(permissions);
    }

    /** A JDBC connection to a public endpoint, without network placement, and the job that uses it. */
    static Snapshot noVpc() {
        // Nothing in a VPC: a live load reads no zone and no owner (account) for such a job either.
        return new SnapshotBuilder("eu-central-1").source("sample:no-vpc").account(null)
                .connection(new GlueConnection("crm-public-db", "JDBC", null, List.of(), null,
                        "jdbc:postgresql://crm-db.example.com:5432/crm"))
                .job("crm-nightly-export", 2, 0, "crm-public-db")
                .build();
    }

    static Snapshot azMismatch() {
        return threeAzBase("sample:az-mismatch")
                .nat("nat-0c33natgw00001a", "vpc-0c33data000000001", "subnet-0c33public0001a", "data-nat-1a")
                .nat("nat-0c33natgw00001b", "vpc-0c33data000000001", "subnet-0c33public0001b", "data-nat-1b")
                .routeTable("rtb-0c33private0001a", "vpc-0c33data000000001", "data-private-1a",
                        List.of("subnet-0c33private001a"), local("10.30.0.0/16"), defaultToNat("nat-0c33natgw00001a"))
                .routeTable("rtb-0c33private0001b", "vpc-0c33data000000001", "data-private-1b",
                        List.of("subnet-0c33private001b", "subnet-0c33private001c"), local("10.30.0.0/16"),
                        defaultToNat("nat-0c33natgw00001b"))
                .connection(new dev.gluefailover.model.GlueConnection("orders-db-mislabelled", "JDBC",
                        "subnet-0c33private001a", List.of("sg-0c33glue000000001"), "us-east-1b",
                        "jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/orders"))
                .job("orders-report", 4, 0, "orders-db-mislabelled", "orders-db-1b")
                .build();
    }

    /**
     * A Glue 6.1 job on Graviton workers (6.1's default type family): 20 x G.2X.GRAVITON = 40 DPUs.
     * The first subnet is a /27 with all 27 usable addresses free: enough for 20 workers, not more
     * than 40 DPUs. The second, larger subnet is never reached, as IPS_BELOW_WORKERS does not fail over.
     */
    static Snapshot glue6Graviton() {
        return new SnapshotBuilder("eu-central-1").source("sample:glue-6-graviton")
                .zone("eu-central-1a", "euc1-az2").zone("eu-central-1b", "euc1-az3")
                .vpc("vpc-0f66features00001", "10.60.0.0/16", "features-vpc")
                .subnet("subnet-0f66small00001a", "vpc-0f66features00001", "eu-central-1a", "10.60.0.0/27", 27,
                        "features-small-1a")
                .subnet("subnet-0f66large00001b", "vpc-0f66features00001", "eu-central-1b", "10.60.4.0/22", 1019,
                        "features-large-1b")
                .mainRouteTable("rtb-0f66main00000001", "vpc-0f66features00001", "features-main",
                        local("10.60.0.0/16"), s3PrefixListTo("pl-6ea54007", "vpce-0f66s3gateway01"))
                .s3GatewayEndpoint("vpce-0f66s3gateway01", "vpc-0f66features00001", "rtb-0f66main00000001")
                .glueSecurityGroup("sg-0f66glue00000001", "vpc-0f66features00001", "features-glue-sg")
                .job(new dev.gluefailover.model.GlueJob("features-nightly", List.of("features-db-1a", "features-db-1b"),
                        "G.2X.GRAVITON", 20, null, 1, "6.1", null, null, null))
                .jdbcConnection("features-db-1a", "subnet-0f66small00001a", "eu-central-1a", "sg-0f66glue00000001",
                        "jdbc:postgresql://features.cluster-abcdefghijkl.eu-central-1.rds.amazonaws.com:5432/features")
                .jdbcConnection("features-db-1b", "subnet-0f66large00001b", "eu-central-1b", "sg-0f66glue00000001",
                        "jdbc:postgresql://features.cluster-abcdefghijkl.eu-central-1.rds.amazonaws.com:5432/features")
                .build();
    }
}
