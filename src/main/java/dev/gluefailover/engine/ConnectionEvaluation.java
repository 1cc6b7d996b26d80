package dev.gluefailover.engine;

import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.rules.CheckKind;
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
        return checks.stream().filter(c -> c.kind() == CheckKind.SELECTION).toList();
    }

    public List<CheckResult> runChecks() {
        return checks.stream().filter(c -> c.kind() == CheckKind.RUN).toList();
    }

    /** The first selection check that failed (or was unknown), which the list and the diagram show. */
    public Optional<CheckResult> blockingCheck() {
        return selectionChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).findFirst()
                .or(() -> selectionChecks().stream().filter(c -> c.status() == CheckStatus.UNKNOWN).findFirst());
    }

    /** True when every run check passes (WARN included); UNKNOWN run checks make it false. */
    public boolean runWouldSucceed() {
        return runChecks().stream().allMatch(c -> c.status().passes());
    }

    public Optional<CheckResult> result(String code) {
        return checks.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
