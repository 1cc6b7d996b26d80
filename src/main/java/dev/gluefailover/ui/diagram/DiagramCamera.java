package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.Rect;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Where the user looks: zoom and pan of the drawing inside the clipped viewport, fit to window,
 * drag and wheel, and the overview map's frame. It knows the drawing only by its bounds.
 */
final class DiagramCamera {
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.2;
    /** Margin around a fitted drawing (12 px a side). */
    static final double FIT_MARGIN = 24;

    private final Region owner;
    private final Pane viewport;
    private final MiniMap miniMap;
    final Scale zoom = new Scale(1, 1);
    final Translate pan = new Translate(0, 0);
    private Diagram diagram;
    /** True while the whole drawing is fitted in view (no zoom or pan since the last fit). */
    private boolean inFit;
    /** A fit was asked for before the view had a size: done in the first layout pass that has one. */
    private boolean needsFit;
    /** The space of the last fit: a fitted drawing is fitted again when the space changes. */
    private double fittedWidth;
    private double fittedHeight;

    // Drag-to-pan bookkeeping: a drag must not count as a click on what it started on.
    private double dragStartX;
    private double dragStartY;
    private double panStartX;
    private double panStartY;
    private boolean dragged;

    DiagramCamera(Region owner, Pane viewport, MiniMap miniMap) {
        this.owner = owner;
        this.viewport = viewport;
        this.miniMap = miniMap;
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        zoom.xProperty().addListener((o, a, b) -> viewportMoved());
        pan.xProperty().addListener((o, a, b) -> viewportMoved());
        pan.yProperty().addListener((o, a, b) -> viewportMoved());
        owner.widthProperty().addListener((o, a, b) -> viewportMoved());
        owner.heightProperty().addListener((o, a, b) -> viewportMoved());
        miniMap.setOnNavigate(this::centerOn);
    }

    void setDiagram(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The last press turned into a drag: what it started on must not take it as a click. */
    boolean dragged() {
        return dragged;
    }

    boolean inFit() {
        return inFit;
    }

    double scale() {
        return zoom.getX();
    }

    void zoomIn() {
        zoomAround(ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    void zoomOut() {
        zoomAround(1 / ZOOM_STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** The whole diagram in a space of w × h, centred; remembered for later when there is no space yet. */
    void fit(double w, double h) {
        if (diagram == null) {
            return;
        }
        if (w <= 0 || h <= 0) {
            needsFit = true;
            return;
        }
        Rect r = diagram.bounds();
        double s = clamp(Math.min((w - FIT_MARGIN) / r.width(), (h - FIT_MARGIN) / r.height()));
        s = Math.min(s, 1.5); // a tiny sample should not be blown up to poster size
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((w - r.width() * s) / 2 - r.x() * s);
        pan.setY((h - r.height() * s) / 2 - r.y() * s);
        inFit = true;
        fittedWidth = w;
        fittedHeight = h;
    }

    /** Fits into the viewport (the view's own size before the viewport has followed it). */
    void fitToWindow() {
        double w = viewport.getWidth() > 0 ? viewport.getWidth() : owner.getWidth();
        double h = viewport.getHeight() > 0 ? viewport.getHeight() : owner.getHeight();
        fit(w, h);
    }

    void fitLater() {
        needsFit = true;
    }

    /** In a layout pass: the fit asked for before there was a size. */
    void fitIfPending(double w, double h) {
        if (needsFit && w > 0 && h > 0 && diagram != null) {
            needsFit = false;
            fit(w, h);
        }
    }

    /**
     * In a layout pass: a drawing still fitted (the user has not zoomed or panned since) is fitted
     * again into the new space, so a window made larger or smaller keeps the whole network in view;
     * a zoomed or panned one stays where the user put it.
     */
    void refitIfResized(double w, double h) {
        if (inFit && diagram != null && w > 0 && h > 0
                && (Math.abs(w - fittedWidth) > 0.5 || Math.abs(h - fittedHeight) > 0.5)) {
            fit(w, h);
        }
    }

    /** 100 %, top-left corner in view. */
    void reset() {
        inFit = false;
        zoom.setX(1);
        zoom.setY(1);
        pan.setX(12);
        pan.setY(12);
    }

    /** Back to a zoom the user had (a re-arrangement keeps it), no longer fitted. */
    void setScale(double s) {
        zoom.setX(s);
        zoom.setY(s);
        inFit = false;
    }

    /** The diagram point at the centre of the viewport. */
    double centreX() {
        return (viewport.getWidth() / 2 - pan.getX()) / zoom.getX();
    }

    double centreY() {
        return (viewport.getHeight() / 2 - pan.getY()) / zoom.getX();
    }

    /** Scrolls so that the rectangle is in view, if it is not. */
    void reveal(Rect r) {
        double s = zoom.getX();
        double vx = -pan.getX() / s;
        double vy = -pan.getY() / s;
        double vw = viewport.getWidth() / s;
        double vh = viewport.getHeight() / s;
        if (r.x() < vx || r.maxX() > vx + vw || r.y() < vy || r.maxY() > vy + vh) {
            centerOn(r.centerX(), r.centerY());
        }
    }

    void centerOn(double x, double y) {
        inFit = false;
        double s = zoom.getX();
        pan.setX(viewport.getWidth() / 2 - x * s);
        pan.setY(viewport.getHeight() / 2 - y * s);
    }

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

    private void onPressed(MouseEvent e) {
        dragStartX = e.getX();
        dragStartY = e.getY();
        dragged = false;
        panStartX = pan.getX();
        panStartY = pan.getY();
    }

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

    /** The overview map shows where the viewport is, and only when the drawing does not fit. */
    void viewportMoved() {
        if (diagram == null) {
            return;
        }
        double s = zoom.getX();
        double vw = viewport.getWidth() / s;
        double vh = viewport.getHeight() / s;
        Rect r = diagram.bounds();
        boolean larger = vw < r.width() * 0.98 || vh < r.height() * 0.98;
        miniMap.setVisible(larger && owner.getWidth() > 300);
        miniMap.showViewport(-pan.getX() / s, -pan.getY() / s, vw, vh);
    }
}
