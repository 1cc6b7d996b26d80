package dev.gluefailover.ui.diagram;

import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.Edge;
import dev.gluefailover.layout.EdgeKind;
import dev.gluefailover.layout.Lane;
import dev.gluefailover.layout.Point;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.layout.RouteRow;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
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
 * Turns {@code layout} geometry into JavaFX nodes, off-scene: one unmanaged pane per box with
 * its icon and texts, a polyline per edge, lane titles and the legend. No styling by state and
 * no event handlers here: {@link DiagramStyling} and {@link DiagramInteraction} add those.
 *
 * <p>Box texts are plain {@code Text} nodes and their icon a {@code FontIcon} (itself a Text),
 * not Labels: a Label brings a skin and a LabeledText, which on a thousand subnets was most of
 * the CSS work and half of the build.
 */
final class NodeBuilder {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    private final DiagramNodes nodes;

    private NodeBuilder(Diagram diagram) {
        this.nodes = new DiagramNodes(diagram);
    }

    static DiagramNodes build(Diagram diagram) {
        return new NodeBuilder(diagram).build();
    }

    private DiagramNodes build() {
        Diagram diagram = nodes.diagram;
        for (Box b : diagram.boxes()) {
            ElementNode n = createNode(b);
            nodes.byKey.put(b.key(), n);
            nodes.byRef.computeIfAbsent(b.ref(), k -> new ArrayList<>()).add(n);
            if (b.kind() == ElementKind.CONNECTION) {
                nodes.badgeLayer.add(n.pane);
                nodes.badgesByOrder.putIfAbsent(b.order(), n);
            } else {
                nodes.boxLayer.add(n.pane);
            }
            if (b.kind() != ElementKind.REGION) {
                nodes.navigable.add(n);
            }
        }
        for (Lane lane : diagram.lanes()) {
            if (lane.key().equals(DiagramLayout.LEGEND_LANE)) {
                nodes.boxLayer.add(Legend.in(lane.bounds()));
                continue;
            }
            Text l = new Text(lane.title());
            l.getStyleClass().add("lane-title");
            l.setTextOrigin(VPos.TOP);
            l.setX(lane.bounds().x());
            l.setY(lane.bounds().y() + 2);
            nodes.boxLayer.add(l);
        }
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
            nodes.edgeLayer.add(line);
            nodes.lines.put(e.key(), line);
            nodes.edgesByBox.computeIfAbsent(e.fromKey(), k -> new ArrayList<>()).add(e);
            nodes.edgesByBox.computeIfAbsent(e.toKey(), k -> new ArrayList<>()).add(e);
        }
        return nodes;
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
                title(pane, TEXT.get("node.vpc", b.title()), MaterialDesignC.CLOUD_OUTLINE, 18, 14, 8, r.width() - 200,
                        "vpc-title");
                fit(pane, text(b.subtitle(), 38, 30, "box-subtitle"), r.width() - 200);
            }
            case AVAILABILITY_ZONE -> azHeader(n);
            case SUBNET -> subnet(n);
            case ROUTE_TABLE -> routeTable(pane, b);
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
            case CONNECTION -> badge(n);
            default -> { }
        }
        return n;
    }

    /** An AZ column with its header (zone name and zone id): the header is what a click fails. */
    private void azHeader(ElementNode n) {
        Box b = n.box;
        Rect r = b.bounds();
        n.pane.getStyleClass().add("az-column");
        Pane header = new Pane();
        header.getStyleClass().add("az-header");
        header.setManaged(false);
        header.resizeRelocate(0, 0, r.width(), DiagramLayout.AZ_HEADER - 6);
        header.getProperties().put(ElementRef.class, b.ref());
        header.setId("az-header-" + b.key().replace(':', '-'));
        Text name = text(b.title(), 10, 7, "az-title");
        Text id = text(b.subtitle().isEmpty() ? "" : TEXT.get("node.zoneId", b.subtitle()), 10, 23, "box-subtitle");
        // leave room for the OUTAGE tag and its cross at the right
        fit(header, name, r.width() - 130);
        fit(header, id, r.width() - 130);
        header.setCursor(javafx.scene.Cursor.HAND);
        n.pane.getChildren().add(header);
        n.header = header;
    }

    private void subnet(ElementNode n) {
        Box b = n.box;
        Rect r = b.bounds();
        Pane pane = n.pane;
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

    private void routeTable(Pane pane, Box b) {
        Rect r = b.bounds();
        pane.getStyleClass().add("route-table");
        title(pane, b.title(), MaterialDesignT.TABLE, 15, 8, 5, r.width() - 16, "rt-title");
        fit(pane, text(b.subtitle(), 8, 24, "box-subtitle"), r.width() - 16);
        double y = DiagramLayout.ROUTE_TABLE_HEADER;
        if (b.routes().isEmpty()) {
            fit(pane, text(TEXT.get("node.localOnly"), 12, y - 4, "route-row", "none"), r.width() - 18);
        }
        for (RouteRow row : b.routes()) {
            Text t = text(row.text(), 12, y - 4, "route-row");
            fit(pane, t, r.width() - 18);
            if (row.targetRef() != null) {
                t.getStyleClass().add("to-" + row.targetRef().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            if (!row.active()) {
                t.getStyleClass().add("blackhole");
            }
            y += DiagramLayout.ROUTE_ROW_HEIGHT;
        }
    }

    /** A connection: a pill with its number in a circle, its name, and the check mark shown when chosen. */
    private void badge(ElementNode n) {
        Box b = n.box;
        Rect r = b.bounds();
        Pane pane = n.pane;
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
        nodes.fits.add(name, b.subtitle(), r.width() - d - 12);
        n.chosenMark = check;
    }

    /**
     * An icon and a title, as two plain Text nodes (a FontIcon is a Text). (x, y) is the top left of
     * the row, as for a Label; the title is cut with "…" at maxWidth.
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
        nodes.fits.add(t, s, Math.max(30, maxWidth - iconSize - gap));
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
        nodes.fits.add(t, t.getText(), maxWidth);
    }
}
