package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.network;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.local;
import static dev.gluefailover.snapshot.SnapshotBuilder.s3PrefixListTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NO_S3_ROUTE_NO_PROXY: with --disable-proxy-v2 the VPC itself must route to S3 [DOC S8]. */
class S3WithoutProxyTest {
    private static final GlueJob NO_PROXY = new GlueJob("j", List.of("conn"), "G.1X", 2, null, 0, "5.0", null,
            Map.of("--disable-proxy-v2", "true"), null);

    private static CheckResult check(SnapshotBuilder b, GlueJob job, RuleSettings settings) {
        Engine engine = new Engine(b.job(job).build());
        return engine.evaluate(engine.job(job.name()), Simulation.NONE, settings).connections().get(0)
                .result("NO_S3_ROUTE_NO_PROXY").orElseThrow();
    }

    private static SnapshotBuilder narrowNat() {
        return withNat(network(), nat("available", "public"), Route.toNat("10.99.0.0/16", "nat-1"));
    }

    @Test
    void withoutTheArgumentGluesProxyCarriesS3() {
        GlueJob proxied = new GlueJob("j", List.of("conn"), "G.1X", 2, null, 0, "5.0", null,
                Map.of("--disable-proxy-v2", "false"), null);
        CheckResult r = check(narrowNat(), proxied, DEFAULTS);
        assertEquals(CheckStatus.PASS, r.status());
        assertTrue(r.message().contains("local proxy"), r.message());
    }

    @Test
    void aNatOnTheDefaultRouteOrAGatewayEndpointPasses() {
        SnapshotBuilder nat = withNat(network(), nat("available", "public"), defaultToNat("nat-1"));
        CheckResult viaNat = check(nat, NO_PROXY, DEFAULTS);
        assertEquals(CheckStatus.PASS, viaNat.status());
        assertEquals("nat-1", viaNat.evidence().get("natGateway"));
        SnapshotBuilder endpoint = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"),
                        s3PrefixListTo("pl-1", "vpce-1"))
                .s3GatewayEndpoint("vpce-1", "vpc-1", "rtb-1");
        assertEquals(CheckStatus.PASS, check(endpoint, NO_PROXY, DEFAULTS).status());
    }

    @Test
    void aNarrowNatRouteOrAPrivateNatFails() {
        CheckResult narrow = check(narrowNat(), NO_PROXY, DEFAULTS);
        assertEquals(CheckStatus.FAIL, narrow.status());
        assertTrue(narrow.message().contains("10.99.0.0/16 only"), narrow.message());
        assertTrue(narrow.message().contains("[DOC S8]"), narrow.message());
        SnapshotBuilder privateNat = withNat(network(), nat("available", "private"), defaultToNat("nat-1"));
        CheckResult p = check(privateNat, NO_PROXY, DEFAULTS);
        assertEquals(CheckStatus.FAIL, p.status());
        assertTrue(p.message().contains("private"), p.message());
        Route blackhole = new Route("0.0.0.0/0", null, null, "nat-gone", null, null, null, "blackhole");
        SnapshotBuilder gone = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), blackhole);
        CheckResult b = check(gone, NO_PROXY, DEFAULTS.with("blackholeNatRouteCounts", "true"));
        assertEquals(CheckStatus.FAIL, b.status());
        assertTrue(b.message().contains("blackhole"), b.message());
    }

    @Test
    void anInterfaceEndpointOrATransitGatewayIsNotARouteTheSnapshotCanFollow() {
        SnapshotBuilder iface = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"))
                .endpoint(new VpcEndpoint("vpce-if", "vpc-1", "Interface", "com.amazonaws.us-east-1.s3", "available",
                        List.of(), List.of("subnet-1")));
        assertEquals(CheckStatus.WARN, check(iface, NO_PROXY, DEFAULTS.with("s3InterfaceEndpointCounts", "true"))
                .status());
        Route toTgw = new Route("0.0.0.0/0", null, null, null, "tgw-1", null, null, "active");
        SnapshotBuilder tgw = network()
                .routeTable("rtb-1", "vpc-1", "private", List.of("subnet-1"), local("10.0.0.0/16"), toTgw);
        CheckResult r = check(tgw, NO_PROXY, DEFAULTS.with("natInstanceOrTgwCounts", "true"));
        assertEquals(CheckStatus.FAIL, r.status());
        assertTrue(r.message().contains("tgw-1"), r.message());
    }
}
