package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Edge;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.util.Duration;

/**
 * What the user does to the drawing: select (click, Tab, arrows, Esc), hover (what is connected
 * lights up, a tooltip tells the facts), fail or restore an element (AZ header click, double-click,
 * Space / F, context menu), set a subnet's free IPs, delete a subnet.
 *
 * <p>What a failure gesture means is decided in {@link FailureGestures}; here is only which
 * gesture on which box.
 */
final class DiagramInteraction {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");

    private final Region owner;
    private final DiagramCamera camera;
    private final ObjectProperty<ElementRef> selected;
    private final ReadOnlyObjectWrapper<ElementRef> hovered;
    private final Supplier<Evaluation> evaluation;
    private final FailureGestures failures;

    private DiagramNodes nodes = DiagramNodes.none();
    private ElementFacts facts;
    /** Which box of the selected element (an element can have several) the keys move from. */
    private String selectedKey;

    DiagramInteraction(Region owner, DiagramCamera camera, ObjectProperty<ElementRef> selected,
            ReadOnlyObjectWrapper<ElementRef> hovered, Supplier<Evaluation> evaluation) {
        this.owner = owner;
        this.camera = camera;
        this.selected = selected;
        this.hovered = hovered;
        this.evaluation = evaluation;
        this.failures = new FailureGestures(owner, camera, evaluation);
        selected.addListener((o, before, now) -> applySelection(before, now));
        owner.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Failing, restoring, free IPs and deleting: the menu and the gestures that report them. */
    FailureGestures failures() {
        return failures;
    }

    /** A new drawing: its handlers are installed, the selection kept when the element is still drawn. */
    void setNodes(SnapshotIndex index, DiagramNodes nodes) {
        failures.setIndex(index);
        this.facts = new ElementFacts(index);
        this.nodes = nodes;
        for (ElementNode n : nodes.byKey.values()) {
            wire(n);
        }
        ElementRef keep = selected.get();
        selectedKey = null;
        if (keep != null && !nodes.of(keep).isEmpty()) {
            applySelection(null, keep);
        } else {
            selected.set(null);
        }
    }

    String selectedKey() {
        return selectedKey;
    }

    /** After a re-arrangement: the same box of the selected element as before, when it is still drawn. */
    void keepSelectedBox(String key) {
        ElementNode n = nodes.at(key);
        if (n != null && n.box.ref().equals(selected.get())) {
            selectedKey = key;
        }
    }

    /** The mouse has not moved over a rebuilt drawing: the element under it stays lit until it does. */
    void keepHover(ElementRef ref) {
        if (ref != null && !nodes.of(ref).isEmpty()) {
            hovered.set(ref);
            highlightRelated(nodes.of(ref).get(0), true);
        }
    }

    /** Lights the hovered element off (on) around a picture: an export shows the simulation, not the mouse. */
    void showHover(boolean on) {
        nodes.of(hovered.get()).forEach(n -> highlightRelated(n, on));
    }

    // --- mouse -----------------------------------------------------------------------------------

    private void wire(ElementNode n) {
        Box b = n.box;
        if (b.kind() == ElementKind.REGION) {
            return;
        }
        if (n.header != null) {
            // an AZ: a click on its header fails or restores the zone
            n.header.setOnMouseClicked(e -> {
                if (camera.dragged() || e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                e.consume();
                owner.requestFocus();
                select(n);
                failures.toggle(b.ref());
            });
        }
        Node target = n.pane;
        target.setOnMouseEntered(e -> {
            hovered.set(b.ref());
            highlightRelated(n, true);
            if (n.tooltip == null) { // made on first hover: a thousand tooltips would be a thousand objects for nothing
                n.tooltip = new Tooltip();
                n.tooltip.getStyleClass().add("diagram-tooltip");
                n.tooltip.setShowDelay(Duration.millis(350));
                Tooltip.install(target, n.tooltip);
            }
            n.tooltip.setText(facts.describe(b.ref(), evaluation.get()));
        });
        target.setOnMouseExited(e -> {
            if (b.ref().equals(hovered.get())) {
                hovered.set(null);
            }
            highlightRelated(n, false);
        });
        target.setOnMouseClicked(e -> {
            if (camera.dragged() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            owner.requestFocus();
            select(n);
            if (e.getClickCount() == 2) {
                failures.toggle(b.ref());
            }
        });
        target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            e.consume();
            select(n);
            failures.showMenu(b.ref(), target, e.getScreenX(), e.getScreenY());
        });
    }

    /** A click on empty space clears the selection. */
    void clickedEmptySpace() {
        if (!camera.dragged()) {
            selected.set(null);
        }
    }

    // --- selection and hover ---------------------------------------------------------------------

    private void select(ElementNode n) {
        selectedKey = n.box.key();
        if (n.box.ref().equals(selected.get())) {
            applySelection(null, n.box.ref()); // same element, maybe another of its boxes
        } else {
            selected.set(n.box.ref());
        }
    }

    private void applySelection(ElementRef before, ElementRef now) {
        for (ElementNode n : nodes.of(before)) {
            n.pane.pseudoClassStateChanged(SELECTED, false);
        }
        if (now == null) {
            selectedKey = null;
            return;
        }
        List<ElementNode> list = nodes.of(now);
        if (selectedKey == null || list.stream().noneMatch(x -> x.box.key().equals(selectedKey))) {
            selectedKey = list.isEmpty() ? null : list.get(0).box.key();
        }
        for (ElementNode n : list) {
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
            for (Edge e : nodes.edgesByBox.getOrDefault(k, List.of())) {
                lit.add(e.key());
                keys.add(e.fromKey());
                keys.add(e.toKey());
                // one more hop from a route table, so a subnet shows its way out
                Box other = nodes.at(e.toKey()).box;
                if (other.kind() == ElementKind.ROUTE_TABLE && !e.toKey().equals(n.box.key())) {
                    for (Edge e2 : nodes.edgesByBox.getOrDefault(other.key(), List.of())) {
                        if (e2.fromKey().equals(other.key())) {
                            lit.add(e2.key());
                            keys.add(e2.toKey());
                        }
                    }
                }
            }
        }
        for (String k : lit) {
            Polyline p = nodes.lines.get(k);
            p.pseudoClassStateChanged(RELATED, on);
            if (on) {
                p.toFront();
            }
        }
        for (String k : keys) {
            ElementNode x = nodes.at(k);
            if (x != null && x != n) {
                x.pane.pseudoClassStateChanged(RELATED, on);
            }
        }
        for (ElementNode badge : nodes.badgesByOrder.values()) {
            if (n.box.key().equals(badge.box.parentKey())) {
                badge.pane.pseudoClassStateChanged(RELATED, on);
            }
        }
    }

    // --- keyboard --------------------------------------------------------------------------------

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
                if (ref == null || !failures.canFail(ref) || e.isShortcutDown()) {
                    return;
                }
                failures.toggle(ref);
            }
            case PLUS, ADD, EQUALS -> camera.zoomIn();
            case MINUS, SUBTRACT -> camera.zoomOut();
            case DIGIT0, NUMPAD0 -> camera.fitToWindow();
            case LEFT, RIGHT, UP, DOWN -> moveSelection(code);
            case TAB -> {
                if (!stepSelection(e.isShiftDown() ? -1 : 1)) {
                    return; // at either end: let focus leave the diagram
                }
            }
            case CONTEXT_MENU -> {
                ElementNode n = nodes.at(selectedKey);
                if (n == null) {
                    return;
                }
                Bounds b = n.pane.localToScreen(n.pane.getBoundsInLocal());
                if (b != null) {
                    failures.showMenu(n.box.ref(), n.pane, b.getMinX() + 10, b.getMinY() + 10);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Selects the box and scrolls the element (its first box) into view. */
    private void selectAndReveal(ElementNode n) {
        select(n);
        camera.reveal(nodes.of(n.box.ref()).get(0).box.bounds());
    }

    private boolean stepSelection(int step) {
        List<ElementNode> navigable = nodes.navigable;
        if (navigable.isEmpty()) {
            return false;
        }
        ElementNode cur = nodes.at(selectedKey);
        int i = cur == null ? (step > 0 ? -1 : navigable.size()) : navigable.indexOf(cur);
        int next = i + step;
        if (next < 0 || next >= navigable.size()) {
            return false;
        }
        selectAndReveal(navigable.get(next));
        return true;
    }

    /** Arrow keys: the nearest element in that direction, preferring ones in line with the current one. */
    private void moveSelection(KeyCode dir) {
        ElementNode cur = nodes.at(selectedKey);
        if (cur == null) {
            stepSelection(1);
            return;
        }
        Rect c = cur.box.bounds();
        ElementNode best = null;
        double bestScore = Double.MAX_VALUE;
        for (ElementNode n : nodes.navigable) {
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
            selectAndReveal(best);
        }
    }
}
