package dev.gluefailover.engine.checks;

import dev.gluefailover.model.RolePermission;
import java.util.List;

/**
 * The IAM actions Glue needs as the job's role [FIELD F1; spec "Who runs the checks"], in one
 * place: the lists are {@link RolePermission}'s (the loader asks IAM's policy simulator for the
 * same), the two role checks read their halves.
 */
public final class JobRoleActions {
    /** Glue's selection checks describe the network as the job's role. */
    public static final List<String> DESCRIBE = RolePermission.DESCRIBE_ACTIONS;

    /** Placing the run's ENIs in the chosen subnet. */
    public static final List<String> CREATE_ENI = RolePermission.ENI_ACTIONS;

    /** Every action, in the order above: what the loader simulates. */
    public static final List<String> ALL = RolePermission.GLUE_ACTIONS;

    /** The action whose load problem means the role's permissions could not be asked. */
    public static final String SIMULATE = "iam:SimulatePrincipalPolicy";

    private JobRoleActions() {
    }

}
