package dev.gluefailover.engine;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.rules.CheckKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection of the job, in job order (1-based), with every check result and Glue's verdict.
 * {@code connection} is null when the job names a connection the snapshot does not hold;
 * {@code egress} is null when the egress check did not run.
 */
public record ConnectionEvaluation(int order, String name, GlueConnection connection, Verdict verdict,
        String subnetId, String availabilityZone, String availabilityZoneId, List<CheckResult> checks,
        EgressPath egress) {
    public ConnectionEvaluation {
        checks = List.copyOf(checks);
    }

    /** A connection whose egress was not looked at (no subnet, subnet invalid). */
    public ConnectionEvaluation(int order, String name, GlueConnection connection, Verdict verdict,
            String subnetId, String availabilityZone, String availabilityZoneId, List<CheckResult> checks) {
        this(order, name, connection, verdict, subnetId, availabilityZone, availabilityZoneId, checks, null);
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
            if (unknown == null && c.status() == CheckStatus.UNKNOWN) {
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
