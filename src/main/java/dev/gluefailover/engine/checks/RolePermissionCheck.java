package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the two role checks share: the job's role asked for a list of actions, in the snapshot's
 * simulated permissions. UNKNOWN only when the loader tried and could not simulate; when nothing
 * was asked (no role in the snapshot, no permissions recorded: a sample or an earlier build) the
 * check passes and says it did not check, so such snapshots keep their verdicts.
 */
abstract class RolePermissionCheck extends ConnectionCheck {
    /** What IAM answered for the job's role, by action. */
    record Answer(String role, List<RolePermission> denied, List<String> notAsked, List<Evidence> evidence) {
    }

    private final List<String> actions;

    protected RolePermissionCheck(CheckDefinition definition, List<String> actions) {
        super(definition);
        this.actions = actions;
    }

    /** The result when the role is denied at least one action. */
    protected abstract CheckResult denied(CheckContext c, Answer answer);

    /** What the role was asked for, in words ("describe the network"). */
    protected abstract Text purpose();

    @Override
    public final CheckResult evaluate(CheckContext c) {
        String role = c.job().role();
        if (role == null) {
            return result(CheckStatus.PASS, text("role.noRole"),
                    evidence(Evidence.fact("checked", text("role.noRoleEvidence"))));
        }
        Evidence roleEvidence = Evidence.fact("role", role);
        Optional<LoadProblem> problem = c.problem(JobRoleActions.SIMULATE, role);
        if (problem.isPresent()) {
            LoadProblem p = problem.get();
            if (p.notInDesign()) {
                return result(CheckStatus.UNKNOWN, text("role.notInDesign", role, purpose(), p.message()),
                        evidence(roleEvidence, Evidence.fact("errorCode", p.errorCode())));
            }
            return result(CheckStatus.UNKNOWN, text("role.notSimulated", role, purpose(), p.errorCode()),
                    evidence(roleEvidence, Evidence.fact("errorCode", p.errorCode()),
                            Evidence.fact("action", p.action())));
        }
        List<RolePermission> denied = new ArrayList<>(1);
        List<String> allowed = new ArrayList<>(actions.size());
        List<String> notAsked = new ArrayList<>(0);
        for (String action : actions) {
            Optional<RolePermission> p = c.index().snapshot().permission(role, action);
            if (p.isEmpty()) {
                notAsked.add(action);
            } else if (p.get().allowed()) {
                allowed.add(action);
            } else {
                denied.add(p.get());
            }
        }
        List<Evidence> e = new ArrayList<>(4);
        e.add(roleEvidence);
        if (!denied.isEmpty()) {
            add(e, Evidence.fact("denied", String.join(", ",
                    denied.stream().map(d -> d.action() + " (" + d.decision() + ")").toList())));
        }
        if (!allowed.isEmpty()) {
            add(e, Evidence.fact("allowed", String.join(", ", allowed)));
        }
        if (!notAsked.isEmpty()) {
            add(e, Evidence.fact("notChecked", String.join(", ", notAsked)));
        }
        List<Evidence> evidence = List.copyOf(e);
        if (!denied.isEmpty()) {
            return denied(c, new Answer(role, denied, notAsked, evidence));
        }
        if (allowed.isEmpty()) {
            return result(CheckStatus.PASS, text("role.noPermissions", role), evidence);
        }
        return result(CheckStatus.PASS, notAsked.isEmpty() ? text("role.pass", role, purpose())
                : text("role.passSomeNotAsked", role, purpose(), String.join(", ", notAsked)), evidence);
    }

    /** "ec2:DescribeRouteTables" or "ec2:DescribeSubnets, ec2:DescribeRouteTables". */
    static String actionsOf(Answer a) {
        return String.join(", ", a.denied().stream().map(RolePermission::action).toList());
    }
}
