package dev.gluefailover.design;

import static dev.gluefailover.design.DesignFixtures.cdk;
import static dev.gluefailover.design.DesignFixtures.evaluate;
import static dev.gluefailover.design.DesignFixtures.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Templates written by the real AWS CDK (src/test/cdk/app.js, synthesised by synth.sh) give the
 * verdicts of the matching built-in samples.
 */
class CdkTemplatesTest {

    @Test
    void theSeedPairSkipsThePrivateOnlyVpcAndChoosesTheSecond() throws Exception {
        DesignImport.Result r = template(cdk("SeedPairStack"));
        Evaluation e = evaluate(r);
        assertEquals("aurora-connection", e.chosen().orElseThrow().name());
        ConnectionEvaluation first = e.connections().get(0);
        assertEquals("private-only-connection", first.name());
        assertEquals(Verdict.SKIPPED, first.verdict());
        assertEquals("NO_S3_ENDPOINT_OR_NAT", first.blockingCheck().orElseThrow().code());
        assertTrue(e.choiceCertain());
        assertTrue(e.runWouldSucceed());
        // the endpoint is on the chosen subnet's table, as the CDK's addGatewayEndpoint puts it on every table
        assertTrue(e.chosen().orElseThrow().result("NO_S3_ENDPOINT_OR_NAT").orElseThrow().evidence()
                .get("s3GatewayEndpoint").startsWith("vpce-AuroraVpcS3Endpoint"));
    }

    @Test
    void oneNatGatewayWithItsZoneOutPicksTheNextConnectionAndTheRunFails() throws Exception {
        DesignImport.Result r = template(cdk("SingleNatStack"));
        Evaluation normal = evaluate(r);
        assertEquals("orders-db-a", normal.chosen().orElseThrow().name());
        assertTrue(normal.runWouldSucceed());
        Evaluation outage = evaluate(r, new AzOutage("us-east-1a"));
        ConnectionEvaluation chosen = outage.chosen().orElseThrow();
        assertEquals("orders-db-b", chosen.name());
        assertEquals(Verdict.SKIPPED, outage.connections().get(0).verdict());
        assertEquals("AZ_UNHEALTHY", outage.connections().get(0).blockingCheck().orElseThrow().code());
        CheckResult nat = chosen.result("NAT_IN_FAILED_AZ").orElseThrow();
        assertEquals(CheckStatus.FAIL, nat.status());
        assertTrue(nat.evidence().get("natGateway").startsWith("nat-DataVpcpublicSubnet1NATGateway"));
        assertFalse(outage.runWouldSucceed());
        assertEquals(Evaluation.Outcome.RUN_FAILS, outage.outcome());
    }

    @Test
    void threeNatGatewaysSurviveAnySingleZoneOutageByZoneName() throws Exception {
        DesignImport.Result r = template(cdk("ThreeNatStack"));
        Engine engine = new Engine(r.snapshot());
        WhatIfMatrix m = WhatIfMatrix.compute(engine, engine.job(null), dev.gluefailover.engine.Simulation.NONE,
                RuleSettings.defaults(), false);
        // no zone ids before deployment: the matrix fails the zones by name, all three of them
        List<String> zones = m.singles().stream().filter(o -> o.failures().get(0) instanceof AzOutage)
                .map(o -> o.failures().get(0).target()).toList();
        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"), zones);
        assertTrue(m.summary().stream().allMatch(s -> s.survives()), m.summary().toString());
        Evaluation outage = evaluate(r, new AzOutage("us-east-1a"));
        assertEquals("orders-db-b", outage.chosen().orElseThrow().name());
        assertTrue(outage.runWouldSucceed());
    }

    @Test
    void anEndpointOnOneRouteTableOnlyServesThatSubnet() throws Exception {
        Evaluation e = evaluate(template(cdk("PartialEndpointStack")));
        assertEquals(Verdict.SKIPPED, e.connections().get(0).verdict());
        assertEquals("NO_S3_ENDPOINT_OR_NAT", e.connections().get(0).blockingCheck().orElseThrow().code());
        assertEquals("lake-db-2", e.chosen().orElseThrow().name());
        assertTrue(e.runWouldSucceed());
    }

    @Test
    void whatCdkWritesBesidesTheNetworkIsCountedNotWarnedAbout() throws Exception {
        for (String stack : List.of("SeedPairStack", "SingleNatStack", "ThreeNatStack", "PartialEndpointStack")) {
            DesignImport.Result r = template(cdk(stack));
            assertEquals(List.of(), r.warnings(), stack);
            assertNotNull(r.ignored(), stack);
            assertTrue(r.ignored().contains("AWS::CDK::Metadata"), r.ignored());
            assertTrue(r.ignored().contains("Custom::VpcRestrictDefaultSG"), r.ignored());
            assertTrue(r.ignored().contains("AWS::S3::Bucket"), r.ignored());
            assertFalse(r.ignored().contains("AWS::EC2::"), r.ignored());
        }
    }

    @Test
    void unobservedValuesAreAssumptionsAndSaySo() throws Exception {
        Snapshot s = template(cdk("SingleNatStack")).snapshot();
        // a zone that came from the CDK context is a literal: no Fn::GetAZs assumption, but zone ids unknown
        assertTrue(s.assumptions().stream().noneMatch(a -> "availabilityZone".equals(a.field())));
        assertTrue(field(s, "availabilityZoneId").text().contains("by zone name"));
        assertTrue(field(s, "state").text().contains("available"));
        Assumption freeIps = s.assumptions().stream().filter(a -> "availableIpAddressCount".equals(a.field()))
                .findFirst().orElseThrow();
        assertTrue(freeIps.text().contains("251"), freeIps.text());
        assertEquals(251, s.subnet(freeIps.elementId()).orElseThrow().availableIpAddressCount());
        assertTrue(field(s, "rolePermissions").text().contains("AWSGlueServiceRole"));
        // the implicit main route table exists though no resource declares it
        RouteTable main = s.routeTables().stream().filter(RouteTable::isMain).findFirst().orElseThrow();
        assertEquals("rtb-DataVpcAF5158DA-main", main.routeTableId());
        assertEquals("us-east-1", s.region().name());

        Snapshot agnostic = template(cdk("SeedPairStack")).snapshot();
        assertTrue(field(agnostic, "availabilityZone").text().contains("us-east-1a, us-east-1b, us-east-1c"));
        assertTrue(field(agnostic, "region").text().contains("us-east-1"));
    }

    @Test
    void theConnectionPasswordIsNeverKeptOrWritten() throws Exception {
        String fixture = Files.readString(cdk("SeedPairStack"));
        assertTrue(fixture.contains("fixture-password-never-printed"), "the fixture carries a password to hide");
        Snapshot s = template(cdk("SeedPairStack")).snapshot();
        for (SnapshotFormat f : SnapshotFormat.values()) {
            String text = new SnapshotWriter().toText(s, f);
            assertFalse(text.contains("fixture-password-never-printed"), f.toString());
            assertFalse(text.contains("PASSWORD"), f.toString());
            // and the design's snapshot, assumptions included, reads back as it was written
            assertEquals(s, new SnapshotReader().read(text.getBytes(StandardCharsets.UTF_8), "design." + f.name()
                    .toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static Assumption field(Snapshot s, String field) {
        return s.assumptions().stream().filter(a -> field.equals(a.field())).findFirst()
                .orElseThrow(() -> new AssertionError("no assumption of " + field + " in " + s.assumptions()));
    }
}
