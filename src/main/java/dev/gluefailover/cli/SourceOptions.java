package dev.gluefailover.cli;

import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the snapshot comes from: a built-in sample, a snapshot file, or (with the AWS options)
 * a live load. Shared by every command that evaluates a job.
 */
public class SourceOptions {
    @Option(names = "--sample", paramLabel = "NAME", description = "Use a built-in sample (see `samples`).")
    String sample;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "Read a snapshot file (JSON or YAML).")
    Path snapshotFile;

    @Option(names = "--job", paramLabel = "NAME", description = "The job to evaluate (default: the only one).")
    String job;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Read a CloudFormation template (JSON or YAML, `cdk synth` output too) as a design not yet "
                    + "deployed; with --snapshot or --sample it is laid over what exists.")
    Path templateFile;

    @Option(names = "--terraform-plan", paramLabel = "FILE",
            description = "Read the JSON of `terraform show -json PLAN` as a design not yet deployed.")
    Path terraformPlanFile;

    @Option(names = "--parameter", paramLabel = "KEY=VALUE",
            description = "A template parameter's value (repeatable); the template's defaults otherwise.")
    java.util.Map<String, String> parameters;

    @Option(names = "--zones", paramLabel = "ZONES", split = ",",
            description = "The region's zone names for Fn::GetAZs, e.g. us-east-1a,us-east-1b,us-east-1c "
                    + "(default: the region's letters a, b, c, stated as assumed).")
    java.util.List<String> zones;

    /** What reading a design said besides the snapshot: warnings and the ignored count, one line each. */
    private java.util.List<String> designNotes = java.util.List.of();

    /** --region, --profile, --endpoint-url: used when the job is loaded live. */
    @Mixin
    AwsOptions aws;

    public String job() {
        return job;
    }

    /** Loads the snapshot the options name; a UserInputException says what is wrong and where. */
    public Snapshot load() {
        if (templateFile != null || terraformPlanFile != null) {
            Snapshot base = sample != null || snapshotFile != null ? loadExisting() : null;
            DesignSource.Loaded d = DesignSource.load(templateFile, terraformPlanFile, parameters, zones,
                    aws == null ? null : aws.region, base);
            designNotes = d.notes();
            return d.snapshot();
        }
        if (parameters != null && !parameters.isEmpty() || zones != null && !zones.isEmpty()) {
            throw new UserInputException(DesignSource.TEXT.get("cli.parameterWithoutDesign"));
        }
        return loadExisting();
    }

    /** The warnings and counts of the design read by {@link #load()}; empty for other sources. */
    public java.util.List<String> designNotes() {
        return designNotes;
    }

    private Snapshot loadExisting() {
        if (sample != null && snapshotFile != null) {
            throw new UserInputException(CliText.get("error.sampleAndSnapshot"));
        }
        if (sample != null) {
            try {
                return Samples.get(sample);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
        if (snapshotFile != null) {
            return readFile(snapshotFile);
        }
        if (job != null) {
            return LiveLoad.snapshot(aws, java.util.List.of(job), false,
                    new java.io.PrintWriter(new TerminalSafeWriter(new java.io.PrintWriter(System.err, true), true), true));
        }
        throw new UserInputException(CliText.get("error.noSource"));
    }

    /** Where the snapshot came from, for messages: the file, the sample or the live job. */
    String describe() {
        if (templateFile != null || terraformPlanFile != null) {
            return (templateFile != null ? templateFile : terraformPlanFile).toString();
        }
        if (snapshotFile != null) {
            return snapshotFile.toString();
        }
        if (sample != null) {
            return CliText.get("source.sample", sample);
        }
        return job != null ? CliText.get("source.aws", job) : CliText.get("source.snapshot");
    }

    static Snapshot readFile(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return new SnapshotReader().read(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException(CliText.get("error.snapshotNotFound", file));
        } catch (SnapshotFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException(CliText.get("error.snapshotUnreadable", file, e.getMessage()), e);
        }
    }
}
