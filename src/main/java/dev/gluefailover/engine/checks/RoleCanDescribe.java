package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.LaunchEffect;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * Glue runs its selection checks as the job's IAM role [FIELD F1]: a role that may not call
 * {@link JobRoleActions#DESCRIBE} fails them with "... is not authorized to perform:
 * ec2:DescribeSubnets ... VPC Id not found for subnet ...". Whether that skips the connection or
 * ends the launch is {@code roleDenialEffect} [INF]. The role is the job's, so the answer is the
 * same for every connection; the engine treats an UNKNOWN here as one uncertainty of the whole
 * job, not as an undecided connection.
 */
public final class RoleCanDescribe extends RolePermissionCheck implements LaunchGate {
    public static final CheckDefinition DEFINITION = new CheckDefinition("ROLE_CANNOT_DESCRIBE",
            "The job's role may describe the network", CheckKind.SELECTION, SourceTag.FIELD, List.of(Source.F1),
            "... is not authorized to perform: ec2:DescribeSubnets ... VPC Id not found for subnet ... and "
                    + "availability zone ...");

    public RoleCanDescribe() {
        super(DEFINITION, JobRoleActions.DESCRIBE);
    }

    @Override
    protected Text purpose() {
        return text("ROLE_CANNOT_DESCRIBE.purpose", String.join(", ", JobRoleActions.DESCRIBE));
    }

    @Override
    public LaunchEffect effect(RuleSettings settings) {
        return settings.choice(Setting.ROLE_DENIAL_EFFECT, LaunchEffect.class);
    }

    @Override
    protected CheckResult denied(CheckContext c, Answer a) {
        String subnet = c.connection().subnetId();
        String az = c.connection().availabilityZone();
        Text effect = effect(c.settings()) == LaunchEffect.STOP ? text("ROLE_CANNOT_DESCRIBE.launchFails")
                : text("ROLE_CANNOT_DESCRIBE.skips");
        String glue = "... is not authorized to perform: " + actionsOf(a) + " ... VPC Id not found for subnet " + subnet
                + (az == null ? "" : " and availability zone " + az); // Glue's own message, as Glue prints it
        return result(CheckStatus.FAIL, text("ROLE_CANNOT_DESCRIBE.fail", a.role(), actionsOf(a), glue, effect),
                a.evidence(),
                List.of(Setting.ROLE_DENIAL_EFFECT.key()));
    }
}
