package dev.gluefailover.layout;

import static dev.gluefailover.layout.DiagramLayout.COLUMN_GAP;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_PAD;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_BOTTOM;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_LEFT;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_RIGHT;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of one VPC, run in the gutters between AZ columns: dotted traffic from each subnet to
 * its route table and from each table to the NAT gateway, internet gateway or endpoint its routes
 * name; solid "attached to" from a gateway endpoint to the other tables that carry it. A line never
 * crosses a route table it does not end at.
 */
final class VpcEdges {
    /**
     * A gutter and the bus each carry two lanes, this far either side of their middle: lines into a
     * route table on one, lines out of it on the other, so the two halves of a path never lie on
     * each other and both keep clear of the column borders.
     */
    static final double LANE = 6;

    private final VpcBlock vpc;
    private final RouteTableStrip strip;
    private final String vpcId;
    /** Below the strip, where lines to a gateway endpoint drawn elsewhere run. */
    private final double lowY;
    /** How many lines already leave each table (the next one leaves a little further along). */
    private final Map<String, Integer> exits = new HashMap<>();

    VpcEdges(VpcBlock vpc, RouteTableStrip strip) {
        this.vpc = vpc;
        this.strip = strip;
        this.vpcId = vpc.vpcId;
        this.lowY = strip.bottom() + VPC_PAD_BOTTOM / 2;
    }

    void draw() {
        subnetsToTables();
        tablesToTargets();
        attachedEndpoints();
    }

    /** Traffic: subnet → its route table, down the gutter left of its column and along the bus. */
    private void subnetsToTables() {
        for (Box sb : vpc.block.boxes) {
            if (sb.kind() != ElementKind.SUBNET) {
                continue;
            }
            String tid = strip.subnetTable.get(sb.ref().id());
            Box tb = tid == null ? null : vpc.boxByKey.get("rtb:" + tid);
            if (tb == null) {
                continue;
            }
            double gutter = gutterLeftOf(sb.bounds().x() - COLUMN_PAD) - LANE;
            double bus = strip.busY + LANE;
            List<Point> pts = new ArrayList<>(List.of(new Point(sb.bounds().x(), sb.bounds().centerY()),
                    new Point(gutter, sb.bounds().centerY()), new Point(gutter, bus)));
            if (tb.bounds().y() > strip.firstRowTop + 0.5) {
                // A table on a lower row: straight down would cross the table above it, and a line
                // through its "0.0.0.0/0 → nat-…" row reads as a stray glyph. Down the gutter, in from the left.
                double side = gutterLeftOf(tb.bounds().x()) - LANE;
                double entryY = tb.bounds().y() + 14;
                pts.add(new Point(side, bus));
                pts.add(new Point(side, entryY));
                pts.add(new Point(tb.bounds().x(), entryY));
            } else {
                double entry = tb.bounds().x() + 22;
                pts.add(new Point(entry, bus));
                pts.add(new Point(entry, tb.bounds().y()));
            }
            vpc.block.edges.add(new Edge("traffic:" + sb.key() + ">" + tb.key(), EdgeKind.TRAFFIC, sb.key(), tb.key(),
                    sb.ref(), tb.ref(), pts));
        }
    }

