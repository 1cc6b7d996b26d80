package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.rules.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "The outcome of every single failure (each AZ, NAT gateway and endpoint of the job's VPCs), "
                + "and with --pairs every pair, on top of any --fail given.",
        footer = {"", "Exit codes: 0 the job survives every single failure (and pair, with --pairs);",
                "3 some scenario leaves no connection; 4 some scenario picks a connection whose run fails;",
                "0 also for a job that runs outside your VPCs; 5 Glue's choice unknown (Glue 6.x, assumption off);",
                "2 bad input or usage; 1 anything else."})
final class MatrixCommand extends EvaluatingCommand {
    @Option(names = "--pairs", description = "Also every pair of failures.")
    boolean pairs;

    @Override
    public Integer call() {
        requireTextOrJson();
        Loaded l = load();
        RuleSettings settings = scenario.settings();
        WhatIfMatrix m = WhatIfMatrix.compute(l.engine(), l.job(), l.simulation(), settings, pairs);
        Evaluation base = l.engine().evaluate(l.job(), l.simulation(), settings);
        Resilience resilience = Resilience.of(l.engine().index(), base, m);
        out().print(format == OutputFormat.json
                ? JsonReport.write(JsonReport.matrix(m, settings.ruleSet(), base, resilience)) + "\n"
                : TextReport.matrix(m, l.snapshot(), settings.ruleSet(), base, resilience));
        out().flush();
        // Outside the VPCs no network failure can stop the job; without the 5.1 assumption no answer is known.
        if (base.outcome() == Evaluation.Outcome.RUNS_OUTSIDE_VPC) {
            return ExitCode.OK;
        }
        if (base.outcome() == Evaluation.Outcome.CHOICE_UNKNOWN) {
            return ExitCode.CHOICE_UNKNOWN;
        }
        var all = new java.util.ArrayList<>(m.singles());
        all.addAll(m.pairs());
        all.add(m.baseline());
        if (all.stream().anyMatch(o -> o.chosen() == null)) {
            return ExitCode.NO_CONNECTION;
        }
        return all.stream().allMatch(WhatIfMatrix.Outcome::survives) ? ExitCode.OK : ExitCode.RUN_WOULD_FAIL;
    }
}
