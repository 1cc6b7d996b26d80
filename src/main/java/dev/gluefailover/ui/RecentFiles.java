package dev.gluefailover.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot files opened or saved most recently, newest first. Kept in the user's Java
 * preferences when built with {@link #inPreferences()}, only in memory with {@link #inMemory()}
 * (tests, and runs where the preferences store is read-only).
 */
public final class RecentFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    private static final int LIMIT = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    private RecentFiles(Preferences node) {
        this.node = node;
        if (node != null) {
            for (int i = 0; i < LIMIT; i++) {
                String p = node.get(KEY + i, null);
                if (p != null && Files.isRegularFile(Path.of(p))) {
                    files.add(Path.of(p));
                }
            }
        }
    }

    public static RecentFiles inPreferences() {
        return new RecentFiles(Preferences.userRoot().node("dev/gluefailover/explorer"));
    }

    public static RecentFiles inMemory() {
        return new RecentFiles(null);
    }

    /** Newest first; read-only for views (change it through {@link #add}). */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public void add(Path file) {
        List<Path> next = new ArrayList<>(files);
        next.remove(file);
        next.add(0, file);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        store();
    }

    private void store() {
        if (node == null) {
            return;
        }
        try {
            for (int i = 0; i < LIMIT; i++) {
                if (i < files.size()) {
                    node.put(KEY + i, files.get(i).toString());
                } else {
                    node.remove(KEY + i);
                }
            }
            node.flush();
        } catch (BackingStoreException | SecurityException e) {
            LOG.warn("cannot remember recent files: {}", e.toString());
        }
    }
}
