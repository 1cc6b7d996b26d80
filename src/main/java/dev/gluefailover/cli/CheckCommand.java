package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.export.MarkdownReport;
import dev.gluefailover.review.Recommendations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Which connection Glue would use for a job run, why, and whether the run would work.",
        footer = {"", "Exit codes: 0 chosen and the run would work, or the job runs outside your VPCs;",
                "3 the job would not start (no connection passes, or one ends the launch);",
                "4 chosen but the run would fail; 5 Glue's choice unknown (Glue 6.x, assumption off);",
                "2 bad input or usage; 1 anything else."})
final class CheckCommand extends EvaluatingCommand {
    @Option(names = "--all-checks", description = "Show every check of every connection, not only what matters.")
    boolean allChecks;

    @Override
    public Integer call() {
        Loaded l = load();
        Evaluation e = l.engine().evaluate(l.job(), l.simulation(), scenario.settings());
        // Every format shows the resilience summary, so the single-failure matrix is worked out once for all.
        WhatIfMatrix matrix = WhatIfMatrix.compute(l.engine(), l.job(), e.simulation(), scenario.settings(), false);
        Resilience resilience = Resilience.of(l.engine().index(), e, matrix);
        out().print(switch (format) {
            case json -> JsonReport.write(JsonReport.check(e, l.snapshot(), resilience)) + "\n";
            case markdown -> MarkdownReport.render(l.snapshot(), e, matrix, resilience,
                    Recommendations.of(l.snapshot(), l.job(), l.simulation(), scenario.settings()));
            case text -> TextReport.check(e, l.snapshot(), allChecks, resilience);
        });
        out().flush();
        return ExitCode.of(e);
    }
}
