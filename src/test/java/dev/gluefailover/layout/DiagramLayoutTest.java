package dev.gluefailover.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.Samples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {

    static Stream<Arguments> topologies() {
        List<Arguments> list = new ArrayList<>();
        for (String name : Samples.names()) {
            for (boolean all : new boolean[] {false, true}) {
                list.add(Arguments.of(name, all));
            }
        }
        list.add(Arguments.of("large", false));
        list.add(Arguments.of("large", true));
        return list.stream();
    }

    private static Snapshot snapshot(String name) {
        return name.equals("large") ? LargeTopology.build() : Samples.get(name);
    }

    private static Diagram layout(String name, boolean all) {
        Snapshot s = snapshot(name);
        return DiagramLayout.compute(new SnapshotIndex(s), s.jobs().get(0), new LayoutOptions(all));
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}")
    @MethodSource("topologies")
    void everyBoxSitsInItsParent(String name, boolean all) {
        Diagram d = layout(name, all);
        Map<String, Box> byKey = d.boxesByKey();
        for (Box b : d.boxes()) {
            if (b.parentKey() == null) {
                assertEquals(ElementKind.REGION, b.kind());
                continue;
            }
            Box parent = byKey.get(b.parentKey());
            assertNotNull(parent, "parent of " + b.key());
            if (b.kind() == ElementKind.INTERNET_GATEWAY) {
                // on the VPC's top edge, by design
                assertEquals(parent.bounds().y(), b.bounds().centerY(), 0.01, b.key());
                assertTrue(b.bounds().x() >= parent.bounds().x() && b.bounds().maxX() <= parent.bounds().maxX());
                continue;
            }
            assertTrue(parent.bounds().contains(b.bounds()), b.key() + " " + b.bounds() + " outside "
                    + parent.key() + " " + parent.bounds());
        }
        assertTrue(d.bounds().contains(d.boxes().get(0).bounds()));
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}")
    @MethodSource("topologies")
    void subnetInItsAzColumnInItsVpcInTheRegion(String name, boolean all) {
        Snapshot s = snapshot(name);
        SnapshotIndex index = new SnapshotIndex(s);
        Diagram d = DiagramLayout.compute(index, s.jobs().get(0), new LayoutOptions(all));
        Map<String, Box> byKey = d.boxesByKey();
        for (Box b : d.boxesOf(ElementKind.SUBNET)) {
            Subnet subnet = index.subnet(b.ref().id()).orElseThrow();
            Box az = byKey.get(b.parentKey());
            assertEquals(ElementKind.AVAILABILITY_ZONE, az.kind());
            assertEquals(DiagramLayout.zoneKeyOf(index, subnet), az.ref().id());
            Box vpc = byKey.get(az.parentKey());
            assertEquals(new ElementRef(ElementKind.VPC, subnet.vpcId()), vpc.ref());
            Box region = byKey.get(vpc.parentKey());
            assertEquals(ElementKind.REGION, region.kind());
            assertTrue(az.bounds().contains(b.bounds()) && vpc.bounds().contains(az.bounds())
                    && region.bounds().contains(vpc.bounds()));
            assertEquals(index.isPublic(subnet), b.publicSubnet(), b.key());
        }
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}")
    @MethodSource("topologies")
    void siblingsDoNotOverlap(String name, boolean all) {
        Diagram d = layout(name, all);
        Map<String, List<Box>> byParent = new java.util.HashMap<>();
        for (Box b : d.boxes()) {
            if (b.parentKey() != null) {
                byParent.computeIfAbsent(b.parentKey(), k -> new ArrayList<>()).add(b);
            }
        }
        for (List<Box> siblings : byParent.values()) {
            // sweep by x so the large topology stays quick
            List<Box> sorted = new ArrayList<>(siblings);
            sorted.sort(java.util.Comparator.comparingDouble(b -> b.bounds().x()));
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size() && sorted.get(j).bounds().x() < sorted.get(i).bounds().maxX(); j++) {
                    Box a = sorted.get(i);
                    Box b = sorted.get(j);
                    assertFalse(a.bounds().intersects(b.bounds()), a.key() + " overlaps " + b.key());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}")
    @MethodSource("topologies")
    void sameInputSameDiagram(String name, boolean all) {
        assertEquals(layout(name, all), layout(name, all));
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}")
    @MethodSource("topologies")
    void everyConnectionHasItsBadgeInJobOrder(String name, boolean all) {
        Snapshot s = snapshot(name);
        GlueJob job = s.jobs().get(0);
        Diagram d = DiagramLayout.compute(new SnapshotIndex(s), job, new LayoutOptions(all));
        List<Box> badges = d.badges();
        assertEquals(job.connectionNames().size(), badges.size());
        for (int i = 0; i < badges.size(); i++) {
            assertEquals(i + 1, badges.get(i).order());
            assertEquals(String.valueOf(i + 1), badges.get(i).title());
            assertEquals(job.connectionNames().get(i), badges.get(i).ref().id());
        }
        Set<String> keys = new HashSet<>();
        for (Box b : d.boxes()) {
            assertTrue(keys.add(b.key()), "duplicate key " + b.key());
        }
        for (Edge e : d.edges()) {
            assertTrue(keys.contains(e.fromKey()) && keys.contains(e.toKey()), e.key());
        }
    }

    @Test
    void onlyTheVpcsTheJobTouchesUnlessAskedForAll() {
        Snapshot s = LargeTopology.build();
        SnapshotIndex index = new SnapshotIndex(s);
        GlueJob few = s.jobs().get(0).withConnectionNames(List.of("bench-conn-3-0", "bench-conn-7-1"));
        Diagram d = DiagramLayout.compute(index, few, LayoutOptions.defaults());
        assertEquals(List.of("vpc-bench0003", "vpc-bench0007"),
                d.boxesOf(ElementKind.VPC).stream().map(b -> b.ref().id()).toList());
        Diagram all = DiagramLayout.compute(index, few, LayoutOptions.defaults().withShowAllVpcs(true));
        assertEquals(LargeTopology.VPCS, all.boxesOf(ElementKind.VPC).size());
        assertEquals(LargeTopology.VPCS * LargeTopology.SUBNETS_PER_VPC, all.boxesOf(ElementKind.SUBNET).size());
    }

    @Test
    void threeAzShowsTheWayOutOfEachPrivateSubnet() {
        Snapshot s = Samples.get("three-az");
        Diagram d = DiagramLayout.compute(new SnapshotIndex(s), s.jobs().get(0), LayoutOptions.defaults());
        List<String> traffic = d.edges().stream().filter(e -> e.kind() == EdgeKind.TRAFFIC).map(Edge::key).toList();
        assertTrue(traffic.contains("traffic:subnet:subnet-0c33private001a>rtb:rtb-0c33private0001a"), traffic.toString());
        assertTrue(traffic.contains("traffic:rtb:rtb-0c33private0001a>nat:nat-0c33natgw00001a"), traffic.toString());
        assertTrue(traffic.contains("traffic:rtb:rtb-0c33public000001>igw:vpc-0c33data000000001:igw-0c33data00000001"));
        Box table = d.box("rtb:rtb-0c33private0001a").orElseThrow();
        assertEquals("0.0.0.0/0 \u2192 nat-0c33natgw00001a", table.routes().get(0).text());
        // the NAT sits in its public subnet, and the private table sits under its AZ column
        assertEquals("subnet:subnet-0c33public0001a", d.box("nat:nat-0c33natgw00001a").orElseThrow().parentKey());
        Box column = d.box("az:vpc-0c33data000000001:use1-az1").orElseThrow();
        assertEquals(column.bounds().x(), table.bounds().x(), 0.01);
        assertEquals("us-east-1a", column.title());
        assertEquals("use1-az1", column.subtitle());
    }

    @Test
    void gatewayEndpointSitsUnderTheTableThatCarriesIt() {
        Snapshot s = Samples.get("endpoint-wrong-table");
        Diagram d = DiagramLayout.compute(new SnapshotIndex(s), s.jobs().get(0), LayoutOptions.defaults());
        Box endpoint = d.box("vpce:vpce-0e55s3gateway01").orElseThrow();
        Box table = d.box("rtb:rtb-0e55private001b").orElseThrow();
        assertTrue(endpoint.bounds().y() >= table.bounds().maxY());
        assertTrue(endpoint.bounds().x() >= table.bounds().x() && endpoint.bounds().maxX() <= table.bounds().maxX());
        assertTrue(d.edges().stream().anyMatch(e -> e.fromKey().equals(table.key()) && e.toKey().equals(endpoint.key())));
    }

    @Test
    void connectionsWithoutADrawnSubnetStillGetABadge() {
        Snapshot s = Samples.get("three-az");
        GlueJob job = s.jobs().get(0).withConnectionNames(List.of("ghost-connection", "orders-db-1b"));
        Diagram d = DiagramLayout.compute(new SnapshotIndex(s), job, LayoutOptions.defaults());
        Box ghost = d.badges().get(0);
        assertEquals("region", ghost.parentKey());
        assertTrue(ghost.subtitle().contains("not in the snapshot"));
        assertEquals(1, d.lanes().stream().filter(l -> l.key().equals("lane:unplaced")).count());
    }
}
