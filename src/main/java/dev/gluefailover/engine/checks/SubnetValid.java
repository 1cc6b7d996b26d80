package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.SUBNET;
import static dev.gluefailover.model.ElementKind.VPC;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;
import java.util.Optional;

/**
 * The connection's subnet exists, is {@code available} and has a VPC id [DOC S1]. Glue says
 * "VPC Id not found for subnet ..." [FIELD F1]. The checks that need the subnet run only when this passes.
 */
public final class SubnetValid extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("SUBNET_INVALID",
            "Subnet exists and is available", CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1, Source.S4),
            "VPC Id not found for subnet ...");

    public SubnetValid() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        String id = c.connection().subnetId();
        Subnet subnet = c.subnet();
        if (c.simulation().isSubnetDeleted(id)) {
            return result(CheckStatus.FAIL, text("SUBNET_INVALID.deleted", id),
                    evidence(Evidence.element("subnetId", SUBNET, id), Evidence.fact("simulated", text("evidence.subnetDeleted"))));
        }
        if (subnet == null) {
            Optional<LoadProblem> p = c.problem(EC2_SUBNETS, id);
            if (p.isPresent()) {
                return couldNotRead(p.get(), text("what.subnet", id), evidence(Evidence.element("subnetId", SUBNET, id)));
            }
            return result(CheckStatus.FAIL, text("SUBNET_INVALID.missing", id),
                    evidence(Evidence.element("subnetId", SUBNET, id)));
        }
        if (subnet.vpcId() == null) {
            return result(CheckStatus.FAIL, text("SUBNET_INVALID.noVpc", id),
                    evidence(Evidence.element("subnetId", SUBNET, id), Evidence.fact("state", subnet.state())));
        }
        List<Evidence> evidence = evidence(Evidence.element("subnetId", SUBNET, id),
                Evidence.element("vpcId", VPC, subnet.vpcId()), Evidence.fact("state", subnet.state()));
        if (!"available".equals(subnet.state())) {
            return result(CheckStatus.FAIL, text("SUBNET_INVALID.state", id, subnet.state()), evidence);
        }
        return result(CheckStatus.PASS, text("SUBNET_INVALID.pass", id, subnet.vpcId()), evidence);
    }
}
