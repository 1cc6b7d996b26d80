package dev.gluefailover.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramMarksTest {

    record Case(Diagram diagram, Evaluation evaluation, DiagramMarks marks) {
    }

    private static Case of(String sample, SimulatedFailure... failures) {
        Engine engine = new Engine(Samples.get(sample));
        GlueJob job = engine.job(null);
        Evaluation e = engine.evaluate(job, Simulation.of(failures), RuleSettings.defaults());
        Diagram d = DiagramLayout.compute(engine.index(), job, LayoutOptions.defaults());
        return new Case(d, e, DiagramMarks.of(d, e));
    }

    /**
     * The chosen path goes subnet → its effective route table → what the egress check counted, and
     * never to a NAT gateway, endpoint or internet gateway the check did not count.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"seed-article, ''", "single-nat, ''", "three-az, ''", "three-az, use1-az1", "single-nat, use1-az1"})
    void chosenPathFollowsTheTypedEgress(String sample, String failedZone) {
        Case c = failedZone.isEmpty() ? of(sample) : of(sample, new SimulatedFailure.AzOutage(failedZone));
        ConnectionEvaluation chosen = c.evaluation().chosen().orElseThrow();
        EgressPath egress = chosen.egressPath().orElseThrow();
        assertNotNull(egress.routeTableId());
        assertFalse(egress.carriers().isEmpty(), "the samples' chosen connections leave through a NAT or S3 endpoint");

        Map<String, Edge> edges = c.diagram().edges().stream().collect(Collectors.toMap(Edge::key, e -> e));
        String subnetKey = "subnet:" + chosen.subnetId();
        ElementRef table = new ElementRef(ElementKind.ROUTE_TABLE, egress.routeTableId());
        Set<ElementRef> carriers = Set.copyOf(egress.carriers());
        int fromSubnet = 0;
        int toCarrier = 0;
        for (String key : c.marks().pathEdgeKeys()) {
            Edge e = edges.get(key);
            if (e.fromKey().equals(subnetKey)) {
                assertEquals(table, e.to(), key);
                fromSubnet++;
            } else {
                assertEquals(table, e.from(), key + " starts at the subnet's route table");
                assertTrue(carriers.contains(e.to()), key + " ends at something the egress check counted");
                assertEquals(EdgeKind.TRAFFIC, e.kind());
                toCarrier++;
            }
        }
        assertEquals(1, fromSubnet, sample);
        assertTrue(toCarrier >= 1, sample + ": the path reaches the NAT / endpoint");
        // every drawn line from that table to a counted carrier is on the path, every other one is not
        for (Edge e : c.diagram().edges()) {
            if (table.equals(e.from()) && e.kind() == EdgeKind.TRAFFIC) {
                assertEquals(carriers.contains(e.to()), c.marks().pathEdgeKeys().contains(e.key()), e.key());
            }
            if (e.to().kind() == ElementKind.INTERNET_GATEWAY) {
                assertFalse(c.marks().pathEdgeKeys().contains(e.key()), e.key());
            }
        }
        assertTrue(c.marks().pathBoxKeys().contains(subnetKey));
        // the path is red only when a failing run check is about something on it beyond the subnet
        // (NAT_IN_FAILED_AZ); a run short of free IPs marks its subnet, not the route to S3
        if (chosen.runWouldSucceed()) {
            assertFalse(c.marks().pathBroken(), sample);
            assertTrue(c.marks().blamedKeys().isEmpty(), sample);
        }
    }

    @Test
    void singleNatUnderAnOutageLeadsToTheNatInTheFailedZone() {
        Case c = of("single-nat", new SimulatedFailure.AzOutage("use1-az1"));
        ConnectionEvaluation chosen = c.evaluation().chosen().orElseThrow();
        List<String> nats = chosen.egressPath().orElseThrow().natGatewayIds();
        assertEquals(1, nats.size());
        assertTrue(c.marks().pathBoxKeys().contains("nat:" + nats.get(0)), c.marks().pathBoxKeys().toString());
        assertTrue(c.marks().pathBroken(), "the run would fail: NAT_IN_FAILED_AZ");
    }

    @Test
    void ipExhaustionMarksTheSubnetShortOfIpsNotTheRouteTableOrTheEndpoint() {
        Case c = of("ip-exhaustion");
        ConnectionEvaluation chosen = c.evaluation().chosen().orElseThrow();
        assertFalse(chosen.runWouldSucceed(), "IPS_BELOW_WORKERS");
        assertFalse(c.marks().pathBroken(), "the route to S3 is sound: the path stays green");
        assertEquals(java.util.Set.of("subnet:" + chosen.subnetId()), c.marks().blamedKeys());
    }

    @Test
    void natInAFailedZoneBlamesTheNatAndBreaksThePath() {
        Case c = of("single-nat", new SimulatedFailure.AzOutage("use1-az1"));
        assertTrue(c.marks().blamedKeys().contains("nat:nat-0c33natgw00001a"), c.marks().blamedKeys().toString());
        assertTrue(c.marks().pathBroken());
    }

    @Test
    void aFailedNatIsNotOnThePathWhenTheCheckDoesNotCountIt() {
        Case before = of("three-az");
        ConnectionEvaluation chosen = before.evaluation().chosen().orElseThrow();
        String nat = chosen.egressPath().orElseThrow().natGatewayIds().get(0);
        Case after = of("three-az", new SimulatedFailure.NatGatewayFailure(nat));
        assertTrue(after.marks().failed().contains(new ElementRef(ElementKind.NAT_GATEWAY, nat)));
        assertFalse(after.marks().pathBoxKeys().contains("nat:" + nat), after.marks().pathBoxKeys().toString());
    }

    @Test
    void anOutageMarksTheZoneColumnsByZoneIdAndDimsWhatIsInThem() {
        Case c = of("three-az", new SimulatedFailure.AzOutage("use1-az1"));
        ElementRef zone = new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1");
        assertTrue(c.marks().failed().contains(zone));
        assertEquals(Set.of("use1-az1"), c.marks().failedZones());
        for (Box s : c.diagram().boxesOf(ElementKind.SUBNET)) {
            Box parent = c.diagram().box(s.parentKey()).orElseThrow();
            assertEquals(parent.ref().equals(zone), c.marks().isDimmed(s), s.key());
        }
        c.diagram().badges().forEach(b -> assertFalse(c.marks().isDimmed(b)));
    }

    @Test
    void freeIpOverridesAndExhaustedSubnets() {
        Case base = of("three-az");
        String subnet = base.evaluation().chosen().orElseThrow().subnetId();
        Case c = of("three-az", new SimulatedFailure.SubnetIps(subnet, 0));
        assertEquals(Map.of(subnet, 0), c.marks().ipOverrides());
        assertTrue(c.marks().failed().contains(new ElementRef(ElementKind.SUBNET, subnet)));
        Case five = of("three-az", new SimulatedFailure.SubnetIps(subnet, 5));
        assertEquals(Map.of(subnet, 5), five.marks().ipOverrides());
        assertFalse(five.marks().failed().contains(new ElementRef(ElementKind.SUBNET, subnet)));
    }

    @Test
    void noEvaluationMarksNothing() {
        Case c = of("three-az");
        DiagramMarks none = DiagramMarks.none(c.diagram());
        assertTrue(none.failed().isEmpty() && none.pathEdgeKeys().isEmpty() && none.verdicts().isEmpty());
    }
}
