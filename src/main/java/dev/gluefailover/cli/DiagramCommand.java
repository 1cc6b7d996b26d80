package dev.gluefailover.cli;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.export.DrawioDiagram;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.export.SvgDiagram;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.LayoutOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Write the job's network diagram, with the simulated failures, the verdicts and the chosen "
                + "path, as SVG (for slides and wikis) or as a draw.io file (to keep editing in diagrams.net). "
                + "The format follows the file's extension: .svg, .drawio or .drawio.xml.",
        footer = {"", "Exit codes: 0 written (whatever the verdict: use check for that); 2 bad input or usage, "
                + "e.g. an unknown extension; 1 anything else, e.g. the file cannot be written."})
final class DiagramCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write: a .svg, .drawio or .drawio.xml file (replaced atomically).")
    Path out;

    @Option(names = "--all-vpcs", description = "Draw every VPC of the snapshot, not only the ones the job uses.")
    boolean allVpcs;

    @Option(names = "--dark", description = "SVG in the dark palette (draw.io files always use the light one).")
    boolean dark;

    @Spec
    CommandSpec spec;

    enum Format { SVG, DRAWIO }

    /** The format a file name asks for; bad input naming the allowed extensions otherwise. */
    static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        if (name.endsWith(".drawio") || name.endsWith(".drawio.xml")) {
            return Format.DRAWIO;
        }
        throw new UserInputException(CliText.get("error.diagramFormat", file));
    }

    @Override
    public Integer call() {
        Format format = formatOf(out); // before any loading: a typo should not wait for AWS
        EvaluatingCommand.Loaded l = EvaluatingCommand.load(source, scenario, spec.commandLine().getErr());
        Evaluation e = l.engine().evaluate(l.job(), l.simulation(), scenario.settings());
        Diagram d = DiagramLayout.compute(l.engine().index(), l.job(), LayoutOptions.defaults().withShowAllVpcs(allVpcs));
        String text = format == Format.SVG ? SvgDiagram.render(l.engine().index(), d, e, dark)
                : DrawioDiagram.render(l.engine().index(), d, e);
        OutputFile.write("--out", out, target -> ExportFile.write(target, text));
        spec.commandLine().getOut().println("Wrote " + out + " (" + (format == Format.SVG ? "SVG" : "draw.io") + ", "
                + l.job().name() + (e.simulation().isEmpty() ? "" : ", " + e.simulation().failures().size()
                        + " simulated failure" + (e.simulation().failures().size() == 1 ? "" : "s")) + ")");
        return ExitCode.OK;
    }
}
