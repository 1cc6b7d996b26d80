package dev.gluefailover.engine;

import dev.gluefailover.engine.checks.RoleCanDescribe;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.rules.CheckKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection of the job, in job order (1-based), with every check result and Glue's verdict.
 * {@code connection} is null when the job names a connection the snapshot does not hold;
 * {@code egress} is null when the egress check did not run. {@code launchStopCheck} is the check
 * whose failure ends the launch of the whole job (a FAILED or missing connection, a role that may
 * not describe, each when its setting says STOP); null when none does: read it as {@link #launchStop()}.
 */
public record ConnectionEvaluation(int order, String name, GlueConnection connection, Verdict verdict,
        String subnetId, String availabilityZone, String availabilityZoneId, List<CheckResult> checks,
        EgressPath egress, CheckResult launchStopCheck) {
    public ConnectionEvaluation {
        checks = List.copyOf(checks);
    }

    /** A connection that does not stop the launch. */
    public ConnectionEvaluation(int order, String name, GlueConnection connection, Verdict verdict,
            String subnetId, String availabilityZone, String availabilityZoneId, List<CheckResult> checks,
            EgressPath egress) {
        this(order, name, connection, verdict, subnetId, availabilityZone, availabilityZoneId, checks, egress, null);
    }

    /** A connection whose egress was not looked at (no subnet, subnet invalid). */
    public ConnectionEvaluation(int order, String name, GlueConnection connection, Verdict verdict,
            String subnetId, String availabilityZone, String availabilityZoneId, List<CheckResult> checks) {
        this(order, name, connection, verdict, subnetId, availabilityZone, availabilityZoneId, checks, null, null);
    }

    /** The failed check that ends the job's launch because of this connection; empty when none does. */
    public Optional<CheckResult> launchStop() {
        return Optional.ofNullable(launchStopCheck);
    }

    /** The same connection with another verdict (a launch stop elsewhere means none is chosen). */
    public ConnectionEvaluation withVerdict(Verdict v) {
        return new ConnectionEvaluation(order, name, connection, v, subnetId, availabilityZone, availabilityZoneId,
                checks, egress, launchStopCheck);
    }

    /**
     * An undecided check of the job's role: the same for every connection, so the evaluation
     * reports it once as an uncertainty of the choice; it neither makes this connection UNKNOWN nor blocks it.
     */
    static boolean jobWideUnknown(CheckResult c) {
        return c.status() == CheckStatus.UNKNOWN && c.check().equals(RoleCanDescribe.DEFINITION);
    }

    /** What the egress check found, typed; empty when it did not run. */
    public Optional<EgressPath> egressPath() {
        return Optional.ofNullable(egress);
    }

    public List<CheckResult> selectionChecks() {
        return ofKind(CheckKind.SELECTION);
    }

    public List<CheckResult> runChecks() {
        return ofKind(CheckKind.RUN);
    }

    private List<CheckResult> ofKind(CheckKind kind) {
        List<CheckResult> list = new ArrayList<>(checks.size());
        for (CheckResult c : checks) {
            if (c.kind() == kind) {
                list.add(c);
            }
        }
        return list;
    }

    /** The first selection check that failed (or was unknown), which the list and the diagram show. */
    public Optional<CheckResult> blockingCheck() {
        CheckResult unknown = null;
        for (CheckResult c : checks) {
            if (c.kind() != CheckKind.SELECTION) {
                continue;
            }
            if (c.status() == CheckStatus.FAIL) {
                return Optional.of(c);
            }
            if (unknown == null && c.status() == CheckStatus.UNKNOWN && !jobWideUnknown(c)) {
                unknown = c;
            }
        }
        return Optional.ofNullable(unknown);
    }

    /** True when every run check passes (WARN included); UNKNOWN run checks make it false. */
    public boolean runWouldSucceed() {
        for (CheckResult c : checks) {
            if (c.kind() == CheckKind.RUN && !c.status().passes()) {
                return false;
            }
        }
        return true;
    }

    /** The codes of the run checks that do not pass (FAIL or UNKNOWN), in check order. */
    public List<String> failedRunChecks() {
        List<String> codes = new ArrayList<>(2);
        for (CheckResult c : checks) {
            if (c.kind() == CheckKind.RUN && !c.status().passes()) {
                codes.add(c.code());
            }
        }
        return codes;
    }

    public Optional<CheckResult> result(String code) {
        for (CheckResult c : checks) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
