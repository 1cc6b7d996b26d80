package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.layout.Arrangement;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.DiagramMarks;
import dev.gluefailover.layout.Edge;
import dev.gluefailover.layout.EdgeKind;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.layout.IpUsage;
import dev.gluefailover.layout.Lane;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.layout.Point;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.layout.RouteRow;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueJob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.PauseTransition;
import javafx.animation.ScaleTransition;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The topology diagram, drawn from {@link DiagramLayout} geometry in the AWS VPC resource map's
 * visual language. {@link #show} rebuilds the scene graph when the snapshot or job changes;
 * {@link #update} only restyles (verdicts, failed items, chosen path), so a failure toggle costs
 * a few style-class changes, not a rebuild. The view holds no simulation state of its own: it
 * reports what the user wants failed through {@link #setOnToggleFailure}, and the app answers
 * with a new evaluation.
 */
public class DiagramView extends Region {
    /** Style classes the tests and the stylesheet speak in. */
    public static final String FAILED = "failed";
    public static final String IN_FAILED_AZ = "in-failed-az";
    public static final String CHOSEN_PATH = "chosen-path";
    /** On the chosen path when Glue would pick the connection but a run on it would fail (e.g. NAT_IN_FAILED_AZ). */
    public static final String PATH_BROKEN = "path-broken";

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    /** Opacity of what sits in a failed AZ or failed subnet. */
    public static final double DIMMED = 0.45;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;
    private static final double ZOOM_STEP = 1.2;
    private static final double MAX_IMAGE_SIDE = 16_000;

    private final ObjectProperty<ElementRef> selected = new SimpleObjectProperty<>(this, "selectedElement");
    private final ReadOnlyObjectWrapper<ElementRef> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredElement");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Consumer<SimulatedFailure> onToggleFailure = f -> { };

    // Scene graph: viewport (clipped) ▸ camera (pan + zoom) ▸ content (the drawing, no transforms, for snapshots).
    private final Pane viewport = new Pane();
    private final Group camera = new Group();
    private final Group content = new Group();
    private final Group boxLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group badgeLayer = new Group();
    private final Group overlayLayer = new Group();
    private final Scale zoom = new Scale(1, 1);
    private final Translate pan = new Translate(0, 0);
    private final MiniMap miniMap = new MiniMap();

    // What the current drawing is made of.
    private SnapshotIndex index;
    private Diagram diagram;
    private ElementFacts facts;
    private Evaluation evaluation;
    private final Map<String, ElementNode> nodesByKey = new LinkedHashMap<>();
    private final Map<ElementRef, List<ElementNode>> nodesByRef = new HashMap<>();
    private final Map<String, Polyline> edgeNodes = new LinkedHashMap<>();
    private final Map<String, List<Edge>> edgesByBox = new HashMap<>();
    private final List<ElementNode> navigable = new ArrayList<>();
    private String selectedKey;
    private Integer lastChosenOrder;
    private ContextMenu openMenu;

    // Drag-to-pan bookkeeping: a drag must not count as a click on what it started on.
    private double dragStartX;
    private double dragStartY;
    private boolean dragged;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        getStylesheets().add(DiagramView.class.getResource("diagram.css").toExternalForm());
        setFocusTraversable(true);
        viewport.getStyleClass().add("diagram-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        content.getChildren().addAll(boxLayer, edgeLayer, badgeLayer, overlayLayer);
        camera.getTransforms().addAll(pan, zoom);
        camera.getChildren().add(content);
        camera.setManaged(false);
        viewport.getChildren().add(camera);
        getChildren().addAll(viewport, miniMap);
        miniMap.setOnNavigate(this::centerOn);

        dark.addListener((o, a, b) -> pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), b));
        String ua = Application.getUserAgentStylesheet();
        dark.set(ua != null && ua.toLowerCase(java.util.Locale.ROOT).contains("dark"));

        selected.addListener((o, before, now) -> applySelection(before, now));
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            if (!dragged && e.getButton() == MouseButton.PRIMARY && !e.isConsumed()) {
                selected.set(null); // a click on empty space clears the selection
            }
        });
        viewport.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        zoom.xProperty().addListener((o, a, b) -> viewportMoved());
        pan.xProperty().addListener((o, a, b) -> viewportMoved());
        pan.yProperty().addListener((o, a, b) -> viewportMoved());
        widthProperty().addListener((o, a, b) -> viewportMoved());
        heightProperty().addListener((o, a, b) -> viewportMoved());
        widthProperty().addListener((o, a, b) -> arrangementCheck());
        heightProperty().addListener((o, a, b) -> arrangementCheck());
        relayoutTimer.setOnFinished(e -> relayout());
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
    }

    /**
     * Draws an already computed layout (the benchmark times layout and drawing apart). It is kept
     * as given: with no job to lay out again, a resize only refits it.
     */
    public void show(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
        draw(index, diagram, evaluation);
    }

    private void draw(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
        relayoutTimer.stop();
        this.job = null;
        this.options = null;
        this.index = index;
        this.diagram = diagram;
        this.facts = new ElementFacts(index);
        this.evaluation = null;
        this.lastChosenOrder = null;
        build();
        ElementRef keep = selected.get();
        selectedKey = null;
        if (keep != null && nodesByRef.containsKey(keep)) {
            applySelection(null, keep);
        } else {
            selected.set(null);
        }
        update(evaluation);
        miniMap.draw(diagram);
        if (getWidth() > 0) {
            fitToWindow();
        } else {
            needsFit = true;
        }
    }

    private boolean needsFit;

    // Re-arranging on resize: what to lay out again with, and a short wait so that dragging a
    // window edge lays out once, when the drag pauses, not on every pixel.
    private GlueJob job;
    private LayoutOptions options;
    private final PauseTransition relayoutTimer = new PauseTransition(Duration.millis(150));
    /** Above this gain in fit scale another arrangement is worth a rebuild (no flip-flop at a tie). */
    private static final double RELAYOUT_GAIN = 1.03;
    /** True while the whole drawing is fitted in view (no zoom or pan since the last fit). */
    private boolean inFit;

    /** Width / height of the space the drawing is fitted into (as fitToWindow measures it), 0 before sizing. */
    private double viewAspect() {
        // the view's own size: the viewport follows it only in the next layout pass
        double w = (getWidth() > 0 ? getWidth() : viewport.getWidth()) - 24;
        double h = (getHeight() > 0 ? getHeight() : viewport.getHeight()) - 24;
        return w > 0 && h > 0 ? w / h : 0;
    }

    /**
     * Cheap, on every size change: compares the current arrangement with the best one for the new
     * shape from the sizes the layout measured ({@link Diagram#arrangements()}); only when the best
     * one would show the drawing clearly larger is a re-layout scheduled.
     */
    private void arrangementCheck() {
        if (diagram == null || job == null) {
            return;
        }
        double aspect = viewAspect();
        if (aspect <= 0) {
            return;
        }
        List<Arrangement> all = diagram.arrangements();
        int best = DiagramLayout.bestColumns(all, aspect);
        Arrangement now = all.stream().filter(a -> a.columns() == diagram.columns()).findFirst().orElse(null);
        Arrangement better = all.stream().filter(a -> a.columns() == best).findFirst().orElse(null);
        boolean worth = best != diagram.columns() && better != null
                && (now == null || better.fitScale(aspect) > now.fitScale(aspect) * RELAYOUT_GAIN);
        if (worth) {
            relayoutTimer.playFromStart();
        } else {
            relayoutTimer.stop();
        }
    }

    /**
     * Lays the same snapshot and job out again for the view's shape and rebuilds; what the user
     * looks at survives: the selection (the same box of it), the hover highlight, the evaluation's
     * styling, and the fit (or, when zoomed in, the element that was at the centre stays centred).
     */
    private void relayout() {
        if (diagram == null || job == null || viewAspect() <= 0) {
            return;
        }
        boolean wasFitted = inFit;
        double zoomBefore = zoom.getX();
        String centreKey = wasFitted ? null : boxKeyAt((viewport.getWidth() / 2 - pan.getX()) / zoomBefore,
                (viewport.getHeight() / 2 - pan.getY()) / zoomBefore);
        String keepKey = selectedKey;
        ElementRef hover = hovered.get();
        Evaluation ev = evaluation;
        GlueJob j = job;
        LayoutOptions o = options;
        show(index, j, ev, o);
        if (keepKey != null && nodesByKey.containsKey(keepKey) && nodesByKey.get(keepKey).box.ref()
                .equals(selected.get())) {
            selectedKey = keepKey;
        }
        if (hover != null && nodesByRef.containsKey(hover)) {
            // the mouse has not moved: the element under it stays lit until it does
            hovered.set(hover);
            highlightRelated(nodesByRef.get(hover).get(0), true);
        }
        if (!wasFitted) {
            zoom.setX(zoomBefore);
            zoom.setY(zoomBefore);
            inFit = false;
            ElementNode c = centreKey == null ? null : nodesByKey.get(centreKey);
            if (c != null) {
                centerOn(c.box.bounds().centerX(), c.box.bounds().centerY());
            }
        }
    }

    /** The innermost box at a diagram point (the last one drawn there), or null. */
    private String boxKeyAt(double x, double y) {
        String key = null;
        for (ElementNode n : nodesByKey.values()) {
            if (n.box.bounds().contains(x, y)) {
                key = n.box.key();
            }
        }
        return key;
    }

    /**
     * Restyles for a new evaluation of the same snapshot and job: verdict colours, items the
     * simulation failed (crossed and dimmed), the chosen connection's path to its egress, and a
     * short pulse on the badge that has just become the chosen one.
     */
    public void update(Evaluation evaluation) {
        if (diagram == null) {
            return;
        }
        this.evaluation = evaluation;
        // The same marks as the SVG and draw.io exports: one rule for what a simulation fails,
        // what fades with it, each badge's verdict and the chosen path.
        DiagramMarks marks = DiagramMarks.of(diagram, evaluation);

        for (ElementNode n : nodesByKey.values()) {
            Box b = n.box;
            boolean isFailed = marks.isFailed(b);
            n.setClass(FAILED, isFailed);
            if (n.header != null) {
                if (isFailed && n.outageTag == null) {
                    // made on the first outage: three hundred hidden tags would be CSS work on every pass
                    Label outage = new Label("OUTAGE");
                    outage.getStyleClass().add("outage-tag");
                    outage.relocate(b.bounds().width() - 70, 9);
                    n.header.getChildren().add(outage);
                    n.outageTag = outage;
                }
                setStyleClass(n.header, FAILED, isFailed);
            }
            n.setDimmed(marks.isDimmed(b));
            n.setCross(isFailed, overlayLayer);
            if (b.kind() == ElementKind.SUBNET) {
                n.showIps(marks.ipOverrides().get(b.ref().id()));
            }
        }

        // Verdicts on the badges.
        ConnectionEvaluation chosen = evaluation == null ? null : evaluation.chosen().orElse(null);
        for (ElementNode n : nodesByKey.values()) {
            if (n.box.kind() == ElementKind.CONNECTION) {
                n.setVerdict(marks.verdicts().get(n.box.key()));
            }
        }

        // The chosen connection's path: subnet → route table → the NAT / endpoint the egress check counted.
        boolean broken = marks.pathBroken();
        for (Map.Entry<String, Polyline> e : edgeNodes.entrySet()) {
            boolean on = marks.pathEdgeKeys().contains(e.getKey());
            setStyleClass(e.getValue(), CHOSEN_PATH, on);
            setStyleClass(e.getValue(), PATH_BROKEN, on && broken);
            if (on) {
                e.getValue().toFront();
            }
        }
        for (ElementNode n : nodesByKey.values()) {
            if (n.box.kind() != ElementKind.CONNECTION) {
                boolean on = marks.pathBoxKeys().contains(n.box.key());
                n.setClass(CHOSEN_PATH, on);
                n.setClass(PATH_BROKEN, broken && on);
            }
        }

        Integer nowChosen = chosen == null ? null : chosen.order();
        if (lastChosenOrder != null && nowChosen != null && !nowChosen.equals(lastChosenOrder)) {
            nodesByKey.values().stream().filter(n -> n.box.kind() == ElementKind.CONNECTION
                    && n.box.order() == nowChosen).findFirst().ifPresent(this::pulse);
        }
        lastChosenOrder = nowChosen;
        miniMap.mark(failedBounds(marks));
    }

    public ObjectProperty<ElementRef> selectedElementProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ElementRef> hoveredElementProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Called with the failure the user wants toggled; the handler decides (Simulation.contains). */
    public void setOnToggleFailure(Consumer<SimulatedFailure> handler) {
        onToggleFailure = handler == null ? f -> { } : handler;
    }

    /** True for the dark palette; set from AtlantaFX's user agent stylesheet at start, settable by the app. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public void zoomIn() {
        zoomAround(ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAround(1 / ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** The whole diagram in view, centred. */
    public void fitToWindow() {
        if (diagram == null) {
            return;
        }
        double w = viewport.getWidth() > 0 ? viewport.getWidth() : getWidth();
        double h = viewport.getHeight() > 0 ? viewport.getHeight() : getHeight();
        if (w <= 0 || h <= 0) {
            needsFit = true;
            return;
        }
        Rect r = diagram.bounds();
        double s = clamp(Math.min((w - 24) / r.width(), (h - 24) / r.height()));
        s = Math.min(s, 1.5); // a tiny sample should not be blown up to poster size
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((w - r.width() * s) / 2 - r.x() * s);
        pan.setY((h - r.height() * s) / 2 - r.y() * s);
        inFit = true;
    }

    /** 100 %, top-left corner in view. */
    public void resetZoom() {
        inFit = false;
        zoom.setX(1);
        zoom.setY(1);
        pan.setX(12);
        pan.setY(12);
    }

    public double getZoom() {
        return zoom.getX();
    }

    /** The geometry currently drawn (null before {@link #show}). */
    public Diagram diagram() {
        return diagram;
    }

    /**
     * The nodes that show an element: its box(es); for an AZ, the column headers (what a user
     * clicks to fail it). For tests and for the app's "reveal" commands.
     */
    public List<Node> nodesOf(ElementRef ref) {
        List<Node> list = new ArrayList<>();
        for (ElementNode n : nodesByRef.getOrDefault(ref, List.of())) {
            list.add(n.header != null ? n.header : n.pane);
        }
        return list;
    }

    /** Scrolls so that the element is in view (used after keyboard selection). */
    public void reveal(ElementRef ref) {
        List<ElementNode> nodes = nodesByRef.get(ref);
        if (nodes == null || nodes.isEmpty()) {
            return;
        }
        Rect r = nodes.get(0).box.bounds();
        double s = zoom.getX();
        double vx = -pan.getX() / s;
        double vy = -pan.getY() / s;
        double vw = viewport.getWidth() / s;
        double vh = viewport.getHeight() / s;
        if (r.x() < vx || r.maxX() > vx + vw || r.y() < vy || r.maxY() > vy + vh) {
            centerOn(r.centerX(), r.centerY());
        }
    }

    /**
     * The drawing as an image at {@code scale} (1 = 100 %), whatever the current zoom and pan:
     * PNG export uses it. Very large diagrams are scaled down to at most 16,000 pixels a side.
     */
    public WritableImage renderImage(double scale) {
        if (diagram == null) {
            return new WritableImage(1, 1);
        }
        Rect r = diagram.bounds();
        double s = Math.min(scale, MAX_IMAGE_SIDE / Math.max(r.width(), r.height()));
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(s, s));
        // the diagram's own bounds, so pixel (x, y) is diagram point (x / s, y / s) whatever the effects
        p.setViewport(new javafx.geometry.Rectangle2D(r.x() * s, r.y() * s, Math.ceil(r.width() * s),
                Math.ceil(r.height() * s)));
        p.setFill(dark.get() ? Color.web("#0d1117") : Color.WHITE);
        // An exported picture shows the state of the simulation, not where the mouse happens to be.
        List<ElementNode> hoveredNodes = hovered.get() == null ? List.of()
                : nodesByRef.getOrDefault(hovered.get(), List.of());
        hoveredNodes.forEach(n -> highlightRelated(n, false));
        try {
            applyCss();
            content.applyCss();
            fitTexts();
            return content.snapshot(p, null);
        } finally {
            hoveredNodes.forEach(n -> highlightRelated(n, true));
        }
    }

    // --- building -----------------------------------------------------------------------------


    private void build() {
        // Built off-scene and attached in one go: adding thousands of nodes one by one to a live
        // scene costs a scene-change notification and a CSS mark per node.
        content.getChildren().clear();
        boxLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        badgeLayer.getChildren().clear();
        overlayLayer.getChildren().clear();
        fitted.clear();
        nodesByKey.clear();
        nodesByRef.clear();
        edgeNodes.clear();
        edgesByBox.clear();
        navigable.clear();

        List<Node> boxes = new ArrayList<>(diagram.boxes().size() + diagram.lanes().size() + 1);
        List<Node> badges = new ArrayList<>();
        for (Box b : diagram.boxes()) {
            ElementNode n = createNode(b);
            nodesByKey.put(b.key(), n);
            nodesByRef.computeIfAbsent(b.ref(), k -> new ArrayList<>()).add(n);
            (b.kind() == ElementKind.CONNECTION ? badges : boxes).add(n.pane);
            if (b.kind() != ElementKind.REGION) {
                navigable.add(n);
            }
        }
        for (Lane lane : diagram.lanes()) {
            if (lane.key().equals(DiagramLayout.LEGEND_LANE)) {
                boxes.add(legend(lane.bounds()));
                continue;
            }
            Text l = new Text(lane.title());
            l.getStyleClass().add("lane-title");
            l.setTextOrigin(VPos.TOP);
            l.setX(lane.bounds().x());
            l.setY(lane.bounds().y() + 2);
            boxes.add(l);
        }
        boxLayer.getChildren().setAll(boxes);
        badgeLayer.getChildren().setAll(badges);
        List<Node> lines = new ArrayList<>(diagram.edges().size());
        for (Edge e : diagram.edges()) {
            double[] pts = new double[e.points().size() * 2];
            int i = 0;
            for (Point p : e.points()) {
                pts[i++] = p.x();
                pts[i++] = p.y();
            }
            Polyline line = new Polyline(pts);
            line.getStyleClass().addAll("edge", e.kind() == EdgeKind.TRAFFIC ? "traffic" : "belongs-to");
            line.setMouseTransparent(true);
            lines.add(line);
            edgeNodes.put(e.key(), line);
            edgesByBox.computeIfAbsent(e.fromKey(), k -> new ArrayList<>()).add(e);
            edgesByBox.computeIfAbsent(e.toKey(), k -> new ArrayList<>()).add(e);
        }
        edgeLayer.getChildren().setAll(lines);
        content.getChildren().setAll(boxLayer, edgeLayer, badgeLayer, overlayLayer);
        textsFitted = false;
        requestLayout();
    }

    private Node legend(Rect lane) {
        FlowPane box = new FlowPane(14, 6);
        box.getStyleClass().add("legend");
        box.setPrefWrapLength(lane.width());
        box.setPrefWidth(lane.width());
        box.setAlignment(lane.height() < 30 ? Pos.CENTER_RIGHT : Pos.TOP_LEFT);
        box.getChildren().addAll(
                swatch("legend-public", "Public subnet"), swatch("legend-private", "Private subnet"),
                badgeSwatch("verdict-chosen", "Chosen"), badgeSwatch("verdict-passes", "Passes"),
                badgeSwatch("verdict-skipped", "Skipped"), badgeSwatch("verdict-unknown", "Unknown"),
                badgeSwatch("verdict-no-network", "No network"), crossSwatch());
        box.setMouseTransparent(true);
        // In the lane the layout keeps for it: at the right of the region header when the region is wide,
        // wrapped under the title when it is narrow. A managed child of a Group is sized after CSS, so the
        // labels get their full width and never end in "...".
        box.relocate(lane.x(), lane.y());
        return box;
    }

    private static Node swatch(String cls, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", cls);
        r.setPrefSize(18, 12);
        r.setMinSize(18, 12);
        return legendLabel(text, r);
    }

    private static Node badgeSwatch(String cls, String text) {
        Circle c = new Circle(7);
        c.getStyleClass().add("badge-circle");
        Group g = new Group(c);
        g.getStyleClass().addAll("badge", cls);
        return legendLabel(text, g);
    }

    private static Node crossSwatch() {
        Line a = new Line(0, 0, 10, 10);
        Line b = new Line(0, 10, 10, 0);
        a.getStyleClass().add("fail-cross");
        b.getStyleClass().add("fail-cross");
        Group g = new Group(a, b);
        return legendLabel("Failed (simulated)", g);
    }

    private static Label legendLabel(String text, Node graphic) {
        Label l = new Label(text, graphic);
        l.getStyleClass().add("legend-label");
        l.setMinWidth(Region.USE_PREF_SIZE); // never "..." in the legend
        return l;
    }

    private ElementNode createNode(Box b) {
        Rect r = b.bounds();
        Pane pane = new Pane();
        pane.setManaged(false);
        pane.resizeRelocate(r.x(), r.y(), r.width(), r.height());
        pane.getProperties().put(ElementRef.class, b.ref());
        ElementNode n = new ElementNode(b, pane);
        switch (b.kind()) {
            case REGION -> {
                pane.getStyleClass().add("region-box");
                title(pane, b.title(), MaterialDesignE.EARTH, 20, 18, 10, r.width() - 36, "region-title");
                fit(pane, text(b.subtitle(), 44, 33, "box-subtitle"), r.width() - 52);
            }
            case VPC -> {
                pane.getStyleClass().add("vpc-box");
                // the internet gateway sits on the top edge at the right: the title stops short of it
                title(pane, "VPC  " + b.title(), MaterialDesignC.CLOUD_OUTLINE, 18, 14, 8, r.width() - 200,
                        "vpc-title");
                fit(pane, text(b.subtitle(), 38, 30, "box-subtitle"), r.width() - 200);
            }
            case AVAILABILITY_ZONE -> {
                pane.getStyleClass().add("az-column");
                Pane header = new Pane();
                header.getStyleClass().add("az-header");
                header.setManaged(false);
                header.resizeRelocate(0, 0, r.width(), DiagramLayout.AZ_HEADER - 6);
                header.getProperties().put(ElementRef.class, b.ref());
                header.setId("az-header-" + b.key().replace(':', '-'));
                Text name = text(b.title(), 10, 7, "az-title");
                Text id = text(b.subtitle().isEmpty() ? "" : "zone id " + b.subtitle(), 10, 23, "box-subtitle");
                // leave room for the OUTAGE tag and its cross at the right
                fit(header, name, r.width() - 130);
                fit(header, id, r.width() - 130);
                pane.getChildren().add(header);
                n.header = header;
                header.setOnMouseClicked(e -> {
                    if (dragged || e.getButton() != MouseButton.PRIMARY) {
                        return;
                    }
                    e.consume();
                    requestFocus();
                    select(n);
                    onToggleFailure.accept(new SimulatedFailure.AzOutage(b.ref().id()));
                });
                header.setCursor(javafx.scene.Cursor.HAND);
            }
            case SUBNET -> {
                pane.getStyleClass().addAll("subnet", b.publicSubnet() ? "public" : "private");
                title(pane, b.title(), b.publicSubnet() ? MaterialDesignW.WEB : MaterialDesignL.LOCK_OUTLINE, 15, 8,
                        DiagramLayout.SUBNET_TITLE_Y - 2, r.width() - 16, "subnet-title");
                // long ids end in "…" rather than crossing the border
                fit(pane, text(b.subtitle(), 8, DiagramLayout.SUBNET_SUBTITLE_Y + 1, "box-subtitle"), r.width() - 16);
                Rectangle bg = new Rectangle(8, DiagramLayout.SUBNET_BAR_Y, 110, DiagramLayout.SUBNET_BAR_HEIGHT);
                bg.getStyleClass().add("ip-bar-bg");
                Rectangle fill = new Rectangle(8, DiagramLayout.SUBNET_BAR_Y, 0, DiagramLayout.SUBNET_BAR_HEIGHT);
                fill.getStyleClass().add("ip-bar-fill");
                Text ips = new Text();
                ips.getStyleClass().add("ip-text");
                ips.setX(126);
                ips.setY(DiagramLayout.SUBNET_BAR_Y + DiagramLayout.SUBNET_BAR_HEIGHT);
                pane.getChildren().addAll(bg, fill, ips);
                n.ipFill = fill;
                n.ipText = ips;
                n.showIps(null);
            }
            case ROUTE_TABLE -> {
                pane.getStyleClass().add("route-table");
                title(pane, b.title(), MaterialDesignT.TABLE, 15, 8, 5, r.width() - 16, "rt-title");
                fit(pane, text(b.subtitle(), 8, 24, "box-subtitle"), r.width() - 16);
                double y = DiagramLayout.ROUTE_TABLE_HEADER;
                if (b.routes().isEmpty()) {
                    fit(pane, text("local only: no way out of the VPC", 12, y - 4, "route-row", "none"), r.width() - 18);
                }
                for (RouteRow row : b.routes()) {
                    Text t = text(row.text(), 12, y - 4, "route-row");
                    fit(pane, t, r.width() - 18);
                    if (row.targetRef() != null) {
                        t.getStyleClass().add("to-" + row.targetRef().kind().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'));
                    }
                    if (!row.active()) {
                        t.getStyleClass().add("blackhole");
                    }
                    y += DiagramLayout.ROUTE_ROW_HEIGHT;
                }
            }
            case NAT_GATEWAY -> {
                pane.getStyleClass().addAll("chip", "nat");
                // a chip is 108 px: a smaller icon leaves room for names like "bench-nat-0-12"
                title(pane, b.title(), MaterialDesignS.SWAP_HORIZONTAL_BOLD, 13, 5, 4, r.width() - 8, "chip-title");
            }
            case INTERNET_GATEWAY -> {
                pane.getStyleClass().addAll("chip", "igw");
                title(pane, b.title(), MaterialDesignW.WEB, 15, 8, 6, r.width() - 12, "chip-title");
            }
            case VPC_ENDPOINT -> {
                pane.getStyleClass().addAll("chip", "endpoint");
                boolean inStrip = r.height() > DiagramLayout.CHIP_HEIGHT;
                title(pane, b.title(), inStrip ? MaterialDesignP.POWER_PLUG_OUTLINE : MaterialDesignL.LAN_CONNECT, 15,
                        6, inStrip ? 1 : 4, r.width() - 10, "chip-title");
                if (inStrip) {
                    fit(pane, text(b.subtitle(), 26, 19, "box-subtitle"), r.width() - 32);
                }
            }
            case CONNECTION -> {
                pane.getStyleClass().add("badge");
                pane.setId("badge-" + b.order());
                double d = DiagramLayout.BADGE_HEIGHT;
                Region pill = new Region();
                pill.getStyleClass().add("badge-pill");
                pill.setManaged(false);
                pill.resizeRelocate(0, 0, r.width(), d);
                Circle c = new Circle(d / 2, d / 2, d / 2 - 1);
                c.getStyleClass().add("badge-circle");
                Text num = new Text(b.title());
                num.getStyleClass().add("badge-number");
                num.setX(d / 2 - (b.title().length() > 1 ? 7.5 : 4));
                num.setY(d / 2 + 4.5);
                Text name = text(b.subtitle(), d + 6, 5, "badge-name");
                FontIcon check = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
                check.getStyleClass().add("chosen-mark");
                check.setIconSize(15);
                check.relocate(d - 10, -7);
                pane.getChildren().addAll(pill, name, c, num, check);
                fitted.add(new Fit(name, b.subtitle(), r.width() - d - 12));
                n.chosenMark = check;
            }
            default -> { }
        }
        wireEvents(n);
        return n;
    }

    /**
     * An icon and a title, as two plain Text nodes (a FontIcon is a Text): a Label would bring a
     * skin and two more nodes per box, which on a thousand subnets is most of the CSS work.
     * (x, y) is the top left of the row, as for a Label; the title is cut with "…" at maxWidth.
     */
    private void title(Pane pane, String s, Ikon icon, double iconSize, double x, double y, double maxWidth,
            String cls) {
        double rowHeight = Math.max(iconSize, 17);
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().addAll("box-icon", cls + "-icon");
        fi.setIconSize((int) iconSize);
        fi.setTextOrigin(VPos.CENTER);
        fi.setX(x);
        fi.setY(y + rowHeight / 2);
        Text t = new Text(s);
        t.getStyleClass().add(cls);
        t.setTextOrigin(VPos.CENTER);
        double gap = iconSize < 15 ? 3 : 4;
        t.setX(x + iconSize + gap);
        t.setY(y + rowHeight / 2);
        pane.getChildren().addAll(fi, t);
        fitted.add(new Fit(t, s, Math.max(30, maxWidth - iconSize - gap)));
    }

    private static Text text(String s, double x, double baseline, String... cls) {
        Text t = new Text(s);
        t.getStyleClass().addAll(cls);
        t.setX(x);
        t.setY(baseline + 10);
        return t;
    }

    /** Adds a text that must end with "…" rather than run past maxWidth (measured once CSS gave it its font). */
    private void fit(Pane pane, Text t, double maxWidth) {
        pane.getChildren().add(t);
        fitted.add(new Fit(t, t.getText(), maxWidth));
    }

    /** A text to cut to a width once its font is known. */
    private record Fit(Text text, String full, double maxWidth) {
    }

    private final List<Fit> fitted = new ArrayList<>();
    private boolean textsFitted;
    private final Text measure = new Text();

    /**
     * Cuts every text that would cross its box's border, with "…". Runs in the first layout pass
     * after a build (CSS has set the fonts by then), once per build.
     */
    private void fitTexts() {
        if (textsFitted || fitted.isEmpty() || getScene() == null) {
            return;
        }
        textsFitted = true;
        for (Fit f : fitted) {
            Text t = f.text();
            if (t.getLayoutBounds().getWidth() <= f.maxWidth()) {
                continue;
            }
            measure.setFont(t.getFont());
            String s = f.full();
            int lo = 0;
            int hi = s.length();
            while (lo < hi) { // the longest prefix that fits with its "…"
                int mid = (lo + hi + 1) / 2;
                measure.setText(s.substring(0, mid).stripTrailing() + "\u2026");
                if (measure.getLayoutBounds().getWidth() <= f.maxWidth()) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            t.setText(s.substring(0, lo).stripTrailing() + "\u2026");
        }
    }

    private void wireEvents(ElementNode n) {
        Box b = n.box;
        if (b.kind() == ElementKind.REGION) {
            return;
        }
        Node target = n.pane;
        target.setOnMouseEntered(e -> {
            hovered.set(b.ref());
            highlightRelated(n, true);
            if (n.tooltip == null) {
                n.tooltip = new Tooltip();
                n.tooltip.getStyleClass().add("diagram-tooltip");
                n.tooltip.setShowDelay(Duration.millis(350));
                Tooltip.install(target, n.tooltip);
            }
            n.tooltip.setText(facts.describe(b.ref(), evaluation));
        });
        target.setOnMouseExited(e -> {
            if (b.ref().equals(hovered.get())) {
                hovered.set(null);
            }
            highlightRelated(n, false);
        });
        target.setOnMouseClicked(e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            requestFocus();
            select(n);
            if (e.getClickCount() == 2 && failureFor(b.ref()).isPresent()) {
                onToggleFailure.accept(failureFor(b.ref()).get());
            }
        });
        target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            e.consume();
            select(n);
            showMenu(b.ref(), target, e.getScreenX(), e.getScreenY());
        });
    }

    // --- selection, hover, failures -----------------------------------------------------------

    private void select(ElementNode n) {
        selectedKey = n.box.key();
        if (n.box.ref().equals(selected.get())) {
            applySelection(null, n.box.ref()); // same element, maybe another of its boxes
        } else {
            selected.set(n.box.ref());
        }
    }

    private void applySelection(ElementRef before, ElementRef now) {
        if (before != null) {
            for (ElementNode n : nodesByRef.getOrDefault(before, List.of())) {
                n.pane.pseudoClassStateChanged(SELECTED, false);
            }
        }
        for (ElementNode n : nodesByKey.values()) {
            if (n.box.ref().equals(before)) {
                n.pane.pseudoClassStateChanged(SELECTED, false);
            }
        }
        if (now == null) {
            selectedKey = null;
            return;
        }
        List<ElementNode> nodes = nodesByRef.getOrDefault(now, List.of());
        if (selectedKey == null || nodes.stream().noneMatch(x -> x.box.key().equals(selectedKey))) {
            selectedKey = nodes.isEmpty() ? null : nodes.get(0).box.key();
        }
        for (ElementNode n : nodes) {
            n.pane.pseudoClassStateChanged(SELECTED, true);
        }
    }

    /** Hover: the element's lines and the boxes at their other ends light up; a badge lights its subnet's path. */
    private void highlightRelated(ElementNode n, boolean on) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(n.box.key());
        if (n.box.kind() == ElementKind.CONNECTION && n.box.parentKey() != null) {
            keys.add(n.box.parentKey());
        }
        Set<String> lit = new LinkedHashSet<>();
        for (String k : new ArrayList<>(keys)) {
            for (Edge e : edgesByBox.getOrDefault(k, List.of())) {
                lit.add(e.key());
                keys.add(e.fromKey());
                keys.add(e.toKey());
                // one more hop from a route table, so a subnet shows its way out
                Box other = nodesByKey.get(e.toKey()).box;
                if (other.kind() == ElementKind.ROUTE_TABLE && !e.toKey().equals(n.box.key())) {
                    for (Edge e2 : edgesByBox.getOrDefault(other.key(), List.of())) {
                        if (e2.fromKey().equals(other.key())) {
                            lit.add(e2.key());
                            keys.add(e2.toKey());
                        }
                    }
                }
            }
        }
        for (String k : lit) {
            Polyline p = edgeNodes.get(k);
            p.pseudoClassStateChanged(RELATED, on);
            if (on) {
                p.toFront();
            }
        }
        for (String k : keys) {
            ElementNode x = nodesByKey.get(k);
            if (x != null && x != n) {
                x.pane.pseudoClassStateChanged(RELATED, on);
            }
        }
        for (ElementNode child : nodesByKey.values()) {
            if (n.box.key().equals(child.box.parentKey()) && child.box.kind() == ElementKind.CONNECTION) {
                child.pane.pseudoClassStateChanged(RELATED, on);
            }
        }
    }

    /** The failure a click on this element stands for: the active one (to restore it) or the natural one. */
    private Optional<SimulatedFailure> failureFor(ElementRef ref) {
        Simulation sim = evaluation == null ? Simulation.NONE : evaluation.simulation();
        SimulatedFailure f = switch (ref.kind()) {
            case AVAILABILITY_ZONE -> new SimulatedFailure.AzOutage(ref.id());
            case NAT_GATEWAY -> new SimulatedFailure.NatGatewayFailure(ref.id());
            case VPC_ENDPOINT -> new SimulatedFailure.EndpointRemoved(ref.id());
            case SUBNET -> activeSubnetFailure(ref.id(), sim).orElse(new SimulatedFailure.SubnetIps(ref.id(), 0));
            default -> null;
        };
        if (f instanceof SimulatedFailure.AzOutage az) {
            // the outage may be active under the zone's name rather than its id
            for (SimulatedFailure x : sim.failures()) {
                if (x instanceof SimulatedFailure.AzOutage other && sameZone(other.target(), az.target())) {
                    return Optional.of(other);
                }
            }
        }
        return Optional.ofNullable(f);
    }

    private boolean sameZone(String a, String b) {
        String za = index.zone(a).map(AvailabilityZone::zoneId).orElse(a);
        String zb = index.zone(b).map(AvailabilityZone::zoneId).orElse(b);
        return za.equals(zb);
    }

    private static Optional<SimulatedFailure> activeSubnetFailure(String subnetId, Simulation sim) {
        return sim.failures().stream().filter(f -> f.target().equals(subnetId)
                && (f instanceof SimulatedFailure.SubnetDeleted || f instanceof SimulatedFailure.SubnetIps)).findFirst();
    }

    private boolean isFailed(ElementRef ref) {
        Simulation sim = evaluation == null ? Simulation.NONE : evaluation.simulation();
        return DiagramMarks.of(diagram, evaluation).failed().contains(ref)
                || (ref.kind() == ElementKind.SUBNET && activeSubnetFailure(ref.id(), sim).isPresent());
    }

    private void showMenu(ElementRef ref, Node anchor, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        ContextMenu menu = new ContextMenu();
        Optional<SimulatedFailure> f = failureFor(ref);
        boolean failed = isFailed(ref);
        Simulation sim = evaluation == null ? Simulation.NONE : evaluation.simulation();
        if (f.isPresent()) {
            String what = switch (ref.kind()) {
                case AVAILABILITY_ZONE -> "AZ outage";
                case SUBNET -> "no free IPs";
                case VPC_ENDPOINT -> "endpoint removed";
                default -> "NAT gateway failure";
            };
            MenuItem toggle = new MenuItem(failed ? "Restore" : "Fail (" + what + ")");
            toggle.setOnAction(e -> onToggleFailure.accept(f.get()));
            menu.getItems().add(toggle);
        }
        if (ref.kind() == ElementKind.SUBNET) {
            MenuItem ips = new MenuItem("Set free IPs\u2026");
            ips.setOnAction(e -> askFreeIps(ref.id(), sim));
            SimulatedFailure.SubnetDeleted del = new SimulatedFailure.SubnetDeleted(ref.id());
            MenuItem delete = new MenuItem(sim.contains(del) ? "Restore deleted subnet" : "Delete subnet");
            delete.setOnAction(e -> onToggleFailure.accept(del));
            menu.getItems().addAll(new SeparatorMenuItem(), ips, delete);
        }
        MenuItem fit = new MenuItem("Fit to window");
        fit.setOnAction(e -> fitToWindow());
        menu.getItems().addAll(new SeparatorMenuItem(), fit);
        openMenu = menu;
        menu.show(anchor, screenX, screenY);
    }

    private void askFreeIps(String subnetId, Simulation sim) {
        Integer current = sim.failures().stream().filter(x -> x instanceof SimulatedFailure.SubnetIps
                && x.target().equals(subnetId)).map(x -> ((SimulatedFailure.SubnetIps) x).freeIps()).findFirst()
                .orElse(index.subnet(subnetId).map(s -> s.availableIpAddressCount()).orElse(null));
        TextInputDialog dialog = new TextInputDialog(current == null ? "0" : current.toString());
        dialog.setTitle("Set free IPs");
        dialog.setHeaderText("Free IP addresses in " + subnetId + " (0 = exhausted; Glue skips a subnet with none)");
        dialog.setContentText("Free IPs:");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(text -> {
            try {
                int n = Integer.parseInt(text.trim());
                // Setting the same number again would toggle it off: a new number is always a change.
                onToggleFailure.accept(new SimulatedFailure.SubnetIps(subnetId, Math.max(0, n)));
            } catch (NumberFormatException ex) {
                // not a number: nothing to simulate; the dialog said what is expected
            }
        });
    }

    /** Where the failed elements are, for the overview map. */
    private Collection<Rect> failedBounds(DiagramMarks marks) {
        List<Rect> rects = new ArrayList<>();
        for (ElementRef r : marks.failed()) {
            for (ElementNode n : nodesByRef.getOrDefault(r, List.of())) {
                rects.add(n.box.bounds());
            }
        }
        return rects;
    }

    private void pulse(ElementNode n) {
        Node node = n.pane;
        ScaleTransition grow = new ScaleTransition(Duration.millis(220), node);
        grow.setFromX(1);
        grow.setFromY(1);
        grow.setToX(1.18);
        grow.setToY(1.18);
        grow.setAutoReverse(true);
        grow.setCycleCount(4);
        Rect r = n.box.bounds();
        double d = DiagramLayout.BADGE_HEIGHT;
        Circle ring = new Circle(r.x() + d / 2, r.y() + d / 2, d / 2);
        ring.getStyleClass().add("pulse-ring");
        ring.setMouseTransparent(true);
        overlayLayer.getChildren().add(ring);
        ScaleTransition spread = new ScaleTransition(Duration.millis(900), ring);
        spread.setToX(3.2);
        spread.setToY(3.2);
        FadeTransition fade = new FadeTransition(Duration.millis(900), ring);
        fade.setFromValue(0.9);
        fade.setToValue(0);
        ParallelTransition all = new ParallelTransition(grow, spread, fade);
        all.setOnFinished(e -> {
            overlayLayer.getChildren().remove(ring);
            node.setScaleX(1);
            node.setScaleY(1);
        });
        all.play();
    }

    // --- zoom, pan, keyboard --------------------------------------------------------------------

    private static double clamp(double s) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, s));
    }

    private void zoomAround(double factor, double vx, double vy) {
        inFit = false;
        double old = zoom.getX();
        double s = clamp(old * factor);
        // keep the diagram point under (vx, vy) where it is
        double dx = (vx - pan.getX()) / old;
        double dy = (vy - pan.getY()) / old;
        zoom.setX(s);
        zoom.setY(s);
        pan.setX(vx - dx * s);
        pan.setY(vy - dy * s);
    }

    private void centerOn(double x, double y) {
        inFit = false;
        double s = zoom.getX();
        pan.setX(viewport.getWidth() / 2 - x * s);
        pan.setY(viewport.getHeight() / 2 - y * s);
    }

    private void onPressed(MouseEvent e) {
        dragStartX = e.getX();
        dragStartY = e.getY();
        dragged = false;
        panStartX = pan.getX();
        panStartY = pan.getY();
    }

    private double panStartX;
    private double panStartY;

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - dragStartX;
        double dy = e.getY() - dragStartY;
        if (!dragged && Math.hypot(dx, dy) < 4) {
            return;
        }
        dragged = true;
        inFit = false;
        pan.setX(panStartX + dx);
        pan.setY(panStartY + dy);
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAround(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.getX(), e.getY());
        } else {
            inFit = false;
            pan.setX(pan.getX() + e.getDeltaX());
            pan.setY(pan.getY() + e.getDeltaY());
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case ESCAPE -> {
                if (selected.get() == null) {
                    return;
                }
                selected.set(null);
            }
            case SPACE, F -> {
                ElementRef ref = selected.get();
                if (ref == null || failureFor(ref).isEmpty() || e.isShortcutDown()) {
                    return;
                }
                onToggleFailure.accept(failureFor(ref).get());
            }
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fitToWindow();
            case LEFT, RIGHT, UP, DOWN -> moveSelection(code);
            case TAB -> {
                if (!stepSelection(e.isShiftDown() ? -1 : 1)) {
                    return; // at either end: let focus leave the diagram
                }
            }
            case CONTEXT_MENU -> {
                ElementNode n = selectedNode();
                if (n == null) {
                    return;
                }
                Bounds b = n.pane.localToScreen(n.pane.getBoundsInLocal());
                if (b != null) {
                    showMenu(n.box.ref(), n.pane, b.getMinX() + 10, b.getMinY() + 10);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private ElementNode selectedNode() {
        return selectedKey == null ? null : nodesByKey.get(selectedKey);
    }

    private boolean stepSelection(int step) {
        if (navigable.isEmpty()) {
            return false;
        }
        ElementNode cur = selectedNode();
        int i = cur == null ? (step > 0 ? -1 : navigable.size()) : navigable.indexOf(cur);
        int next = i + step;
        if (next < 0 || next >= navigable.size()) {
            return false;
        }
        select(navigable.get(next));
        reveal(navigable.get(next).box.ref());
        return true;
    }

    /** Arrow keys: the nearest element in that direction, preferring ones in line with the current one. */
    private void moveSelection(KeyCode dir) {
        ElementNode cur = selectedNode();
        if (cur == null) {
            stepSelection(1);
            return;
        }
        Rect c = cur.box.bounds();
        ElementNode best = null;
        double bestScore = Double.MAX_VALUE;
        for (ElementNode n : navigable) {
            if (n == cur || n.box.kind() == ElementKind.VPC) {
                continue;
            }
            Rect r = n.box.bounds();
            double dx = r.centerX() - c.centerX();
            double dy = r.centerY() - c.centerY();
            double along;
            double across;
            switch (dir) {
                case LEFT -> { along = -dx; across = Math.abs(dy); }
                case RIGHT -> { along = dx; across = Math.abs(dy); }
                case UP -> { along = -dy; across = Math.abs(dx); }
                default -> { along = dy; across = Math.abs(dx); }
            }
            if (along <= 1) {
                continue;
            }
            double score = along + across * 3;
            if (score < bestScore) {
                bestScore = score;
                best = n;
            }
        }
        if (best != null) {
            select(best);
            reveal(best.box.ref());
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
        if (needsFit && w > 0 && h > 0 && diagram != null) {
            needsFit = false;
            fitToWindow();
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

    private void viewportMoved() {
        if (diagram == null) {
            return;
        }
        double s = zoom.getX();
        double vw = viewport.getWidth() / s;
        double vh = viewport.getHeight() / s;
        Rect r = diagram.bounds();
        boolean larger = vw < r.width() * 0.98 || vh < r.height() * 0.98;
        miniMap.setVisible(larger && getWidth() > 300);
        miniMap.showViewport(-pan.getX() / s, -pan.getY() / s, vw, vh);
    }

    static void setStyleClass(Node n, String cls, boolean on) {
        List<String> classes = n.getStyleClass();
        boolean has = classes.contains(cls);
        if (on && !has) {
            classes.add(cls);
        } else if (!on && has) {
            classes.remove(cls);
        }
    }

    /** One drawn box and the nodes update() restyles. */
    private static final class ElementNode {
        final Box box;
        final Pane pane;
        Pane header;
        Label outageTag;
        Rectangle ipFill;
        Text ipText;
        FontIcon chosenMark;
        Tooltip tooltip;
        Group cross;
        String verdictClass;

        ElementNode(Box box, Pane pane) {
            this.box = box;
            this.pane = pane;
        }

        boolean dimmed;

        void setClass(String cls, boolean on) {
            setStyleClass(pane, cls, on);
        }

        /**
         * Dimmed in code, not through CSS: an AZ outage dims a sixth of a large diagram, and any
         * class or pseudo-class change there costs a CSS pass over every node under those subnets.
         */
        void setDimmed(boolean on) {
            if (on != dimmed) {
                dimmed = on;
                pane.setOpacity(on ? DIMMED : 1);
            }
        }

        void setVerdict(Verdict v) {
            String cls = v == null ? null : "verdict-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (java.util.Objects.equals(cls, verdictClass)) {
                return;
            }
            if (verdictClass != null) {
                pane.getStyleClass().remove(verdictClass);
            }
            if (cls != null) {
                pane.getStyleClass().add(cls);
            }
            verdictClass = cls;
            if (chosenMark != null) {
                chosenMark.setVisible(v == Verdict.CHOSEN);
            }
        }

        /** A red cross over the failed box (over the header for an AZ), in the overlay so dimming does not fade it. */
        void setCross(boolean on, Group overlay) {
            if (!on) {
                if (cross != null) {
                    cross.setVisible(false);
                }
                return;
            }
            if (cross == null) {
                Rect c = DiagramMarks.crossBounds(box);
                double x0 = c.x();
                double y0 = c.y();
                double x1 = c.maxX();
                double y1 = c.maxY();
                Line a = new Line(x0, y0, x1, y1);
                Line b = new Line(x0, y1, x1, y0);
                a.getStyleClass().add("fail-cross");
                b.getStyleClass().add("fail-cross");
                cross = new Group(a, b);
                cross.setMouseTransparent(true);
                overlay.getChildren().add(cross);
            }
            cross.setVisible(true);
        }

        void showIps(Integer simulated) {
            IpUsage ips = box.ips();
            Integer free = simulated != null ? simulated : (ips == null ? null : ips.free());
            int usable = ips == null ? 0 : ips.usable();
            double share = free == null || usable <= 0 ? 0 : Math.max(0, Math.min(1, free / (double) usable));
            String label = free == null ? "free IPs unknown"
                    : free + " free of " + usable + (simulated != null ? " (simulated)" : "");
            if (label.equals(ipText.getText())) {
                return; // unchanged: touching 1,000 texts would cost a layout pass for nothing
            }
            ipFill.setWidth(110 * share);
            boolean low = free != null && (free == 0 || share < 0.1);
            setStyleClass(ipFill, "low", low);
            setStyleClass(ipText, "low", low);
            setStyleClass(ipText, "simulated", simulated != null);
            ipText.setText(label);
        }
    }

}
