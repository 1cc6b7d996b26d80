package dev.gluefailover.edit;

import static dev.gluefailover.edit.EditsTest.PRIVATE_TABLE;
import static dev.gluefailover.edit.EditsTest.VPC;
import static dev.gluefailover.edit.EditsTest.applied;
import static dev.gluefailover.edit.EditsTest.evaluate;
import static dev.gluefailover.edit.EditsTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ScenarioValidation}: what AWS cannot have is refused and says why; Glue users' mistakes pass. */
class ScenarioValidationTest {
    private final Snapshot s = Samples.get("single-nat");

    @BeforeAll
    static void english() {
        Messages.setLanguage("en");
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage("en");
    }

    private Subnet subnet(String cidr) {
        return new Subnet("subnet-0e000000000000001", VPC, "us-east-1a", null, cidr, "available", 11, false, Map.of());
    }

    @Test
    void everySampleIsValid() {
        for (String name : Samples.names()) {
            assertEquals(List.of(), ScenarioValidation.problems(Samples.get(name)).stream().map(Problem::text).toList(),
                    name);
        }
    }

    @Test
    void anInvalidCidrIsRefusedWithWhy() {
        assertTrue(refused(s, Edits.putSubnet(subnet("10.30.300.0/24"))).contains("is not a valid IPv4 CIDR"));
        assertTrue(refused(s, Edits.putSubnet(subnet("banana"))).contains("\"banana\""));
        assertTrue(refused(s, Edits.putSubnet(subnet("10.30.3.0/30"))).contains("/16 and /28"));
        assertTrue(refused(s, Edits.putSubnet(subnet("10.30.3.1/28"))).contains("10.30.3.0/28"));
        assertTrue(refused(s, Edits.putVpc(new Vpc(VPC, "10.30.0.0", true, true, Map.of()))).contains("valid IPv4"));
        assertTrue(refused(s, Edits.putRoute(PRIVATE_TABLE, Route.toNat("0.0.0.0/33", "nat-0c33natgw00001a")))
                .contains("0.0.0.0/33"));
    }

    @Test
    void aSubnetOutsideItsVpcOrOverlappingAnotherIsRefused() {
        assertTrue(refused(s, Edits.putSubnet(subnet("10.31.0.0/24"))).contains("outside VPC " + VPC));
        String m = refused(s, Edits.putSubnet(subnet("10.30.10.128/25")));
        assertTrue(m.contains("overlaps subnet subnet-0c33private001a"), m);
        assertTrue(refused(s, Edits.putVpc(new Vpc(VPC, "10.30.0.0/24", true, true, Map.of()))).contains("outside"),
                "shrinking the VPC below its subnets");
    }

    @Test
    void impossibleFreeIpsAreRefused() {
        Subnet sn = subnet("10.30.3.0/28");
        assertTrue(refused(s, Edits.putSubnet(sn.withAvailableIps(12))).contains("0 to 11"));
        assertTrue(refused(s, Edits.putSubnet(sn.withAvailableIps(-1))).contains("impossible"));
        applied(s, Edits.putSubnet(sn.withAvailableIps(0)));
    }

    @Test
    void aSubnetInAnUnknownVpcOrZoneIsRefused() {
        Subnet sn = subnet("10.30.3.0/24");
        assertTrue(refused(s, Edits.putSubnet(new Subnet(sn.subnetId(), "vpc-nope", "us-east-1a", null, sn.cidrBlock(),
                null, 5, false, Map.of()))).contains("VPC vpc-nope does not exist"));
        assertTrue(refused(s, Edits.putSubnet(new Subnet(sn.subnetId(), VPC, "us-east-1z", null, sn.cidrBlock(), null, 5,
                false, Map.of()))).contains("us-east-1z"));
    }

    @Test
    void aRouteToANatThatDoesNotExistOrToAnotherVpcsNatIsRefused() {
        assertTrue(refused(s, Edits.putRoute(PRIVATE_TABLE, Route.toNat("0.0.0.0/0", "nat-0nothere")))
                .contains("NAT gateway nat-0nothere, which does not exist"));
        Snapshot two = applied(applied(applied(s, Edits.putVpc(new Vpc("vpc-0e2", "10.50.0.0/16", true, true, Map.of()))),
                Edits.putSubnet(new Subnet("subnet-0e2", "vpc-0e2", "us-east-1a", null, "10.50.0.0/24", null, 5, false,
                        Map.of()))), Edits.putNat(new NatGateway("nat-0e2", null, "subnet-0e2", null, null, Map.of())));
        assertTrue(refused(two, Edits.putRoute(PRIVATE_TABLE, Route.toNat("0.0.0.0/0", "nat-0e2"))).contains("another VPC"));
        assertTrue(refused(two, Edits.putRoute(PRIVATE_TABLE, Route.toGateway("0.0.0.0/0", "igw-0nothere")))
                .contains("does not exist"));
        assertTrue(refused(two, Edits.putRoute(PRIVATE_TABLE, Route.toEndpoint("pl-1", "vpce-0nothere")))
                .contains("does not exist"));
        assertTrue(refused(two, Edits.putRoute(PRIVATE_TABLE, new Route("10.9.0.0/16", null, null, null, null, null,
                null, null))).contains("no target"));
    }

