package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the diagram's geometry from a snapshot and a job, in the visual language of the AWS
 * VPC resource map: region ▸ VPCs ▸ AZ columns ▸ subnets (public rows first, so rows line up
 * across AZs), a route table strip under each VPC's columns with the gateway endpoints they
 * carry, internet gateways on the VPC's top edge, and the job's connections as numbered badges
 * in their subnets. Pure and deterministic: no JavaFX, no randomness, no hash-order iteration.
 */
public final class DiagramLayout {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("layout");
    // Sizes in pixels at zoom 1. Public so the drawing places text where the layout left room.
    public static final double SUBNET_WIDTH = 240;
    public static final double SUBNET_TITLE_Y = 8;
    public static final double SUBNET_SUBTITLE_Y = 26;
    public static final double SUBNET_BAR_Y = 46;
    public static final double SUBNET_BAR_HEIGHT = 7;
    public static final double SUBNET_CONTENT_Y = 66;
    public static final double BADGE_HEIGHT = 26;
    public static final double CHIP_WIDTH = 108;
    public static final double CHIP_HEIGHT = 26;
    public static final double IGW_WIDTH = 164;
    public static final double IGW_HEIGHT = 30;
    public static final double ROUTE_ROW_HEIGHT = 16;
    public static final double ROUTE_TABLE_HEADER = 44;
    public static final double ENDPOINT_WIDTH = 180;
    public static final double AZ_HEADER = 42;
    public static final double VPC_HEADER = 52;
    public static final double REGION_HEADER = 48;
    /** The lane the view draws the legend in (its key among {@link Diagram#lanes()}). */
    public static final String LEGEND_LANE = "lane:legend";
    /** The legend on one row, and wrapped on two (the view's FlowPane wraps at the lane's width). */
    static final double LEGEND_ONE_ROW = 930;
    static final double LEGEND_TWO_ROWS = 470;
    static final double LEGEND_ROW = 22;

    static final double INNER_PAD = 8;
    static final double ITEM_GAP = 6;
    static final double COLUMN_PAD = 12;
    static final double COLUMN_WIDTH = SUBNET_WIDTH + 2 * COLUMN_PAD;
    // Gutters and the bus are wide enough that the lines in them keep clear of the AZ columns' dashed
    // (and, in an outage, red) borders: two lines a gutter, each 16 px from the nearest border.
    static final double COLUMN_GAP = 44;
    static final double ROW_GAP = 14;
    static final double VPC_PAD_LEFT = 36;
    static final double VPC_PAD_RIGHT = 24;
    static final double VPC_PAD_BOTTOM = 24;
    static final double BUS_GAP = 44;
    static final double STRIP_LABEL = 22;
    static final double REGION_PAD = 28;
    static final double VPC_GAP = 44;
    static final double MAX_ROUTE_ROWS = 6;
    static final double CHAR_WIDTH = 7.2;

    private DiagramLayout() {
    }

    public static Diagram compute(SnapshotIndex index, GlueJob job, LayoutOptions options) {
        return new Run(index, job, options == null ? LayoutOptions.defaults() : options).compute();
    }

    /**
     * The column count that shows the drawing largest in a space of this aspect ratio (width /
     * height); on a tie, the fewer columns (a taller drawing scrolls the way people read).
     */
    public static int bestColumns(List<Arrangement> arrangements, double aspect) {
        int best = 1;
        double bestScale = -1;
        for (Arrangement a : arrangements) {
            double s = a.fitScale(aspect);
            if (s > bestScale * (1 + 1e-9)) {
                best = a.columns();
                bestScale = s;
            }
        }
        return best;
    }

    /** The id a subnet's AZ column is keyed by: the zone id when known (outages are of zone ids), else the name. */
    public static String zoneKeyOf(SnapshotIndex index, Subnet subnet) {
        String id = index.zoneIdOf(subnet);
        if (id != null) {
            return id;
        }
        return subnet.availabilityZone() != null ? subnet.availabilityZone() : "unknown-az";
    }

