package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.rules.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The connection of each attempt (1 + MaxRetries) when the --fail failures start before "
                + "attempt K, under both retry modes (re-scan and sticky).",
        footer = {"", "Exit codes: 0 the last attempt (in --retry-mode, default rescan) would work; 3 it gets no",
                "connection; 4 it gets one whose run fails; 2 bad input or usage; 1 anything else."})
final class TimelineCommand extends EvaluatingCommand {
    @Option(names = "--at-attempt", paramLabel = "K", required = true,
            description = "The failures are on from attempt K (1 = from the first attempt).")
    int atAttempt;

    @Option(names = "--until-attempt", paramLabel = "M",
            description = "The failures are over again from attempt M (optional; shows how the modes differ).")
    Integer untilAttempt;

    @Override
    public Integer call() {
        requireTextOrJson();
        Loaded l = load();
        RuleSettings settings = scenario.settings();
        Simulation failure = l.simulation();
        if (failure.isEmpty()) {
            throw new UserInputException(CliText.get("error.timelineNeedsFail"));
        }
        RetryTimeline t;
        try {
            t = RetryTimeline.compute(l.engine(), l.job(), Simulation.NONE, failure, atAttempt, untilAttempt, settings);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Evaluation base = l.engine().evaluate(l.job(), Simulation.NONE, settings);
        out().print(format == OutputFormat.json ? JsonReport.write(JsonReport.timeline(t, settings.ruleSet())) + "\n"
                : TextReport.timeline(t, l.snapshot(), settings.ruleSet())
                        + (base.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC
                                || base.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN ? base.headline() + "\n" : ""));
        out().flush();
        if (base.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            return ExitCode.OK; // no attempt has a connection to lose
        }
        if (base.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
            return ExitCode.CHOICE_UNKNOWN;
        }
        RetryTimeline.Attempt last = t.attempts(settings.retryMode()).get(t.rescan().size() - 1);
        if (last.connection() == null) {
            return ExitCode.NO_CONNECTION;
        }
        return last.runWouldSucceed() ? ExitCode.OK : ExitCode.RUN_WOULD_FAIL;
    }

}
