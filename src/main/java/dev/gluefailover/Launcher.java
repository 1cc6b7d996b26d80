package dev.gluefailover;

import dev.gluefailover.aws.AwsWarmUp;
import dev.gluefailover.cli.LiveStart;
import dev.gluefailover.cli.MainCommand;
import dev.gluefailover.snapshot.Spelling;
import dev.gluefailover.ui.ExplorerApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one entry point of the jar. The desktop app starts only with no argument, a snapshot
 * file, or its own options ({@code --sample NAME}, {@code --snapshot FILE}); a command runs the
 * command line; anything else is a usage error (exit 2) that names the nearest command, so a
 * typo never opens a window silently or fails with a JavaFX stack trace on a machine without a
 * display. It does not extend javafx.application.Application, so the app runs from the
 * classpath (see packaging notes in the README).
 */
public final class Launcher {
    /** Options the command line itself takes before a command. */
    private static final Set<String> CLI_OPTIONS = Set.of("help", "-h", "--help", "-V", "--version");

    private Launcher() {
    }

    /** Where a start goes: the desktop, the command line, or a usage error with its message. */
    record Start(Kind kind, String message) {
        enum Kind { DESKTOP, CLI, USAGE_ERROR }
    }

    public static void main(String[] args) {
        if (LiveStart.mayCallAws(List.of(args))) {
            // TLS readies itself on the other core while the command line starts (AwsWarmUp).
            AwsWarmUp.start();
        }
        Start start = decide(List.of(args), commands());
        if (start.kind() != Start.Kind.CLI) {
            // The command line reads --lang itself; the window and a usage error take it from here.
            String lang = language(List.of(args));
            if (lang != null) {
                try {
                    dev.gluefailover.i18n.Messages.setLanguage(lang);
                } catch (IllegalArgumentException e) {
                    System.err.println(dev.gluefailover.i18n.Messages.of("cli").get("error.line",
                            dev.gluefailover.i18n.Messages.of("cli").get("error.language", lang)));
                    System.exit(2);
                }
            }
        }
        switch (start.kind()) {
            case CLI -> System.exit(MainCommand.run(args));
            case USAGE_ERROR -> {
                System.err.println(start.message());
                System.exit(2);
            }
            default -> {
                quietUnnamedModuleWarning();
                ExplorerApp.launchDesktop(args);
            }
        }
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * at every start from the classpath. The classpath is deliberate (the AWS SDK's automatic
     * modules cannot be linked; see docs/desktop.md), so the warning tells the user nothing they
     * can act on.
     */
    private static void quietUnnamedModuleWarning() {
        JavaFxLog.LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * The logger, held in a field (java.util.logging keeps loggers only weakly) of a class of its own:
     * a field of the Launcher would start java.util.logging, about 80 ms with its service look-up over
     * the class path, at every start, commands included.
     */
    private static final class JavaFxLog {
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("javafx");
    }

    /** The command names, as the command line declares them (read off the annotations: no picocli model is built). */
    static Set<String> commands() {
        return new TreeSet<>(MainCommand.commandNames());
    }

    static Start decide(List<String> args, Set<String> commands) {
        if (args.isEmpty() || isDesktopStart(args)) {
            return new Start(Start.Kind.DESKTOP, null);
        }
        String first = args.get(0);
        if (commands.contains(first) || CLI_OPTIONS.contains(first) || first.startsWith("-")) {
            // an unknown option gets picocli's own usage error (exit 2)
            return new Start(Start.Kind.CLI, null);
        }
        String nearest = nearest(first, commands);
        dev.gluefailover.i18n.Messages texts = dev.gluefailover.i18n.Messages.of("cli");
        return new Start(Start.Kind.USAGE_ERROR, nearest != null
                ? texts.get("error.notCommand", first, nearest, String.join(", ", commands))
                : texts.get("error.notCommandNoGuess", first, String.join(", ", commands)));
    }

    /** The value of {@code --lang X} or {@code --lang=X}; null without one. */
    static String language(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith("--lang=")) {
                return a.substring("--lang=".length());
            }
        }
        return null;
    }

    /**
     * Only the desktop's own forms: --sample NAME, --snapshot FILE (also -s, -f, --x=…), or one snapshot file,
     * each with --lang en|ja if wanted.
     */
    private static boolean isDesktopStart(List<String> args) {
        if (args.size() == 1 && !args.get(0).startsWith("-")) {
            return looksLikeSnapshotFile(args.get(0));
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--sample") || a.equals("-s") || a.equals("--snapshot") || a.equals("-f")
                    || a.equals("--lang")) && i + 1 < args.size()) {
                i++;
            } else if (!a.startsWith("--sample=") && !a.startsWith("--snapshot=") && !a.startsWith("--lang=")) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeSnapshotFile(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (RuntimeException e) {
            return false; // not even a path
        }
    }

    /** The command a typo most likely meant: within two edits, or the only one it starts. */
    static String nearest(String word, Set<String> commands) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : commands) {
            int d = Spelling.distance(word.toLowerCase(Locale.ROOT), c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (bestDistance <= 2) {
            return best;
        }
        List<String> prefixed = commands.stream().filter(c -> c.startsWith(word.toLowerCase(Locale.ROOT))).toList();
        return prefixed.size() == 1 ? prefixed.get(0) : null;
    }

}
