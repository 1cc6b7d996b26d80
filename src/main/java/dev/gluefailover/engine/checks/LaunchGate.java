package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.rules.LaunchEffect;
import dev.gluefailover.rules.RuleSettings;

/**
 * A check whose failure may end the launch rather than skip one connection (a FAILED or missing
 * connection, a role that may not describe): which of the two is a setting [INF]. The engine asks
 * the unit, so the effect is typed, never read from a message.
 */
public interface LaunchGate {
    /** What a failure of this check does under these settings. */
    LaunchEffect effect(RuleSettings settings);

    /** The result fails and, under these settings, the job would not start. */
    default boolean stopsLaunch(CheckResult result, RuleSettings settings) {
        return result.status() == CheckStatus.FAIL && effect(settings) == LaunchEffect.STOP;
    }

    /** The result is undecided and, were it a failure, the job would not start. */
    default boolean mayStopLaunch(CheckResult result, RuleSettings settings) {
        return result.status() == CheckStatus.UNKNOWN && effect(settings) == LaunchEffect.STOP;
    }
}
