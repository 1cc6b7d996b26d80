package dev.gluefailover.design;

import static dev.gluefailover.design.DesignFixtures.DIR;
import static dev.gluefailover.design.DesignFixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotFormat;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hand-written `terraform show -json` plan with one resource of each type the importer reads. */
class TerraformPlanTest {
    private static final Path PLAN = DIR.resolve("terraform/single-nat.plan.json");

    private static DesignImport.Result plan() throws Exception {
        return DesignImport.terraformPlan(PLAN, DesignImport.Options.defaults());
    }

    @Test
    void valuesKnownAfterApplyAreJoinedThroughTheConfigurationsReferences() throws Exception {
        DesignImport.Result r = plan();
        assertEquals(List.of(), r.warnings());
        Snapshot s = r.snapshot();
        assertEquals("eu-west-1", s.region().name());
        // aws_subnet.vpc_id ← aws_vpc.data.id
        assertTrue(s.subnets().stream().allMatch(x -> "vpc-aws_vpc.data".equals(x.vpcId())));
        // aws_glue_connection subnet_id ← aws_subnet.private[count.index].id
        GlueConnection b = s.connection("tf-orders-b").orElseThrow();
        assertEquals("subnet-aws_subnet.private[1]", b.subnetId());
        assertEquals("eu-west-1b", b.availabilityZone());
        assertEquals(List.of("sg-aws_security_group.glue"), b.securityGroupIds());
        // aws_route (nat_gateway_id ← aws_nat_gateway.nat.id) on a table made main by aws_main_route_table_association
        RouteTable main = s.routeTables().stream().filter(RouteTable::isMain).findFirst().orElseThrow();
        assertEquals("rtb-aws_route_table.private", main.routeTableId());
        assertEquals("nat-aws_nat_gateway.nat", main.routes().stream().filter(x -> x.natGatewayId() != null)
                .findFirst().orElseThrow().natGatewayId());
        // the inline route to the internet gateway, and the endpoint on the public table via its association
        RouteTable pub = s.routeTables().stream().filter(t -> t.routeTableId().equals("rtb-aws_route_table.public"))
                .findFirst().orElseThrow();
        assertTrue(pub.routes().stream().anyMatch(x -> "igw-aws_internet_gateway.igw".equals(x.gatewayId())));
        assertEquals(3, pub.associations().size());
        assertEquals(List.of("rtb-aws_route_table.public"), s.vpcEndpoints().get(0).routeTableIds());
        assertEquals(List.of("vpc-aws_vpc.data"), s.internetGateways().get(0).attachedVpcIds());
        // every kind of security-group rule: inline self, aws_security_group_rule, the two vpc_security_group rules
        SecurityGroup sg = s.securityGroups().get(0);
        assertEquals(List.of("sg-aws_security_group.glue"), sg.ingress().get(0).groupIds());
        assertEquals(List.of("10.80.0.0/16"), sg.ingress().get(1).cidrs());
        assertEquals(2, sg.egress().size());
        assertEquals("-1", sg.egress().get(0).ipProtocol());
        // the role and its policy attachment
        assertEquals("arn:aws:iam::{account}:role/tf-orders-glue", s.jobs().get(0).role());
        assertEquals(8, s.rolePermissions().size());
        assertTrue(r.ignored().contains("aws_s3_bucket"));
    }

    @Test
    void theVerdictsAreTheSingleNatSamples() throws Exception {
        DesignImport.Result r = plan();
        assertEquals("tf-orders-a", evaluate(r).chosen().orElseThrow().name());
        Evaluation outage = evaluate(r, new AzOutage("eu-west-1a"));
        ConnectionEvaluation chosen = outage.chosen().orElseThrow();
        assertEquals("tf-orders-b", chosen.name());
        assertEquals(CheckStatus.FAIL, chosen.result("NAT_IN_FAILED_AZ").orElseThrow().status());
        assertFalse(outage.runWouldSucceed());
    }

    @Test
    void thePasswordInThePlanNeverReachesTheSnapshot() throws Exception {
        assertTrue(Files.readString(PLAN).contains("plan-password-never-printed"));
        String written = new SnapshotWriter().toText(plan().snapshot(), SnapshotFormat.JSON);
        assertFalse(written.contains("plan-password-never-printed"));
        assertFalse(written.contains("PASSWORD"));
    }

    @Test
    void aReferenceThatCannotBeJoinedIsANamedUnknown() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode plan = (ObjectNode) m.readTree(PLAN.toFile());
        // the connections' configuration now points at a module output the plan does not hold
        for (var r : plan.path("configuration").path("root_module").path("resources")) {
            if (r.path("address").asText().equals("aws_glue_connection.orders")) {
                ((ObjectNode) r.path("expressions").path("physical_connection_requirements").get(0))
                        .set("subnet_id", m.readTree("{\"references\": [\"module.network.private_subnet_ids\", "
                                + "\"module.network\"]}"));
            }
        }
        DesignImport.Result r = DesignImport.terraformPlan(m.writeValueAsBytes(plan), "edited.plan.json",
                DesignImport.Options.defaults());
        assertTrue(r.warnings().stream().anyMatch(w -> "aws_glue_connection.orders[0]".equals(w.logicalId())
                && w.text().contains("module.network.private_subnet_ids")), r.warnings().toString());
        ConnectionEvaluation a = evaluate(r).connections().get(0);
        assertEquals(Verdict.UNKNOWN, a.verdict());
        assertTrue(a.connection().subnetId().contains("module.network.private_subnet_ids"));
    }

    @Test
    void aTemplateGivenAsAPlanAndAPlanAsATemplateSayWhichOptionToUse() {
        DesignException asPlan = assertThrows(DesignException.class, () -> DesignImport.terraformPlan(
                DIR.resolve("cdk/SeedPairStack.template.json"), DesignImport.Options.defaults()));
        assertTrue(asPlan.getMessage().contains("--template"), asPlan.getMessage());
        DesignException asTemplate = assertThrows(DesignException.class,
                () -> DesignImport.template(PLAN, DesignImport.Options.defaults()));
        assertTrue(asTemplate.getMessage().contains("--terraform-plan"), asTemplate.getMessage());
        assertNull(asTemplate.getCause());
    }
}
