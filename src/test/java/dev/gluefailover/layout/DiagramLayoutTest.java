package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
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

    /** The window's centre (tall), a wide projector, and no target (the flow of old). */
    private static final double[] ASPECTS = {716.0 / 666, 2.0, 0};

    static Stream<Arguments> topologies() {
        List<Arguments> list = new ArrayList<>();
        for (String name : Samples.names()) {
            for (boolean all : new boolean[] {false, true}) {
                for (double aspect : ASPECTS) {
                    list.add(Arguments.of(name, all, aspect));
                }
            }
        }
        for (boolean all : new boolean[] {false, true}) {
            for (double aspect : new double[] {0.5, 1.6, 0}) {
                list.add(Arguments.of("large", all, aspect));
            }
        }
        return list.stream();
    }

    private static Snapshot snapshot(String name) {
        return name.equals("large") ? LargeTopology.build() : Samples.get(name);
    }

    private static Diagram layout(String name, boolean all, double aspect) {
        Snapshot s = snapshot(name);
        return DiagramLayout.compute(new SnapshotIndex(s), s.jobs().get(0), new LayoutOptions(all, aspect));
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void everyBoxSitsInItsParent(String name, boolean all, double aspect) {
        Diagram d = layout(name, all, aspect);
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

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void subnetInItsAzColumnInItsVpcInTheRegion(String name, boolean all, double aspect) {
        Snapshot s = snapshot(name);
        SnapshotIndex index = new SnapshotIndex(s);
        Diagram d = DiagramLayout.compute(index, s.jobs().get(0), new LayoutOptions(all, aspect));
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

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void siblingsDoNotOverlap(String name, boolean all, double aspect) {
        Diagram d = layout(name, all, aspect);
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

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void sameInputSameDiagram(String name, boolean all, double aspect) {
        assertEquals(layout(name, all, aspect), layout(name, all, aspect));
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void everyConnectionHasItsBadgeInJobOrder(String name, boolean all, double aspect) {
        Snapshot s = snapshot(name);
        GlueJob job = s.jobs().get(0);
        Diagram d = DiagramLayout.compute(new SnapshotIndex(s), job, new LayoutOptions(all, aspect));
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

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void theChosenArrangementIsTheLargestFitAndMeasuredRight(String name, boolean all, double aspect) {
        Diagram d = layout(name, all, aspect);
        int vpcs = d.boxesOf(ElementKind.VPC).size();
        assertEquals(Math.max(1, vpcs), d.arrangements().size());
        for (int i = 0; i < d.arrangements().size(); i++) {
            assertEquals(i + 1, d.arrangements().get(i).columns());
        }
        if (aspect <= 0) {
            return;
        }
        Arrangement chosen = d.arrangements().get(d.columns() - 1);
        // what was measured is what was built
        assertEquals(d.bounds().width(), chosen.width(), 0.001);
        assertEquals(d.bounds().height(), chosen.height(), 0.001);
        for (Arrangement a : d.arrangements()) {
            assertTrue(chosen.fitScale(aspect) >= a.fitScale(aspect) * (1 - 1e-9), a + " beats " + chosen);
            if (a.columns() < chosen.columns()) {
                assertTrue(a.fitScale(aspect) < chosen.fitScale(aspect), "a tie goes to fewer columns: " + a);
            }
        }
        // at most `columns` VPCs share a row
        Map<Double, Long> perRow = d.boxesOf(ElementKind.VPC).stream().collect(java.util.stream.Collectors
                .groupingBy(b -> b.bounds().y(), java.util.stream.Collectors.counting()));
        perRow.values().forEach(n -> assertTrue(n <= d.columns(), perRow.toString()));
    }

    @Test
    void seedArticleStacksItsVpcsInATallSpaceAndPutsThemSideBySideInAWideOne() {
        Box[] tall = vpcs(layout("seed-article", false, 716.0 / 666));
        assertEquals(tall[0].bounds().x(), tall[1].bounds().x(), 0.01);
        assertTrue(tall[1].bounds().y() >= tall[0].bounds().maxY(), "stacked: " + tall[0] + " / " + tall[1]);

        Diagram wideDiagram = layout("seed-article", false, 1376.0 / 676);
        Box[] wide = vpcs(wideDiagram);
        assertEquals(2, wideDiagram.columns());
        assertEquals(wide[0].bounds().y(), wide[1].bounds().y(), 0.01);
        assertTrue(wide[1].bounds().x() >= wide[0].bounds().maxX(), "side by side: " + wide[0] + " / " + wide[1]);

        // stacked, the window's centre shows the drawing clearly larger than side by side
        Diagram tallDiagram = layout("seed-article", false, 716.0 / 666);
        double stacked = Math.min(716 / tallDiagram.bounds().width(), 666 / tallDiagram.bounds().height());
        double sideBySide = Math.min(716 / wideDiagram.bounds().width(), 666 / wideDiagram.bounds().height());
        assertTrue(stacked > sideBySide * 1.2, stacked + " vs " + sideBySide);
        // no target: the flow of old, a few VPCs on one row
        assertEquals(2, layout("seed-article", false, 0).columns());
    }

    @Test
    void aLargeTopologyIsArrangedForTheShapeOfItsSpace() {
        Diagram tall = layout("large", true, 0.5);
        Diagram wide = layout("large", true, 3.0);
        assertTrue(tall.columns() < wide.columns(), tall.columns() + " vs " + wide.columns());
        assertTrue(tall.bounds().width() / tall.bounds().height() < wide.bounds().width() / wide.bounds().height());
        assertEquals(LargeTopology.VPCS, tall.boxesOf(ElementKind.VPC).size());
    }

    @ParameterizedTest(name = "{0}, all VPCs {1}, aspect {2}")
    @MethodSource("topologies")
    void linesDoNotCrossRouteTablesTheyDoNotEndAt(String name, boolean all, double aspect) {
        // a line through a table's "0.0.0.0/0 -> nat-..." row reads as a stray glyph in front of it
        Diagram d = layout(name, all, aspect);
        Map<String, List<Box>> tablesByVpc = new java.util.HashMap<>();
        Map<String, Box> byKey = d.boxesByKey();
        for (Box t : d.boxesOf(ElementKind.ROUTE_TABLE)) {
            tablesByVpc.computeIfAbsent(t.parentKey(), k -> new ArrayList<>()).add(t);
        }
        for (Edge e : d.edges()) {
            String vpc = vpcOf(byKey, e.fromKey());
            for (Box t : tablesByVpc.getOrDefault(vpc, List.of())) {
                if (t.key().equals(e.fromKey()) || t.key().equals(e.toKey())) {
                    continue;
                }
                for (int i = 1; i < e.points().size(); i++) {
                    Point a = e.points().get(i - 1);
                    Point b = e.points().get(i);
                    Rect seg = new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()),
                            Math.abs(a.y() - b.y()));
                    Rect inner = new Rect(t.bounds().x() + 1, t.bounds().y() + 1, t.bounds().width() - 2,
                            t.bounds().height() - 2);
                    boolean crosses = seg.x() <= inner.maxX() && seg.maxX() >= inner.x() && seg.y() <= inner.maxY()
                            && seg.maxY() >= inner.y();
                    assertFalse(crosses, e.key() + " crosses " + t.key());
                }
            }
        }
    }

    private static String vpcOf(Map<String, Box> byKey, String key) {
        Box b = byKey.get(key);
        while (b != null && b.kind() != ElementKind.VPC) {
            b = b.parentKey() == null ? null : byKey.get(b.parentKey());
        }
        return b == null ? null : b.key();
    }

    private static Box[] vpcs(Diagram d) {
        List<Box> list = d.boxesOf(ElementKind.VPC);
        assertEquals(2, list.size());
        return list.toArray(new Box[0]);
    }
}
