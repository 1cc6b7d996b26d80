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
            return result(CheckStatus.PASS, text("CONNECTION_NOT_READY.noStatus", conn.name()), evidence);
        }
        if (status.equals("READY")) {
            return result(CheckStatus.PASS, text("CONNECTION_NOT_READY.pass", conn.name()), evidence);
        }
        if (status.equals("FAILED") || status.equals("IN_PROGRESS")) {
            String reason = blankToNull(conn.statusReason());
            Object effect = effect(c.settings()) == LaunchEffect.STOP ? text("effect.stop") : text("effect.skip");
            return result(CheckStatus.FAIL, reason == null ? text("CONNECTION_NOT_READY.fail", conn.name(), status, effect)
                    : text("CONNECTION_NOT_READY.failWithReason", conn.name(), status, reason, effect), evidence,
                    List.of(Setting.FAILED_CONNECTION_EFFECT.key()));
        }
        return result(CheckStatus.UNKNOWN, text("CONNECTION_NOT_READY.undocumented", conn.name(), status), evidence);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
