package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.eval;
import static dev.gluefailover.engine.checks.CheckNetwork.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one registration list: unique codes, every unit self-described, the list order is the evaluation order. */
class CheckCatalogueTest {

    @Test
    void healthyConnectionPassesEveryCheck() {
        ConnectionEvaluation c = eval(healthy(), DEFAULTS);
        assertEquals(Verdict.CHOSEN, c.verdict());
        c.checks().forEach(r -> assertEquals(CheckStatus.PASS, r.status(), r.code() + ": " + r.message()));
        CheckResult egress = c.result("NO_S3_ENDPOINT_OR_NAT").orElseThrow();
        assertEquals("rtb-1 (explicitly associated)", egress.evidence().get("routeTable"));
        assertTrue(egress.evidence().get("natRoute").startsWith("0.0.0.0/0 -> nat-1"));
        assertEquals("[DOC S1,S4,VPC]", egress.source());
    }

    @Test
    void everyCodeIsUnique() {
        Set<String> codes = new HashSet<>();
        for (ConnectionCheck c : CheckCatalogue.all()) {
            assertTrue(codes.add(c.code()), "two checks share " + c.code());
        }
        // The five gates (exists, ready, placed, role, subnet) and every check on a valid subnet, each with its own code.
        assertEquals(5 + CheckCatalogue.ON_VALID_SUBNET.size(), codes.size());
        assertTrue(codes.containsAll(List.of("NAT_ROUTE_NOT_DEFAULT", "PRIVATE_NAT_ONLY", "NO_S3_ROUTE_NO_PROXY",
                "SG_OTHER_VPC", "CONNECTION_NOT_READY",
                "ROLE_CANNOT_DESCRIBE", "ROLE_CANNOT_CREATE_ENI")), codes.toString());
    }

    @Test
    void everyUnitHoldsItsOwnDefinitionWithTitleSourceAndLink() throws Exception {
        for (ConnectionCheck c : CheckCatalogue.all()) {
            Field f = c.getClass().getField("DEFINITION");
            assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), c.code());
            assertEquals(c.definition(), f.get(null), c.code());
            CheckDefinition d = c.definition();
            assertFalse(d.title().isBlank(), d.code());
            assertFalse(d.description().isBlank(), d.code());
            assertTrue(d.link().startsWith("https://"), d.code());
            assertTrue(d.sourceLabel().startsWith("[" + d.tag().name() + " "), d.code());
            assertEquals(d, CheckCatalogue.definition(d.code()).orElseThrow());
        }
    }

    @Test
    void theListOrderIsTheEvaluationOrder() {
        List<String> catalogue = CheckCatalogue.all().stream().map(ConnectionCheck::code).toList();
        // A connection the snapshot lacks, one without a subnet, then a placed one with every check.
        SnapshotBuilder b = healthy().connection(new GlueConnection("net", "NETWORK", null, List.of(), null, null))
                .job(new GlueJob("job2", List.of("ghost", "net", "conn"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        List<ConnectionEvaluation> connections = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS)
                .connections();
        // Every connection the snapshot holds reports its status, so the flattened list repeats it.
        List<String> evaluated = connections.stream().flatMap(c -> c.checks().stream()).map(CheckResult::code)
                .distinct().toList();
        assertEquals(catalogue, evaluated);
        List<String> placed = new java.util.ArrayList<>(catalogue);
        placed.removeAll(List.of(CheckCatalogue.CONNECTION_EXISTS.code(), CheckCatalogue.NETWORK_PLACEMENT.code()));
        assertEquals(placed, connections.get(2).checks().stream().map(CheckResult::code).toList());
        // Selection checks on a valid subnet come before run checks.
        List<CheckKind> kinds = CheckCatalogue.ON_VALID_SUBNET.stream().map(c -> c.definition().kind()).toList();
        assertEquals(kinds.lastIndexOf(CheckKind.SELECTION) + 1, kinds.indexOf(CheckKind.RUN));
    }

    @Test
    void aSubnetThatIsNotValidReportsItsSelectionChecksAsNotChecked() {
        SnapshotBuilder b = healthy().connection(new GlueConnection("gone", "JDBC", "subnet-gone", List.of("sg-1"),
                "us-east-1a", null)).job(new GlueJob("job2", List.of("gone"), "G.1X", 2, null, 0, "5.0"));
        Engine engine = new Engine(b.build());
        ConnectionEvaluation c = engine.evaluate(engine.job("job2"), Simulation.NONE, DEFAULTS).connections().get(0);
        List<String> expected = new java.util.ArrayList<>(List.of(CheckCatalogue.CONNECTION_STATUS.code(),
                CheckCatalogue.ROLE_CAN_DESCRIBE.code(), CheckCatalogue.SUBNET_VALID.code()));
        CheckCatalogue.ON_VALID_SUBNET.stream().filter(u -> u.definition().kind() == CheckKind.SELECTION)
                .map(ConnectionCheck::code).forEach(expected::add);
        assertEquals(expected, c.checks().stream().map(CheckResult::code).toList());
        c.checks().stream().skip(3).forEach(r -> assertEquals("Not checked: the subnet is not valid.", r.message()));
        assertEquals(null, c.egress());
    }

    @Test
    void everyPassingEvaluationHasItsEgressPath() {
        ConnectionEvaluation c = eval(healthy(), DEFAULTS);
        assertEquals(Verdict.CHOSEN, c.verdict());
        assertNotNull(c.egress());
        assertEquals(List.of("nat-1"), c.egress().natGatewayIds());
    }
}
