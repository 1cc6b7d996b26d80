package dev.gluefailover.cli;

import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Load jobs and their network from AWS (read-only) and write them as a snapshot file "
                + "for offline use, reviews and training.")
final class CaptureCommand implements Callable<Integer> {
    @Option(names = "--job", paramLabel = "NAME", description = "A job to capture; repeat for several.")
    List<String> jobs = List.of();

    @Option(names = "--all-jobs", description = "Capture every job in the region.")
    boolean allJobs;

    @Option(names = "--scan", description = "Capture every job of the region as `scan` reads it, as one file "
            + "that `scan --snapshot FILE` ranks offline.")
    boolean scan;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the snapshot (JSON, or YAML for .yaml/.yml).")
    Path out;

    @Option(names = "--redact", description = "Replace account ids, resource ids, names, tags, CIDRs, JDBC hosts "
            + "and ARNs with stable pseudonyms (same verdicts) before writing.")
    boolean redact;

    @Mixin
    AwsOptions aws;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (scan) {
            if (!jobs.isEmpty() || allJobs) {
                throw new UserInputException("--scan captures every job: leave out --job and --all-jobs");
            }
            return ScanCommand.capture(aws, out, redact, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (jobs.isEmpty() == !allJobs) {
            throw new UserInputException(CliText.get("error.captureJobs"));
        }
        Snapshot loaded = LiveLoad.snapshot(aws, jobs, allJobs, spec.commandLine().getErr());
        Snapshot snapshot = redact ? new Redactor().redact(loaded) : loaded;
        OutputFile.write("--out", out, target -> new SnapshotWriter().write(snapshot, target));
        spec.commandLine().getOut().println("Wrote " + out + ": " + snapshot.jobs().size() + " job(s), "
                + snapshot.connections().size() + " connection(s), " + snapshot.subnets().size() + " subnet(s)"
                + (snapshot.problems().isEmpty() ? "" : ", " + snapshot.problems().size() + " load problem(s)"));
        return ExitCode.OK;
    }
}
