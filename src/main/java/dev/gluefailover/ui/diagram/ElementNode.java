package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Verdict;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.DiagramMarks;
import dev.gluefailover.layout.IpUsage;
import dev.gluefailover.layout.Rect;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One drawn box and the nodes a restyle touches. Every setter compares with what is shown and
 * does nothing when nothing changed: on a thousand subnets a touched node costs a CSS or layout pass.
 */
final class ElementNode {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    final Box box;
    final Pane pane;
    /** An AZ column's header: what a user clicks to fail the zone. */
    Pane header;
    Rectangle ipFill;
    Text ipText;
    FontIcon chosenMark;
    Tooltip tooltip;
    private Label outageTag;
    private Group cross;
    private String verdictClass;
    private boolean dimmed;

    ElementNode(Box box, Pane pane) {
        this.box = box;
        this.pane = pane;
    }

    /** The node a user sees as the element: an AZ's header, else the box. */
    Node face() {
        return header != null ? header : pane;
    }

    void setClass(String cls, boolean on) {
        setStyleClass(pane, cls, on);
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

    /** Failed: the box (and an AZ's header, with its OUTAGE tag) take the failed style. */
    void setFailed(boolean on) {
        setClass(DiagramView.FAILED, on);
        if (header == null) {
            return;
        }
        if (on && outageTag == null) {
            // made on the first outage: three hundred hidden tags would be CSS work on every pass
            outageTag = new Label(TEXT.get("node.outage"));
            outageTag.getStyleClass().add("outage-tag");
            outageTag.relocate(box.bounds().width() - 70, 9);
            header.getChildren().add(outageTag);
        }
        setStyleClass(header, DiagramView.FAILED, on);
    }

    /**
     * Dimmed in code, not through CSS: an AZ outage dims a sixth of a large diagram, and any
     * class or pseudo-class change there costs a CSS pass over every node under those subnets.
     */
    void setDimmed(boolean on) {
        if (on != dimmed) {
            dimmed = on;
            pane.setOpacity(on ? DiagramView.DIMMED : 1);
        }
    }

    void setVerdict(Verdict v) {
        String cls = v == null ? null : "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (Objects.equals(cls, verdictClass)) {
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
            Line a = new Line(c.x(), c.y(), c.maxX(), c.maxY());
            Line b = new Line(c.x(), c.maxY(), c.maxX(), c.y());
            a.getStyleClass().add("fail-cross");
            b.getStyleClass().add("fail-cross");
            cross = new Group(a, b);
            cross.setMouseTransparent(true);
            overlay.getChildren().add(cross);
        }
        cross.setVisible(true);
    }

    /** The free-IP bar and its text: the simulated figure when the user set one, else the snapshot's. */
    void showIps(Integer simulated) {
        IpUsage ips = box.ips();
        Integer free = simulated != null ? simulated : (ips == null ? null : ips.free());
        int usable = ips == null ? 0 : ips.usable();
        double share = free == null || usable <= 0 ? 0 : Math.max(0, Math.min(1, free / (double) usable));
        String label = free == null ? TEXT.get("node.ipsUnknown")
                : TEXT.get(simulated != null ? "node.ipsSimulated" : "node.ips", free, usable);
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
