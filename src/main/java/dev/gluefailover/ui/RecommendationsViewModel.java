package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.review.Recommendation;
import dev.gluefailover.review.Recommendations;
import dev.gluefailover.rules.RuleSettings;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Recommendations tab's state: the proven recommendations for the working snapshot, job,
 * simulation and settings, worked out in the background (each fix runs the evaluation and the
 * single-failure matrix on its fork) while the tab is {@link #activeProperty() active}; and the
 * preview of one of them.
 *
 * <p>A preview makes the fork the working snapshot as one undo step, and fills
 * {@link #proposedElements()} (the diagram draws them as proposed). Leaving it (the button, or
 * Ctrl+Z, or anything else that brings another snapshot) clears the marks; {@link #keep()} keeps
 * the fork as the working snapshot, which Save then saves. While a preview shows, the list stays
 * the one of the snapshot before it, so failures can be simulated on the preview without the
 * list changing under the user.
 *
 * <p>Use it from the JavaFX thread (in unit tests, one thread with direct executors).
 */
public final class RecommendationsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationsViewModel.class);
    private static final Messages TEXT = Messages.of("review");

    private final MainViewModel main;
    private final Executor background;
    private final Consumer<Runnable> fxThread;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<Recommendations.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<Recommendation> previewing = new ReadOnlyObjectWrapper<>(this, "previewing");
    private final ObservableSet<ElementRef> proposed = FXCollections.observableSet();

    /** The inputs the shown result is for; null when it must be computed again. */
    private Inputs computedFor;
    /** Bumped on every new computation, so a result for older inputs is dropped. */
    private long generation;
    /** The snapshot the preview shows (the fork); null when no preview shows. */
    private Snapshot previewFork;

    private record Inputs(Snapshot snapshot, GlueJob job, Simulation simulation, RuleSettings settings) {
        /** The same objects (a snapshot is compared by identity: a deep compare costs as much as a look). */
        boolean sameAs(Inputs o) {
            return o != null && snapshot == o.snapshot && job == o.job && simulation.equals(o.simulation)
                    && settings.equals(o.settings);
        }
    }

    public RecommendationsViewModel(MainViewModel main, Executor background, Consumer<Runnable> fxThread) {
        this.main = Objects.requireNonNull(main);
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
        main.evaluationProperty().addListener((o, a, b) -> changed());
        active.addListener((o, a, b) -> refresh());
        WeakLanguageListener.follow(this, RecommendationsViewModel::relanguage);
    }

    /** Reasons and changes are worded when worked out: work them out again in the new language. */
    private void relanguage() {
        computedFor = null;
        refresh();
    }

    /** For the window: fixes are proven on one daemon thread of their own, results come back on the FX thread. */
    static RecommendationsViewModel inBackground(MainViewModel main) {
        Executor worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "recommendations");
            t.setDaemon(true); // never keeps the app alive after the window closes
            return t;
        });
        return new RecommendationsViewModel(main, worker, javafx.application.Platform::runLater);
    }

    /** Set by the view: true while the tab is showing. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The standing and the recommendations for the inputs last computed; null before the first. */
    public ReadOnlyObjectProperty<Recommendations.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Recommendations.Result getResult() {
        return result.get();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The recommendation whose preview shows; null when none does. */
    public ReadOnlyObjectProperty<Recommendation> previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public Recommendation getPreviewing() {
        return previewing.get();
    }

    /** What the preview adds or changes; empty when no preview shows. */
    public ObservableSet<ElementRef> proposedElements() {
        return proposed;
    }

    /** Shows the fork of this recommendation as the working snapshot (one undo step). */
    public void preview(Recommendation r) {
        if (previewing.get() != null) {
            leavePreview();
        }
        Snapshot fork = r.fix().apply(main.getSnapshot());
        previewFork = fork;
        previewing.set(r);
        main.applyFork(() -> TEXT.get("ui.previewStep", r.title()), fork);
        proposed.clear();
        proposed.addAll(r.proposed());
        LOG.info("previewing {}", r.id());
    }

    /** Back to the snapshot before the preview (the same as Ctrl+Z right after it). */
    public void leavePreview() {
        if (previewFork != null && main.getSnapshot() == previewFork && main.canUndoProperty().get()) {
            main.undo(); // the evaluation listener clears the preview
        } else {
            clearPreview();
        }
    }

    /** The preview becomes the working snapshot: the marks go, the recommendations are worked out for it. */
    public void keep() {
        Recommendation r = previewing.get();
        if (r == null) {
            return;
        }
        clearPreview();
        computedFor = null;
        refresh();
        LOG.info("kept {}", r.id());
    }

    private void clearPreview() {
        previewFork = null;
        previewing.set(null);
        proposed.clear();
    }

    private void changed() {
        if (previewFork != null) {
            if (main.getSnapshot() == previewFork) {
                return; // a simulation or setting changed on the preview: the list stays the one it came from
            }
            clearPreview(); // Ctrl+Z, another file, another sample: the preview is over
        }
        refresh();
    }

    private void refresh() {
        if (!active.get() || previewFork != null) {
            return;
        }
        Snapshot s = main.getSnapshot();
        GlueJob job = main.getSelectedJob();
        if (s == null || job == null) {
            result.set(null);
            computedFor = null;
            return;
        }
        Inputs in = new Inputs(s, job, main.getSimulation(), main.getSettings());
        if (in.sameAs(computedFor)) {
            return;
        }
        computedFor = in;
        long gen = ++generation;
        computing.set(true);
        background.execute(() -> {
            long start = System.nanoTime();
            Recommendations.Result r;
            try {
                r = Recommendations.review(in.snapshot(), in.job(), in.simulation(), in.settings());
            } catch (RuntimeException e) {
                LOG.warn("recommendations for {} could not be worked out", in.job().name(), e);
                r = null;
            }
            Recommendations.Result done = r;
            LOG.debug("recommendations for {} in {} ms", in.job().name(), (System.nanoTime() - start) / 1_000_000);
            fxThread.accept(() -> {
                if (gen != generation) {
                    return;
                }
                computing.set(false);
                result.set(done);
            });
        });
    }
}
