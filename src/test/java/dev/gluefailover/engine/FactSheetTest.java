package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactSheetTest {
    private static final ElementRef AZ1 = new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1");
    private static final ElementRef PRIVATE_1A = new ElementRef(ElementKind.SUBNET, "subnet-0c33private001a");
    private static final ElementRef NAT_1A = new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a");

    private static Engine engine(String sample) {
        return new Engine(Samples.get(sample));
    }

    private static Evaluation evaluate(Engine engine, SimulatedFailure... failures) {
        return engine.evaluate(engine.job(null), Simulation.of(failures), RuleSettings.defaults());
    }

    private static FactSheet sheet(String sample, ElementRef ref, SimulatedFailure... failures) {
        Engine e = engine(sample);
        return FactSheet.of(e.index(), evaluate(e, failures), ref);
    }

    private static FactSheet.Fact fact(FactSheet s, String label) {
        return s.facts().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + label + " in " + s.facts()));
    }

    private static FactSheet.Fact route(FactSheet s, String destination) {
        return s.facts().stream().filter(f -> f.label().equals("Route") && f.value().startsWith(destination + " \u2192 "))
                .findFirst().orElseThrow(() -> new AssertionError("no route to " + destination + " in " + s.facts()));
    }

    private static List<String> dependents(FactSheet s) {
        return s.dependents().stream().map(ConnectionEvaluation::name).toList();
    }

    @Test
    void region() {
        FactSheet s = sheet("three-az", new ElementRef(ElementKind.REGION, "us-east-1"));
        assertEquals("Region", s.kind());
        assertEquals("us-east-1", s.title());
        assertEquals("1 VPCs, 6 subnets", s.value("Contents").orElseThrow());
        assertTrue(s.text().startsWith("Region us-east-1\n"), s.text());
    }

    @Test
    void vpcWithCidrAndDnsAttributes() {
        FactSheet s = sheet("seed-article", new ElementRef(ElementKind.VPC, "vpc-0b22aurora00000001"));
        assertEquals("VPC", s.kind());
        assertEquals("nayuts-aurora-vpc", s.title());
        assertEquals("vpc-0b22aurora00000001", s.value("VPC id").orElseThrow());
        assertEquals("10.20.0.0/16", s.value("CIDR").orElseThrow());
        assertTrue(s.value("DNS support").isPresent() && s.value("DNS hostnames").isPresent());
        assertEquals("2 subnets, 1 endpoints", s.value("Contents").orElseThrow());
        assertEquals(List.of("nayuts-sample-connection"), dependents(s));
    }

    @Test
    void availabilityZoneByIdOrNameWithItsOutage() {
        FactSheet calm = sheet("three-az", AZ1);
        assertEquals("Availability Zone", calm.kind());
        assertEquals("us-east-1a (use1-az1)", calm.title());
        assertEquals("us-east-1a", calm.value("Zone name").orElseThrow());
        assertEquals("use1-az1", calm.value("Zone id").orElseThrow());
        assertTrue(calm.value("State (AWS)").isPresent());
        assertFalse(calm.failed());
        assertTrue(calm.value("Outage").isEmpty());
        assertEquals(List.of("orders-db-1a"), dependents(calm));

        // an outage typed by zone name is held as the zone id; the sheet of the zone says so either way
        Engine e = engine("three-az");
        Evaluation out = evaluate(e, new FailureTargets(e.index()).azOutage("us-east-1a"));
        for (String id : List.of("use1-az1", "us-east-1a")) {
            FactSheet s = FactSheet.of(e.index(), out, new ElementRef(ElementKind.AVAILABILITY_ZONE, id));
            assertTrue(s.failed(), id);
            assertTrue(fact(s, "Outage").simulated());
            assertEquals("use1-az1", s.value("Zone id").orElseThrow());
            assertEquals(List.of("orders-db-1a"), dependents(s));
        }
    }

    @Test
    void subnetWithCidrAzFreeIpsRouteTableAndPublicity() {
        FactSheet s = sheet("three-az", PRIVATE_1A);
        assertEquals("Private subnet", s.kind());
        assertEquals("data-private-1a", s.title());
        assertEquals("10.30.10.0/24", s.value("CIDR").orElseThrow());
        FactSheet.Fact az = fact(s, "AZ");
        assertEquals("us-east-1a (use1-az1)", az.value());
        assertEquals(AZ1, az.points());
        assertEquals("240", s.value("Free IPs").orElseThrow());
        assertFalse(fact(s, "Free IPs").simulated());
        assertEquals("no (private)", s.value("Public").orElseThrow());
        FactSheet.Fact rt = fact(s, "Route table");
        assertEquals(new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private0001a"), rt.points());
        assertTrue(rt.value().contains("explicitly associated"), rt.value());
        FactSheet.Fact route = route(s, "0.0.0.0/0");
        assertEquals(NAT_1A, route.points());
        assertEquals(List.of("orders-db-1a"), dependents(s));
        assertFalse(s.failed());

        FactSheet pub = sheet("three-az", new ElementRef(ElementKind.SUBNET, "subnet-0c33public0001a"));
        assertEquals("Public subnet", pub.kind());
        assertTrue(pub.value("Public").orElseThrow().startsWith("yes"));
    }

    @Test
    void subnetUnderTheSimulation() {
        FactSheet five = sheet("three-az", PRIVATE_1A, new SimulatedFailure.SubnetIps(PRIVATE_1A.id(), 5));
        FactSheet.Fact ips = fact(five, "Free IPs");
        assertTrue(ips.simulated());
        assertEquals("5 (simulated; snapshot: 240)", ips.value());
        assertFalse(five.failed());

        FactSheet none = sheet("three-az", PRIVATE_1A, new SimulatedFailure.SubnetIps(PRIVATE_1A.id(), 0));
        assertTrue(none.failed());
        assertTrue(fact(none, "Simulated").simulated());

        FactSheet deleted = sheet("three-az", PRIVATE_1A, new SimulatedFailure.SubnetDeleted(PRIVATE_1A.id()));
        assertTrue(deleted.failed());
        assertEquals("deleted", deleted.value("Simulated").orElseThrow());

        FactSheet inOutage = sheet("three-az", PRIVATE_1A, new SimulatedFailure.AzOutage("use1-az1"));
        assertFalse(inOutage.failed(), "a subnet in a failed zone is not failed itself");
        assertTrue(fact(inOutage, "Zone outage").simulated());
    }

    @Test
    void routeTableWithAssociationsRoutesAndGatewayEndpoints() {
        FactSheet s = sheet("seed-article", new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0b22aurora0private"));
        assertEquals("Route table", s.kind());
        assertEquals("nayuts-aurora-private", s.title());
        assertEquals("no", s.value("Main table").orElseThrow());
        assertEquals("subnet-0b22aurora000p1a, subnet-0b22aurora000p1c", s.value("Associated subnets").orElseThrow());
        FactSheet.Fact s3 = route(s, "pl-61a54008");
        assertEquals(new ElementRef(ElementKind.VPC_ENDPOINT, "vpce-0b22aurora00s3gw1"), s3.points());
        assertEquals(new ElementRef(ElementKind.VPC_ENDPOINT, "vpce-0b22aurora00s3gw1"),
                fact(s, "Gateway endpoint").points());
        assertTrue(s.value("Way out").isEmpty());
        assertEquals(List.of("nayuts-sample-connection"), dependents(s));

        FactSheet main = sheet("seed-article", new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0a11private0000main"));
        assertTrue(main.value("Main table").orElseThrow().startsWith("yes"));
        assertEquals("local only: no way out of the VPC", main.value("Way out").orElseThrow());
        assertEquals(List.of("nayuts-private-only-connection"), dependents(main));
    }

    @Test
    void natGatewayWithStateSubnetZoneAndFailure() {
        FactSheet s = sheet("single-nat", NAT_1A);
        assertEquals("NAT gateway", s.kind());
        assertEquals("data-nat-1a", s.title());
        assertTrue(s.value("State").isPresent() && s.value("Connectivity").isPresent());
        assertEquals(new ElementRef(ElementKind.SUBNET, "subnet-0c33public0001a"), fact(s, "In subnet").points());
        assertEquals(AZ1, fact(s, "In AZ").points());
        assertFalse(s.failed());
        assertEquals(List.of("orders-db-1a", "orders-db-1b", "orders-db-1c"), dependents(s));

        FactSheet failed = sheet("single-nat", NAT_1A, new SimulatedFailure.NatGatewayFailure(NAT_1A.id()));
        assertTrue(failed.failed());
        assertTrue(fact(failed, "Simulated").simulated());
        // an AZ outage fails the zone, not the NAT in it
        assertFalse(sheet("single-nat", NAT_1A, new SimulatedFailure.AzOutage("use1-az1")).failed());
    }

    @Test
    void internetGateway() {
        FactSheet s = sheet("three-az", new ElementRef(ElementKind.INTERNET_GATEWAY, "igw-0c33data00000001"));
        assertEquals("Internet gateway", s.kind());
        assertEquals("vpc-0c33data000000001", s.value("Attached to").orElseThrow());
    }

    @Test
    void endpointWithTypeServiceTablesAndRemoval() {
        ElementRef vpce = new ElementRef(ElementKind.VPC_ENDPOINT, "vpce-0b22aurora00s3gw1");
        FactSheet s = sheet("seed-article", vpce);
        assertEquals("VPC endpoint", s.kind());
        assertTrue(s.value("Type").orElseThrow().equalsIgnoreCase("gateway"), s.value("Type").orElseThrow());
        assertTrue(s.value("Service").orElseThrow().endsWith(".s3"), s.value("Service").orElseThrow());
        assertEquals("rtb-0b22aurora0private", s.value("Route tables").orElseThrow());
        assertEquals("none", s.value("Subnets").orElseThrow());
        assertFalse(s.failed());
        assertEquals(List.of("nayuts-sample-connection"), dependents(s));

        FactSheet removed = sheet("seed-article", vpce, new SimulatedFailure.EndpointRemoved(vpce.id()));
        assertTrue(removed.failed());
        assertEquals("removed", removed.value("Simulated").orElseThrow());
    }

    @Test
    void connectionWithOrderVerdictPlacementAndBlockingCheck() {
        FactSheet skipped = sheet("seed-article", new ElementRef(ElementKind.CONNECTION, "nayuts-private-only-connection"));
        assertEquals("Glue connection", skipped.kind());
        assertEquals("#1 nayuts-private-only-connection", skipped.title());
        assertEquals("1", skipped.value("Order").orElseThrow());
        assertEquals("SKIPPED", skipped.value("Verdict").orElseThrow());
        assertTrue(skipped.value("Blocking check").orElseThrow().startsWith("NO_S3_ENDPOINT_OR_NAT: "));
        assertEquals(new ElementRef(ElementKind.SUBNET, "subnet-0a11private00001a"), fact(skipped, "Subnet").points());
        assertEquals("ap-northeast-1a (apne1-az4)", skipped.value("AZ").orElseThrow());
        assertEquals("sg-0a11private0glue001", skipped.value("Security groups").orElseThrow());
        assertTrue(skipped.text().contains("\nverdict: SKIPPED"), skipped.text());

        FactSheet chosen = sheet("seed-article", new ElementRef(ElementKind.CONNECTION, "nayuts-sample-connection"));
        assertEquals("CHOSEN", chosen.value("Verdict").orElseThrow());
        assertTrue(chosen.value("Blocking check").isEmpty());
        assertTrue(chosen.value("Run would fail").isEmpty());

        // chosen, but the run would fail: the failing run checks are named
        FactSheet broken = sheet("single-nat", new ElementRef(ElementKind.CONNECTION, "orders-db-1b"),
                new SimulatedFailure.AzOutage("use1-az1"));
        assertEquals("CHOSEN", broken.value("Verdict").orElseThrow());
        assertTrue(broken.value("Run would fail").orElseThrow().startsWith("NAT_IN_FAILED_AZ"),
                broken.value("Run would fail").orElseThrow());
    }

    @Test
    void withoutASnapshotOnlyTheEvaluationSpeaks() {
        Engine e = engine("three-az");
        Evaluation ev = evaluate(e, new SimulatedFailure.AzOutage("use1-az1"));
        FactSheet zone = FactSheet.of(null, ev, AZ1);
        assertTrue(zone.failed());
        FactSheet conn = FactSheet.of(null, ev, new ElementRef(ElementKind.CONNECTION, "orders-db-1a"));
        assertEquals("SKIPPED", conn.value("Verdict").orElseThrow());
        FactSheet subnet = FactSheet.of(null, null, PRIVATE_1A);
        assertEquals("Subnet " + PRIVATE_1A.id(), subnet.text().lines().findFirst().orElseThrow());
        assertNull(subnet.facts().get(0).points());
    }

    @Test
    void textLowersLabelsButNotAcronyms() {
        String t = sheet("three-az", PRIVATE_1A).text();
        assertTrue(t.startsWith("Private subnet data-private-1a\n"), t);
        assertTrue(t.contains("\nCIDR: 10.30.10.0/24"), t);
        assertTrue(t.contains("\nfree IPs: 240"), t);
        assertTrue(t.contains("\nAZ: us-east-1a (use1-az1)"), t);
        assertTrue(t.contains("\nconnections: #1 orders-db-1a"), t);
        assertTrue(t.contains("\nroute: 0.0.0.0/0 \u2192 nat-0c33natgw00001a"), t);
    }
}
