package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotWarningsTest {

    @Test
    void everyBuiltInSampleIsFreeOfWarnings() {
        for (String name : Samples.names()) {
            assertEquals(List.of(), SnapshotWarnings.of(Samples.get(name)), name);
        }
    }

    @Test
    void invalidCidrsAndASubnetOutsideItsVpcAreNamed() {
        Snapshot s = Samples.get("seed-article");
        Vpc v = s.vpcs().get(0);
        List<Vpc> vpcs = new ArrayList<>(s.vpcs());
        vpcs.set(0, new Vpc(v.vpcId(), "banana", v.enableDnsSupport(), v.enableDnsHostnames(), v.tags()));
        List<Subnet> subnets = new ArrayList<>(s.subnets());
        Subnet first = subnets.get(0);
        subnets.set(0, withCidr(first, "999.1.1.1/99"));
        Subnet other = s.subnets().stream().filter(x -> !x.vpcId().equals(v.vpcId())).findFirst().orElseThrow();
        subnets.set(subnets.indexOf(other), withCidr(other, "192.168.77.0/24"));
        List<SnapshotWarnings.Warning> w = SnapshotWarnings.of(copy(s, vpcs, subnets, s.routeTables()));
        assertTrue(w.stream().anyMatch(x -> x.element().equals(new ElementRef(ElementKind.VPC, v.vpcId()))
                && x.message().contains("\"banana\" is not a valid IPv4 CIDR")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.element().id().equals(first.subnetId())
                && x.message().contains("\"999.1.1.1/99\" is not a valid")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.element().id().equals(other.subnetId())
                && x.message().contains("lies outside its VPC")), w.toString());
    }

    @Test
    void negativeFreeIpsTwoMainTablesAndTwoAssociationsAreNamed() {
        Snapshot s = Samples.get("three-az");
        List<Subnet> subnets = new ArrayList<>(s.subnets());
        Subnet first = subnets.get(0);
        subnets.set(0, new Subnet(first.subnetId(), first.vpcId(), first.availabilityZone(),
                first.availabilityZoneId(), first.cidrBlock(), first.state(), -10, first.mapPublicIpOnLaunch(),
                first.tags()));
        List<RouteTable> tables = new ArrayList<>(s.routeTables());
        RouteTable t = tables.get(0);
        RouteTable other = tables.stream().filter(x -> x.vpcId().equals(t.vpcId()) && x != t).findFirst().orElseThrow();
        String associated = s.subnets().stream().filter(x -> x.vpcId().equals(t.vpcId())).map(Subnet::subnetId)
                .findFirst().orElseThrow();
        List<RouteTableAssociation> a = new ArrayList<>(t.associations());
        a.add(new RouteTableAssociation(null, true));
        a.add(new RouteTableAssociation(associated, false));
        List<RouteTableAssociation> b = new ArrayList<>(other.associations());
        b.add(new RouteTableAssociation(null, true));
        b.add(new RouteTableAssociation(associated, false));
        tables.set(tables.indexOf(t), new RouteTable(t.routeTableId(), t.vpcId(), a, t.routes(), t.tags()));
        tables.set(tables.indexOf(other), new RouteTable(other.routeTableId(), other.vpcId(), b, other.routes(),
                other.tags()));
        List<String> texts = SnapshotWarnings.of(copy(s, s.vpcs(), subnets, tables)).stream()
                .map(SnapshotWarnings.Warning::text).toList();
        assertTrue(texts.stream().anyMatch(x -> x.startsWith("subnet " + first.subnetId() + ": free IPs is negative (-10)")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(x -> x.startsWith("vpc " + t.vpcId() + ": has ") && x.contains("main route tables")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(x -> x.startsWith("subnet " + associated + ": is associated with 2 route tables")
                || x.startsWith("subnet " + associated + ": is associated with 3 route tables")), texts.toString());
    }

    @Test
    void maxRetriesOutsideWhatGlueAcceptsIsRefusedWithItsPosition() {
        SnapshotWriter writer = new SnapshotWriter();
        String json = writer.toText(Samples.get("seed-article"), SnapshotFormat.JSON);
        String bad = json.replaceFirst("\"maxRetries\" : \\d+", "\"maxRetries\" : -3");
        if (bad.equals(json)) {
            bad = json.replaceFirst("\"maxRetries\":\\s*\\d+", "\"maxRetries\": 2147483647");
        }
        String broken = bad;
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> new SnapshotReader().read(broken.getBytes(StandardCharsets.UTF_8), "retries.json"));
        assertTrue(e.getMessage().matches("(?s)retries\\.json:\\d+:\\d+: jobs\\[0\\]\\.maxRetries: maxRetries must be "
                + "between 0 and 10.*"), e.getMessage());
    }

    private static Subnet withCidr(Subnet x, String cidr) {
        return new Subnet(x.subnetId(), x.vpcId(), x.availabilityZone(), x.availabilityZoneId(), cidr, x.state(),
                x.availableIpAddressCount(), x.mapPublicIpOnLaunch(), x.tags());
    }

    private static Snapshot copy(Snapshot s, List<Vpc> vpcs, List<Subnet> subnets, List<RouteTable> tables) {
        return new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(), vpcs,
                subnets, tables, s.natGateways(), s.internetGateways(), s.vpcEndpoints(), s.securityGroups(),
                s.jobs(), s.connections(), s.problems());
    }
}
