package dev.gluefailover.cli;

import dev.gluefailover.aws.AwsClients;
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
    static Snapshot snapshot(AwsOptions aws, List<String> jobNames, boolean allJobs, PrintWriter err) {
        warmUpReports();
        LoadProgress progress = progressLine(err);
        try (AwsClients clients = AwsClients.open(aws.connection(), aws.timeouts())) {
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

    static List<JobSummary> jobs(AwsOptions aws, PrintWriter err) {
        try (AwsClients clients = AwsClients.open(aws.connection(), aws.timeouts())) {
            return new GlueNetworkLoader(clients).listJobs(progressLine(err), CancellationSignal.never());
        } finally {
            endProgressLine(err);
        }
    }

    /**
     * Readies the report writers while the load waits on AWS: the JSON writer's Jackson mapper (with
     * the JDK's calendar data it reads) and the text reports' bundle take about 50 ms to initialise in a
     * new JVM, spent otherwise after the last answer has arrived. Only their static set-up runs; the
     * load touches neither class, and a warm-up that fails changes nothing but the speed.
     */
    private static void warmUpReports() {
        Thread t = new Thread(() -> {
            try {
                Class.forName(JsonReport.class.getName(), true, LiveLoad.class.getClassLoader());
                Class.forName(TextReport.class.getName(), true, LiveLoad.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                org.slf4j.LoggerFactory.getLogger(LiveLoad.class).debug("report warm-up failed: {}", e.toString());
            }
        }, "report-warm-up");
        t.setDaemon(true);
        t.start();
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
                // Spaces, not an erase-line escape: nothing but text reaches the terminal (TerminalSafeWriter).
                String line = String.format("[%d/%d] %s", s.callsDone(), s.callsPlanned(), s.step());
                err.print("\r" + line + " ".repeat(Math.max(0, PROGRESS_WIDTH - line.length())));
                err.flush();
            }
        };
    }

    /** The width a progress line is padded to, so a shorter line covers a longer one. */
    private static final int PROGRESS_WIDTH = 79;

    private static void endProgressLine(PrintWriter err) {
        if (terminal()) {
            synchronized (err) {
                err.print("\r" + " ".repeat(PROGRESS_WIDTH) + "\r");
                err.flush();
            }
        }
    }
}
