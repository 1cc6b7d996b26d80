package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.VPC;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Every security group of the connection belongs to the subnet's VPC [DOC S5]: an ENI takes only
 * groups of its own VPC, so a group of another VPC fails the run when Glue creates the ENIs.
 */
public final class SecurityGroupsInSubnetVpc extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("SG_OTHER_VPC",
            "The security groups belong to the subnet's VPC", CheckKind.RUN, SourceTag.DOC, List.of(Source.S5),
            "A security group of another VPC cannot be attached to the run's ENIs.");

    public SecurityGroupsInSubnetVpc() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        String vpcId = c.subnet().vpcId();
        List<String> other = new ArrayList<>(1);
        List<String> unknown = new ArrayList<>(1);
        for (String id : c.connection().securityGroupIds()) {
            SecurityGroup sg = c.index().securityGroup(id).orElse(null);
            if (sg == null || sg.vpcId() == null) {
                // A group the snapshot lacks is SG_NO_SELF_INGRESS's and SG_NO_EGRESS's to report.
                unknown.add(id);
            } else if (!sg.vpcId().equals(vpcId)) {
                other.add(id + " (" + sg.vpcId() + ")");
            }
        }
        List<Evidence> evidence = evidence(Evidence.element("subnetVpc", VPC, vpcId),
                other.isEmpty() ? null : Evidence.fact("otherVpc", String.join(", ", other)),
                unknown.isEmpty() ? null : Evidence.fact("vpcUnknown", String.join(", ", unknown)));
        if (!other.isEmpty()) {
            return result(CheckStatus.FAIL, text(other.size() == 1 ? "SG_OTHER_VPC.failOne" : "SG_OTHER_VPC.failMany",
                    String.join(", ", other), vpcId), evidence);
        }
        if (c.connection().securityGroupIds().isEmpty()) {
            return result(CheckStatus.PASS, text("SG_OTHER_VPC.none"), evidence);
        }
        if (!unknown.isEmpty() && unknown.size() == c.connection().securityGroupIds().size()) {
            return result(CheckStatus.UNKNOWN, text("SG_OTHER_VPC.unknown", String.join(", ", unknown)),
                    evidence);
        }
        return result(CheckStatus.PASS, unknown.isEmpty() ? text("SG_OTHER_VPC.pass", vpcId)
                : text("SG_OTHER_VPC.passSomeUnknown", vpcId, String.join(", ", unknown)), evidence);
    }
}