    /** Traffic: route table → the NAT / internet gateway / endpoint of each route that names one. */
    private void tablesToTargets() {
        for (Box tb : strip.tableBoxes) {
            Set<String> seen = new LinkedHashSet<>();
            for (RouteRow row : tb.routes()) {
                if (row.targetRef() == null || !seen.add(row.targetRef().id())) {
                    continue;
                }
                Box target = findTarget(row.targetRef());
                if (target == null) {
                    continue;
                }
                int k = exits.merge(tb.key(), 1, Integer::sum) - 1;
                double exit = tb.bounds().maxX() - 22 - k * 8;
                List<Point> pts = new ArrayList<>();
                EdgeKind kind = EdgeKind.TRAFFIC;
                Rect t = target.bounds();
                switch (target.kind()) {
                    case NAT_GATEWAY, VPC_ENDPOINT -> {
                        if (target.kind() == ElementKind.VPC_ENDPOINT && t.y() > tb.bounds().y()) {
                            // a gateway endpoint in the strip
                            if (t.x() > tb.bounds().x() && t.maxX() < tb.bounds().maxX()
                                    && t.y() >= tb.bounds().maxY()) {
                                pts.add(new Point(t.centerX(), tb.bounds().maxY()));
                                pts.add(new Point(t.centerX(), t.y()));
                            } else {
                                // out of the side and down the gutter: a table below may be in the way
                                double side = tb.bounds().maxX() + 6 + k * 3;
                                double y = tb.bounds().maxY() - 8 - k * 6;
                                pts.add(new Point(tb.bounds().maxX(), y));
                                pts.add(new Point(side, y));
                                pts.add(new Point(side, lowY));
                                // and up the gutter right of the endpoint's column: tables below it may be in the way
                                double up = columnXOf(t.x()) + COLUMN_WIDTH + 15;
                                pts.add(new Point(up, lowY));
                                pts.add(new Point(up, t.centerY()));
                                pts.add(new Point(t.maxX(), t.centerY()));
                            }
                        } else {
                            double gutter = gutterLeftOf(columnXOf(t.x())) + LANE;
                            pts.addAll(upToBus(tb, exit, k, strip.busY - LANE, strip.firstRowTop));
                            pts.add(new Point(gutter, strip.busY - LANE));
                            pts.add(new Point(gutter, t.centerY()));
                            pts.add(new Point(t.x(), t.centerY()));
                        }
                    }
                    case INTERNET_GATEWAY -> {
                        double gutter = vpc.width - VPC_PAD_RIGHT / 2;
                        pts.addAll(upToBus(tb, exit, k, strip.busY - LANE, strip.firstRowTop));
                        pts.add(new Point(gutter, strip.busY - LANE));
                        pts.add(new Point(gutter, t.maxY()));
                    }
                    default -> {
                        continue;
                    }
                }
                vpc.block.edges.add(new Edge("traffic:" + tb.key() + ">" + target.key(), kind, tb.key(), target.key(),
                        tb.ref(), target.ref(), pts));
            }
        }
    }

    /** Gateway endpoints drawn under one table but also attached to others: a solid "attached to" line. */
    private void attachedEndpoints() {
        for (VpcEndpoint e : vpc.gatewayEndpoints) {
            Box eb = vpc.boxByKey.get("vpce:" + e.vpcEndpointId());
            if (eb == null) {
                continue;
            }
            for (String tid : e.routeTableIds()) {
                Box tb = vpc.boxByKey.get("rtb:" + tid);
                if (tb == null || vpc.block.edges.stream().anyMatch(x -> x.fromKey().equals(tb.key())
                        && x.toKey().equals(eb.key()))) {
                    continue;
                }
                if (eb.bounds().x() > tb.bounds().x() && eb.bounds().maxX() < tb.bounds().maxX()) {
                    continue; // drawn right under it: nearness says it
                }
                double exit = tb.bounds().x() + 40;
                vpc.block.edges.add(new Edge("attached:" + eb.key() + ">" + tb.key(), EdgeKind.BELONGS_TO, eb.key(),
                        tb.key(), eb.ref(), tb.ref(), List.of(new Point(eb.bounds().maxX(), eb.bounds().centerY()),
                                new Point(eb.bounds().maxX() + 16, eb.bounds().centerY()),
                                new Point(eb.bounds().maxX() + 16, lowY + 4), new Point(exit, lowY + 4),
                                new Point(exit, tb.bounds().maxY()))));
            }
        }
    }

    /**
     * From a route table up to the bus above the strip: straight up from its top edge on the first
     * row; from a lower row, out of its right side and up the gutter, so that the line does not
     * cross the table above (a line through a route row reads as a stray glyph).
     */
    private static List<Point> upToBus(Box tb, double exit, int k, double busY, double firstRowTop) {
        Rect r = tb.bounds();
        if (r.y() <= firstRowTop + 0.5) {
            return List.of(new Point(exit, r.y()), new Point(exit, busY));
        }
        double y = r.y() + 20 + k * 6;
        double side = r.maxX() + 6 + k * 3;
        return List.of(new Point(r.maxX(), y), new Point(side, y), new Point(side, busY));
    }

    private Box findTarget(ElementRef ref) {
        return switch (ref.kind()) {
            case NAT_GATEWAY -> vpc.boxByKey.get("nat:" + ref.id());
            case VPC_ENDPOINT -> vpc.boxByKey.get("vpce:" + ref.id());
            case INTERNET_GATEWAY -> vpc.boxByKey.get("igw:" + vpcId + ":" + ref.id());
            default -> null;
        };
    }

    /** The x of the gutter just left of the AZ column starting at columnX. */
    private static double gutterLeftOf(double columnX) {
        return columnX <= VPC_PAD_LEFT + 0.5 ? VPC_PAD_LEFT / 2 : columnX - COLUMN_GAP / 2;
    }

    private static double columnXOf(double innerX) {
        double c = Math.floor((innerX - VPC_PAD_LEFT) / (COLUMN_WIDTH + COLUMN_GAP));
        return VPC_PAD_LEFT + Math.max(0, c) * (COLUMN_WIDTH + COLUMN_GAP);
    }
}
