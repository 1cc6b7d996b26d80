package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What IAM's policy simulator ({@code iam:SimulatePrincipalPolicy}) says a Glue job's role may do
 * with one action: Glue runs the network checks and creates the run's ENIs as the job's role
 * [spec: Who runs the checks].
 *
 * @param role     the role as the job names it (name or ARN)
 * @param action   e.g. {@code ec2:DescribeRouteTables}
 * @param decision IAM's EvalDecision: {@code allowed}, {@code implicitDeny} or {@code explicitDeny}
 */
public record RolePermission(String role, String action, String decision) {

    /** Glue's selection checks describe the network as the job's role [FIELD F1]. */
    public static final List<String> DESCRIBE_ACTIONS = List.of("ec2:DescribeSubnets", "ec2:DescribeRouteTables",
            "ec2:DescribeVpcEndpoints", "ec2:DescribeSecurityGroups");

    /** Placing the run's ENIs in the chosen subnet, as the job's role. */
    public static final List<String> ENI_ACTIONS = List.of("ec2:CreateNetworkInterface",
            "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:CreateTags");

    /**
     * Every action Glue needs as the job's role, in the order above: the one list the loader asks
     * IAM's policy simulator about, the role checks read and the samples record.
     */
    public static final List<String> GLUE_ACTIONS = Stream.concat(DESCRIBE_ACTIONS.stream(), ENI_ACTIONS.stream())
            .toList();
    public RolePermission {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
    }

    public boolean allowed() {
        return "allowed".equals(decision);
    }
}
