package dev.gluefailover.model;

import java.util.Objects;

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
    public RolePermission {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(decision, "decision");
    }

    public boolean allowed() {
        return "allowed".equals(decision);
    }
}
