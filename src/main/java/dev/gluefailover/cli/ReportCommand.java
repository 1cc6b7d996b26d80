package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.export.HtmlReport;
import dev.gluefailover.export.MarkdownReport;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.rules.RuleSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the design review of a job to a file: one self-contained HTML document (the diagram "
                + "inline, no script, nothing fetched; prints on A4 or Letter) or Markdown. It holds the verdict, "
                + "the inferences it rests on, the simulated failures, every connection's checks with evidence and "
                + "sources, the single-failure matrix, the resilience summary and the single points of failure.",
        footer = {"", "Exit codes: 0 written (whatever the verdict: use check for that); 2 bad input or usage; "
                + "1 anything else."})
final class ReportCommand implements Callable<Integer> {
    private static final Messages TEXT = Messages.of("report");

    enum Format { html, markdown }

    @Mixin
    SourceOptions source;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html or markdown (default: from the file's extension, .html/.htm or .md).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write (replaced atomically; missing folders are created).")
    Path out;

    @Spec
    CommandSpec spec;

    /** The format asked for, or the one the file name says; bad input otherwise. */
    Format format() {
        if (format != null) {
            try {
                return Format.valueOf(format.trim().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(TEXT.get("error.format", format));
            }
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.html;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.markdown;
        }
        throw new UserInputException(TEXT.get("error.noFormat", out));
    }

    @Override
    public Integer call() {
        Format f = format(); // before loading: a typo should not wait for AWS
        EvaluatingCommand.Loaded l = EvaluatingCommand.load(source, scenario, spec.commandLine().getErr());
        RuleSettings settings = scenario.settings();
        Evaluation e = l.engine().evaluate(l.job(), l.simulation(), settings);
        WhatIfMatrix matrix = WhatIfMatrix.compute(l.engine(), l.job(), e.simulation(), settings, false);
        Resilience resilience = Resilience.of(l.engine().index(), e, matrix);
        String text = f == Format.html
                // the proven recommendations, each applied to a fork and checked again with this simulation
                ? HtmlReport.render(new HtmlReport.Input(l.snapshot(), e, matrix, resilience, settings, null,
                        dev.gluefailover.export.HtmlRecommendations.of(dev.gluefailover.review.Recommendations.review(
                                l.engine(), l.job(), e.simulation(), settings,
                                new dev.gluefailover.review.Recommendation.Standing(e, resilience)).recommendations()),
                        Instant.now()))
                : MarkdownReport.render(l.snapshot(), e, matrix, resilience);
        OutputFile.write("--out", out, target -> ExportFile.write(target, text));
        int failures = e.simulation().failures().size();
        spec.commandLine().getOut().println(TEXT.get("cli.wrote", out, f == Format.html ? "HTML" : "Markdown",
                l.job().name() + (failures == 0 ? "" : ", " + TEXT.get("cli.failures", failures))));
        return ExitCode.OK;
    }
}
