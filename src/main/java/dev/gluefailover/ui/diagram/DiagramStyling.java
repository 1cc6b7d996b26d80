package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.ChoiceChange;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.DiagramMarks;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.util.Duration;

/**
 * Restyles one drawing for an evaluation from {@link DiagramMarks} (the same marks as the SVG and
 * draw.io exports): crossed and dimmed failures, verdict colours, the chosen path, free IPs, and
 * a pulse on the badge that has just become the chosen one.
 *
 * <p>It compares the new marks with the ones on screen and touches only the nodes whose marks
 * changed: an AZ toggle on a thousand subnets is then a few dozen node changes, and the next
 * pulse restyles only those.
 */
final class DiagramStyling {
    private static final DiagramMarks BLANK = new DiagramMarks(Set.of(), Set.of(), Map.of(), Set.of(), Map.of(),
            Set.of(), Set.of(), false);

    private final DiagramNodes nodes;
    /** What the nodes show now: a fresh build shows no marks. */
    private DiagramMarks shown = BLANK;

    DiagramStyling(DiagramNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * Restyles from {@code before} (the evaluation on screen, null after a build) to {@code after};
     * returns true when the set of failed elements changed (the overview map marks them).
     */
    boolean apply(Evaluation before, Evaluation after) {
        if (nodes.diagram == null) {
            return false;
        }
        DiagramMarks marks = DiagramMarks.of(nodes.diagram, after);
        Simulation sim = after == null ? Simulation.NONE : after.simulation();
        DiagramMarks old = shown;
        shown = marks;

        Set<ElementRef> failedChanged = changed(old.failed(), marks.failed());
        if (!failedChanged.isEmpty()) {
            // in drawing order, so overlapping crosses stack as they always did
            for (ElementNode n : nodes.byKey.values()) {
                if (failedChanged.contains(n.box.ref())) {
                    boolean failed = marks.failed().contains(n.box.ref());
                    n.setFailed(failed);
                    n.setCross(failed, nodes.overlay);
                }
            }
        }
        for (String key : changed(old.dimmedKeys(), marks.dimmedKeys())) {
            ElementNode n = nodes.at(key);
            if (n != null) {
                n.setDimmed(marks.dimmedKeys().contains(key));
            }
        }
        // A subnet's simulated free IPs: the simulation's answer, for the subnets that had or have one.
        for (String subnetId : changed(old.ipOverrides().keySet(), marks.ipOverrides().keySet(), true)) {
            Integer simulated = sim.freeIpOverride(subnetId).orElse(null);
            for (ElementNode n : nodes.of(new ElementRef(ElementKind.SUBNET, subnetId))) {
                n.showIps(simulated);
            }
        }
        Set<String> badges = new HashSet<>(old.verdicts().keySet());
        badges.addAll(marks.verdicts().keySet());
        for (String key : badges) {
            if (!Objects.equals(old.verdicts().get(key), marks.verdicts().get(key))) {
                ElementNode n = nodes.at(key);
                if (n != null) {
                    n.setVerdict(marks.verdicts().get(key));
                }
            }
        }
        restylePath(old, marks);
        restyleBlamed(old, marks);
        pulseNewlyChosen(before, after);
        return !old.failed().equals(marks.failed());
    }

    /** The chosen connection's path: subnet → route table → the NAT / endpoint the egress check counted. */
    private void restylePath(DiagramMarks old, DiagramMarks marks) {
        boolean broken = marks.pathBroken();
        Set<String> edges = new HashSet<>(old.pathEdgeKeys());
        edges.addAll(marks.pathEdgeKeys());
        // in the diagram's edge order: the path's lines come to the front in the same order every time
        for (Map.Entry<String, Polyline> entry : nodes.lines.entrySet()) {
            String key = entry.getKey();
            if (!edges.contains(key)) {
                continue;
            }
            Polyline line = entry.getValue();
            boolean on = marks.pathEdgeKeys().contains(key);
            ElementNode.setStyleClass(line, DiagramView.CHOSEN_PATH, on);
            ElementNode.setStyleClass(line, DiagramView.PATH_BROKEN, on && broken);
            if (on) {
                line.toFront();
            }
        }
        Set<String> boxes = new HashSet<>(old.pathBoxKeys());
        boxes.addAll(marks.pathBoxKeys());
        for (String key : boxes) {
            ElementNode n = nodes.at(key);
            if (n == null || n.box.kind() == ElementKind.CONNECTION) {
                continue;
            }
            boolean on = marks.pathBoxKeys().contains(key);
            n.setClass(DiagramView.CHOSEN_PATH, on);
            n.setClass(DiagramView.PATH_BROKEN, broken && on);
        }
    }

    /** The elements a failing run check is about (the subnet short of free IPs), outlined in red. */
    private void restyleBlamed(DiagramMarks old, DiagramMarks marks) {
        Set<String> keys = new HashSet<>(old.blamedKeys());
        keys.addAll(marks.blamedKeys());
        for (String key : keys) {
            ElementNode n = nodes.at(key);
            if (n != null) {
                n.setClass(BLAMED, marks.blamedKeys().contains(key));
            }
        }
    }

    /** Style class of a box a failing run check is about. */
    static final String BLAMED = "blamed";

    /** The one rule for "the choice changed" ({@link ChoiceChange}): its newly chosen badge pulses. */
    void pulseNewlyChosen(Evaluation before, Evaluation after) {
        ConnectionEvaluation now = ChoiceChange.between(before, after).newlyChosen().orElse(null);
        ElementNode badge = now == null ? null : nodes.badgesByOrder.get(now.order());
        if (badge != null) {
            pulse(badge);
        }
    }

    /** Where the failed elements are, for the overview map. */
    List<Rect> failedBounds() {
        List<Rect> rects = new ArrayList<>();
        for (ElementRef r : shown.failed()) {
            for (ElementNode n : nodes.of(r)) {
                rects.add(n.box.bounds());
            }
        }
        return rects;
    }

    /** The elements failed on screen (by their own failure, as the marks say). */
    DiagramMarks shown() {
        return shown;
    }

    private static <T> Set<T> changed(Set<T> a, Set<T> b) {
        return changed(a, b, false);
    }

    /** The symmetric difference of two sets, or with {@code all} their union. */
    private static <T> Set<T> changed(Set<T> a, Set<T> b, boolean all) {
        Set<T> out = new HashSet<>();
        for (T x : a) {
            if (all || !b.contains(x)) {
                out.add(x);
            }
        }
        for (T x : b) {
            if (all || !a.contains(x)) {
                out.add(x);
            }
        }
        return out;
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
        nodes.overlay.getChildren().add(ring);
        ScaleTransition spread = new ScaleTransition(Duration.millis(900), ring);
        spread.setToX(3.2);
        spread.setToY(3.2);
        FadeTransition fade = new FadeTransition(Duration.millis(900), ring);
        fade.setFromValue(0.9);
        fade.setToValue(0);
        ParallelTransition all = new ParallelTransition(grow, spread, fade);
        all.setOnFinished(e -> {
            nodes.overlay.getChildren().remove(ring);
            node.setScaleX(1);
            node.setScaleY(1);
        });
        all.play();
    }
}
