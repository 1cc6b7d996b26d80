package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ▸ Open snapshot, Open sample, Recent files and Save snapshot: the choosers, the view-model's read or
 * write, and an error dialog that names file, line and field and says what to do. On any error
 * the window keeps what it showed, and a failed save leaves any earlier file unchanged.
 */
final class SnapshotFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFiles.class);
    private static final Messages T = Messages.of("dialogs");

    private final MainViewModel vm;
    private final WindowServices services;
    private final Supplier<Window> window;
    private final Consumer<String> status;

    SnapshotFiles(MainViewModel vm, WindowServices services, Supplier<Window> window, Consumer<String> status) {
        this.vm = vm;
        this.services = services;
        this.window = window;
        this.status = status;
    }

    /** File ▸ Open sample: one item per built-in sample. */
    void fillSampleMenu(Menu menu) {
        menu.getItems().clear();
        for (Samples.Sample s : Samples.all()) {
            MenuItem item = new MenuItem(T.get("open.sampleItem", s.name(), sampleTitle(s)));
            item.setId("sample-" + s.name());
            item.setOnAction(e -> vm.openSample(s.name()));
            menu.getItems().add(item);
        }
    }

    /**
     * A sample's title in the current language: the bundle's, or the sample's own (English) for a
     * sample the bundle does not know yet.
     */
    static String sampleTitle(Samples.Sample s) {
        String key = "sample." + s.name();
        return T.has(key) ? T.get(key) : s.title();
    }

    /** File ▸ Recent files, kept up to date with the view-model's list. */
    void followRecentFiles(Menu menu) {
        vm.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent(menu));
        fillRecent(menu);
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path p : vm.recentFiles().files()) {
            MenuItem item = new MenuItem(T.get("open.recent", p.getFileName(), p.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(T.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(T.get("open.filterSnapshots"), "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(T.get("open.filterAll"), "*"));
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showOpenDialog(window.get());
        if (f != null) {
            open(f.toPath());
        }
    }

    /**
     * File ▸ Open design…: picks a template or plan and shows it; the notice text (how many values
     * are assumed, what was ignored), or null when nothing was opened (after an error dialog).
     */
    String chooseAndOpenDesign() {
        dev.gluefailover.i18n.Messages text = dev.gluefailover.i18n.Messages.of("design");
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("ui.filterDesigns"), "*.json", "*.yaml", "*.yml",
                        "*.template", "*.tfplan.json"),
                new FileChooser.ExtensionFilter(text.get("ui.filterAll"), "*"));
        File f = chooser.showOpenDialog(window.get());
        if (f == null) {
            return null;
        }
        Path file = f.toPath();
        String name = String.valueOf(file.getFileName());
        try {
            java.util.List<String> notes = vm.openDesign(file);
            int assumed = vm.getSnapshot().assumptions().size();
            String said = text.get("ui.opened", name, assumed);
            return notes.isEmpty() ? said : said + " " + String.join(" · ", notes);
        } catch (dev.gluefailover.design.DesignException e) {
            LOG.info("cannot open design {}: {}", file, e.getMessage());
            ErrorDialog.show(window.get(), text.get("ui.errorTitle"), text.get("ui.notADesign", name), e.getMessage(),
                    text.get("ui.fixAndRetry"));
        } catch (IOException | RuntimeException e) {
            LOG.info("cannot read design {}: {}", file, e.toString());
            ErrorDialog.show(window.get(), text.get("ui.errorTitle"), text.get("ui.cannotRead", name), e.toString(),
                    text.get("ui.checkReadable"));
        }
        return null;
    }

    /**
     * Why a file could not be shown, in the user's terms: {@code reason} completes "Could not open
     * FILE: …" (a notice), the rest is the error dialog's header, details and advice.
     */
    record OpenProblem(Path file, String reason, String header, String details, String whatToDo) {
    }

    /** Opens a snapshot file; false (after the error dialog) when it cannot be read or shown. */
    boolean open(Path file) {
        Optional<OpenProblem> problem = tryOpen(file);
        problem.ifPresent(p -> showProblem(p, T.get("open.unchanged")));
        return problem.isEmpty();
    }

    /** Opens a snapshot file, or says why not without showing anything; the window keeps what it showed. */
    Optional<OpenProblem> tryOpen(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            vm.openSnapshot(file);
            return Optional.empty();
        } catch (SnapshotFormatException e) {
            LOG.info("cannot open {}: {}", file, e.getMessage());
            int n = e.problems().size();
            return Optional.of(new OpenProblem(file, n == 1 ? T.get("open.invalid.reason.one")
                    : T.get("open.invalid.reason.many", String.valueOf(n)), T.get("open.invalid.header", name),
                    e.getMessage(), T.get("open.invalid.todo")));
        } catch (IOException e) {
            LOG.info("cannot read {}: {}", file, e.toString());
            // The reader's stream reports a missing file as FileNotFoundException, not NoSuchFileException.
            if (e instanceof NoSuchFileException || Files.notExists(file)) {
                return Optional.of(new OpenProblem(file, T.get("open.missing.reason"), T.get("open.missing.header", name),
                        file.toAbsolutePath().toString(), T.get("open.missing.todo")));
            }
            String reason = Files.isDirectory(file) ? T.get("open.folder.reason")
                    : e instanceof AccessDeniedException ? T.get("open.denied.reason")
                    : T.get("open.unreadable.reason");
            return Optional.of(new OpenProblem(file, reason, T.get("open.unreadable.header", name), e.toString(),
                    T.get("open.unreadable.todo")));
        } catch (RuntimeException e) {
            LOG.warn("cannot show {}", file, e);
            return Optional.of(new OpenProblem(file, T.get("open.empty.reason"), T.get("open.empty.header", name),
                    String.valueOf(e.getMessage()), T.get("open.empty.todo")));
        }
    }

    /** The error dialog for a file that could not be opened; {@code meanwhile} says what the window shows. */
    void showProblem(OpenProblem p, String meanwhile) {
        ErrorDialog.show(window.get(), T.get("open.cannotOpen"), p.header(), p.details(), p.whatToDo() + " " + meanwhile);
    }

    /** Asks whether to redact and where, then saves (atomically) with the user's connection order. */
    void save() {
        if (vm.getSnapshot() == null) {
            return;
        }
        SaveSnapshotDialog.ask(window.get(), services.redaction() != null, vm.getSelectedJob().name()).ifPresent(a -> {
            try {
                vm.save(a.file(), a.redact() ? services.redaction() : s -> s);
                status.accept(T.get("save.saved", a.file().getFileName()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot save {}", a.file(), e);
                ErrorDialog.show(window.get(), T.get("save.cannotSave"), T.get("error.cannotWrite", a.file().getFileName()),
                        e.toString(), ErrorDialog.writeAdvice());
            }
        });
    }
}
