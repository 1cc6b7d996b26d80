package dev.gluefailover.ui;

import dev.gluefailover.snapshot.Redactor;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. {@code dev.gluefailover.Launcher} calls {@link #launchDesktop} when no
 * subcommand is given (the Launcher itself does not extend Application, so the app runs from
 * the classpath). Arguments: {@code --sample NAME}, {@code --snapshot FILE} or a bare FILE;
 * without any, the seed-article sample.
 *
 * <p>The language: {@code --lang en|ja} (set by the Launcher) wins, then the one chosen last in
 * View ▸ Language (remembered in the user's preferences, {@code java.util.prefs}), then the OS locale.
 */
public class ExplorerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerApp.class);
    static final String DEFAULT_SAMPLE = "seed-article";
    /** The preference that remembers View ▸ Language ({@code en} or {@code ja}). */
    static final String LANGUAGE_PREFERENCE = "language";

    /** Starts JavaFX and shows the main window; returns when the window is closed. */
    public static void launchDesktop(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    /** What to show first, from the command line. */
    record StartOptions(String sample, Path snapshot) {
        static StartOptions parse(List<String> args) {
            String sample = null;
            Path file = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if ((a.equals("--sample") || a.equals("-s")) && i + 1 < args.size()) {
                    sample = args.get(++i);
                } else if (a.startsWith("--sample=")) {
                    sample = a.substring("--sample=".length());
                } else if ((a.equals("--snapshot") || a.equals("-f")) && i + 1 < args.size()) {
                    file = Path.of(args.get(++i));
                } else if (a.startsWith("--snapshot=")) {
                    file = Path.of(a.substring("--snapshot=".length()));
                } else if (a.equals("--lang") && i + 1 < args.size()) {
                    i++; // the language was set by the Launcher before the toolkit started
                } else if (a.startsWith("--lang=")) {
                    continue;
                } else if (!a.startsWith("-")) {
                    file = Path.of(a);
                } else {
                    LOG.warn("ignoring unknown option {}", a);
                }
            }
            return new StartOptions(file == null && sample == null ? DEFAULT_SAMPLE : sample, file);
        }
    }

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        followRememberedLanguage(getParameters().getRaw());
        MainViewModel vm = new MainViewModel(RecentFiles.inPreferences());
        MainWindow window = new MainWindow(vm, new WindowServices(getHostServices()::showDocument,
                new Redactor()::redact, AwsClientFactory.userEnvironment()));
        stage.getIcons().add(new Image(ExplorerApp.class.getResourceAsStream("app-icon.png")));
        // Opened before the window shows, so it opens on the snapshot; a file's error dialog waits for it.
        window.controller().openAtStart(options);
        window.show(stage);
        // Fit once the first layout pass has sized the diagram.
        javafx.application.Platform.runLater(window.controller().diagram()::fitToWindow);
    }

    /**
     * The language last chosen in View ▸ Language, unless the command line ({@code --lang}) or the
     * {@code gfe.lang} property chose one; from now on every choice is remembered.
     */
    private static void followRememberedLanguage(List<String> args) {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userNodeForPackage(ExplorerApp.class);
        boolean given = args.stream().anyMatch(a -> a.equals("--lang") || a.startsWith("--lang="))
                || !System.getProperty("gfe.lang", "").isBlank();
        if (!given) {
            String remembered = prefs.get(LANGUAGE_PREFERENCE, null);
            if (remembered != null) {
                try {
                    dev.gluefailover.i18n.Messages.setLanguage(remembered);
                } catch (IllegalArgumentException e) {
                    LOG.warn("ignoring the remembered language {}", remembered);
                }
            }
        }
        dev.gluefailover.i18n.Messages.onChange(l -> {
            try {
                prefs.put(LANGUAGE_PREFERENCE, l.getLanguage());
            } catch (RuntimeException e) {
                LOG.warn("cannot remember the language: {}", e.toString());
            }
        });
    }
}