    /** A connection of the job with the subnet it sits in (null when not drawn) and why not. */
    record Placement(int order, String name, Subnet subnet, String whyNotDrawn) {
    }

    /** Boxes and edges of one VPC laid out at the origin, shifted into place afterwards. */
    static final class Block {
        final List<Box> boxes = new ArrayList<>();
        final List<Lane> lanes = new ArrayList<>();
        final List<Edge> edges = new ArrayList<>();
        double width;
        double height;

        Block shifted(double dx, double dy) {
            Block b = new Block();
            for (Box x : boxes) {
                Rect r = x.bounds();
                b.boxes.add(new Box(x.key(), x.ref(), x.parentKey(), new Rect(r.x() + dx, r.y() + dy, r.width(),
                        r.height()), x.title(), x.subtitle(), x.publicSubnet(), x.ips(), x.routes(), x.order()));
            }
            for (Lane l : lanes) {
                Rect r = l.bounds();
                b.lanes.add(new Lane(l.key(), l.title(), new Rect(r.x() + dx, r.y() + dy, r.width(), r.height())));
            }
            for (Edge e : edges) {
                b.edges.add(new Edge(e.key(), e.kind(), e.fromKey(), e.toKey(), e.from(), e.to(),
                        e.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList()));
            }
            b.width = width;
            b.height = height;
            return b;
        }
    }

    private static final class Run {
        private final SnapshotIndex index;
        private final Snapshot snapshot;
        private final GlueJob job;
        private final LayoutOptions options;
        private final List<Placement> placements = new ArrayList<>();

        Run(SnapshotIndex index, GlueJob job, LayoutOptions options) {
            this.index = index;
            this.snapshot = index.snapshot();
            this.job = job;
            this.options = options;
        }

