package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
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
    protected String purpose() {
        return "describe the network (" + String.join(", ", JobRoleActions.DESCRIBE) + ")";
    }

    @Override
    public LaunchEffect effect(RuleSettings settings) {
        return settings.choice(Setting.ROLE_DENIAL_EFFECT, LaunchEffect.class);
    }

    @Override
    protected CheckResult denied(CheckContext c, Answer a) {
        String subnet = c.connection().subnetId();
        String az = c.connection().availabilityZone();
        String effect = effect(c.settings()) == LaunchEffect.STOP ? "the launch fails"
                : "Glue skips this connection";
        return result(CheckStatus.FAIL, "Glue runs its checks as role " + a.role() + ", which is not authorized to "
                + "perform: " + actionsOf(a) + ". Glue says \"... is not authorized to perform: " + actionsOf(a)
                + " ... VPC Id not found for subnet " + subnet + (az == null ? "" : " and availability zone " + az)
                + "\" [FIELD F1]; " + effect + " (roleDenialEffect).", a.evidence(),
                List.of(Setting.ROLE_DENIAL_EFFECT.key()));
    }
}
