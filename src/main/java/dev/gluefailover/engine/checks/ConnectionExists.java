package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.CONNECTION;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.LaunchEffect;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;
import java.util.Optional;

/**
 * The job names a connection Glue can find. UNKNOWN when the loader could not read it (other
 * than "not found"): then whether it exists is not known. What a missing connection does is
 * {@code missingConnectionEffect} [INF]: by default the same as a FAILED one, the launch fails.
 */
public final class ConnectionExists extends ConnectionCheck implements LaunchGate {
    public static final CheckDefinition DEFINITION = new CheckDefinition("CONNECTION_NOT_FOUND", "Connection exists",
            CheckKind.SELECTION, SourceTag.INF, List.of(Source.S2),
            "The job names a connection that Glue cannot find; it cannot give the run a network placement.");

    public ConnectionExists() {
        super(DEFINITION);
    }

    @Override
    public LaunchEffect effect(RuleSettings settings) {
        return settings.choice(Setting.MISSING_CONNECTION_EFFECT, LaunchEffect.class);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        String name = c.connectionName();
        if (c.connection() != null) {
            return result(CheckStatus.PASS, text("CONNECTION_NOT_FOUND.pass", name),
                    evidence(Evidence.element("connection", CONNECTION, name)));
        }
        Optional<LoadProblem> problem = c.problem(GLUE_CONNECTION, name);
        if (problem.isPresent() && !isNotFound(problem.get())) {
            LoadProblem p = problem.get();
            return result(CheckStatus.UNKNOWN, text("CONNECTION_NOT_FOUND.unreadable", name, p.errorCode(), p.action()), evidence(Evidence.element("connection", CONNECTION, name),
                            Evidence.fact("errorCode", p.errorCode()), Evidence.fact("action", p.action())));
        }
        Object effect = effect(c.settings()) == LaunchEffect.STOP ? text("effect.stop") : text("effect.skip");
        return result(CheckStatus.FAIL, text("CONNECTION_NOT_FOUND.fail", name, effect), evidence(Evidence.element("connection", CONNECTION, name)),
                List.of(Setting.MISSING_CONNECTION_EFFECT.key()));
    }

    private static boolean isNotFound(LoadProblem p) {
        return p.errorCode() != null && p.errorCode().contains("NotFound");
    }
}