        Diagram compute() {
            place();
            List<String> vpcIds = vpcsToDraw();
            List<Block> blocks = new ArrayList<>();
            for (String vpcId : vpcIds) {
                blocks.add(VpcBlock.of(index, placements, vpcId));
            }
            String regionKey = "region";
            String regionTitle = TEXT.get("region", snapshot.region().name());
            List<Placement> unplaced = placements.stream().filter(p -> p.subnet() == null).toList();

            // Every grid the VPCs could go in (1 per row = stacked ... all on one row), measured without
            // building it, so the view can tell from its own size which one it wants, at no cost.
            List<Arrangement> arrangements = new ArrayList<>();
            for (int c = 1; c <= Math.max(1, blocks.size()); c++) {
                Frame f = frame(blocks, c, Double.MAX_VALUE, unplaced, regionTitle);
                arrangements.add(new Arrangement(c, f.region.width(), f.region.height()));
            }
            Frame frame;
            if (options.targetAspect() > 0) {
                int columns = bestColumns(arrangements, options.targetAspect());
                frame = frame(blocks, columns, Double.MAX_VALUE, unplaced, regionTitle);
            } else {
                // No space given: VPCs flow left to right and wrap; a few VPCs stay on one row (a projector is wide).
                double area = 0;
                double widest = 0;
                for (Block b : blocks) {
                    area += b.width * b.height;
                    widest = Math.max(widest, b.width);
                }
                double rowLimit = blocks.size() <= 3 ? Double.MAX_VALUE : Math.max(widest, Math.sqrt(area * 1.6));
                frame = frame(blocks, Integer.MAX_VALUE, rowLimit, unplaced, regionTitle);
            }

            List<Box> boxes = new ArrayList<>();
            List<Lane> lanes = new ArrayList<>();
            List<Edge> edges = new ArrayList<>();
            lanes.add(new Lane(LEGEND_LANE, "Legend", frame.legend));
            String account = snapshot.region().accountId();
            boxes.add(new Box(regionKey, new ElementRef(ElementKind.REGION, snapshot.region().name()), null,
                    frame.region, regionTitle, account == null ? "" : TEXT.get("account", account), false, null, List.of(), 0));
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i).shifted(frame.positions.get(i).x(), frame.positions.get(i).y());
                for (Box box : b.boxes) {
                    boxes.add(box.parentKey() == null ? reparent(box, regionKey) : box);
                }
                lanes.addAll(b.lanes);
                edges.addAll(b.edges);
            }
            if (frame.unplacedLane != null) {
                lanes.add(frame.unplacedLane);
            }
            boxes.addAll(frame.unplacedBadges);
            return new Diagram(frame.region, boxes, lanes, edges, frame.columns, arrangements);
        }

        /** Where the VPC blocks, the legend and the row of undrawn connections go, and the region around them. */
        private static final class Frame {
            final List<Point> positions = new ArrayList<>();
            final List<Box> unplacedBadges = new ArrayList<>();
            Lane unplacedLane;
            Rect legend;
            Rect region;
            int columns;
        }

        /**
         * Places the blocks in rows of at most {@code perRow}, a row also ending before it would pass
         * {@code rowLimit}; pure arithmetic on the blocks' sizes (nothing is shifted here).
         */
        private Frame frame(List<Block> blocks, int perRow, double rowLimit, List<Placement> unplaced,
                String regionTitle) {
            Frame f = new Frame();
            double x0 = REGION_PAD;
            // The legend: at the right of the header when the drawing is wide enough, else wrapped under
            // the title (the header grows), never cut and never widening a small region for nothing.
            double titleWidth = 44 + textWidth(regionTitle) * 1.4;
            double contentRight = x0 + 320;
            {
                double cx = x0;
                int inRow = 0;
                for (Block b : blocks) {
                    if (cx > x0 && (inRow >= perRow || cx + b.width > x0 + rowLimit)) {
                        cx = x0;
                        inRow = 0;
                    }
                    cx += b.width + VPC_GAP;
                    inRow++;
                    contentRight = Math.max(contentRight, cx - VPC_GAP);
                }
                if (!unplaced.isEmpty()) {
                    contentRight = Math.max(contentRight, x0 + 600);
                }
            }
            double headerExtra = 0;
            if (contentRight - x0 >= titleWidth + 30 + LEGEND_ONE_ROW) {
                f.legend = new Rect(contentRight - LEGEND_ONE_ROW, 14, LEGEND_ONE_ROW, LEGEND_ROW);
            } else {
                double w = Math.max(contentRight - x0, LEGEND_TWO_ROWS);
                int rows = w >= LEGEND_ONE_ROW ? 1 : 2;
                f.legend = new Rect(x0 + 16, REGION_HEADER + 4, w - 16, rows * LEGEND_ROW + (rows - 1) * 6);
                headerExtra = f.legend.height() + 8;
                contentRight = Math.max(contentRight, f.legend.maxX());
            }

            double y = REGION_HEADER + 20 + headerExtra;
            double x = x0;
            double rowHeight = 0;
            double maxX = x0 + 320;
            int inRow = 0;
            for (Block b : blocks) {
                if (x > x0 && (inRow >= perRow || x + b.width > x0 + rowLimit)) {
                    x = x0;
                    y += rowHeight + VPC_GAP;
                    rowHeight = 0;
                    inRow = 0;
                }
                f.positions.add(new Point(x, y));
                x += b.width + VPC_GAP;
                inRow++;
                f.columns = Math.max(f.columns, inRow);
                maxX = Math.max(maxX, x - VPC_GAP);
                rowHeight = Math.max(rowHeight, b.height);
            }
            y += rowHeight;
            f.columns = Math.max(1, f.columns);

            // Connections that have no drawn subnet still get their badge, in a row of their own.
            if (!unplaced.isEmpty()) {
                y += VPC_GAP;
                double laneY = y;
                double bx = x0 + 10;
                double by = laneY + STRIP_LABEL + 4;
                double laneRight = Math.max(maxX, x0 + 600);
                for (Placement p : unplaced) {
                    double w = badgeWidth(p.name(), 320);
                    if (bx > x0 + 10 && bx + w > laneRight - 10) {
                        bx = x0 + 10;
                        by += BADGE_HEIGHT + ITEM_GAP;
                    }
                    f.unplacedBadges.add(new Box(badgeKey(p), new ElementRef(ElementKind.CONNECTION, p.name()),
                            "region", new Rect(bx, by, w, BADGE_HEIGHT), String.valueOf(p.order()), p.name()
                                    + " \u2014 " + p.whyNotDrawn(), false, null, List.of(), p.order()));
                    bx += w + ITEM_GAP;
                }
                double laneBottom = by + BADGE_HEIGHT + 10;
                f.unplacedLane = new Lane("lane:unplaced", TEXT.get("unplaced"),
                        new Rect(x0, laneY, laneRight - x0, laneBottom - laneY));
                maxX = Math.max(maxX, laneRight);
                y = laneBottom;
            }

            maxX = Math.max(maxX, Math.max(contentRight, x0 + titleWidth + 20));
            f.region = new Rect(0, 0, maxX + REGION_PAD, y + REGION_PAD);
            return f;
        }

        private static Box reparent(Box b, String parent) {
            return new Box(b.key(), b.ref(), parent, b.bounds(), b.title(), b.subtitle(), b.publicSubnet(), b.ips(),
                    b.routes(), b.order());
        }

        private void place() {
            int order = 0;
            for (String name : job.connectionNames()) {
                order++;
                GlueConnection c = index.connection(name).orElse(null);
                if (c == null) {
                    placements.add(new Placement(order, name, null, TEXT.get("notInSnapshot")));
                } else if (!c.hasNetworkPlacement()) {
                    placements.add(new Placement(order, name, null, TEXT.get("noPlacement")));
                } else {
                    Subnet s = index.subnet(c.subnetId()).orElse(null);
                    placements.add(new Placement(order, name, s != null && s.vpcId() != null ? s : null,
                            "subnet " + c.subnetId() + " not in the snapshot"));
                }
            }
        }

        private List<String> vpcsToDraw() {
            Set<String> ids = new LinkedHashSet<>();
            for (Placement p : placements) {
                if (p.subnet() != null) {
                    ids.add(p.subnet().vpcId());
                }
            }
            // With nothing touched (no connections with a subnet), an empty picture helps no one: draw all.
            if (options.showAllVpcs() || ids.isEmpty()) {
                for (Vpc v : snapshot.vpcs()) {
                    ids.add(v.vpcId());
                }
            }
            return List.copyOf(ids);
        }

    }

    static String badgeKey(Placement p) {
        return "conn:" + p.order() + ":" + p.name();
    }

    static double badgeWidth(String name, double max) {
        return Math.min(max, BADGE_HEIGHT + 10 + textWidth(name) + 10);
    }

    /** Rough text width at the diagram's 12 px font; the drawing ellipsizes what does not fit. */
    static double textWidth(String s) {
        return s == null ? 0 : s.length() * CHAR_WIDTH;
    }

    /** The first address of a CIDR as a number, so 10.0.2.0/24 sorts before 10.0.10.0/24; MAX when unreadable. */
    static long cidrStart(String cidr) {
        if (cidr == null) {
            return Long.MAX_VALUE;
        }
        String ip = cidr.contains("/") ? cidr.substring(0, cidr.indexOf('/')) : cidr;
        String[] parts = ip.split("\\.");
        if (parts.length != 4) {
            return Long.MAX_VALUE;
        }
        long v = 0;
        try {
            for (String p : parts) {
                v = v * 256 + Integer.parseInt(p.trim());
            }
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
        return v;
    }
}
