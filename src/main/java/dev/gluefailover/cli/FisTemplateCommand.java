package dev.gluefailover.cli;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.review.FisExperiment;
import dev.gluefailover.review.FisRunbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fis-template", mixinStandardHelpOptions = true,
        description = "Write an AWS FIS experiment template (experiment-template.json) that reproduces the "
                + "--fail failures on the real network, and a runbook (runbook.md): which connection the engine "
                + "expects Glue to use while it runs, how to confirm it, how to stop it. Never calls FIS.",
        footer = {"", "An AZ outage becomes aws:network:disrupt-connectivity (scope all) on the job's subnets in "
                + "that zone and on the subnets of its VPCs' NAT gateways there; a NAT gateway failure the same on "
                + "the NAT's subnet. FIS has no action for an endpoint removal or free IPs: the runbook gives the "
                + "manual way.",
                "", "Exit codes: 0 written; 2 bad input or usage (no --fail, nothing FIS can inject, a bad "
                + "duration or ARN, a folder that cannot be written); 1 anything else."})
final class FisTemplateCommand implements Callable<Integer> {
    static final String TEMPLATE_FILE = "experiment-template.json";
    static final String RUNBOOK_FILE = "runbook.md";
    private static final Messages TEXT = Messages.of("fis");

    @Mixin
    SourceOptions source;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write " + TEMPLATE_FILE + " and " + RUNBOOK_FILE + " into (created if "
                    + "missing; each file replaced atomically).")
    Path out;

    @Option(names = "--duration", paramLabel = "ISO-8601", defaultValue = "PT10M",
            description = "How long FIS cuts the subnets (default PT10M; PT1M to PT12H).")
    String duration;

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "The IAM role FIS runs the experiment as (default: a placeholder to fill in).")
    String roleArn;

    @Option(names = "--stop-alarm", paramLabel = "ARN|none",
            description = "The CloudWatch alarm that stops the experiment, or none (default: a placeholder).")
    String stopAlarm;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FisExperiment.Options options;
        try {
            options = new FisExperiment.Options(FisExperiment.Options.parseDuration(duration), roleArn, stopAlarm);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        if (scenario.failures.isEmpty()) {
            throw new UserInputException(TEXT.get("error.noFailure"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + ": that is a file; name a folder");
        }
        EvaluatingCommand.Loaded l = EvaluatingCommand.load(source, scenario, spec.commandLine().getErr());
        FisExperiment x = FisExperiment.of(l.engine().index(), l.job(), l.simulation(), options);
        if (x.actions().isEmpty()) {
            throw new UserInputException(TEXT.get("error.nothingToInject",
                    String.join("; ", l.simulation().failures().stream().map(SimulatedFailure::describe).toList()),
                    String.join(" ", x.notInjected().stream().map(FisRunbook::reason).toList())));
        }
        FisRunbook.Expectation expectation = FisRunbook.expect(l.engine(), x, scenario.settings());
        String runbook = FisRunbook.markdown(l.engine(), x, expectation, l.snapshot().source(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Path template = out.resolve(TEMPLATE_FILE);
        Path book = out.resolve(RUNBOOK_FILE);
        OutputFile.write("--out", template, target -> ExportFile.write(target, x.json()));
        OutputFile.write("--out", book, target -> ExportFile.write(target, runbook));
        var o = spec.commandLine().getOut();
        o.println(TEXT.get("cli.wrote", template, book, x.actions().size(), x.subnets().size()));
        for (FisExperiment.NotInjected n : x.notInjected()) {
            o.println(TEXT.get("cli.skipped", n.failure().describe(), FisRunbook.reason(n)));
        }
        if (x.hasPlaceholders()) {
            o.println(TEXT.get("cli.placeholders", template));
        }
        o.flush();
        return ExitCode.OK;
    }
}
