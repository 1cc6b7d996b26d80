package dev.gluefailover.ui;

import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.rules.RuleSettings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "What if" tab's state: the single-failure matrix on top of the current simulation, the
 * optional pairs, and a retry timeline for one chosen failure. It follows the main view-model
 * (a new evaluation means the snapshot, job, order, simulation or settings changed) but only
 * computes while {@link #activeProperty() active} (the tab is showing): a hidden tab costs nothing.
 *
 * <p>Singles are a few dozen evaluations and run on the calling thread. Pairs grow with the square
 * of the candidates (12k pairs, ~0.2 s, on the large topology), so above {@link #SYNC_PAIR_LIMIT}
 * they go to the background executor; a result that comes back for inputs that have changed since
 * is dropped.
 *
 * <p>Use it from the JavaFX thread (or, in unit tests, one thread with a direct executor).
 */
public final class WhatIfViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfViewModel.class);
    /** Up to this many pairs (~20 ms) the pairs are computed at once; more go to the background. */
    static final int SYNC_PAIR_LIMIT = 1_000;

    /** One failure the user can pick for the retry timeline: the matrix's own candidates. */
    public record Candidate(String label, SimulatedFailure failure) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final MainViewModel main;
    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final int syncPairLimit;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final BooleanProperty includePairs = new SimpleBooleanProperty(this, "includePairs", false);
    private final ReadOnlyObjectWrapper<WhatIfMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyObjectWrapper<WhatIfMatrix> pairsMatrix = new ReadOnlyObjectWrapper<>(this, "pairsMatrix");
    private final ReadOnlyBooleanWrapper pairsComputing = new ReadOnlyBooleanWrapper(this, "pairsComputing");
    private final ReadOnlyListWrapper<Candidate> candidates =
            new ReadOnlyListWrapper<>(this, "candidates", FXCollections.observableArrayList());

    private final ObjectProperty<Candidate> retryFailure = new SimpleObjectProperty<>(this, "retryFailure");
    /** 1-based attempt the failure is on for. */
    private final IntegerProperty retryStartsAt = new SimpleIntegerProperty(this, "retryStartsAt", 2);
    /** 1-based attempt from which the failure is over again; null: it lasts. */
    private final ObjectProperty<Integer> retryEndsAt = new SimpleObjectProperty<>(this, "retryEndsAt");
    private final ReadOnlyObjectWrapper<RetryTimeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");

    /** The evaluation the matrix was computed for; stale when it is not the main view-model's. */
    private Evaluation computedFor;
    /** Bumped on every change of inputs, so a background result for older inputs is dropped. */
    private long generation;

    public WhatIfViewModel(MainViewModel main, Executor background, Consumer<Runnable> fxThread) {
        this(main, background, fxThread, SYNC_PAIR_LIMIT);
    }

    /** With another threshold for computing pairs at once, so tests can take the background path on a sample. */
    WhatIfViewModel(MainViewModel main, Executor background, Consumer<Runnable> fxThread, int syncPairLimit) {
        this.syncPairLimit = syncPairLimit;
        this.main = Objects.requireNonNull(main);
        this.background = Objects.requireNonNull(background);
        this.fxThread = Objects.requireNonNull(fxThread);
        main.evaluationProperty().addListener((o, a, b) -> refresh());
        active.addListener((o, a, b) -> refresh());
        includePairs.addListener((o, a, b) -> {
            pairsMatrix.set(null);
            computedFor = null;
            refresh();
        });
        retryFailure.addListener((o, a, b) -> recomputeTimeline());
        retryStartsAt.addListener((o, a, b) -> recomputeTimeline());
        retryEndsAt.addListener((o, a, b) -> recomputeTimeline());
        WeakLanguageListener.follow(this, WhatIfViewModel::relanguage);
    }

    /** The matrix's labels and sentences are worded when computed: compute them again in the new language. */
    private void relanguage() {
        computedFor = null;
        refresh();
    }

    // --- state -----------------------------------------------------------------------------------

    /** Set by the view: true while the tab is showing. Computing starts when it turns true. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty includePairsProperty() {
        return includePairs;
    }

    /** Singles only, for the current job, simulation (as base) and settings; null until computed. */
    public ReadOnlyObjectProperty<WhatIfMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public WhatIfMatrix getMatrix() {
        return matrix.get();
    }

    /** Singles and pairs, when pairs are asked for and computed; null otherwise (or while computing). */
    public ReadOnlyObjectProperty<WhatIfMatrix> pairsMatrixProperty() {
        return pairsMatrix.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pairsComputingProperty() {
        return pairsComputing.getReadOnlyProperty();
    }

    /** The failures the matrix tries, in its order: every AZ, then the job's NATs and endpoints. */
    public ReadOnlyListProperty<Candidate> candidatesProperty() {
        return candidates.getReadOnlyProperty();
    }

    public ObjectProperty<Candidate> retryFailureProperty() {
        return retryFailure;
    }

    public IntegerProperty retryStartsAtProperty() {
        return retryStartsAt;
    }

    public ObjectProperty<Integer> retryEndsAtProperty() {
        return retryEndsAt;
    }

    public ReadOnlyObjectProperty<RetryTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public RetryTimeline getTimeline() {
        return timeline.get();
    }

    /** Attempts of one run of the current job: 1 + MaxRetries. */
    public int attempts() {
        GlueJob job = main.getSelectedJob();
        return job == null ? 1 : 1 + job.retries();
    }

    // --- commands --------------------------------------------------------------------------------

    /**
     * Switches on, in the main simulation, the failures of one matrix row (one for a single, two
     * for a pair), each through the main view-model's toggle command so each can be undone.
     * Failures already on stay on.
     */
    public void apply(WhatIfMatrix.Outcome outcome) {
        for (SimulatedFailure f : outcome.failures()) {
            main.setFailure(f, true);
        }
    }

    /** Picks the retry failure by its label ("us-east-1a (use1-az1)") or its target id ("use1-az1"). */
    public void pickRetryFailure(String labelOrTarget) {
        candidates.stream()
                .filter(c -> c.label().equals(labelOrTarget) || c.failure().target().equals(labelOrTarget))
                .findFirst().ifPresent(retryFailure::set);
    }

    /** True when this failure is already on in the main simulation (the row's scenario is the baseline). */
    public boolean isOn(SimulatedFailure failure) {
        return main.isFailed(failure);
    }

    // --- internals -------------------------------------------------------------------------------

    private void refresh() {
        Evaluation e = main.getEvaluation();
        if (e == null) {
            generation++;
            matrix.set(null);
            pairsMatrix.set(null);
            pairsComputing.set(false);
            candidates.clear();
            timeline.set(null);
            computedFor = null;
            return;
        }
        if (!active.get() || e == computedFor) {
            return;
        }
        computedFor = e;
        long gen = ++generation;
        Engine engine = main.engine();
        GlueJob job = main.getSelectedJob();
        Simulation base = main.getSimulation();
        RuleSettings settings = main.getSettings();
        long start = System.nanoTime();
        WhatIfMatrix singles = WhatIfMatrix.compute(engine, job, base, settings, false);
        LOG.debug("what-if singles for {}: {} in {} µs", job.name(), singles.singles().size(),
                (System.nanoTime() - start) / 1000);
        updateCandidates(singles);
        matrix.set(singles);
        recomputeTimeline();
        if (!includePairs.get()) {
            pairsMatrix.set(null);
            pairsComputing.set(false);
            return;
        }
        int n = singles.singles().size();
        long pairCount = (long) n * (n - 1) / 2;
        if (pairCount <= syncPairLimit) {
            pairsComputing.set(false);
            pairsMatrix.set(WhatIfMatrix.compute(engine, job, base, settings, true));
            return;
        }
        pairsMatrix.set(null);
        pairsComputing.set(true);
        background.execute(() -> {
            if (gen != generation) {
                return; // newer inputs already queued: skip the work (read racily, at worst we compute once too often)
            }
            long t0 = System.nanoTime();
            WhatIfMatrix withPairs = WhatIfMatrix.compute(engine, job, base, settings, true);
            LOG.debug("what-if pairs for {}: {} in {} ms", job.name(), withPairs.pairs().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            fxThread.accept(() -> {
                if (gen == generation) {
                    pairsMatrix.set(withPairs);
                    pairsComputing.set(false);
                }
            });
        });
    }

    private void updateCandidates(WhatIfMatrix m) {
        List<Candidate> fresh = m.singles().stream()
                .map(o -> new Candidate(o.label(), o.failures().get(0))).toList();
        if (fresh.equals(candidates)) {
            return;
        }
        Candidate picked = retryFailure.get();
        candidates.setAll(fresh);
        // Keep the pick across recomputes (and a language switch) when the network still has it; else the first AZ.
        Candidate kept = picked == null ? null
                : fresh.stream().filter(c -> c.failure().equals(picked.failure())).findFirst().orElse(null);
        retryFailure.set(kept != null ? kept : fresh.isEmpty() ? null : fresh.get(0));
    }

    private void recomputeTimeline() {
        Candidate c = retryFailure.get();
        GlueJob job = main.getSelectedJob();
        if (c == null || job == null || main.engine() == null || !active.get()) {
            timeline.set(null);
            return;
        }
        int attempts = attempts();
        int startsAt = Math.max(1, Math.min(retryStartsAt.get(), attempts));
        Integer endsAt = retryEndsAt.get();
        if (endsAt != null && (endsAt <= startsAt || endsAt > attempts)) {
            endsAt = null; // an end outside the run means the failure lasts to the last attempt
        }
        timeline.set(RetryTimeline.compute(main.engine(), job, main.getSimulation(), Simulation.of(c.failure()),
                startsAt, endsAt, main.getSettings()));
    }
}
