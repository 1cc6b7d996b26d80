package dev.gluefailover.review;

import static dev.gluefailover.review.FixContext.failed;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.checks.RoleCanCreateEni;
import dev.gluefailover.engine.checks.RoleCanDescribe;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.List;

/** The actions the job's role lacks added to its policy: ROLE_CANNOT_DESCRIBE, ROLE_CANNOT_CREATE_ENI. */
final class RolePolicyFix {
    private static final Messages TEXT = Messages.of("review");

    private RolePolicyFix() {
    }

    static void propose(FixContext c, List<Candidate> out) {
        String role = c.job().role();
        if (role == null) {
            return;
        }
        String code = null;
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (failed(ce, RoleCanDescribe.DEFINITION.code())) {
                code = RoleCanDescribe.DEFINITION.code();
                break;
            }
            if (failed(ce, RoleCanCreateEni.DEFINITION.code())) {
                code = RoleCanCreateEni.DEFINITION.code();
            }
        }
        if (code == null) {
            return;
        }
        List<String> denied = c.snapshot().rolePermissions().stream()
                .filter(p -> p.role().equals(role) && !p.allowed() && RolePermission.GLUE_ACTIONS.contains(p.action()))
                .map(RolePermission::action).distinct().toList();
        if (denied.isEmpty()) {
            return;
        }
        String roleName = role.contains("/") ? role.substring(role.lastIndexOf('/') + 1) : role;
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":["
                + String.join(",", denied.stream().map(a -> "\"" + a + "\"").toList()) + "],\"Resource\":\"*\"}]}";
        Fix fix = new Fix(FixKind.ROLE_PERMISSIONS, FixKind.ROLE_PERMISSIONS + ":" + roleName,
                TEXT.get("title.role", roleName, String.join(", ", denied)), List.of(), List.of(),
                List.of("aws iam put-role-policy --role-name " + roleName
                        + " --policy-name glue-network-checks --policy-document '" + policy + "'"),
                List.of(TEXT.get("note.role")),
                s -> s.withRolePermissions(s.rolePermissions().stream()
                        .map(p -> p.role().equals(role) && denied.contains(p.action())
                                ? new RolePermission(p.role(), p.action(), "allowed") : p)
                        .toList()));
        out.add(new Candidate(fix, TEXT.get("reason.role", roleName, String.join(", ", denied), code)));
    }

}
