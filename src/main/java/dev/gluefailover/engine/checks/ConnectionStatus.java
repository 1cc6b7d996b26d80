package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.CONNECTION;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.LaunchEffect;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The connection's {@code Status} [DOC S10]: a FAILED (or IN_PROGRESS) connection gave the launch
 * error "Invalid connection name" [FIELD F1]. Whether that ends the launch or only skips the
 * connection is {@code failedConnectionEffect} [INF]. An unknown status (null: an earlier build, a
 * sample) counts as usable; a value Glue does not document is UNKNOWN.
 */
public final class ConnectionStatus extends ConnectionCheck implements LaunchGate {
    public static final CheckDefinition DEFINITION = new CheckDefinition("CONNECTION_NOT_READY",
            "Connection status is READY", CheckKind.SELECTION, SourceTag.FIELD, List.of(Source.S10, Source.F1),
            "LAUNCH ERROR — Invalid connection name (the connection's Status is FAILED)");

    public ConnectionStatus() {
        super(DEFINITION);
    }

    @Override
    public LaunchEffect effect(RuleSettings settings) {
        return settings.choice(Setting.FAILED_CONNECTION_EFFECT, LaunchEffect.class);
    }

    /** READY, or not recorded: the connection cannot stop the launch. */
    public static boolean usable(GlueConnection connection) {
        return connection.status() == null || connection.status().equals("READY");
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        GlueConnection conn = c.connection();
        String status = conn.status();
        List<Evidence> evidence = evidence(Evidence.element("connection", CONNECTION, conn.name()),
                Evidence.fact("status", status), Evidence.fact("statusReason", blankToNull(conn.statusReason())));
        if (status == null) {
            return result(CheckStatus.PASS, "Status not in the snapshot: connection " + conn.name()
                    + " is taken as usable.", evidence);
        }
        if (status.equals("READY")) {
            return result(CheckStatus.PASS, "Connection " + conn.name() + " is READY.", evidence);
        }
        if (status.equals("FAILED") || status.equals("IN_PROGRESS")) {
            String reason = blankToNull(conn.statusReason());
            String effect = effect(c.settings()) == LaunchEffect.STOP ? "the job would not start"
                    : "Glue skips it and considers the next connection";
            return result(CheckStatus.FAIL, "Connection " + conn.name() + " is " + status
                    + (reason == null ? "" : " (" + reason + ")") + ": Glue's launch reports \"Invalid connection "
                    + "name\" [FIELD F1]; " + effect + " (failedConnectionEffect).", evidence,
                    List.of(Setting.FAILED_CONNECTION_EFFECT.key()));
        }
        return result(CheckStatus.UNKNOWN, "Connection " + conn.name() + " has status " + status
                + ", which Glue does not document (READY, IN_PROGRESS, FAILED).", evidence);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
