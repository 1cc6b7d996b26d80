package dev.gluefailover.cli;

import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.CancellationSignal;
import dev.gluefailover.aws.GlueNetworkLoader;
import dev.gluefailover.aws.JobSummary;
import dev.gluefailover.aws.LoadProgress;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Snapshot;
import java.io.PrintWriter;
import java.util.List;

/**
 * Loads from AWS for the commands. Shows a progress line on stderr when it is a terminal;
 * {@link dev.gluefailover.aws.AwsLoadException}s go to {@link MainCommand}'s handler (exit 2 for
 * credentials, region and unknown job; 1 otherwise).
 */
final class LiveLoad {
    private LiveLoad() {
    }

    /** Loads the named jobs, or every job when {@code jobNames} is empty and {@code allJobs}. */
    static Snapshot snapshot(AwsConnectionOptions options, List<String> jobNames, boolean allJobs, PrintWriter err) {
        LoadProgress progress = progressLine(err);
        try (AwsClients clients = AwsClients.open(options)) {
            GlueNetworkLoader loader = new GlueNetworkLoader(clients);
            Snapshot s = allJobs ? loader.loadAllJobs(progress, CancellationSignal.never())
                    : loader.load(jobNames, progress, CancellationSignal.never());
            endProgressLine(err);
            for (LoadProblem p : s.problems()) {
                err.println("warning: could not read " + p.action() + " (" + p.errorCode() + ")"
                        + (p.resourceIds().isEmpty() ? "" : " for " + String.join(", ", p.resourceIds()))
                        + ": checks that need it are UNKNOWN");
            }
            return s;
        } finally {
            endProgressLine(err);
        }
    }

    static List<JobSummary> jobs(AwsConnectionOptions options, PrintWriter err) {
        try (AwsClients clients = AwsClients.open(options)) {
            return new GlueNetworkLoader(clients).listJobs(progressLine(err), CancellationSignal.never());
        } finally {
            endProgressLine(err);
        }
    }

    private static boolean terminal() {
        return System.console() != null;
    }

    private static LoadProgress progressLine(PrintWriter err) {
        if (!terminal()) {
            return LoadProgress.ignore();
        }
        return s -> {
            synchronized (err) {
                err.print(String.format("\r\u001b[K[%d/%d] %s", s.callsDone(), s.callsPlanned(), s.step()));
                err.flush();
            }
        };
    }

    private static void endProgressLine(PrintWriter err) {
        if (terminal()) {
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
