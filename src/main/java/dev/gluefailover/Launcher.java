package dev.gluefailover;

import dev.gluefailover.cli.MainCommand;
import dev.gluefailover.ui.ExplorerApp;
import java.util.Set;

/**
 * The one entry point of the jar. With a command it runs the command line; with no argument
 * (or only desktop options such as {@code --sample NAME} / {@code --snapshot FILE}) it starts the
 * desktop app. It does not extend javafx.application.Application, so the app runs from the
 * classpath (see packaging notes in the README).
 */
public final class Launcher {
    private static final Set<String> CLI_FIRST_WORDS = Set.of("check", "matrix", "timeline", "samples", "checks",
            "bench", "jobs", "capture", "diagram", "help", "-h", "--help", "-V", "--version");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CLI_FIRST_WORDS.contains(args[0])) {
            System.exit(MainCommand.run(args));
        }
        startDesktop(args);
    }

    private static void startDesktop(String[] args) {
        ExplorerApp.launchDesktop(args);
    }
}
