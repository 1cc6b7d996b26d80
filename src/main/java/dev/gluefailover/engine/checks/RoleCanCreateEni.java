package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The run's ENIs are created in the chosen subnet as the job's role [FIELD F1]: a role denied
 * {@link JobRoleActions#CREATE_ENI} lets Glue choose the connection, and the run fails.
 */
public final class RoleCanCreateEni extends RolePermissionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("ROLE_CANNOT_CREATE_ENI",
            "The job's role may create the run's network interfaces", CheckKind.RUN, SourceTag.FIELD,
            List.of(Source.F1), "The job's role needs ec2:CreateNetworkInterface, ec2:DeleteNetworkInterface, "
                    + "ec2:DescribeNetworkInterfaces and ec2:CreateTags to place the run in the subnet.");

    public RoleCanCreateEni() {
        super(DEFINITION, JobRoleActions.CREATE_ENI);
    }

    @Override
    protected Text purpose() {
        return text("ROLE_CANNOT_CREATE_ENI.purpose", String.join(", ", JobRoleActions.CREATE_ENI));
    }

    @Override
    protected CheckResult denied(CheckContext c, Answer a) {
        return result(CheckStatus.FAIL, text("ROLE_CANNOT_CREATE_ENI.fail", a.role(), actionsOf(a),
                c.connection().subnetId()), a.evidence());
    }
}
