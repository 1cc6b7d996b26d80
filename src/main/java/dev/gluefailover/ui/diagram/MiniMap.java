package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.Rect;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The overview of a large diagram: VPCs and subnets as small rectangles, failed items in red,
 * and the visible part as a frame; click or drag in it to move there. Drawn on a canvas from
 * the layout geometry, so it costs nothing per node.
 */
final class MiniMap extends Pane {
    private static final Color VPC = Color.web("#8c4fff");
    private static final Color PUBLIC = Color.web("#3f8624");
    private static final Color PRIVATE = Color.web("#147eba");
    private static final Color ROUTE_TABLE = Color.web("#8c959f");
    private static final Color CONNECTION = Color.web("#f0b400");
    private static final Color FAILED = Color.web("#d1242f");

    private final Canvas canvas = new Canvas();
    /** The failed elements on a canvas of their own: a failure toggle redraws only them. */
    private final Canvas marks = new Canvas();
    private final Rectangle frame = new Rectangle();
    private Diagram diagram;
    private Collection<Rect> failed = List.of();
    private double scale = 1;
    private double widthUsed = 200;
    private double heightUsed = 120;
    private BiConsumer<Double, Double> onNavigate = (x, y) -> { };

    MiniMap() {
        getStyleClass().add("minimap");
        frame.getStyleClass().add("minimap-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(canvas, marks, frame);
        setManaged(false);
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
        // the diagram must not pan or select when the overview is used
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    void setOnNavigate(BiConsumer<Double, Double> handler) {
        onNavigate = handler;
    }

    private void navigate(MouseEvent e) {
        if (diagram != null) {
            onNavigate.accept(e.getX() / scale + diagram.bounds().x(), e.getY() / scale + diagram.bounds().y());
        }
        e.consume();
    }

    double getWidthUsed() {
        return widthUsed;
    }

    double getHeightUsed() {
        return heightUsed;
    }

    void resize(double maxWidth) {
        if (diagram == null) {
            return;
        }
        Rect r = diagram.bounds();
        double s = Math.min(maxWidth / r.width(), 160 / r.height());
        if (Math.abs(s - scale) > 1e-9 || canvas.getWidth() == 0) {
            scale = s;
            redraw();
        }
    }

    void draw(Diagram d) {
        diagram = d;
        canvas.setWidth(0);
        redraw();
    }

    void mark(Collection<Rect> failedRects) {
        failed = failedRects;
        if (diagram == null || canvas.getWidth() != widthUsed) {
            redraw();
        } else {
            redrawMarks();
        }
    }

    void showViewport(double x, double y, double w, double h) {
        if (diagram == null) {
            return;
        }
        Rect r = diagram.bounds();
        double fx = Math.max(0, (x - r.x()) * scale);
        double fy = Math.max(0, (y - r.y()) * scale);
        frame.setX(fx);
        frame.setY(fy);
        frame.setWidth(Math.max(4, Math.min(widthUsed - fx, w * scale)));
        frame.setHeight(Math.max(4, Math.min(heightUsed - fy, h * scale)));
    }

    private void redraw() {
        if (diagram == null) {
            return;
        }
        Rect r = diagram.bounds();
        widthUsed = Math.ceil(r.width() * scale);
        heightUsed = Math.ceil(r.height() * scale);
        canvas.setWidth(widthUsed);
        canvas.setHeight(heightUsed);
        setPrefSize(widthUsed, heightUsed);
        resizeRelocate(getLayoutX(), getLayoutY(), widthUsed, heightUsed);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, widthUsed, heightUsed);
        for (Box b : diagram.boxes()) {
            Rect x = b.bounds();
            double px = (x.x() - r.x()) * scale;
            double py = (x.y() - r.y()) * scale;
            double pw = Math.max(1, x.width() * scale);
            double ph = Math.max(1, x.height() * scale);
            switch (b.kind()) {
                case VPC -> {
                    g.setStroke(VPC);
                    g.strokeRect(px, py, pw, ph);
                }
                case SUBNET -> {
                    g.setFill(b.publicSubnet() ? PUBLIC : PRIVATE);
                    g.fillRect(px, py, pw, ph);
                }
                case ROUTE_TABLE -> {
                    g.setFill(ROUTE_TABLE);
                    g.fillRect(px, py, pw, ph);
                }
                case CONNECTION -> {
                    g.setFill(CONNECTION);
                    g.fillRect(px, py, Math.max(2, pw), Math.max(2, ph));
                }
                default -> { }
            }
        }
        redrawMarks();
    }

    private void redrawMarks() {
        Rect r = diagram.bounds();
        marks.setWidth(widthUsed);
        marks.setHeight(heightUsed);
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, widthUsed, heightUsed);
        g.setFill(FAILED);
        for (Rect x : failed) {
            g.fillRect((x.x() - r.x()) * scale, (x.y() - r.y()) * scale, Math.max(2, x.width() * scale),
                    Math.max(2, x.height() * scale));
        }
    }
}
