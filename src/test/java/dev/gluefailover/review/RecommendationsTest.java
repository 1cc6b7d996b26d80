package dev.gluefailover.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationsTest {
    private static List<Recommendation> of(Snapshot s) {
        return of(s, Simulation.NONE);
    }

    private static List<Recommendation> of(Snapshot s, Simulation sim) {
        GlueJob job = new Engine(s).job(null);
        return Recommendations.of(s, job, sim, RuleSettings.defaults());
    }

    private static Optional<Recommendation> kind(List<Recommendation> list, FixKind kind) {
        return list.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** The fork evaluated again from scratch, to check the recommendation's "after" is what the fork gives. */
    private static Evaluation evaluateFork(Snapshot s, Recommendation r) {
        Snapshot fork = r.fix().apply(s);
        Engine engine = new Engine(fork);
        return engine.evaluate(engine.job(null), Simulation.NONE, RuleSettings.defaults());
    }

    @Test
    void singleNatGetsANatPerAzThatSurvivesAnySingleAzOutage() {
        Snapshot s = Samples.get("single-nat");
        List<Recommendation> list = of(s);
        Recommendation nat = list.get(0);
        assertEquals(FixKind.NAT_PER_AZ, nat.kind(), "the most valuable fix comes first");
        assertFalse(nat.before().survivesAnySingleAzOutage());
        assertFalse(nat.before().survivesAnySingleNatGatewayFailure());
        assertTrue(nat.after().survivesAnySingleAzOutage(), "proven: after the fix the job survives any AZ outage");
        assertTrue(nat.after().survivesAnySingleNatGatewayFailure());
        assertTrue(nat.makesAzOutageSurvivable());
        assertTrue(nat.after().singlePointsOfFailure().isEmpty(), nat.after().singlePointTexts().toString());
        assertEquals(2, nat.singlePointsRemoved().size(), "the shared NAT and the shared route table");
        assertEquals(List.of(new ElementRef(ElementKind.NAT_GATEWAY, "nat-proposed-use1-az2"),
                new ElementRef(ElementKind.NAT_GATEWAY, "nat-proposed-use1-az4"),
                new ElementRef(ElementKind.ROUTE_TABLE, "rtb-proposed-use1-az2"),
                new ElementRef(ElementKind.ROUTE_TABLE, "rtb-proposed-use1-az4")), nat.fix().added());
        assertEquals(List.of(new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private000001")), nat.fix().changed());
        // The fork: each new NAT in its zone's public subnet; each private subnet on its own zone's NAT.
        Snapshot fork = nat.fix().apply(s);
        assertEquals(List.of("subnet-0c33public0001b", "subnet-0c33public0001c"), fork.natGateways().stream()
                .filter(n -> n.natGatewayId().contains("proposed")).map(NatGateway::subnetId).toList());
        Engine engine = new Engine(fork);
        for (String subnet : List.of("subnet-0c33private001a", "subnet-0c33private001b", "subnet-0c33private001c")) {
            var table = engine.index().effectiveRouteTable(fork.subnet(subnet).orElseThrow()).orElseThrow().table();
            String nat0 = table.routes().stream().filter(r -> r.isDefaultRoute()).findFirst().orElseThrow()
                    .natGatewayId();
            String natZone = engine.index().zoneIdOf(fork.subnet(fork.natGateways().stream()
                    .filter(n -> n.natGatewayId().equals(nat0)).findFirst().orElseThrow().subnetId()).orElseThrow());
            assertEquals(engine.index().zoneIdOf(fork.subnet(subnet).orElseThrow()), natZone, subnet);
        }
        assertTrue(s.natGateways().size() == 1, "the snapshot itself is not touched");
        String commands = nat.fix().commandText();
        assertTrue(commands.contains("aws ec2 create-nat-gateway --subnet-id subnet-0c33public0001b --allocation-id"),
                commands);
        assertTrue(commands.contains("aws ec2 create-route --route-table-id \"$RTB_USE1_AZ2\" "
                + "--destination-cidr-block 0.0.0.0/0 --nat-gateway-id \"$NAT_USE1_AZ2\""), commands);
        assertTrue(commands.contains("aws ec2 replace-route-table-association"), commands);
        assertEquals(nat.fix().commands(), of(s).get(0).fix().commands(), "stable: the same snapshot, the same fix");
    }

    @Test
    void singleNatWithTheNatsZoneOutTheFixMakesTheRunWork() {
        Snapshot s = Samples.get("single-nat");
        Recommendation nat = of(s, Simulation.of(new SimulatedFailure.AzOutage("use1-az1"))).get(0);
        assertEquals(FixKind.NAT_PER_AZ, nat.kind());
        assertFalse(nat.before().runWorks(), "NAT_IN_FAILED_AZ with the NAT's zone out");
        assertTrue(nat.makesRunWork());
        assertEquals("orders-db-1b", nat.after().chosen());
    }

    @Test
    void seedArticleGetsAnS3EndpointForThePrivateOnlyVpcAndAConnectionInAnotherZone() {
        Snapshot s = Samples.get("seed-article");
        List<Recommendation> list = of(s);
        Recommendation s3 = kind(list, FixKind.S3_GATEWAY_ENDPOINT).orElseThrow();
        assertEquals(List.of(new ElementRef(ElementKind.VPC_ENDPOINT, "vpce-proposed-s3-vpc-0a11private0000001")),
                s3.fix().added());
        assertTrue(s3.reason().contains("NO_S3_ENDPOINT_OR_NAT"), s3.reason());
        assertEquals("nayuts-sample-connection", s3.before().chosen());
        assertEquals("nayuts-private-only-connection", s3.after().chosen(), "#1 passes with the endpoint");
        assertTrue(s3.after().survivesAnySingleEndpointRemoval(), "two S3 endpoints: either may go");
        assertEquals(List.of("aws ec2 create-vpc-endpoint --vpc-id vpc-0a11private0000001 --vpc-endpoint-type Gateway "
                + "--service-name com.amazonaws.ap-northeast-1.s3 --route-table-ids rtb-0a11private0000main "
                + "--tag-specifications 'ResourceType=vpc-endpoint,Tags=[{Key=Name,Value="
                + "vpce-proposed-s3-vpc-0a11private0000001}]'"), s3.fix().commands());
        assertEquals("nayuts-private-only-connection",
                evaluateFork(s, s3).chosen().orElseThrow().name(), "the fork, evaluated again, agrees");
        // The private-only VPC has no internet gateway: a NAT gateway is no option there.
        assertTrue(kind(list, FixKind.NAT_PER_AZ).isEmpty());

        Recommendation add = kind(list, FixKind.ADD_CONNECTION_IN_OTHER_AZ).orElseThrow();
        assertTrue(add.title().contains("subnet-0b22aurora000p1c"), "names the existing subnet that passes");
        assertFalse(add.before().survivesAnySingleAzOutage());
        assertTrue(add.after().survivesAnySingleAzOutage());
        String commands = add.fix().commandText();
        assertTrue(commands.contains("aws glue create-connection --connection-input '{\"Name\":\"nayuts-sample-"
                + "connection-proposed-apne1-az1\""), commands);
        assertTrue(commands.contains("aws glue update-job --job-name nayuts-failover-job --job-update file://"),
                commands);
        assertTrue(add.fix().notes().stream().anyMatch(n -> n.contains("replaces the whole job definition")));
    }

    @Test
    void endpointOnTheWrongTableIsAttachedToTheRightOne() {
        Recommendation r = of(Samples.get("endpoint-wrong-table")).get(0);
        assertEquals(FixKind.S3_GATEWAY_ENDPOINT, r.kind());
        assertEquals(List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0e55s3gateway01 "
                + "--add-route-table-ids rtb-0e55private001a"), r.fix().commands());
        assertTrue(r.fix().added().isEmpty(), "nothing new: the endpoint exists");
        assertEquals("lake-db-1a", r.after().chosen());
        assertTrue(r.makesAzOutageSurvivable());
    }

    @Test
    void threeAzHasNothingToRecommend() {
        assertEquals(List.of(), of(Samples.get("three-az")));
        assertEquals(List.of(), of(Samples.get("no-vpc")), "outside the VPCs nothing of the network matters");
    }

    @Test
    void smallSubnetFirstGetsReorderAndMove() {
        Snapshot s = Samples.get("ip-exhaustion");
        List<Recommendation> list = of(s);
        Recommendation reorder = kind(list, FixKind.REORDER_CONNECTIONS).orElseThrow();
        assertTrue(reorder.makesRunWork());
        assertEquals("warehouse-large-1b", reorder.after().chosen());
        assertEquals(List.of("warehouse-large-1b", "warehouse-tiny-1a"),
                reorder.fix().apply(s).job("clickstream-hourly").orElseThrow().connectionNames());
        Recommendation move = kind(list, FixKind.MOVE_CONNECTION_SUBNET).orElseThrow();
        assertTrue(move.makesRunWork());
        assertTrue(move.reason().contains("3 free IPs"), move.reason());
        assertEquals("subnet-0d44large0001b",
                move.fix().apply(s).connection("warehouse-tiny-1a").orElseThrow().subnetId());
        assertTrue(move.fix().commandText().contains("aws glue update-connection --name warehouse-tiny-1a"));
    }

    @Test
    void mislabelledZoneIsCorrected() {
        Recommendation r = kind(of(Samples.get("az-mismatch")), FixKind.CONNECTION_AZ).orElseThrow();
        assertEquals("orders-db-mislabelled", r.after().chosen());
        assertTrue(r.fix().commandText().contains("\"AvailabilityZone\":\"us-east-1a\""));
    }

    @Test
    void roleThatMayNotDescribeGetsThePolicy() {
        Recommendation r = of(Samples.get("role-cannot-describe")).get(0);
        assertEquals(FixKind.ROLE_PERMISSIONS, r.kind());
        assertTrue(r.makesRunWork());
        assertTrue(r.fix().commandText().startsWith("aws iam put-role-policy --role-name orders-etl-glue-role"));
        assertTrue(r.fix().commandText().contains("\"Action\":[\"ec2:DescribeRouteTables\"]"));
    }

    @Test
    void dnsOffIsTurnedOnSupportFirst() {
        Snapshot three = Samples.get("three-az");
        Snapshot s = three.withVpcs(three.vpcs().stream()
                .map(v -> new Vpc(v.vpcId(), v.cidrBlock(), false, false, v.tags())).toList());
        Recommendation r = kind(of(s), FixKind.DNS_ATTRIBUTES).orElseThrow();
        assertTrue(r.makesRunWork(), r.changes().toString());
        assertEquals(List.of(
                "aws ec2 modify-vpc-attribute --vpc-id vpc-0c33data000000001 --enable-dns-support '{\"Value\":true}'",
                "aws ec2 modify-vpc-attribute --vpc-id vpc-0c33data000000001 --enable-dns-hostnames '{\"Value\":true}'"),
                r.fix().commands());
    }

    @Test
    void missingSelfReferencingRuleIsAdded() {
        Snapshot three = Samples.get("three-az");
        Snapshot s = three.withSecurityGroups(three.securityGroups().stream()
                .map(g -> new SecurityGroup(g.groupId(), g.vpcId(), g.groupName(), List.of(), g.egress())).toList());
        Recommendation r = kind(of(s), FixKind.SELF_REFERENCING_INGRESS).orElseThrow();
        assertTrue(r.makesRunWork());
        assertEquals(List.of("aws ec2 authorize-security-group-ingress --group-id sg-0c33glue000000001 "
                + "--ip-permissions 'IpProtocol=-1,UserIdGroupPairs=[{GroupId=sg-0c33glue000000001}]'"),
                r.fix().commands());
    }

    @Test
    void missingEgressRuleIsAdded() {
        Snapshot three = Samples.get("three-az");
        Snapshot s = three.withSecurityGroups(three.securityGroups().stream()
                .map(g -> new SecurityGroup(g.groupId(), g.vpcId(), g.groupName(), g.ingress(), List.of())).toList());
        Recommendation r = kind(of(s), FixKind.ALL_EGRESS).orElseThrow();
        assertTrue(r.makesRunWork());
        assertTrue(r.fix().commandText().contains("authorize-security-group-egress --group-id sg-0c33glue000000001"));
    }

    @Test
    void aFixThatImprovesNothingOrMakesSomethingWorseIsNotOffered() {
        Snapshot three = Samples.get("three-az");
        Engine engine = new Engine(three);
        GlueJob job = engine.job(null);
        Recommendation.Standing good = Recommendations.standing(engine, job, Simulation.NONE, RuleSettings.defaults());
        assertTrue(Recommendations.value(good, good).isEmpty(), "the same standing: no improvement");
        Snapshot single = Samples.get("single-nat");
        Engine e2 = new Engine(single);
        Recommendation.Standing worse = Recommendations.standing(e2, e2.job(null), Simulation.NONE,
                RuleSettings.defaults());
        assertTrue(Recommendations.value(good, worse).isEmpty(), "losing AZ survival is never offered");
        assertTrue(Recommendations.value(worse, good).orElseThrow() > 0);
        // Every offered recommendation of every sample improves on its own "before".
        for (String name : Samples.names()) {
            for (Recommendation r : of(Samples.get(name))) {
                assertTrue(r.value() > 0 && !r.changes().isEmpty(), name + ": " + r.id());
            }
        }
    }

    @Test
    void proposedIdsSaySo() {
        for (String name : Samples.names()) {
            for (Recommendation r : of(Samples.get(name))) {
                r.fix().added().forEach(e -> assertTrue(e.id().contains("proposed"), name + ": " + e));
            }
        }
    }
}
