package dev.gluefailover.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every edit of the scenario editor, applied through {@link ScenarioEditor} as the window does. */
class EditsTest {
    static final String VPC = "vpc-0c33data000000001";
    static final String PRIVATE_TABLE = "rtb-0c33private000001";
    static final String NAT = "nat-0c33natgw00001a";

    @BeforeAll
    static void english() {
        Messages.setLanguage("en");
    }

    static Snapshot applied(Snapshot s, Edit e) {
        EditResult r = ScenarioEditor.apply(s, e);
        if (r instanceof EditResult.Refused refused) {
            throw new AssertionError("refused: " + refused.message());
        }
        return ((EditResult.Applied) r).after();
    }

    static String refused(Snapshot s, Edit e) {
        EditResult r = ScenarioEditor.apply(s, e);
        return assertInstanceOf(EditResult.Refused.class, r, "should be refused").message();
    }

    static Evaluation evaluate(Snapshot s) {
        return new Engine(s).evaluate(s.jobs().get(0), Simulation.NONE, RuleSettings.defaults());
    }

    static String chosen(Snapshot s) {
        return evaluate(s).chosen().map(c -> c.name()).orElse(null);
    }

    static RouteTable table(Snapshot s, String id) {
        return s.routeTables().stream().filter(t -> t.routeTableId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void attachingAnS3EndpointToTheFirstConnectionsTableMovesTheChoiceToIt() {
        Snapshot seed = Samples.get("seed-article");
        assertEquals("nayuts-sample-connection", chosen(seed));
        String id = Scenarios.freshId(seed, "vpce");
        Snapshot after = applied(seed, Edits.putEndpoint(new VpcEndpoint(id, "vpc-0a11private0000001", "Gateway",
                "com.amazonaws.ap-northeast-1.s3", "available", List.of("rtb-0a11private0000main"), List.of())));
        assertEquals("nayuts-private-only-connection", chosen(after));
    }

    @Test
    void aDefaultRouteToANatMovesTheChoiceAndRemovingItMovesItBack() {
        Snapshot three = Samples.get("three-az");
        assertEquals("orders-db-1a", chosen(three));
        Snapshot noRoute = applied(three, Edits.removeRoute("rtb-0c33private0001a", "0.0.0.0/0"));
        assertEquals("orders-db-1b", chosen(noRoute));
        Snapshot back = applied(noRoute, Edits.putRoute("rtb-0c33private0001a", Route.toNat("0.0.0.0/0",
                "nat-0c33natgw00001b")));
        assertEquals("orders-db-1a", chosen(back));
    }

    @Test
    void putRouteReplacesTheRouteForTheSameDestination() {
        Snapshot s = Samples.get("single-nat");
        String igw = "igw-0c33data00000001";
        Snapshot after = applied(s, Edits.putRoute(PRIVATE_TABLE, Route.toGateway("0.0.0.0/0", igw)));
        List<Route> defaults = table(after, PRIVATE_TABLE).routes().stream().filter(Route::isDefaultRoute).toList();
        assertEquals(1, defaults.size());
        assertEquals(igw, defaults.get(0).gatewayId());
    }

    @Test
    void theLocalRouteCannotBeChangedOrRemoved() {
        Snapshot s = Samples.get("single-nat");
        assertTrue(refused(s, Edits.removeRoute(PRIVATE_TABLE, "10.30.0.0/16")).contains("local route"));
        assertTrue(refused(s, Edits.putRoute(PRIVATE_TABLE, Route.toNat("10.30.0.0/16", NAT))).contains("local"));
    }

    @Test
    void vpcsAreAddedEditedAndRemovedWhenEmpty() {
        Snapshot s = Samples.get("single-nat");
        Vpc v = new Vpc("vpc-0e000000000000099", "10.99.0.0/16", true, true, Map.of("Name", "lab"));
        Snapshot added = applied(s, Edits.putVpc(v));
        assertEquals(2, added.vpcs().size());
        Snapshot edited = applied(added, Edits.putVpc(new Vpc(v.vpcId(), "10.99.0.0/16", false, false, v.tags())));
        assertEquals(Boolean.FALSE, edited.vpcs().get(1).enableDnsSupport());
        assertEquals(1, applied(edited, Edits.removeVpc(v.vpcId())).vpcs().size());
        assertTrue(refused(s, Edits.removeVpc(VPC)).contains("remove them first"));
    }

    @Test
    void zonesAreAddedRenumberedAndRemovedWhenEmpty() {
        Snapshot s = Samples.get("single-nat");
        Snapshot added = applied(s, Edits.putZone(new AvailabilityZone("us-east-1d", "use1-az6", "available")));
        assertEquals(4, added.availabilityZones().size());
        Snapshot impaired = applied(added, Edits.putZone(new AvailabilityZone("us-east-1a", "use1-az9", "impaired")));
        assertTrue(impaired.subnets().stream().filter(sn -> sn.availabilityZone().equals("us-east-1a"))
                .allMatch(sn -> sn.availabilityZoneId().equals("use1-az9")), "the zone id follows into its subnets");
        assertEquals(3, applied(added, Edits.removeZone("us-east-1d")).availabilityZones().size());
        assertTrue(refused(s, Edits.removeZone("us-east-1a")).contains("subnets"));
    }

    @Test
    void subnetsAreAddedInAFreeRangeEditedAndRemovedWithTheirAssociation() {
        Snapshot s = Samples.get("single-nat");
        String cidr = Scenarios.freeSubnetCidr(s, VPC, 24).orElseThrow();
        assertEquals("10.30.3.0/24", cidr);
        String id = Scenarios.freshId(s, "subnet");
        Subnet sn = new Subnet(id, VPC, "us-east-1b", null, cidr, "available", Scenarios.usableIps(cidr), false,
                Map.of());
        Snapshot added = applied(s, Edits.putSubnet(sn));
        assertEquals("use1-az2", added.subnet(id).orElseThrow().availabilityZoneId(), "the zone id is the zone's");
        assertEquals(251, added.subnet(id).orElseThrow().availableIpAddressCount());
        Snapshot associated = applied(added, Edits.associate(PRIVATE_TABLE, id));
        assertTrue(table(associated, PRIVATE_TABLE).associations().stream().anyMatch(a -> id.equals(a.subnetId())));
        Snapshot removed = applied(associated, Edits.removeSubnet(id));
        assertTrue(removed.subnet(id).isEmpty());
        assertTrue(table(removed, PRIVATE_TABLE).associations().stream().noneMatch(a -> id.equals(a.subnetId())));
        assertTrue(refused(s, Edits.removeSubnet("subnet-0c33public0001a")).contains(NAT), "the NAT sits in it");
    }

    @Test
    void associatingMovesASubnetFromItsTableAndDisassociatingLeavesItOnTheMainTable() {
        Snapshot s = Samples.get("single-nat");
        String sub = "subnet-0c33private001b";
        Snapshot moved = applied(s, Edits.associate("rtb-0c33public000001", sub));
        assertTrue(table(moved, PRIVATE_TABLE).associations().stream().noneMatch(a -> sub.equals(a.subnetId())));
        Snapshot loose = applied(moved, Edits.disassociate(sub));
        assertTrue(loose.routeTables().stream().flatMap(t -> t.associations().stream())
                .noneMatch(a -> sub.equals(a.subnetId())));
        assertEquals(CheckStatus.FAIL, evaluate(loose).connection("orders-db-1b").orElseThrow()
                .result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status(), "the main table has no NAT route");
    }

    @Test
    void theMainTableMovesAndCannotBeRemoved() {
        Snapshot s = Samples.get("single-nat");
        Snapshot moved = applied(s, Edits.makeMain(PRIVATE_TABLE));
        assertTrue(table(moved, PRIVATE_TABLE).isMain());
        assertFalse(table(moved, "rtb-0c33main00000001").isMain());
        assertTrue(refused(s, Edits.removeRouteTable("rtb-0c33main00000001")).contains("main"));
        assertTrue(refused(s, Edits.removeRouteTable(PRIVATE_TABLE)).contains("associated"));
        String id = Scenarios.freshId(s, "rtb");
        Snapshot added = applied(s, Edits.putRouteTable(new RouteTable(id, VPC, List.of(),
                List.of(Route.local("10.30.0.0/16")), Map.of())));
        assertEquals(s.routeTables().size(), applied(added, Edits.removeRouteTable(id)).routeTables().size());
    }

    @Test
    void natGatewaysTakeTheirSubnetsVpcAndLeaveBlackholesWhenRemoved() {
        Snapshot s = Samples.get("single-nat");
        String id = Scenarios.freshId(s, "nat");
        Snapshot added = applied(s, Edits.putNat(new NatGateway(id, null, "subnet-0c33public0001b", "available",
                "public", Map.of())));
        assertEquals(VPC, added.natGateways().get(1).vpcId());
        Snapshot failed = applied(added, Edits.putNat(new NatGateway(id, VPC, "subnet-0c33public0001b", "failed",
                "private", Map.of())));
        assertTrue(failed.natGateways().get(1).isPrivate());
        Snapshot removed = applied(s, Edits.removeNat(NAT));
        Route r = table(removed, PRIVATE_TABLE).routes().stream().filter(Route::isDefaultRoute).findFirst().orElseThrow();
        assertFalse(r.active(), "AWS leaves the route as a blackhole");
        assertEquals(null, chosen(removed));
    }

    @Test
    void internetGatewaysAreAddedAndRemoved() {
        Snapshot s = Scenarios.empty("lab");
        String vpc = s.vpcs().get(0).vpcId();
        String id = Scenarios.freshId(s, "igw");
        Snapshot added = applied(s, Edits.putInternetGateway(new InternetGateway(id, List.of(vpc), Map.of())));
        Snapshot routed = applied(added, Edits.putRoute("rtb-0e00000000000main", Route.toGateway("0.0.0.0/0", id)));
        Snapshot removed = applied(routed, Edits.removeInternetGateway(id));
        assertTrue(removed.internetGateways().isEmpty());
        assertFalse(table(removed, "rtb-0e00000000000main").routes().get(1).active());
    }

    @Test
    void endpointsAreEditedAndRemovedWithTheirRoutes() {
        Snapshot seed = Samples.get("seed-article");
        String e = "vpce-0b22aurora00s3gw1";
        Snapshot removed = applied(seed, Edits.removeEndpoint(e));
        assertTrue(removed.routeTables().stream().flatMap(t -> t.routes().stream()).noneMatch(r -> e.equals(r.gatewayId())));
        assertEquals(null, chosen(removed));
        String id = Scenarios.freshId(seed, "vpce");
        Snapshot iface = applied(seed, Edits.putEndpoint(new VpcEndpoint(id, "vpc-0b22aurora00000001", "Interface",
                "com.amazonaws.ap-northeast-1.glue", "available", List.of(), List.of("subnet-0b22aurora000p1a"))));
        assertTrue(iface.vpcEndpoints().stream().anyMatch(x -> x.vpcEndpointId().equals(id) && x.isInterface()));
    }

    @Test
    void securityGroupsAndTheirRules() {
        Snapshot s = Samples.get("single-nat");
        String sg = "sg-0c33glue000000001";
        Snapshot noSelf = applied(s, Edits.removeRule(sg, true, 0));
        assertEquals(CheckStatus.FAIL, evaluate(noSelf).connection("orders-db-1a").orElseThrow()
                .result("SG_NO_SELF_INGRESS").orElseThrow().status(), "allowed, and the check flags it");
        Snapshot back = applied(noSelf, Edits.addRule(sg, true, SecurityGroupRule.allTrafficFromGroup(sg)));
        assertEquals(s.securityGroups(), back.securityGroups());
        assertTrue(refused(back, Edits.addRule(sg, true, SecurityGroupRule.allTrafficFromGroup(sg))).contains("already"));
        String id = Scenarios.freshId(s, "sg");
        Snapshot added = applied(s, Edits.putSecurityGroup(new SecurityGroup(id, VPC, "extra", List.of(), List.of())));
        assertEquals(s.securityGroups(), applied(added, Edits.removeSecurityGroup(id)).securityGroups());
        assertTrue(applied(s, Edits.addRule(sg, false, new SecurityGroupRule("tcp", 443, 443, List.of("10.0.0.0/8"),
                List.of(), List.of()))).securityGroups().get(0).egress().size() == 2);
    }

    @Test
    void connectionsAreAddedToTheJobEditedAndRemovedFromItsOrder() {
        Snapshot s = Scenarios.empty("lab");
        String vpc = s.vpcs().get(0).vpcId();
        Snapshot withSubnet = applied(s, Edits.putSubnet(new Subnet("subnet-0e000000000000001", vpc, "us-east-1a",
                null, "10.0.0.0/24", "available", 251, false, Map.of())));
        GlueConnection c = new GlueConnection("db", "JDBC", "subnet-0e000000000000001",
                List.of("sg-0e000000000000001"), "us-east-1a", "jdbc:postgresql://db.example.internal:5432/x");
        Snapshot added = applied(withSubnet, Edits.addConnectionToJob("lab", c));
        assertEquals(List.of("db"), added.jobs().get(0).connectionNames());
        Snapshot ready = applied(added, Edits.putConnection(new GlueConnection("db", "JDBC", c.subnetId(),
                c.securityGroupIds(), "us-east-1a", c.jdbcUrl(), "READY", null)));
        assertEquals("READY", ready.connection("db").orElseThrow().status());
        Snapshot removed = applied(ready, Edits.removeConnection("db"));
        assertTrue(removed.connections().isEmpty());
        assertTrue(removed.jobs().get(0).connectionNames().isEmpty());
        assertTrue(refused(added, Edits.addConnectionToJob("lab", c)).contains("db"));
    }

    @Test
    void theJobsWorkersRetriesVersionAndOrderAreEdited() {
        Snapshot s = Samples.get("single-nat");
        GlueJob j = s.jobs().get(0);
        GlueJob changed = new GlueJob(j.name(), List.of("orders-db-1c", "orders-db-1a", "orders-db-1b"), "G.2X", 4,
                null, 3, "4.0", j.role(), j.defaultArguments(), j.maxConcurrentRuns());
        Snapshot after = applied(s, Edits.putJob(changed));
        assertEquals(changed, after.jobs().get(0));
        assertEquals("orders-db-1c", chosen(after));
        assertTrue(refused(s, Edits.putJob(new GlueJob("other", List.of(), "G.1X", 2, null, 0, "5.0")))
                .contains("not in the scenario"));
    }

    @Test
    void aNewScenarioHasOneVpcTwoZonesAJobWithoutConnectionsAndNoProblems() {
        Snapshot s = Scenarios.empty("lab");
        assertEquals(1, s.vpcs().size());
        assertEquals(2, s.availabilityZones().size());
        assertEquals(1, s.jobs().size());
        assertTrue(s.jobs().get(0).connectionNames().isEmpty());
        assertEquals(List.of(), ScenarioValidation.problems(s));
        assertEquals("lab", Scenarios.name(s).orElseThrow());
        assertEquals("seed-copy", Scenarios.name(Scenarios.copy(Samples.get("seed-article"), "seed-copy")).orElseThrow());
    }

    @Test
    void freshIdsAndFreeRangesAvoidWhatIsTaken() {
        Snapshot s = Scenarios.empty("lab");
        assertEquals("sg-0e000000000000002", Scenarios.freshId(s, "sg"));
        assertEquals("subnet-0e000000000000001", Scenarios.freshId(s, "subnet"));
        assertEquals("lab-db", Scenarios.freshName(s, "lab-db"));
        Snapshot tiny = applied(s, Edits.putVpc(new Vpc(s.vpcs().get(0).vpcId(), "10.0.0.0/28", true, true, Map.of())));
        Snapshot full = applied(tiny, Edits.putSubnet(new Subnet("subnet-0e000000000000001", tiny.vpcs().get(0).vpcId(),
                "us-east-1a", null, "10.0.0.0/28", "available", 11, false, Map.of())));
        assertTrue(Scenarios.freeSubnetCidr(full, full.vpcs().get(0).vpcId(), 28).isEmpty());
    }
}
