package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.ElementRef;
import dev.gluefailover.layout.LayoutOptions;
import dev.gluefailover.model.GlueJob;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/** The topology diagram (API first; drawing follows). */
public class DiagramView extends Region {
    private final ObjectProperty<ElementRef> selected = new SimpleObjectProperty<>(this, "selectedElement");
    private final ReadOnlyObjectWrapper<ElementRef> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredElement");
    private Consumer<SimulatedFailure> onToggleFailure = f -> { };
    private final Group content = new Group();
    private Diagram diagram;

    public DiagramView() {
        getChildren().add(content);
        setFocusTraversable(true);
    }

    public void show(SnapshotIndex index, GlueJob job, Evaluation evaluation) {
        diagram = DiagramLayout.compute(index, job, LayoutOptions.defaults());
        update(evaluation);
    }

    public void update(Evaluation evaluation) {
    }

    public ObjectProperty<ElementRef> selectedElementProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ElementRef> hoveredElementProperty() {
        return hovered.getReadOnlyProperty();
    }

    public void setOnToggleFailure(Consumer<SimulatedFailure> handler) {
        onToggleFailure = handler == null ? f -> { } : handler;
    }

    public void zoomIn() {
    }

    public void zoomOut() {
    }

    public void fitToWindow() {
    }

    public void resetZoom() {
    }

    public Diagram diagram() {
        return diagram;
    }

    public WritableImage renderImage(double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(new Scale(scale, scale));
        return content.snapshot(p, null);
    }
}
