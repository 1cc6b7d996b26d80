package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * The topology diagram, drawn from {@link DiagramLayout} geometry in the AWS VPC resource map's
 * visual language. {@link #show} rebuilds the scene graph when the snapshot or job changes;
 * {@link #update} only restyles (verdicts, failed items, chosen path), so a failure toggle costs
 * a few style-class changes, not a rebuild. The view holds no simulation state of its own: it
 * reports what the user wants failed through {@link #setOnToggleFailure}, and the app answers
 * with a new evaluation.
 *
 * <p>This class is the facade; the work is done by {@link NodeBuilder} (the scene graph),
 * {@link DiagramStyling} (restyling from the marks), {@link DiagramInteraction} and
 * {@link FailureGestures} (selection, hover, keys, menu), {@link DiagramCamera} (zoom, pan, fit,
 * overview) and {@link DiagramRearrangement} (another arrangement of the VPCs on resize).
 */
public class DiagramView extends Region {
    /** Style classes the tests and the stylesheet speak in. */
    public static final String FAILED = "failed";
    public static final String IN_FAILED_AZ = "in-failed-az";
    public static final String CHOSEN_PATH = "chosen-path";
    /** On the chosen path when Glue would pick the connection but a run on it would fail (e.g. NAT_IN_FAILED_AZ). */
    public static final String PATH_BROKEN = "path-broken";
    /** Named by a snapshot diff (compare mode): changed, or added since the other snapshot. */
    public static final String CHANGED = "changed";
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    /** Opacity of what sits in a failed AZ or failed subnet. */
    public static final double DIMMED = 0.45;
    private static final double MAX_IMAGE_SIDE = 16_000;
    private static final String STYLESHEET = DiagramView.class.getResource("diagram.css").toExternalForm();

    private final ObjectProperty<ElementRef> selected = new SimpleObjectProperty<>(this, "selectedElement");
    private final ReadOnlyObjectWrapper<ElementRef> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredElement");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    /** Elements a recommendation's preview adds or changes: drawn with a dashed "proposed" outline. */
    private final javafx.collections.ObservableSet<ElementRef> proposed =
            javafx.collections.FXCollections.observableSet();

    // Scene graph: viewport (clipped) ▸ camera (pan + zoom) ▸ content (the drawing, no transforms, for snapshots).
    private final Pane viewport = new Pane();
    private final Group cameraGroup = new Group();
    private final Group content = new Group();
    private final Group boxLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group badgeLayer = new Group();
    private final MiniMap miniMap = new MiniMap();
    private final DiagramCamera camera;
    private final DiagramInteraction interaction;
    private final DiagramRearrangement rearrangement;

    // What the current drawing is made of.
    private SnapshotIndex index;
    private DiagramNodes nodes = DiagramNodes.none();
    private DiagramStyling styling = new DiagramStyling(DiagramNodes.none());
    private Evaluation evaluation;
    // What to lay out again with on a resize (null when a given layout is drawn as it is).
    private GlueJob job;
    private LayoutOptions options;
    /** The compare mode's marks (element → CHANGED or ADDED), kept across rebuilds. */
    private Map<ElementRef, String> changeMarks = Map.of();

    public DiagramView() {
        getStyleClass().add("diagram-view");
        setFocusTraversable(true);
        // The stylesheet goes on the scene, not on this Parent: for every node under a Parent with its
        // own stylesheet, JavaFX registers the node's parent in a list it scans linearly, which on a
        // thousand subnets made building and restyling quadratic. Its rules all start with .diagram-view.
        sceneProperty().addListener((o, before, now) -> addStylesheet(now));
        viewport.getStyleClass().add("diagram-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        content.getChildren().addAll(boxLayer, edgeLayer, badgeLayer);
        camera = new DiagramCamera(this, viewport, miniMap);
        cameraGroup.getTransforms().addAll(camera.pan, camera.zoom);
        cameraGroup.getChildren().add(content);
        cameraGroup.setManaged(false);
        viewport.getChildren().add(cameraGroup);
        getChildren().addAll(viewport, miniMap);

        dark.addListener((o, a, b) -> pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), b));
        proposed.addListener((javafx.collections.SetChangeListener<ElementRef>) c -> markProposed());
        String ua = Application.getUserAgentStylesheet();
        dark.set(ua != null && ua.toLowerCase(Locale.ROOT).contains("dark"));

        interaction = new DiagramInteraction(this, camera, selected, hovered, () -> evaluation);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && !e.isConsumed()) {
                interaction.clickedEmptySpace();
            }
        });
        rearrangement = new DiagramRearrangement(this::viewAspect, this::relayout);
        widthProperty().addListener((o, a, b) -> rearrangement.sizeChanged());
        heightProperty().addListener((o, a, b) -> rearrangement.sizeChanged());
    }

    private static void addStylesheet(Scene scene) {
        if (scene == null || scene.getStylesheets().contains(STYLESHEET)) {
            return;
        }
        scene.getStylesheets().add(STYLESHEET);
        // a later setAll on the scene's stylesheets (a theme change, say) must not take the diagram's away
        scene.getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!c.getList().contains(STYLESHEET)) {
                javafx.application.Platform.runLater(() -> addStylesheet(scene));
            }
        });
    }

    // --- public API ---------------------------------------------------------------------------

    /** Rebuilds the drawing for a snapshot (its index) and job, styled by the evaluation. */
    public void show(SnapshotIndex index, GlueJob job, Evaluation evaluation) {
        show(index, job, evaluation, LayoutOptions.defaults());
    }

    /**
     * As {@link #show(SnapshotIndex, GlueJob, Evaluation)}, with layout options (e.g. show all VPCs).
     * The VPCs are arranged for the view's current shape (its target aspect overrides the options'),
     * and arranged again when a resize makes another arrangement show them clearly larger.
     */
    public void show(SnapshotIndex index, GlueJob job, Evaluation evaluation, LayoutOptions options) {
        LayoutOptions base = options == null ? LayoutOptions.defaults() : options;
        double aspect = viewAspect();
        draw(index, DiagramLayout.compute(index, job, aspect > 0 ? base.withTargetAspect(aspect) : base),
                evaluation);
        this.job = job;
        this.options = base;
        rearrangement.drawn(nodes.diagram, true);
    }

    /**
     * Draws an already computed layout (the benchmark times layout and drawing apart). It is kept
     * as given: with no job to lay out again with, a resize only refits it.
     */
    public void show(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
        draw(index, diagram, evaluation);
    }

    private void draw(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
        rearrangement.drawn(diagram, false);
        this.job = null;
        this.options = null;
        this.index = index;
        this.evaluation = null;
        // Built, styled for the evaluation and wired off-scene, then attached in one go: adding
        // thousands of nodes one by one to a live scene, or changing their classes once they are in
        // it, costs a scene-change notification and a CSS mark per node.
        content.getChildren().clear(); // the layers are off-scene from here to the last line
        nodes = NodeBuilder.build(diagram);
        boxLayer.getChildren().setAll(nodes.boxLayer);
        edgeLayer.getChildren().setAll(nodes.edgeLayer); // before styling: the chosen path's lines come to the front
        badgeLayer.getChildren().setAll(nodes.badgeLayer);
        styling = new DiagramStyling(nodes);
        camera.setDiagram(diagram);
        interaction.setNodes(index, nodes);
        miniMap.draw(diagram);
        update(evaluation);
        markProposed();
        applyChangeMarks(true);
        content.getChildren().setAll(boxLayer, edgeLayer, badgeLayer, nodes.overlay);
        requestLayout();
        if (getWidth() > 0) {
            fitToWindow();
        } else {
            camera.fitLater();
        }
    }

    /** Width / height of the space the drawing is fitted into (as fitToWindow measures it), 0 before sizing. */
    private double viewAspect() {
        // the view's own size: the viewport follows it only in the next layout pass
        double w = (getWidth() > 0 ? getWidth() : viewport.getWidth()) - DiagramCamera.FIT_MARGIN;
        double h = (getHeight() > 0 ? getHeight() : viewport.getHeight()) - DiagramCamera.FIT_MARGIN;
        return w > 0 && h > 0 ? w / h : 0;
    }

    /**
     * Lays the same snapshot and job out again for the view's shape and rebuilds; what the user
     * looks at survives: the selection (the same box of it), the hover highlight, the evaluation's
     * styling, and the fit (or, when zoomed in, the element that was at the centre stays centred).
     */
    private void relayout() {
        if (nodes.diagram == null || job == null) {
            return;
        }
        boolean wasFitted = camera.inFit();
        double zoomBefore = camera.scale();
        String centreKey = wasFitted ? null : nodes.boxKeyAt(camera.centreX(), camera.centreY());
        String keepKey = interaction.selectedKey();
        ElementRef hover = hovered.get();
        show(index, job, evaluation, options);
        if (keepKey != null) {
            interaction.keepSelectedBox(keepKey);
        }
        interaction.keepHover(hover);
        if (!wasFitted) {
            camera.setScale(zoomBefore);
            ElementNode c = nodes.at(centreKey);
            if (c != null) {
                camera.centerOn(c.box.bounds().centerX(), c.box.bounds().centerY());
            }
        }
    }

    /**
     * Restyles for a new evaluation of the same snapshot and job: verdict colours, items the
     * simulation failed (crossed and dimmed), the chosen connection's path to its egress, and a
     * short pulse on the badge that has just become the chosen one.
     */
    public void update(Evaluation evaluation) {
        if (nodes.diagram == null) {
            return;
        }
        Evaluation before = this.evaluation;
        this.evaluation = evaluation;
        if (styling.apply(before, evaluation) || before == null) {
            miniMap.mark(styling.failedBounds());
        }
    }

    /**
     * Highlights the elements a snapshot diff names (style class {@link #CHANGED} or {@link #ADDED});
     * an empty map ends the highlight. The marks stay through rebuilds until replaced.
     */
    public void markChanges(Map<ElementRef, String> marks) {
        applyChangeMarks(false);
        changeMarks = Map.copyOf(marks);
        applyChangeMarks(true);
    }

    /** The marks of compare mode now on the drawing. */
    public Map<ElementRef, String> changeMarks() {
        return changeMarks;
    }

    private void applyChangeMarks(boolean on) {
        changeMarks.forEach((ref, cls) -> {
            for (ElementNode n : nodes.of(ref)) {
                n.setClass(cls, on);
            }
        });
    }

    /**
     * Pulses the chosen badge again when the choice differs from {@code before} (the same rule as a
     * restyle, {@code ChoiceChange}): a quiz shows the change when the answer is revealed, not when
     * the failures were switched on.
     */
    public void pulseChoiceChange(Evaluation before) {
        if (nodes.diagram != null && evaluation != null) {
            styling.pulseNewlyChosen(before, evaluation);
        }
    }

    public ObjectProperty<ElementRef> selectedElementProperty() {
        return selected;
    }

    /** The elements drawn as proposed (style class {@value #PROPOSED}); kept across redraws. */
    public javafx.collections.ObservableSet<ElementRef> proposedElements() {
        return proposed;
    }

    /** Style class of an element a recommendation's preview adds or changes. */
    public static final String PROPOSED = "proposed";

    private void markProposed() {
        for (ElementNode n : nodes.byKey.values()) {
            n.setClass(PROPOSED, proposed.contains(n.box.ref()));
        }
    }

    public ReadOnlyObjectProperty<ElementRef> hoveredElementProperty() {
        return hovered.getReadOnlyProperty();
    }

    /**
     * Called with each failure the user wants toggled (the handler toggles it: {@code Simulation.toggled}).
     * "Fail or restore this element" is decided by {@code FailureTargets.toggle} and arrives as the
     * failures that change; "Set free IPs…" as the new number; "Delete subnet" as the deletion.
     */
    public void setOnToggleFailure(Consumer<SimulatedFailure> handler) {
        interaction.failures().setOnToggleFailure(handler);
    }

    /**
     * Optional: called instead with the element when the user wants it failed or restored (an AZ
     * header click, double-click, Space / F, Fail / Restore in the menu); the owner applies
     * {@code FailureTargets.toggle(simulation, ref)}. Null goes back to {@link #setOnToggleFailure}.
     */
    public void setOnToggleElement(Consumer<ElementRef> handler) {
        interaction.failures().setOnToggleElement(handler);
    }

    /** Items the owner adds to an element's context menu (the scenario editor's adds and removes). */
    public void setMenuAdditions(java.util.function.Function<ElementRef, List<javafx.scene.control.MenuItem>> items) {
        interaction.failures().setMenuAdditions(items);
    }

    /** The context menu an element gets (tests fire its items: Monocle's robot opens no context menus). */
    public javafx.scene.control.ContextMenu contextMenuFor(ElementRef ref) {
        return interaction.failures().menuFor(ref);
    }

    /** How "Set free IPs…" asks for the number (tests answer in place of the dialog). */
    void setFreeIpsAsk(FreeIpsDialog.Ask ask) {
        interaction.failures().setFreeIpsAsk(ask);
    }

    FailureGestures failureGestures() {
        return interaction.failures();
    }

    /** A re-arrangement is waiting for the resize to pause. */
    boolean rearrangementPending() {
        return rearrangement.pending();
    }

    /** True for the dark palette; set from AtlantaFX's user agent stylesheet at start, settable by the app. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public void zoomIn() {
        camera.zoomIn();
    }

    public void zoomOut() {
        camera.zoomOut();
    }

    /** The whole diagram in view, centred. */
    public void fitToWindow() {
        camera.fitToWindow();
    }

    /** 100 %, top-left corner in view. */
    public void resetZoom() {
        camera.reset();
    }

    public double getZoom() {
        return camera.scale();
    }

    /** Where the user looks: fitted, or a zoom and the diagram point at the centre of the view. */
    public record ViewState(boolean fitted, double zoom, double centreX, double centreY) {
    }

    public ViewState viewState() {
        return new ViewState(camera.inFit(), camera.scale(), camera.centreX(), camera.centreY());
    }

    /**
     * Looks where another view of the same diagram looked (the window rebuilt in another language):
     * a zoom the user chose is applied once this view has its size; a fitted view simply fits.
     */
    public void restoreViewState(ViewState state) {
        pendingView = state == null || state.fitted() ? null : state;
        requestLayout();
    }

    private ViewState pendingView;

    /** The geometry currently drawn (null before {@link #show}). */
    public Diagram diagram() {
        return nodes.diagram;
    }

    /**
     * The nodes that show an element: its box(es); for an AZ, the column headers (what a user
     * clicks to fail it). For tests and for the app's "reveal" commands.
     */
    public List<Node> nodesOf(ElementRef ref) {
        List<Node> list = new ArrayList<>();
        for (ElementNode n : nodes.of(ref)) {
            list.add(n.face());
        }
        return list;
    }

    /** Scrolls so that the element is in view (used after keyboard selection). */
    public void reveal(ElementRef ref) {
        List<ElementNode> list = nodes.of(ref);
        if (!list.isEmpty()) {
            camera.reveal(list.get(0).box.bounds());
        }
    }

    /**
     * The drawing as an image at {@code scale} (1 = 100 %), whatever the current zoom and pan:
     * PNG export uses it. Very large diagrams are scaled down to at most 16,000 pixels a side.
     */
    public WritableImage renderImage(double scale) {
        if (nodes.diagram == null) {
            return new WritableImage(1, 1);
        }
        Rect r = nodes.diagram.bounds();
        double s = Math.min(scale, MAX_IMAGE_SIDE / Math.max(r.width(), r.height()));
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(s, s));
        // the diagram's own bounds, so pixel (x, y) is diagram point (x / s, y / s) whatever the effects
        p.setViewport(new Rectangle2D(r.x() * s, r.y() * s, Math.ceil(r.width() * s), Math.ceil(r.height() * s)));
        p.setFill(dark.get() ? Color.web("#0d1117") : Color.WHITE);
        // An exported picture shows the state of the simulation, not where the mouse happens to be.
        interaction.showHover(false);
        try {
            applyCss();
            content.applyCss();
            fitTexts();
            return content.snapshot(p, null);
        } finally {
            interaction.showHover(true);
        }
    }

    private void fitTexts() {
        if (getScene() != null) {
            nodes.fits.apply(); // once per build, when CSS has given the texts their fonts
        }
    }

    // --- layout of the control ---------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        fitTexts();
        double w = getWidth();
        double h = getHeight();
        viewport.resizeRelocate(0, 0, w, h);
        double mw = Math.min(220, w * 0.25);
        miniMap.resize(mw);
        miniMap.relocate(w - miniMap.getWidthUsed() - 12, h - miniMap.getHeightUsed() - 12);
        camera.fitIfPending(w, h);
        camera.refitIfResized(w, h);
        if (pendingView != null && w > 0 && h > 0 && nodes.diagram != null) {
            ViewState v = pendingView;
            pendingView = null;
            camera.setScale(v.zoom());
            camera.centerOn(v.centreX(), v.centreY());
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
