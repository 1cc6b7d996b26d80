package dev.gluefailover.ui;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.export.MarkdownReport;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.snapshot.SnapshotFormatException;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.snapshot.SnapshotWarnings;
import dev.gluefailover.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the main window shows, as read-only properties, and the few commands that change
 * it (the AtlantaFX sampler's MainModel pattern). Views bind to it and keep no state of their own.
 * The evaluation is recomputed synchronously on every change: the engine takes well under a
 * millisecond for real jobs, so there is nothing to gain from a background thread.
 *
 * <p>Not thread-safe: use it from the JavaFX thread (or, in unit tests, from one thread).
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    /** Undo history is bounded so a long demo session does not keep every snapshot copy alive. */
    private static final int UNDO_LIMIT = 200;

    /**
     * A simulation or reorder step the user can take back: the state before it and its name. The
     * name is worded when it is shown ({@link #description()}), in the language of that moment.
     */
    public record Step(Supplier<String> describer, Snapshot snapshot, String jobName, Simulation simulation) {
        /** "Move orders-db-1b to #1", in the current language. */
        public String description() {
            return describer.get();
        }
    }

    private static final Messages T = Messages.of("dialogs");

    private final SnapshotReader reader = new SnapshotReader();
    private final SnapshotWriter writer = new SnapshotWriter();
    private final RecentFiles recentFiles;

    private Engine engine;
    /** The one place that turns clicks and typed names into failures, for the snapshot shown. */
    private FailureTargets targets;

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<SnapshotIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyStringWrapper snapshotLabel = new ReadOnlyStringWrapper(this, "snapshotLabel", "");
    /** The label's words, said again when the language changes. */
    private Supplier<String> labelText = () -> "";
    /** The built-in sample shown, or null for a file, a design or a live load. */
    private String sampleName;
    /** What the shown snapshot holds that AWS cannot have: loaded anyway, shown in the window. */
    private final ReadOnlyListWrapper<SnapshotWarnings.Warning> warnings =
            new ReadOnlyListWrapper<>(this, "warnings", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Path> snapshotFile = new ReadOnlyObjectWrapper<>(this, "snapshotFile");
    private final ReadOnlyListWrapper<String> jobNames =
            new ReadOnlyListWrapper<>(this, "jobNames", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<GlueJob> selectedJob = new ReadOnlyObjectWrapper<>(this, "selectedJob");
    private final ReadOnlyListWrapper<String> connectionOrder =
            new ReadOnlyListWrapper<>(this, "connectionOrder", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Simulation> simulation =
            new ReadOnlyObjectWrapper<>(this, "simulation", Simulation.NONE);
    private final ReadOnlyObjectWrapper<RuleSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", RuleSettings.defaults());
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    /** Writable: the diagram, the list and the details all select things. */
    private final ObjectProperty<ElementRef> selectedElement = new SimpleObjectProperty<>(this, "selectedElement");
    private final BooleanProperty showRunChecks = new SimpleBooleanProperty(this, "showRunChecks", true);
    /** Draw every VPC of the snapshot, not only those the job's connections use. */
    private final BooleanProperty showAllVpcs = new SimpleBooleanProperty(this, "showAllVpcs", false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ReadOnlyListWrapper<Step> undoStack =
            new ReadOnlyListWrapper<>(this, "undoStack", FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Step> redoStack =
            new ReadOnlyListWrapper<>(this, "redoStack", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public MainViewModel(RecentFiles recentFiles) {
        this.recentFiles = Objects.requireNonNull(recentFiles);
        canUndo.bind(undoStack.emptyProperty().not());
        canRedo.bind(redoStack.emptyProperty().not());
        WeakLanguageListener.follow(this, MainViewModel::relabel);
    }

    /** The snapshot's label in the current language (the view-models' texts follow a language switch). */
    private void relabel() {
        snapshotLabel.set(labelText.get());
    }

    // --- read-only state -------------------------------------------------------------------

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot getSnapshot() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<SnapshotIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public SnapshotIndex getIndex() {
        return index.get();
    }

    /** The built-in sample shown, e.g. "three-az"; empty for a file, a design or a live load. */
    public java.util.Optional<String> shownSample() {
        return java.util.Optional.ofNullable(sampleName);
    }

    /** Where the snapshot came from, in words: a file name, "sample: three-az", "AWS: job in region". */
    public ReadOnlyStringProperty snapshotLabelProperty() {
        return snapshotLabel.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<SnapshotWarnings.Warning> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> snapshotFileProperty() {
        return snapshotFile.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> jobNamesProperty() {
        return jobNames.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GlueJob> selectedJobProperty() {
        return selectedJob.getReadOnlyProperty();
    }

    public GlueJob getSelectedJob() {
        return selectedJob.get();
    }

    /** The selected job's connections in job order: the order Glue checks them. */
    public ReadOnlyListProperty<String> connectionOrderProperty() {
        return connectionOrder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Simulation> simulationProperty() {
        return simulation.getReadOnlyProperty();
    }

    public Simulation getSimulation() {
        return simulation.get();
    }

    public ReadOnlyObjectProperty<RuleSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public RuleSettings getSettings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public Evaluation getEvaluation() {
        return evaluation.get();
    }

    public ObjectProperty<ElementRef> selectedElementProperty() {
        return selectedElement;
    }

    public BooleanProperty showRunChecksProperty() {
        return showRunChecks;
    }

    public BooleanProperty showAllVpcsProperty() {
        return showAllVpcs;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyListProperty<Step> undoStackProperty() {
        return undoStack.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Step> redoStackProperty() {
        return redoStack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** The engine of the current snapshot (null before one is shown), for views that ask further questions. */
    Engine engine() {
        return engine;
    }

    // --- commands ----------------------------------------------------------------------------

    /**
     * Reads a snapshot file and shows it. On any error the current snapshot, simulation and
     * history stay exactly as they were, and the exception says file, line and field.
     */
    public void openSnapshot(Path file) throws IOException, SnapshotFormatException {
        Snapshot read = reader.read(file);
        String name = file.getFileName().toString();
        show(read, () -> name, file);
        recentFiles.add(file.toAbsolutePath());
    }

    /**
     * Reads a design (a CloudFormation template, JSON or YAML, or the JSON of a Terraform plan) and
     * shows the snapshot it describes; its unobserved values are the snapshot's assumptions. On any
     * error the current snapshot, simulation and history stay as they were.
     *
     * @return the importer's warnings and its one line of ignored types, for the notice
     */
    public java.util.List<String> openDesign(Path file) throws IOException, dev.gluefailover.design.DesignException {
        dev.gluefailover.design.DesignImport.Options options = dev.gluefailover.design.DesignImport.Options.defaults();
        dev.gluefailover.design.DesignImport.Result r = isTerraformPlan(file)
                ? dev.gluefailover.design.DesignImport.terraformPlan(file, options)
                : dev.gluefailover.design.DesignImport.template(file, options);
        String name = file.getFileName().toString();
        show(r.snapshot(), () -> name, null);
        return r.notes();
    }

    /** {@code terraform show -json} output: a JSON object with the plan's own top-level keys. */
    static boolean isTerraformPlan(Path file) throws IOException {
        String head;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buf = new char[64 * 1024];
            int n = in.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n);
        }
        return head.stripLeading().startsWith("{") && head.contains("\"format_version\"")
                && (head.contains("\"planned_values\"") || head.contains("\"terraform_version\""));
    }

    public void openSample(String name) {
        show(Samples.get(name), () -> T.get("source.sample", name), null);
        sampleName = name;
    }

    /**
     * Shows a scenario made in the window (File ▸ New scenario, Copy this sample) as a fresh start:
     * no file behind it yet, so Save asks where, and no history.
     */
    public void showScenario(Snapshot scenario, String label) {
        show(scenario, () -> label, null);
    }

    /** Shows a snapshot the live loader produced (on the UI thread, once the load task is done). */
    public void loadFromAws(Snapshot loaded, String label) {
        show(loaded, () -> label, null);
    }

    /** As {@link #loadFromAws(Snapshot, String)}, with a label worded again when the language changes. */
    public void loadFromAws(Snapshot loaded, Supplier<String> label) {
        show(loaded, label, null);
    }

    /** Saves the current snapshot, with the user's reorders, as JSON or YAML by extension. */
    public void save(Path target, UnaryOperator<Snapshot> redaction) throws IOException {
        Snapshot toWrite = redaction.apply(snapshot.get());
        writer.write(toWrite, target);
        recentFiles.add(target.toAbsolutePath());
        LOG.info("saved snapshot to {}", target);
    }

    /**
     * Writes the Markdown review of the current job, simulation and settings (the CLI's
     * {@code check --format markdown}: the choice, every verdict, the checks and the
     * single-failure matrix), atomically so an earlier review of that name is never half-replaced.
     */
    public void exportReview(Path target) throws IOException {
        Evaluation e = evaluation.get();
        if (e == null) {
            throw new IllegalStateException(T.get("vm.nothingShown"));
        }
        WhatIfMatrix matrix = WhatIfMatrix.compute(engine, selectedJob.get(), simulation.get(), settings.get(), false);
        ExportFile.write(target, MarkdownReport.render(snapshot.get(), e, matrix));
        LOG.info("exported review of {} to {}", e.job().name(), target);
    }

    /** The job to show, for snapshots that hold several. */
    public void selectJob(String jobName) {
        Snapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        GlueJob job = s.job(jobName).orElseThrow(() -> new IllegalArgumentException(T.get("vm.noSuchJob", jobName)));
        if (job.equals(selectedJob.get())) {
            return;
        }
        undoStack.clear();
        redoStack.clear();
        selectedElement.set(null);
        applyJob(job);
        recompute();
    }

    /**
     * Switches a failure on, or off when exactly that failure is on (an AZ named by zone name or
     * id is the same outage); a failure in a taken slot replaces it (5 free IPs over 0).
     */
    public void toggleFailure(SimulatedFailure failure) {
        SimulatedFailure f = targets().resolve(failure);
        Simulation current = simulation.get();
        boolean on = current.contains(f);
        changeSimulation(on ? () -> T.get("undo.restore", f.describe()) : f::describe, current.toggled(f));
    }

    /**
     * "Fail or restore this element", the one rule of Ctrl+F, the details' button and the
     * diagram ({@link FailureTargets#toggle}): restores it when a failure of its own is on,
     * else fails it (a subnet: 0 free IPs; an AZ: an outage of its zone id).
     */
    public void toggleElement(ElementRef ref) {
        targets().toggle(simulation.get(), ref).ifPresent(next -> {
            List<SimulatedFailure> restored = simulation.get().failuresOf(canonical(ref));
            java.util.Optional<SimulatedFailure> failure = failureFor(ref);
            changeSimulation(restored.isEmpty() ? () -> failure.map(SimulatedFailure::describe).orElse(ref.id())
                    : () -> T.get("undo.restore", String.join(", ", restored.stream().map(SimulatedFailure::describe)
                            .toList())), next);
        });
    }

    /** Sets whether one failure is on; does nothing when it already is as asked. */
    public void setFailure(SimulatedFailure failure, boolean on) {
        if (isFailed(failure) != on) {
            toggleFailure(failure);
        }
    }

    /**
     * Simulates a subnet's free IP count, replacing any figure set before; null restores the
     * snapshot's figure.
     */
    public void setFreeIps(String subnetId, Integer freeIps) {
        Simulation current = simulation.get();
        if (freeIps == null) {
            if (current.freeIpOverride(subnetId).isPresent()) {
                changeSimulation(() -> T.get("undo.restoreFreeIps", subnetId),
                        current.without(new SimulatedFailure.SubnetIps(subnetId, 0)));
            }
            return;
        }
        SimulatedFailure.SubnetIps f = new SimulatedFailure.SubnetIps(subnetId, freeIps);
        if (!current.freeIpOverride(subnetId).equals(java.util.Optional.of(freeIps))) {
            changeSimulation(f::describe, current.with(f));
        }
    }

    /**
     * Shows a whole simulation at once, as one undo step (a drill's step: its failures replace
     * whatever was on); does nothing when it is already shown.
     */
    public void showSimulation(String description, Simulation next) {
        showSimulation(() -> description, next);
    }

    /** As {@link #showSimulation(String, Simulation)}, with the step's name worded when it is shown. */
    public void showSimulation(Supplier<String> description, Simulation next) {
        if (!simulation.get().equals(next)) {
            changeSimulation(description, next);
        }
    }

    public void restoreAll() {
        if (!simulation.get().isEmpty()) {
            changeSimulation(() -> T.get("undo.restoreAll"), Simulation.NONE);
        }
    }

    /** Moves a connection in the job's list ("what if this one came first"); indexes are 0-based. */
    public void reorder(int from, int to) {
        List<String> names = new ArrayList<>(connectionOrder);
        if (from == to || from < 0 || to < 0 || from >= names.size() || to >= names.size()) {
            return;
        }
        String moved = names.remove(from);
        names.add(to, moved);
        String place = String.valueOf(to + 1);
        pushUndo(() -> T.get("undo.move", moved, place));
        GlueJob job = selectedJob.get().withConnectionNames(names);
        Snapshot changed = snapshot.get().withJob(job);
        setSnapshotState(changed);
        applyJob(job);
        recompute();
    }

    /** Moves the named connection one place up (delta -1) or down (+1). */
    public void move(String connectionName, int delta) {
        int from = connectionOrder.indexOf(connectionName);
        if (from >= 0) {
            reorder(from, from + delta);
        }
    }

    /**
     * Makes a changed copy of the snapshot the working one (a recommendation's preview), as one
     * undo step named {@code description}: Ctrl+Z brings the snapshot before it back.
     */
    public void applyFork(String description, Snapshot changed) {
        applyFork(() -> description, changed);
    }

    /** As {@link #applyFork(String, Snapshot)}, with the step's name worded when it is shown. */
    public void applyFork(Supplier<String> description, Snapshot changed) {
        GlueJob job = changed.job(selectedJob.get().name()).orElseThrow(
                () -> new IllegalArgumentException(T.get("vm.forkLostJob", selectedJob.get().name())));
        pushUndo(description);
        setSnapshotState(changed);
        warnings.setAll(SnapshotWarnings.of(changed));
        applyJob(job);
        recompute();
    }

    public void undo() {
        travel(undoStack, redoStack);
    }

    public void redo() {
        travel(redoStack, undoStack);
    }

    /** Changes one inference setting by its name in {@link RuleSettings#asMap()}. */
    public void setSetting(String name, String value) {
        RuleSettings changed = settings.get().with(name, value);
        if (!changed.equals(settings.get())) {
            settings.set(changed);
            recompute();
        }
    }

    public void resetSettings() {
        settings.set(RuleSettings.defaults());
        recompute();
    }

    // --- derived answers views ask for -------------------------------------------------------

    /** The connection the selection names, if a connection is selected. */
    public ConnectionEvaluation selectedConnection() {
        ElementRef ref = selectedElement.get();
        Evaluation e = evaluation.get();
        if (ref == null || e == null || ref.kind() != ElementKind.CONNECTION) {
            return null;
        }
        return e.connection(ref.id()).orElse(null);
    }

    /** The failure "fail this element" means ({@link FailureTargets#failureFor}); empty when it cannot fail. */
    public java.util.Optional<SimulatedFailure> failureFor(ElementRef ref) {
        return targets().failureFor(ref);
    }

    /** This failure is on (an AZ outage named by zone name is the outage of its zone id). */
    public boolean isFailed(SimulatedFailure failure) {
        return simulation.get().contains(targets().resolve(failure));
    }

    /** The element is failed by a failure of its own ({@link Simulation#isFailed(ElementRef)}; AZs by name or id). */
    public boolean isFailed(ElementRef ref) {
        return simulation.get().isFailed(canonical(ref));
    }

    /** Sets whether an element is failed (switches, presets); does nothing when it already is as asked. */
    public void setElementFailed(ElementRef ref, boolean on) {
        if (isFailed(ref) != on) {
            toggleElement(ref);
        }
    }

    /** Failures made against the snapshot shown (against an empty network before one is). */
    private FailureTargets targets() {
        if (targets == null) {
            targets = new FailureTargets(new SnapshotIndex(new Snapshot(Snapshot.SCHEMA_VERSION, null, null,
                    new dev.gluefailover.model.Region("", null), null, null, null, null, null, null, null, null, null, null,
                    null)));
        }
        return targets;
    }

    /** An AZ ref by its zone id, as simulations hold them; other refs as they are. */
    ElementRef canonical(ElementRef ref) {
        return ref != null && ref.kind() == ElementKind.AVAILABILITY_ZONE
                ? new ElementRef(ref.kind(), targets().zoneId(ref.id()).orElse(ref.id())) : ref;
    }

    // --- internals ---------------------------------------------------------------------------

    private void show(Snapshot s, Supplier<String> label, Path file) {
        if (s.jobs().isEmpty()) {
            throw new IllegalArgumentException(T.get("vm.noJob"));
        }
        undoStack.clear();
        redoStack.clear();
        simulation.set(Simulation.NONE);
        selectedElement.set(null);
        selectedJob.set(null);
        setSnapshotState(s);
        labelText = label;
        sampleName = null;
        snapshotLabel.set(label.get());
        snapshotFile.set(file);
        warnings.setAll(SnapshotWarnings.of(s));
        jobNames.setAll(s.jobs().stream().map(GlueJob::name).toList());
        applyJob(s.jobs().get(0));
        recompute();
        LOG.info("showing {}: {} jobs, {} connections, {} subnets", snapshotLabel.get(), s.jobs().size(), s.connections().size(),
                s.subnets().size());
    }

    private void setSnapshotState(Snapshot s) {
        engine = new Engine(s);
        targets = new FailureTargets(engine.index());
        snapshot.set(s);
        index.set(engine.index());
    }

    private void applyJob(GlueJob job) {
        selectedJob.set(job);
        if (!connectionOrder.equals(job.connectionNames())) {
            connectionOrder.setAll(job.connectionNames());
        }
    }

    private void changeSimulation(Supplier<String> description, Simulation next) {
        pushUndo(description);
        simulation.set(next);
        recompute();
    }

    private void pushUndo(Supplier<String> description) {
        undoStack.add(new Step(description, snapshot.get(), selectedJob.get().name(), simulation.get()));
        if (undoStack.size() > UNDO_LIMIT) {
            undoStack.remove(0);
        }
        redoStack.clear();
    }

    private void travel(List<Step> from, List<Step> to) {
        if (from.isEmpty()) {
            return;
        }
        Step target = from.remove(from.size() - 1);
        to.add(new Step(target.describer(), snapshot.get(), selectedJob.get().name(), simulation.get()));
        if (target.snapshot() != snapshot.get()) {
            setSnapshotState(target.snapshot());
        }
        simulation.set(target.simulation());
        applyJob(target.snapshot().job(target.jobName()).orElseThrow());
        recompute();
    }

    private void recompute() {
        GlueJob job = selectedJob.get();
        if (engine == null || job == null) {
            evaluation.set(null);
            return;
        }
        long start = System.nanoTime();
        evaluation.set(engine.evaluate(job, simulation.get(), settings.get()));
        LOG.debug("evaluated {} in {} µs", job.name(), (System.nanoTime() - start) / 1000);
    }
}
