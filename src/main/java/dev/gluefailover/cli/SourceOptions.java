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

    /** --region, --profile, --endpoint-url: used when the job is loaded live. */
    @Mixin
    AwsOptions aws;

    public String job() {
        return job;
    }

    /** Loads the snapshot the options name; a UserInputException says what is wrong and where. */
    public Snapshot load() {
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
