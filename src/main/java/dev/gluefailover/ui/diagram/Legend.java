package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Rect;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/** The key in the region's header (subnet colours, verdicts, the red cross), so exported PNGs carry it. */
final class Legend {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    private Legend() {
    }

    /**
     * In the lane the layout keeps for it: at the right of the region header when the region is wide,
     * wrapped under the title when it is narrow. A managed child of a Group is sized after CSS, so the
     * labels get their full width and never end in "...".
     */
    static Node in(Rect lane) {
        FlowPane box = new FlowPane(14, 6);
        box.getStyleClass().add("legend");
        box.setPrefWrapLength(lane.width());
        box.setPrefWidth(lane.width());
        box.setAlignment(lane.height() < 30 ? Pos.CENTER_RIGHT : Pos.TOP_LEFT);
        box.getChildren().addAll(
                swatch("legend-public", TEXT.get("legend.public")), swatch("legend-private", TEXT.get("legend.private")),
                badgeSwatch("verdict-chosen", TEXT.get("legend.chosen")), badgeSwatch("verdict-passes", TEXT.get("legend.passes")),
                badgeSwatch("verdict-skipped", TEXT.get("legend.skipped")),
                badgeSwatch("verdict-unknown", TEXT.get("legend.unknown")),
                badgeSwatch("verdict-no-network", TEXT.get("legend.noNetwork")), crossSwatch());
        box.setMouseTransparent(true);
        box.relocate(lane.x(), lane.y());
        return box;
    }

    private static Node swatch(String cls, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", cls);
        r.setPrefSize(18, 12);
        r.setMinSize(18, 12);
        return label(text, r);
    }

    private static Node badgeSwatch(String cls, String text) {
        Circle c = new Circle(7);
        c.getStyleClass().add("badge-circle");
        Group g = new Group(c);
        g.getStyleClass().addAll("badge", cls);
        return label(text, g);
    }

    private static Node crossSwatch() {
        Line a = new Line(0, 0, 10, 10);
        Line b = new Line(0, 10, 10, 0);
        a.getStyleClass().add("fail-cross");
        b.getStyleClass().add("fail-cross");
        return label(TEXT.get("legend.failed"), new Group(a, b));
    }

    private static Label label(String text, Node graphic) {
        Label l = new Label(text, graphic);
        l.getStyleClass().add("legend-label");
        l.setMinWidth(Region.USE_PREF_SIZE); // never "..." in the legend
        return l;
    }
}
