package dev.gluefailover.engine.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * The IAM actions Glue needs as the job's role [FIELD F1; spec "Who runs the checks"], in one
 * place: the loader asks IAM's policy simulator for {@link #ALL} (its {@code ROLE_ACTIONS} must
 * list the same), the two role checks read their halves.
 */
public final class JobRoleActions {
    /** Glue's selection checks describe the network as the job's role. */
    public static final List<String> DESCRIBE = List.of("ec2:DescribeSubnets", "ec2:DescribeRouteTables",
            "ec2:DescribeVpcEndpoints", "ec2:DescribeSecurityGroups");

    /** Placing the run's ENIs in the chosen subnet. */
    public static final List<String> CREATE_ENI = List.of("ec2:CreateNetworkInterface",
            "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:CreateTags");

    /** Every action, in the order above: what the loader simulates. */
    public static final List<String> ALL = all();

    /** The action whose load problem means the role's permissions could not be asked. */
    public static final String SIMULATE = "iam:SimulatePrincipalPolicy";

    private JobRoleActions() {
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(DESCRIBE);
        all.addAll(CREATE_ENI);
        return List.copyOf(all);
    }
}