    @Test
    void aRouteToAnInternetGatewayOfAnotherVpcIsRefused() {
        Snapshot two = applied(applied(s, Edits.putVpc(new Vpc("vpc-0e2", "10.50.0.0/16", true, true, Map.of()))),
                Edits.putInternetGateway(new InternetGateway("igw-0e2", List.of("vpc-0e2"), Map.of())));
        assertTrue(refused(two, Edits.putRoute(PRIVATE_TABLE, Route.toGateway("0.0.0.0/0", "igw-0e2")))
                .contains("not attached"));
        assertTrue(refused(s, Edits.putInternetGateway(new InternetGateway("igw-0e3", List.of(VPC), Map.of())))
                .contains("at most one"));
    }

    @Test
    void anEndpointOnAnotherVpcsTableIsRefusedButOnTheWrongTableOfItsOwnVpcAllowed() {
        Snapshot seed = Samples.get("seed-article");
        VpcEndpoint e = seed.vpcEndpoints().get(0);
        String m = refused(seed, Edits.putEndpoint(Edits.withTables(e, List.of("rtb-0a11private0000main"))));
        assertTrue(m.contains("belongs to vpc-0a11private0000001"), m);
        // The mistake Glue users make: the endpoint on the VPC's main table, not on the connection subnet's table.
        Snapshot wrong = applied(seed, Edits.putEndpoint(Edits.withTables(e, List.of("rtb-0b22aurora000main"))));
        assertEquals(CheckStatus.FAIL, evaluate(wrong).connection("nayuts-sample-connection").orElseThrow()
                .result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().status());
        assertTrue(refused(seed, Edits.putEndpoint(new VpcEndpoint("vpce-0e1", e.vpcId(), "Gateway", "", null,
                List.of(), List.of()))).contains("service name"));
        assertTrue(refused(seed, Edits.putEndpoint(new VpcEndpoint("vpce-0e1", e.vpcId(), "Interface", "x.glue", null,
                List.of(), List.of("subnet-0a11private00001a")))).contains("belongs to"));
        assertTrue(refused(seed, Edits.putEndpoint(new VpcEndpoint("vpce-0e1", e.vpcId(), "Gateway", "x.s3", null,
                List.of(), List.of("subnet-0b22aurora000p1a")))).contains("not in subnets"));
    }

    @Test
    void duplicateIdsAreRefused() {
        Subnet copy = new Subnet("subnet-0c33private001a", VPC, "us-east-1a", null, "10.30.3.0/24", null, 5, false,
                Map.of());
        // put replaces by id, so a duplicate comes from adding a table under a taken id
        RouteTable dup = new RouteTable("rtb-0c33main00000001", VPC, List.of(), List.of(), Map.of());
        Snapshot twice = s.withRouteTables(new java.util.ArrayList<>(s.routeTables()) {
            {
                add(dup);
            }
        });
        assertTrue(ScenarioValidation.problems(twice).stream().anyMatch(p -> p.code().equals("DUPLICATE_ID")));
        applied(s, Edits.putSubnet(copy)); // same id: an edit of that subnet, not a second one
        assertTrue(refused(s, Edits.putZone(new AvailabilityZone("us-east-1d", "use1-az1", null))).contains("use1-az1"));
    }

    @Test
    void anAssociationWithASubnetOfAnotherVpcIsRefused() {
        Snapshot seed = Samples.get("seed-article");
        assertTrue(refused(seed, Edits.associate("rtb-0b22aurora0private", "subnet-0a11private00001a"))
                .contains("belongs to vpc-0a11private0000001"));
        assertTrue(refused(seed, Edits.associate("rtb-0b22aurora0private", "subnet-0nothere")).contains("does not exist"));
    }

    @Test
    void aSecondMainTableIsRefused() {
        RouteTable second = new RouteTable("rtb-0e1", VPC, List.of(RouteTableAssociation.mainTable()), List.of(),
                Map.of());
        assertTrue(refused(s, Edits.putRouteTable(second)).contains("second main route table"));
    }

    @Test
    void aNatInAMissingSubnetAndBadStatesAreRefused() {
        assertTrue(refused(s, Edits.putNat(new NatGateway("nat-0e1", VPC, "subnet-0nothere", null, null, Map.of())))
                .contains("does not exist"));
        assertTrue(refused(s, Edits.putNat(new NatGateway("nat-0e1", VPC, "subnet-0c33public0001b", "broken", null,
                Map.of()))).contains("\"broken\""));
        assertTrue(refused(s, Edits.putZone(new AvailabilityZone("us-east-1a", "use1-az1", "gone"))).contains("\"gone\""));
    }

