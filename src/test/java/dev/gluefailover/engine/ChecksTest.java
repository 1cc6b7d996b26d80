package dev.gluefailover.engine;

import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.SgFailureEffect;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every check's pass and fail paths and every inference setting, on a one-connection network:
 * VPC vpc-1, subnet-1 in us-east-1a (use1-az1) with 100 free IPs, its own route table rtb-1.
 */
class ChecksTest {
    private static final RuleSettings DEFAULTS = RuleSettings.defaults();

    /** The base network; the caller adds the route table, NATs and endpoints under test. */
    private static SnapshotBuilder network() {
        return new SnapshotBuilder("us-east-1")
                .zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue")
                .job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", "jdbc:postgresql://db:5432/x");
    }

    private static SnapshotBuilder withNat(SnapshotBuilder b, NatGateway nat, Route route) {
        return b.nat(nat).routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), route);
    }

    private static NatGateway nat(String state, String type) {
        return new NatGateway("nat-1", "vpc-1", "subnet-pub", state, type, Map.of());
    }

    private static ConnectionEvaluation eval(SnapshotBuilder b, RuleSettings settings, SimulatedFailure... failures) {
        Engine engine = new Engine(b.build());
        return engine.evaluate(engine.job(null), Simulation.of(failures), settings).connections().get(0);
    }

    private static CheckResult check(SnapshotBuilder b, String code, RuleSettings settings,
            SimulatedFailure... failures) {
        return eval(b, settings, failures).result(code).orElseThrow();
    }

    private static SnapshotBuilder healthy() {
        return withNat(network(), nat("available", "public"), defaultToNat("nat-1"));
    }

    @Test
    void healthyConnectionPassesEveryCheck() {
        ConnectionEvaluation c = eval(healthy(), DEFAULTS);
        assertEquals(Verdict.CHOSEN, c.verdict());
        c.checks().forEach(r -> assertEquals(CheckStatus.PASS, r.status(), r.code() + ": " + r.message()));
        CheckResult egress = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals("rtb-1 (explicitly associated)", egress.evidence().get("routeTable"));
        assertTrue(egress.evidence().get("natRoute").startsWith("0.0.0.0/0 -> nat-1"));
        assertEquals("[DOC S1,S4,VPC]", egress.source());
    }

    // SUBNET_INVALID

    @Test
    void missingSubnetIsInvalid() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("gone", "JDBC", "subnet-gone", List.of("sg-1"),
                "us-east-1a", null)).job(new GlueJob("job2", List.of("gone"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        ConnectionEvaluation c = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0);
        assertEquals(Verdict.SKIPPED, c.verdict());
        CheckResult r = c.result("SUBNET_INVALID").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().startsWith("VPC Id not found for subnet subnet-gone"));
        // The checks that need the subnet are reported, as not checked.
        assertEquals(CheckStatus.UNKNOWN, c.result("NO_FREE_IPS").orElseThrow().status());
    }

    @Test
    void subnetNotAvailableOrDeletedBySimulationIsInvalid() {
        SnapshotBuilder pending = withNat(network(), nat("available", "public"), defaultToNat("nat-1"))
                .subnet(new Subnet("subnet-2", "vpc-1", "us-east-1a", "use1-az1", "10.0.2.0/24", "pending", 10, false,
                        Map.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-2", List.of("sg-1"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(pending.build());
        CheckResult r = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("SUBNET_INVALID").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("pending", r.evidence().get("state"));

        CheckResult deleted = check(healthy(), "SUBNET_INVALID", DEFAULTS, new SimulatedFailure.SubnetDeleted("subnet-1"));
        assertEquals(CheckStatus.FAIL, deleted.status());
        assertEquals("subnet deleted", deleted.evidence().get("simulated"));
    }

    @Test
    void unreadableSubnetIsUnknownWithTheAwsErrorCode() {
        SnapshotBuilder b = healthy().problem(new LoadProblem("ec2:DescribeSubnets", "UnauthorizedOperation",
                "not authorized", List.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-hidden", List.of("sg-1"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        ConnectionEvaluation c = e.connections().get(0);
        assertEquals(Verdict.UNKNOWN, c.verdict());
        CheckResult r = c.result("SUBNET_INVALID").orElseThrow();
        assertEquals("UnauthorizedOperation", r.evidence().get("errorCode"));
        assertTrue(r.message().contains("grant ec2:DescribeSubnets"));
        // An UNKNOWN before the chosen connection makes the choice uncertain, and says why.
        assertEquals("conn", e.chosen().orElseThrow().name());
        assertFalse(e.choiceCertain());
        assertTrue(e.uncertainty().get(0).contains("#1 c2: SUBNET_INVALID"));
    }

    // AZ_MISMATCH

    @Test
    void connectionAzMustMatchSubnetAz() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("c2", "JDBC", "subnet-1", List.of("sg-1"),
                "us-east-1b", null)).job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        CheckResult r = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("AZ_MISMATCH").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("us-east-1b", r.evidence().get("connectionAz"));
        assertEquals("us-east-1a", r.evidence().get("subnetAz"));
    }

    // NO_S3_ENDPOINT_OR_NAT

    @Test
    void mainTableGovernsSubnetsWithoutExplicitAssociation() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"), defaultToNat("nat-1"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertEquals("rtb-main (main table of vpc-1)", r.evidence().get("routeTable"));
    }

    @Test
    void explicitAssociationWinsOverTheMainTable() {
        SnapshotBuilder b = network().nat(nat("available", "public"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"), defaultToNat("nat-1"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("rtb-1 (explicitly associated)", r.evidence().get("routeTable"));
    }

    @Test
    void s3GatewayEndpointCountsOnlyWhenAttachedToTheEffectiveTable() {
        SnapshotBuilder attached = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult ok = check(attached, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.PASS, ok.status());
        assertEquals("vpce-1 attached to rtb-1", ok.evidence().get("s3GatewayEndpoint"));

        SnapshotBuilder elsewhere = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .mainRouteTable("rtb-main", "vpc-1", "main", local("10.0.0.0/16"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-main");
        CheckResult fail = check(elsewhere, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, fail.status());
        assertTrue(fail.evidence().get("notCounted").contains("vpce-1 (S3 gateway endpoint not attached to rtb-1)"));

        SnapshotBuilder nowhere = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .s3GatewayEndpoint("vpce-1", "vpc-1");
        assertEquals(CheckStatus.FAIL, check(nowhere, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS).status());
    }

    @Test
    void removedEndpointNoLongerCounts() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS, new SimulatedFailure.EndpointRemoved("vpce-1"));
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("removed, simulated"));
    }

    @Test
    void blackholeNatRouteIsASetting() {
        Route blackhole = new Route("0.0.0.0/0", null, null, "nat-1", null, null, null, "blackhole");
        SnapshotBuilder b = withNat(network(), nat("deleted", "public"), blackhole);
        CheckResult byDefault = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, byDefault.status());
        assertTrue(byDefault.settingsUsed().contains("blackholeNatRouteCounts"));
        RuleSettings counts = DEFAULTS.with("blackholeNatRouteCounts", "true").with("failedNatCounts", "true");
        assertEquals(CheckStatus.PASS, check(b, "NO_S3_ENDPOINT_OR_NAT", counts).status());
    }

    @Test
    void failedNatIsASetting() {
        SnapshotBuilder failed = withNat(network(), nat("failed", "public"), defaultToNat("nat-1"));
        CheckResult r = check(failed, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("NAT failed"));
        assertTrue(r.source().contains("failedNatCounts"));
        assertEquals(CheckStatus.PASS,
                check(failed, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("failedNatCounts", "true")).status());
        // A simulated NAT failure is the same thing.
        CheckResult simulated = check(healthy(), "NO_S3_ENDPOINT_OR_NAT", DEFAULTS,
                new SimulatedFailure.NatGatewayFailure("nat-1"));
        assertEquals(CheckStatus.FAIL, simulated.status());
        assertTrue(simulated.evidence().get("notCounted").contains("NAT failed, simulated"));
    }

    @Test
    void s3InterfaceEndpointIsASetting() {
        SnapshotBuilder b = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .endpoint(new VpcEndpoint("vpce-if", "vpc-1", "Interface", "com.amazonaws.us-east-1.s3", "available",
                        List.of(), List.of("subnet-1")));
        CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.evidence().get("notCounted").contains("vpce-if (S3 interface endpoint)"));
        assertEquals(CheckStatus.PASS,
                check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("s3InterfaceEndpointCounts", "true")).status());
    }

    @Test
    void natInstanceAndTransitGatewayAreASetting() {
        Route toInstance = new Route("0.0.0.0/0", null, null, null, null, "i-nat", null, "active");
        Route toTgw = new Route("0.0.0.0/0", null, null, null, "tgw-1", null, null, "active");
        for (Route route : List.of(toInstance, toTgw)) {
            SnapshotBuilder b = network()
                    .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), route);
            CheckResult r = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS);
            assertEquals(CheckStatus.FAIL, r.status(), route.target());
            assertTrue(r.evidence().get("notCounted").contains(route.target()));
            assertEquals(CheckStatus.PASS,
                    check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("natInstanceOrTgwCounts", "true")).status());
        }
    }

    @Test
    void privateNatCountsWithAWarningByDefault() {
        SnapshotBuilder b = withNat(network(), nat("available", "private"), defaultToNat("nat-1"));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        assertEquals(CheckStatus.WARN, c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult off = check(b, "NO_S3_ENDPOINT_OR_NAT", DEFAULTS.with("privateNatCounts", "false"));
        assertEquals(CheckStatus.FAIL, off.status());
    }

    @Test
    void unreadableRouteTablesAreUnknown() {
        SnapshotBuilder b = network().problem(new LoadProblem("ec2:DescribeRouteTables", "UnauthorizedOperation",
                "You are not authorized", List.of()));
        ConnectionEvaluation c = eval(b, DEFAULTS);
        CheckResult r = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, r.status());
        assertEquals("ec2:DescribeRouteTables", r.evidence().get("action"));
        assertEquals(Verdict.UNKNOWN, c.verdict());
        // The rest of the evaluation stands.
        assertEquals(CheckStatus.PASS, c.result("NO_FREE_IPS").orElseThrow().status());
    }

    // NO_FREE_IPS

    @Test
    void freeIpsMustBeAboveZero() {
        CheckResult r = check(healthy(), "NO_FREE_IPS", DEFAULTS, new SimulatedFailure.SubnetIps("subnet-1", 0));
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("0", r.evidence().get("freeIps"));
        assertTrue(r.evidence().get("simulated").contains("snapshot: 100"));
        assertEquals(CheckStatus.PASS,
                check(healthy(), "NO_FREE_IPS", DEFAULTS, new SimulatedFailure.SubnetIps("subnet-1", 1)).status());
    }

    // AZ_UNHEALTHY

    @Test
    void azOutageByIdOrNameMakesTheZoneUnhealthy() {
        for (String az : List.of("use1-az1", "us-east-1a")) {
            CheckResult r = check(healthy(), "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage(az));
            assertEquals(CheckStatus.FAIL, r.status(), az);
            assertEquals("use1-az1", r.evidence().get("zoneId"));
        }
        assertEquals(CheckStatus.PASS,
                check(healthy(), "AZ_UNHEALTHY", DEFAULTS, new SimulatedFailure.AzOutage("use1-az2")).status());
    }

    @Test
    void zoneStateIsASetting() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1", "impaired")
                .zone("us-east-1b", "use1-az2")
                .vpc("vpc-1", "10.0.0.0/16", "vpc")
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        assertEquals(CheckStatus.FAIL, check(b, "AZ_UNHEALTHY", DEFAULTS).status());
        assertEquals(CheckStatus.WARN,
                check(b, "AZ_UNHEALTHY", DEFAULTS.with("azStateCountsAsUnhealthy", "false")).status());
    }

    // Run checks

    @Test
    void securityGroupsNeedSelfIngressAndAllEgress() {
        SnapshotBuilder b = healthy().securityGroup(new SecurityGroup("sg-closed", "vpc-1", "closed",
                List.of(new SecurityGroupRule("tcp", 5432, 5432, List.of("10.0.0.0/16"), List.of(), List.of())),
                List.of()))
                .connection(new GlueConnection("c2", "JDBC", "subnet-1", List.of("sg-closed"), "us-east-1a", null))
                .job(new GlueJob("job2", List.of("c2"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        ConnectionEvaluation c = e.connections().get(0);
        assertEquals(Verdict.CHOSEN, c.verdict());
        assertEquals(CheckStatus.FAIL, c.result("SG_NO_SELF_INGRESS").orElseThrow().status());
        assertEquals(CheckStatus.FAIL, c.result("SG_NO_EGRESS").orElseThrow().status());
        assertEquals(CheckKind.RUN, c.result("SG_NO_EGRESS").orElseThrow().kind());
        assertFalse(e.runWouldSucceed());

        RuleSettings skips = DEFAULTS.with("sgFailureEffect", SgFailureEffect.SKIPS_CONNECTION.name());
        ConnectionEvaluation skipped = engine.evaluate(engine.job("job2"), Simulation.NONE, skips).connections().get(0);
        assertEquals(Verdict.SKIPPED, skipped.verdict());
        assertEquals(CheckKind.SELECTION, skipped.result("SG_NO_SELF_INGRESS").orElseThrow().kind());

        CheckResult ok = check(healthy(), "SG_NO_SELF_INGRESS", DEFAULTS);
        assertEquals("sg-1 inbound all ports from itself (sg-1)", ok.evidence().get("rule"));
    }

    @Test
    void freeIpsBelowTheWorkersFailTheRunWithBothFigures() {
        SnapshotBuilder b = healthy().job(new GlueJob("big", List.of("conn"), "G.2X", 60, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        CheckResult byWorkers = engine.evaluate(engine.job("big"), Simulation.NONE, DEFAULTS).connections().get(0)
                .result("IPS_BELOW_WORKERS").orElseThrow();
        assertEquals(CheckStatus.PASS, byWorkers.status());
        assertEquals("60", byWorkers.evidence().get("workersFigure"));
        assertEquals("120", byWorkers.evidence().get("dpuFigure"));
        CheckResult byDpus = engine.evaluate(engine.job("big"), Simulation.NONE,
                DEFAULTS.with("ipDemandModel", IpDemandModel.DPUS.name())).connections().get(0)
                .result("IPS_BELOW_WORKERS").orElseThrow();
        assertEquals(CheckStatus.FAIL, byDpus.status());
        assertTrue(byDpus.message().contains("100 free IPs; the run needs about 120"));
    }

    @Test
    void natInAFailedZoneKillsEgressButNotTheChoice() {
        // nat-1 sits in subnet-pub, us-east-1b (use1-az2); subnet-1 is in use1-az1.
        ConnectionEvaluation c = eval(healthy(), DEFAULTS, new SimulatedFailure.AzOutage("use1-az2"));
        assertEquals(Verdict.CHOSEN, c.verdict());
        CheckResult r = c.result("NAT_IN_FAILED_AZ").orElseThrow();
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("us-east-1b (use1-az2)", r.evidence().get("natAz"));

        SnapshotBuilder withEndpoint = network().nat(nat("available", "public"))
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        defaultToNat("nat-1"), s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        assertEquals(CheckStatus.WARN, check(withEndpoint, "NAT_IN_FAILED_AZ", DEFAULTS,
                new SimulatedFailure.AzOutage("use1-az2")).status());
    }

    @Test
    void dnsAttributesMustBeOn() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc(new Vpc("vpc-1", "10.0.0.0/16", true, false, Map.of()))
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        CheckResult r = check(b, "DNS_DISABLED", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("false", r.evidence().get("enableDnsHostnames"));
    }

    // Connections without placement, missing connections, ordering

    @Test
    void connectionWithoutSubnetHasNoNetwork() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("net", "NETWORK", null, List.of(), null, null))
                .job(new GlueJob("job2", List.of("net", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        assertEquals(Verdict.NO_NETWORK, e.connections().get(0).verdict());
        assertEquals("conn", e.chosen().orElseThrow().name());
    }

    @Test
    void missingConnectionIsReportedOnThatConnection() {
        SnapshotBuilder b = healthy().job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        Evaluation e = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS);
        assertEquals(Verdict.SKIPPED, e.connections().get(0).verdict());
        assertEquals("CONNECTION_NOT_FOUND", e.connections().get(0).blockingCheck().orElseThrow().code());

        SnapshotBuilder denied = healthy().problem(new LoadProblem("glue:GetConnection", "AccessDeniedException",
                "denied", List.of("ghost"))).job(new GlueJob("job2", List.of("ghost", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine e2 = new Engine(denied.build());
        assertEquals(Verdict.UNKNOWN,
                e2.evaluate(e2.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0).verdict());
    }

    @Test
    void orderDecidesTheChoice() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        GlueJob job = engine.job(null);
        GlueJob reordered = job.withConnectionNames(List.of("orders-db-1c", "orders-db-1a", "orders-db-1b"));
        Evaluation e = engine.evaluate(reordered, Simulation.NONE, DEFAULTS);
        assertEquals("orders-db-1c", e.chosen().orElseThrow().name());
        assertEquals(1, e.chosen().orElseThrow().order());
    }

    @Test
    void chooseStopsAtTheChosenConnectionWithTheSameOutcome() {
        Engine engine = new Engine(dev.gluefailover.snapshot.Samples.get("three-az"));
        GlueJob job = engine.job(null);
        Simulation sim = Simulation.of(new SimulatedFailure.AzOutage("use1-az1"));
        Evaluation full = engine.evaluate(job, sim, DEFAULTS);
        Evaluation quick = engine.choose(job, sim, DEFAULTS);
        assertEquals(full.chosen(), quick.chosen());
        assertEquals(2, quick.connections().size());
    }
}
