package dev.gluefailover.cli;

import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "List the built-in samples, or write one as a snapshot file with --save.")
final class SamplesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A sample to save.")
    String name;

    @Option(names = "--sample", paramLabel = "NAME", description = "Same as NAME.")
    String sampleOption;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the sample as a snapshot (JSON, or YAML for .yaml/.yml).")
    Path save;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String sample = name != null ? name : sampleOption;
        if (save != null) {
            if (sample == null) {
                throw new UserInputException(CliText.get("error.saveNeedsSample"));
            }
            Samples.Sample s = Samples.find(sample).orElseThrow(() -> new UserInputException(
                    CliText.get("error.noSample", sample, String.join(", ", Samples.names()))));
            OutputFile.write("--save", save, target -> new SnapshotWriter().write(s.snapshot().get(), target));
            out.println(CliText.get("samples.wrote", sample, save));
            return ExitCode.OK;
        }
        if (sample != null && Samples.find(sample).isEmpty()) {
            throw new UserInputException(CliText.get("error.noSample", sample, String.join(", ", Samples.names())));
        }
        for (Samples.Sample s : Samples.all()) {
            if (sample != null && !s.name().equals(sample)) {
                continue;
            }
            out.printf("%-22s %s%n%-22s   %s%n", s.name(), s.title(), "", s.lesson());
        }
        out.flush();
        return ExitCode.OK;
    }
}