    @Test
    void dnsHostnamesNeedDnsSupport() {
        assertTrue(refused(s, Edits.putVpc(new Vpc(VPC, "10.30.0.0/16", false, true, Map.of()))).contains("DNS"));
    }

    @Test
    void securityGroupRulesMustBeWellFormedButTheSelfRuleMayBeMissing() {
        String sg = "sg-0c33glue000000001";
        assertTrue(refused(s, Edits.addRule(sg, true, new SecurityGroupRule("tcp", 10, 5, List.of("10.0.0.0/8"),
                List.of(), List.of()))).contains("ports 10 to 5"));
        assertTrue(refused(s, Edits.addRule(sg, true, new SecurityGroupRule("gre", null, null, List.of("10.0.0.0/8"),
                List.of(), List.of()))).contains("gre"));
        assertTrue(refused(s, Edits.addRule(sg, true, new SecurityGroupRule("-1", null, null, List.of("10.0.0/8"),
                List.of(), List.of()))).contains("10.0.0/8"));
        assertTrue(refused(s, Edits.addRule(sg, true, new SecurityGroupRule("-1", null, null, List.of(), List.of(),
                List.of()))).contains("needs a CIDR"));
        applied(s, Edits.putSecurityGroup(new SecurityGroup(sg, VPC, "glue-jdbc-sg", List.of(), List.of())));
        assertTrue(refused(s, Edits.putSecurityGroup(new SecurityGroup("sg-0e1", "vpc-nope", "x", List.of(), List.of())))
                .contains("vpc-nope"));
    }

    @Test
    void aConnectionAzThatDoesNotMatchItsSubnetIsAllowedAndFlagged() {
        GlueConnection c = s.connection("orders-db-1a").orElseThrow();
        Snapshot mismatch = applied(s, Edits.putConnection(new GlueConnection(c.name(), c.connectionType(),
                c.subnetId(), c.securityGroupIds(), "us-east-1c", c.jdbcUrl())));
        assertEquals(CheckStatus.FAIL, evaluate(mismatch).connection("orders-db-1a").orElseThrow()
                .result("AZ_MISMATCH").orElseThrow().status());
        // A connection to a subnet that is gone, or to another VPC's group: allowed, flagged.
        applied(s, Edits.putConnection(new GlueConnection(c.name(), "JDBC", "subnet-0gone", List.of("sg-0other"),
                "us-east-1a", c.jdbcUrl())));
        assertTrue(refused(s, Edits.putConnection(new GlueConnection(c.name(), "JDBC", c.subnetId(),
                c.securityGroupIds(), "us-east-1a", c.jdbcUrl(), "MAYBE", null))).contains("MAYBE"));
    }

    @Test
    void theJobsCountsAndVersionAreChecked() {
        GlueJob j = s.jobs().get(0);
        assertTrue(refused(s, Edits.putJob(new GlueJob(j.name(), j.connectionNames(), "G.1X", 0, null, 0, "5.0")))
                .contains("at least 1"));
        assertTrue(refused(s, Edits.putJob(new GlueJob(j.name(), j.connectionNames(), "G.1X", 2, null, 11, "5.0")))
                .contains("0 to 10"));
        assertTrue(refused(s, Edits.putJob(new GlueJob(j.name(), j.connectionNames(), "G.1X", 2, null, 1, "five")))
                .contains("five"));
        assertTrue(refused(s, Edits.putJob(j.withConnectionNames(List.of("orders-db-1a", "orders-db-1a"))))
                .contains("twice"));
        // A name that does not exist: allowed; CONNECTION_NOT_FOUND flags it.
        Snapshot missing = applied(s, Edits.putJob(j.withConnectionNames(List.of("orders-db-9", "orders-db-1a"))));
        assertEquals(CheckStatus.FAIL, evaluate(missing).connection("orders-db-9").orElseThrow()
                .result("CONNECTION_NOT_FOUND").orElseThrow().status());
    }

    @Test
    void onlyProblemsTheEditAddsRefuseIt() {
        Snapshot broken = s.withSubnets(new java.util.ArrayList<>(s.subnets()) {
            {
                add(new Subnet("subnet-0bad", VPC, "us-east-1a", null, "nonsense", null, 5, false, Map.of()));
            }
        });
        applied(broken, Edits.putVpc(new Vpc(VPC, "10.30.0.0/16", true, true, Map.of("Name", "renamed"))));
        refused(broken, Edits.putSubnet(subnet("also nonsense")));
    }

    @Test
    void theReasonsComeInJapanese() {
        Messages.setLanguage("ja");
        assertTrue(refused(s, Edits.putSubnet(subnet("10.31.0.0/24"))).contains("の外にあります"));
    }
}
