package dev.gluefailover.cli;

import java.util.List;
import java.util.Set;

/**
 * The launcher's guess, from the words of a command line before it is parsed, whether the run will
 * call AWS. Kept apart from {@link MainCommand} so that asking costs no logging or bundle set-up:
 * the launcher asks first thing, and readies the JDK's TLS on another thread while the rest starts.
 */
public final class LiveStart {
    private LiveStart() {
    }

    /** Options that name a file or a sample as the source, or that only ask for help: no AWS call follows. */
    static final Set<String> OFFLINE_OPTIONS = Set.of("--sample", "--snapshot", "--template",
            "--terraform-plan", "--before-sample", "--after-sample", "-h", "--help", "-V", "--version");
    /** Options that only mean something for a load from AWS. */
    static final Set<String> LIVE_OPTIONS = Set.of("--job", "--all-jobs", "--scan", "--profile", "--region",
            "--endpoint-url", "--cli-connect-timeout", "--cli-read-timeout", "--accounts", "--accounts-file", "--role-name",
            "--config-aggregator");
    /** Commands that read from AWS unless an offline option says otherwise. */
    private static final Set<String> LIVE_COMMANDS = Set.of("jobs", "scan", "capture");

    /**
     * Whether this command line will most likely call AWS, judged from its words before it is parsed
     * (the launcher then readies TLS while the command line starts). A wrong guess costs only some CPU on
     * another thread: {@code check --job NAME} and {@code scan} say yes, {@code check --sample NAME},
     * {@code check --snapshot FILE --job NAME} and {@code samples} say no.
     */
    public static boolean mayCallAws(List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        boolean live = LIVE_COMMANDS.contains(args.get(0));
        for (String a : args) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (OFFLINE_OPTIONS.contains(name)) {
                return false;
            }
            live |= LIVE_OPTIONS.contains(name);
        }
        return live;
    }
}
