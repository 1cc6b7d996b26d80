package dev.gluefailover.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResilienceTest {
    private static Resilience of(String sample) {
        Engine engine = new Engine(Samples.get(sample));
        return Resilience.of(engine, engine.job(null), Simulation.NONE, RuleSettings.defaults());
    }

    private static Optional<Resilience.SinglePointOfFailure> spof(Resilience r, Resilience.Kind kind) {
        return r.singlePointsOfFailure().stream().filter(p -> p.kind() == kind).findFirst();
    }

    private static List<String> labels(List<WhatIfMatrix.Outcome> outcomes) {
        return outcomes.stream().map(WhatIfMatrix.Outcome::label).toList();
    }

    @Test
    void oneSharedNatIsASinglePointOfFailure() {
        Resilience r = of("single-nat");
        assertFalse(r.survivesAnySingleAzOutage());
        assertEquals(List.of("us-east-1a (use1-az1)"), labels(r.azOutage().fatal()), "the NAT's AZ");
        assertFalse(r.survivesAnySingleNatGatewayFailure());
        assertTrue(r.survivesAnySingleEndpointRemoval());
        assertEquals(List.of("us-east-1a (use1-az1)", "nat-0c33natgw00001a"), labels(r.failingScenarios()));
        assertEquals("Glue picks #2 orders-db-1b but the run fails (NAT_IN_FAILED_AZ)",
                r.failingScenarios().get(0).describe());

        Resilience.SinglePointOfFailure nat = spof(r, Resilience.Kind.NAT_GATEWAY).orElseThrow();
        assertEquals(List.of(new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a"),
                new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1")), nat.elements());
        assertEquals("NAT gateway nat-0c33natgw00001a in us-east-1a (use1-az1) carries every connection", nat.text());
        assertFalse(nat.scenario().orElseThrow().survives(), "the matrix agrees: its failure stops the job");
        assertEquals("one route table, rtb-0c33private000001, serves every connection's subnet",
                spof(r, Resilience.Kind.ROUTE_TABLE).orElseThrow().text());
        assertTrue(spof(r, Resilience.Kind.AVAILABILITY_ZONE).isEmpty(), "the connections are in three zones");
        assertTrue(spof(r, Resilience.Kind.S3_ENDPOINT).isEmpty());
    }

    @Test
    void aNatPerZoneSurvivesEverySingleFailure() {
        Resilience r = of("three-az");
        assertTrue(r.survivesAnySingleAzOutage());
        assertTrue(r.survivesAnySingleNatGatewayFailure());
        assertTrue(r.survivesAnySingleEndpointRemoval());
        assertEquals(List.of(), r.failingScenarios());
        assertTrue(spof(r, Resilience.Kind.NAT_GATEWAY).isEmpty());
        assertEquals(List.of(), r.singlePointsOfFailure());
    }

    @Test
    void theFieldTestRestsOnOneZoneAndOneEndpoint() {
        Resilience r = of("seed-article");
        assertFalse(r.survivesAnySingleAzOutage());
        assertTrue(r.survivesAnySingleNatGatewayFailure(), "no NAT to fail");
        assertEquals(0, r.natGatewayFailure().candidates());
        assertFalse(r.survivesAnySingleEndpointRemoval());
        assertEquals(List.of("ap-northeast-1a (apne1-az4)", "vpce-0b22aurora00s3gw1"), labels(r.failingScenarios()));
        assertEquals(List.of(Resilience.Kind.AVAILABILITY_ZONE, Resilience.Kind.S3_ENDPOINT),
                r.singlePointsOfFailure().stream().map(Resilience.SinglePointOfFailure::kind).toList());
        Resilience.SinglePointOfFailure zone = r.singlePointsOfFailure().get(0);
        assertEquals(List.of(new ElementRef(ElementKind.AVAILABILITY_ZONE, "apne1-az4")), zone.elements());
        assertEquals("every connection is in ap-northeast-1a (apne1-az4)", zone.text());
        assertEquals("one S3 endpoint, vpce-0b22aurora00s3gw1, carries every connection",
                r.singlePointsOfFailure().get(1).text());
        assertFalse(r.singlePointsOfFailure().get(1).scenario().orElseThrow().survives());
    }

    @Test
    void aJobOutsideTheVpcsHasNoSinglePointOfFailure() {
        Resilience r = of("no-vpc");
        assertEquals(List.of(), r.singlePointsOfFailure());
        assertTrue(r.survivesAnySingleAzOutage());
        assertTrue(r.survivesAnySingleNatGatewayFailure());
        assertTrue(r.survivesAnySingleEndpointRemoval());
    }

    @Test
    void theSummariesAreTheMatrixs() {
        Engine engine = new Engine(Samples.get("single-nat"));
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), Simulation.NONE, RuleSettings.defaults(), false);
        Resilience r = Resilience.of(engine.index(),
                engine.evaluate(engine.job(null), Simulation.NONE, RuleSettings.defaults()), m);
        assertEquals(m.summary(), r.summaries());
    }
}
