package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the diagram's geometry from a snapshot and a job, in the visual language of the AWS
 * VPC resource map: region ▸ VPCs ▸ AZ columns ▸ subnets (public rows first, so rows line up
 * across AZs), a route table strip under each VPC's columns with the gateway endpoints they
 * carry, internet gateways on the VPC's top edge, and the job's connections as numbered badges
 * in their subnets. Pure and deterministic: no JavaFX, no randomness, no hash-order iteration.
 */
public final class DiagramLayout {
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

    private static final double INNER_PAD = 8;
    private static final double ITEM_GAP = 6;
    private static final double COLUMN_PAD = 12;
    private static final double COLUMN_WIDTH = SUBNET_WIDTH + 2 * COLUMN_PAD;
    private static final double COLUMN_GAP = 32;
    private static final double ROW_GAP = 14;
    private static final double VPC_PAD_LEFT = 20;
    private static final double VPC_PAD_RIGHT = 24;
    private static final double VPC_PAD_BOTTOM = 24;
    private static final double BUS_GAP = 30;
    private static final double STRIP_LABEL = 22;
    private static final double REGION_PAD = 28;
    private static final double VPC_GAP = 44;
    private static final double MAX_ROUTE_ROWS = 6;
    private static final double CHAR_WIDTH = 7.2;

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
    private record Placement(int order, String name, Subnet subnet, String whyNotDrawn) {
    }

    /** Boxes and edges of one VPC laid out at the origin, shifted into place afterwards. */
    private static final class Block {
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
                blocks.add(vpcBlock(vpcId));
            }
            String regionKey = "region";
            String regionTitle = "Region " + snapshot.region().name();
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
                    frame.region, regionTitle, account == null ? "" : "account " + account, false, null, List.of(), 0));
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
                f.unplacedLane = new Lane("lane:unplaced", "Connections not in a drawn subnet",
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
                    placements.add(new Placement(order, name, null, "not in the snapshot"));
                } else if (!c.hasNetworkPlacement()) {
                    placements.add(new Placement(order, name, null, "no network placement"));
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

        private Block vpcBlock(String vpcId) {
            Block block = new Block();
            Vpc vpc = index.vpc(vpcId).orElse(null);
            String vpcKey = "vpc:" + vpcId;
            List<Subnet> subnets = index.subnetsIn(vpcId);

            // AZ columns in the region's zone order, then unknown zones by name.
            List<String> zoneOrder = new ArrayList<>();
            for (AvailabilityZone z : snapshot.availabilityZones()) {
                zoneOrder.add(z.zoneId());
            }
            Map<String, List<Subnet>> byZone = new LinkedHashMap<>();
            for (Subnet s : subnets) {
                byZone.computeIfAbsent(zoneKeyOf(index, s), k -> new ArrayList<>()).add(s);
            }
            List<String> zones = new ArrayList<>(byZone.keySet());
            zones.sort(Comparator.comparingInt((String z) -> {
                int i = zoneOrder.indexOf(z);
                return i < 0 ? Integer.MAX_VALUE : i;
            }).thenComparing(Comparator.naturalOrder()));

            Map<String, Boolean> isPublic = new HashMap<>();
            for (Subnet s : subnets) {
                isPublic.put(s.subnetId(), index.isPublic(s));
            }
            Comparator<Subnet> subnetOrder = Comparator.comparing((Subnet s) -> !isPublic.get(s.subnetId()))
                    .thenComparingLong(s -> cidrStart(s.cidrBlock())).thenComparing(Subnet::subnetId);
            List<List<Subnet>> publicCols = new ArrayList<>();
            List<List<Subnet>> privateCols = new ArrayList<>();
            int publicRows = 0;
            int privateRows = 0;
            for (String z : zones) {
                List<Subnet> col = new ArrayList<>(byZone.get(z));
                col.sort(subnetOrder);
                List<Subnet> pub = col.stream().filter(s -> isPublic.get(s.subnetId())).toList();
                List<Subnet> priv = col.stream().filter(s -> !isPublic.get(s.subnetId())).toList();
                publicCols.add(pub);
                privateCols.add(priv);
                publicRows = Math.max(publicRows, pub.size());
                privateRows = Math.max(privateRows, priv.size());
            }

            // What sits in each subnet: NAT gateways, interface endpoints, connection badges.
            Set<String> drawnSubnets = new LinkedHashSet<>();
            for (Subnet s : subnets) {
                drawnSubnets.add(s.subnetId());
            }
            Map<String, List<NatGateway>> natsBySubnet = new HashMap<>();
            for (NatGateway n : snapshot.natGateways()) {
                if (n.subnetId() != null && drawnSubnets.contains(n.subnetId())) {
                    natsBySubnet.computeIfAbsent(n.subnetId(), k -> new ArrayList<>()).add(n);
                }
            }
            Map<String, List<VpcEndpoint>> interfaceBySubnet = new HashMap<>();
            List<VpcEndpoint> gatewayEndpoints = new ArrayList<>();
            for (VpcEndpoint e : index.endpointsIn(vpcId)) {
                if (e.isGateway()) {
                    gatewayEndpoints.add(e);
                    continue;
                }
                String home = e.subnetIds().stream().filter(drawnSubnets::contains).findFirst().orElse(null);
                if (home != null) {
                    interfaceBySubnet.computeIfAbsent(home, k -> new ArrayList<>()).add(e);
                } else {
                    gatewayEndpoints.add(e); // not in a drawn subnet: shown in the strip, so it is not lost
                }
            }
            Map<String, List<Placement>> badgesBySubnet = new HashMap<>();
            for (Placement p : placements) {
                if (p.subnet() != null && vpcId.equals(p.subnet().vpcId())) {
                    badgesBySubnet.computeIfAbsent(p.subnet().subnetId(), k -> new ArrayList<>()).add(p);
                }
            }

            // Row heights: the tallest subnet of that row in any AZ, so rows line up across columns.
            double[] pubHeights = new double[publicRows];
            double[] privHeights = new double[privateRows];
            for (int c = 0; c < zones.size(); c++) {
                for (int r = 0; r < publicCols.get(c).size(); r++) {
                    pubHeights[r] = Math.max(pubHeights[r], subnetHeight(publicCols.get(c).get(r), natsBySubnet,
                            interfaceBySubnet, badgesBySubnet));
                }
                for (int r = 0; r < privateCols.get(c).size(); r++) {
                    privHeights[r] = Math.max(privHeights[r], subnetHeight(privateCols.get(c).get(r), natsBySubnet,
                            interfaceBySubnet, badgesBySubnet));
                }
            }
            double columnsTop = VPC_HEADER;
            double subnetsTop = columnsTop + AZ_HEADER;
            double subnetsHeight = 0;
            for (double h : pubHeights) {
                subnetsHeight += h + ROW_GAP;
            }
            for (double h : privHeights) {
                subnetsHeight += h + ROW_GAP;
            }
            double columnHeight = AZ_HEADER + Math.max(subnetsHeight, 40);
            double columnsBottom = columnsTop + columnHeight;

            // Route tables of the VPC, ordered by the first column/row that uses them, so each sits under its subnets.
            List<RouteTable> tables = snapshot.routeTables().stream().filter(t -> vpcId.equals(t.vpcId())).toList();
            Map<String, Integer> tableRank = new HashMap<>();
            Map<String, String> subnetTable = new HashMap<>();
            int rank = 0;
            for (int c = 0; c < zones.size(); c++) {
                List<Subnet> all = new ArrayList<>(publicCols.get(c));
                all.addAll(privateCols.get(c));
                for (Subnet s : all) {
                    RouteTable t = index.effectiveRouteTable(s).map(SnapshotIndex.EffectiveRouteTable::table)
                            .orElse(null);
                    if (t != null && vpcId.equals(t.vpcId())) {
                        subnetTable.put(s.subnetId(), t.routeTableId());
                        tableRank.putIfAbsent(t.routeTableId(), rank++);
                    }
                }
            }
            List<RouteTable> orderedTables = new ArrayList<>(tables);
            orderedTables.sort(Comparator.comparingInt((RouteTable t) -> tableRank.getOrDefault(t.routeTableId(),
                    Integer.MAX_VALUE)).thenComparingInt(tables::indexOf));

            // Gateway endpoints go under the first drawn table that carries them.
            Set<String> tableIds = new LinkedHashSet<>();
            for (RouteTable t : orderedTables) {
                tableIds.add(t.routeTableId());
            }
            Map<String, List<VpcEndpoint>> endpointsUnder = new LinkedHashMap<>();
            List<VpcEndpoint> loose = new ArrayList<>();
            for (VpcEndpoint e : gatewayEndpoints) {
                String home = orderedTables.stream().map(RouteTable::routeTableId)
                        .filter(id -> e.routeTableIds().contains(id)).findFirst().orElse(null);
                if (home == null) {
                    loose.add(e);
                } else {
                    endpointsUnder.computeIfAbsent(home, k -> new ArrayList<>()).add(e);
                }
            }

            int columns = zones.size();
            int groups = orderedTables.size() + (loose.isEmpty() ? 0 : 1);
            int perRow = Math.max(1, Math.max(columns, Math.min(groups, 3)));
            int gridColumns = Math.max(columns, Math.min(perRow, Math.max(groups, 1)));
            double contentWidth = gridColumns * COLUMN_WIDTH + (gridColumns - 1) * COLUMN_GAP;
            String vpcTitle = vpc == null ? vpcId : vpc.name();
            String vpcSubtitle = (vpc == null ? "" : (vpc.cidrBlock() == null ? "" : vpc.cidrBlock() + "  \u00b7  "))
                    + (vpc != null && !vpc.name().equals(vpcId) ? vpcId : (vpc == null ? "not in the snapshot" : ""));
            List<InternetGateway> igws = index.internetGatewaysOf(vpcId);
            double headerNeed = Math.max(textWidth(vpcTitle) * 1.25, textWidth(vpcSubtitle)) + 40
                    + igws.size() * (IGW_WIDTH + 8);
            contentWidth = Math.max(contentWidth, headerNeed - VPC_PAD_LEFT - VPC_PAD_RIGHT);
            double width = VPC_PAD_LEFT + contentWidth + VPC_PAD_RIGHT;

            Map<String, Box> boxByKey = new HashMap<>();
            // AZ columns and their subnets.
            for (int c = 0; c < columns; c++) {
                String zone = zones.get(c);
                double cx = VPC_PAD_LEFT + c * (COLUMN_WIDTH + COLUMN_GAP);
                AvailabilityZone az = index.zone(zone).orElse(null);
                String azKey = "az:" + vpcId + ":" + zone;
                Box azBox = new Box(azKey, new ElementRef(ElementKind.AVAILABILITY_ZONE, zone), vpcKey,
                        new Rect(cx, columnsTop, COLUMN_WIDTH, columnHeight), az == null ? zone : az.name(),
                        az == null ? "" : az.zoneId(), false, null, List.of(), 0);
                block.boxes.add(azBox);
                double sy = subnetsTop;
                for (int r = 0; r < publicRows; r++) {
                    if (r < publicCols.get(c).size()) {
                        addSubnet(block, boxByKey, azKey, publicCols.get(c).get(r), cx + COLUMN_PAD, sy, pubHeights[r],
                                true, natsBySubnet, interfaceBySubnet, badgesBySubnet);
                    }
                    sy += pubHeights[r] + ROW_GAP;
                }
                for (int r = 0; r < privateRows; r++) {
                    if (r < privateCols.get(c).size()) {
                        addSubnet(block, boxByKey, azKey, privateCols.get(c).get(r), cx + COLUMN_PAD, sy,
                                privHeights[r], false, natsBySubnet, interfaceBySubnet, badgesBySubnet);
                    }
                    sy += privHeights[r] + ROW_GAP;
                }
            }

            // Internet gateways sit on the VPC's top edge, at the right (where traffic leaves the VPC).
            double igwRight = width - 8;
            List<Box> igwBoxes = new ArrayList<>();
            for (InternetGateway g : igws) {
                Box b = new Box("igw:" + vpcId + ":" + g.internetGatewayId(),
                        new ElementRef(ElementKind.INTERNET_GATEWAY, g.internetGatewayId()), vpcKey,
                        new Rect(igwRight - IGW_WIDTH, -IGW_HEIGHT / 2, IGW_WIDTH, IGW_HEIGHT), "Internet gateway",
                        g.internetGatewayId(), false, null, List.of(), 0);
                block.boxes.add(b);
                boxByKey.put(b.key(), b);
                igwBoxes.add(b);
                igwRight -= IGW_WIDTH + 8;
            }

            // The route table strip.
            double busY = columnsBottom + BUS_GAP / 2;
            double stripTop = columnsBottom + BUS_GAP;
            double gy = stripTop + STRIP_LABEL;
            double rowBottom = gy;
            List<Box> tableBoxes = new ArrayList<>();
            int groupsPerRow = Math.max(1, (int) Math.floor((contentWidth + COLUMN_GAP) / (COLUMN_WIDTH + COLUMN_GAP)));
            List<Object> groupItems = new ArrayList<>(orderedTables);
            if (!loose.isEmpty()) {
                groupItems.add(loose);
            }
            // Each table goes under the AZ column of its subnets when they all sit in one column; the
            // rest (shared tables, the main table, endpoints on no drawn table) fill the free cells.
            Map<String, Set<Integer>> tableColumns = new HashMap<>();
            for (int c = 0; c < zones.size(); c++) {
                List<Subnet> all = new ArrayList<>(publicCols.get(c));
                all.addAll(privateCols.get(c));
                for (Subnet sn : all) {
                    String tid = subnetTable.get(sn.subnetId());
                    if (tid != null) {
                        tableColumns.computeIfAbsent(tid, k -> new LinkedHashSet<>()).add(c);
                    }
                }
            }
            Map<Object, int[]> cells = new LinkedHashMap<>();
            Set<Long> taken = new HashSet<>();
            for (Object item : groupItems) {
                if (item instanceof RouteTable t) {
                    Set<Integer> cols = tableColumns.getOrDefault(t.routeTableId(), Set.of());
                    if (cols.size() == 1 && cols.iterator().next() < groupsPerRow) {
                        int col = cols.iterator().next();
                        int row = 0;
                        while (taken.contains(row * 1000L + col)) {
                            row++;
                        }
                        taken.add(row * 1000L + col);
                        cells.put(item, new int[] {row, col});
                    }
                }
            }
            int cursor = 0;
            for (Object item : groupItems) {
                if (cells.containsKey(item)) {
                    continue;
                }
                while (taken.contains((cursor / groupsPerRow) * 1000L + cursor % groupsPerRow)) {
                    cursor++;
                }
                taken.add((cursor / groupsPerRow) * 1000L + cursor % groupsPerRow);
                cells.put(item, new int[] {cursor / groupsPerRow, cursor % groupsPerRow});
            }
            // Rows are as tall as their tallest group.
            int rows = cells.values().stream().mapToInt(c -> c[0] + 1).max().orElse(0);
            double[] rowHeights = new double[rows];
            for (Map.Entry<Object, int[]> e : cells.entrySet()) {
                rowHeights[e.getValue()[0]] = Math.max(rowHeights[e.getValue()[0]], groupHeight(e.getKey(),
                        endpointsUnder, vpcId));
            }
            double[] rowTops = new double[rows];
            double ry = gy;
            for (int r = 0; r < rows; r++) {
                rowTops[r] = ry;
                ry += rowHeights[r] + ROW_GAP;
            }
            rowBottom = rows == 0 ? gy : ry - ROW_GAP;
            double firstRowTop = rows == 0 ? gy : rowTops[0];
            for (Object item : groupItems) {
                int[] cell = cells.get(item);
                double gx = VPC_PAD_LEFT + cell[1] * (COLUMN_WIDTH + COLUMN_GAP);
                double y = rowTops[cell[0]];
                List<VpcEndpoint> eps;
                if (item instanceof RouteTable t) {
                    List<RouteRow> rowsOfT = keyRoutes(t, vpcId);
                    double h = tableHeight(rowsOfT);
                    String subtitle = t.routeTableId() + (t.isMain() ? "  \u00b7  main" : "");
                    Box tb = new Box("rtb:" + t.routeTableId(), new ElementRef(ElementKind.ROUTE_TABLE,
                            t.routeTableId()), vpcKey, new Rect(gx, y, COLUMN_WIDTH, h), t.name(), subtitle, false,
                            null, rowsOfT, 0);
                    block.boxes.add(tb);
                    boxByKey.put(tb.key(), tb);
                    tableBoxes.add(tb);
                    y += h + 10;
                    eps = endpointsUnder.getOrDefault(t.routeTableId(), List.of());
                } else {
                    @SuppressWarnings("unchecked")
                    List<VpcEndpoint> l = (List<VpcEndpoint>) item;
                    eps = l;
                }
                for (VpcEndpoint e : eps) {
                    Box eb = new Box("vpce:" + e.vpcEndpointId(), new ElementRef(ElementKind.VPC_ENDPOINT,
                            e.vpcEndpointId()), vpcKey, new Rect(gx + 24, y, ENDPOINT_WIDTH, CHIP_HEIGHT + 8),
                            endpointTitle(e), e.vpcEndpointId(), false, null, List.of(), 0);
                    block.boxes.add(eb);
                    boxByKey.put(eb.key(), eb);
                    y += CHIP_HEIGHT + 8 + 8;
                }
            }
            double stripBottom = groupItems.isEmpty() ? stripTop : rowBottom;
            if (!groupItems.isEmpty()) {
                block.lanes.add(new Lane("lane:rtb:" + vpcId, "Route tables", new Rect(VPC_PAD_LEFT, stripTop,
                        contentWidth, stripBottom - stripTop)));
            }
            double height = stripBottom + VPC_PAD_BOTTOM;

            // Traffic edges: subnet → its route table → NAT / internet gateway / endpoint.
            double lowY = stripBottom + VPC_PAD_BOTTOM / 2;
            Map<String, Integer> exits = new HashMap<>();
            for (Box sb : block.boxes) {
                if (sb.kind() != ElementKind.SUBNET) {
                    continue;
                }
                String tid = subnetTable.get(sb.ref().id());
                Box tb = tid == null ? null : boxByKey.get("rtb:" + tid);
                if (tb == null) {
                    continue;
                }
                double gutter = gutterLeftOf(sb.bounds().x() - COLUMN_PAD) - 4;
                List<Point> pts = new ArrayList<>(List.of(new Point(sb.bounds().x(), sb.bounds().centerY()),
                        new Point(gutter, sb.bounds().centerY()), new Point(gutter, busY)));
                if (tb.bounds().y() > firstRowTop + 0.5) {
                    // A table on a lower row: straight down would cross the table above it, and a line
                    // through its "0.0.0.0/0 → nat-…" row reads as a stray glyph. Down the gutter, in from the left.
                    double side = gutterLeftOf(tb.bounds().x()) - 4;
                    double entryY = tb.bounds().y() + 14;
                    pts.add(new Point(side, busY));
                    pts.add(new Point(side, entryY));
                    pts.add(new Point(tb.bounds().x(), entryY));
                } else {
                    double entry = tb.bounds().x() + 22;
                    pts.add(new Point(entry, busY));
                    pts.add(new Point(entry, tb.bounds().y()));
                }
                block.edges.add(new Edge("traffic:" + sb.key() + ">" + tb.key(), EdgeKind.TRAFFIC, sb.key(), tb.key(),
                        sb.ref(), tb.ref(), pts));
            }
            for (Box tb : tableBoxes) {
                Set<String> seen = new LinkedHashSet<>();
                for (RouteRow row : tb.routes()) {
                    if (row.targetRef() == null || !seen.add(row.targetRef().id())) {
                        continue;
                    }
                    Box target = findTarget(boxByKey, row.targetRef(), vpcId);
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
                                double gutter = gutterLeftOf(columnXOf(t.x())) + 4;
                                pts.addAll(upToBus(tb, exit, k, busY - 6, firstRowTop));
                                pts.add(new Point(gutter, busY - 6));
                                pts.add(new Point(gutter, t.centerY()));
                                pts.add(new Point(t.x(), t.centerY()));
                            }
                        }
                        case INTERNET_GATEWAY -> {
                            double gutter = width - VPC_PAD_RIGHT / 2;
                            pts.addAll(upToBus(tb, exit, k, busY - 6, firstRowTop));
                            pts.add(new Point(gutter, busY - 6));
                            pts.add(new Point(gutter, t.maxY()));
                        }
                        default -> {
                            continue;
                        }
                    }
                    block.edges.add(new Edge("traffic:" + tb.key() + ">" + target.key(), kind, tb.key(), target.key(),
                            tb.ref(), target.ref(), pts));
                }
            }
            // Gateway endpoints drawn under one table but also attached to others: a solid "attached to" line.
            for (VpcEndpoint e : gatewayEndpoints) {
                Box eb = boxByKey.get("vpce:" + e.vpcEndpointId());
                if (eb == null) {
                    continue;
                }
                for (String tid : e.routeTableIds()) {
                    Box tb = boxByKey.get("rtb:" + tid);
                    if (tb == null || block.edges.stream().anyMatch(x -> x.fromKey().equals(tb.key())
                            && x.toKey().equals(eb.key()))) {
                        continue;
                    }
                    if (eb.bounds().x() > tb.bounds().x() && eb.bounds().maxX() < tb.bounds().maxX()) {
                        continue; // drawn right under it: nearness says it
                    }
                    double exit = tb.bounds().x() + 40;
                    block.edges.add(new Edge("attached:" + eb.key() + ">" + tb.key(), EdgeKind.BELONGS_TO, eb.key(),
                            tb.key(), eb.ref(), tb.ref(), List.of(new Point(eb.bounds().maxX(), eb.bounds().centerY()),
                                    new Point(eb.bounds().maxX() + 16, eb.bounds().centerY()),
                                    new Point(eb.bounds().maxX() + 16, lowY + 4), new Point(exit, lowY + 4),
                                    new Point(exit, tb.bounds().maxY()))));
                }
            }

            block.boxes.add(0, new Box(vpcKey, new ElementRef(ElementKind.VPC, vpcId), null,
                    new Rect(0, 0, width, height), vpcTitle, vpcSubtitle, false, null, List.of(), 0));
            block.width = width;
            block.height = height;
            return block;
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

        private double tableHeight(List<RouteRow> rows) {
            return ROUTE_TABLE_HEADER + Math.max(1, rows.size()) * ROUTE_ROW_HEIGHT + INNER_PAD;
        }

        private double groupHeight(Object item, Map<String, List<VpcEndpoint>> endpointsUnder, String vpcId) {
            double h = 0;
            List<VpcEndpoint> eps;
            if (item instanceof RouteTable t) {
                h += tableHeight(keyRoutes(t, vpcId)) + 10;
                eps = endpointsUnder.getOrDefault(t.routeTableId(), List.of());
            } else {
                @SuppressWarnings("unchecked")
                List<VpcEndpoint> l = (List<VpcEndpoint>) item;
                eps = l;
            }
            h += eps.size() * (CHIP_HEIGHT + 16);
            return h - (eps.isEmpty() ? 10 : 8);
        }

        private Box findTarget(Map<String, Box> boxByKey, ElementRef ref, String vpcId) {
            return switch (ref.kind()) {
                case NAT_GATEWAY -> boxByKey.get("nat:" + ref.id());
                case VPC_ENDPOINT -> boxByKey.get("vpce:" + ref.id());
                case INTERNET_GATEWAY -> boxByKey.get("igw:" + vpcId + ":" + ref.id());
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

        private List<RouteRow> keyRoutes(RouteTable t, String vpcId) {
            List<RouteRow> rows = new ArrayList<>();
            int hidden = 0;
            for (Route r : t.routes()) {
                if ("local".equals(r.gatewayId())) {
                    continue; // every table has it; it tells nothing about egress
                }
                if (rows.size() >= MAX_ROUTE_ROWS - 1 && t.routes().size() > MAX_ROUTE_ROWS) {
                    hidden++;
                    continue;
                }
                rows.add(new RouteRow(r.destination() == null ? "?" : r.destination(),
                        r.target() == null ? "?" : r.target(), targetRef(r, vpcId), r.active()));
            }
            if (hidden > 0) {
                rows.add(new RouteRow("+" + hidden, "more routes", null, true));
            }
            return rows;
        }

        private ElementRef targetRef(Route r, String vpcId) {
            if (r.natGatewayId() != null) {
                return new ElementRef(ElementKind.NAT_GATEWAY, r.natGatewayId());
            }
            if (r.targetsInternetGateway()) {
                return new ElementRef(ElementKind.INTERNET_GATEWAY, r.gatewayId());
            }
            if (r.targetsVpcEndpoint()) {
                return new ElementRef(ElementKind.VPC_ENDPOINT, r.gatewayId());
            }
            return null;
        }

        private double subnetHeight(Subnet s, Map<String, List<NatGateway>> nats,
                Map<String, List<VpcEndpoint>> interfaces, Map<String, List<Placement>> badges) {
            double h = SUBNET_CONTENT_Y;
            int nBadges = badges.getOrDefault(s.subnetId(), List.of()).size();
            h += nBadges * (BADGE_HEIGHT + ITEM_GAP);
            int chips = nats.getOrDefault(s.subnetId(), List.of()).size()
                    + interfaces.getOrDefault(s.subnetId(), List.of()).size();
            int perRow = chipsPerRow();
            int chipRows = (chips + perRow - 1) / perRow;
            h += chipRows * (CHIP_HEIGHT + ITEM_GAP);
            return h + 2;
        }

        private static int chipsPerRow() {
            return Math.max(1, (int) ((SUBNET_WIDTH - 2 * INNER_PAD + ITEM_GAP) / (CHIP_WIDTH + ITEM_GAP)));
        }

        private void addSubnet(Block block, Map<String, Box> boxByKey, String azKey, Subnet s, double x, double y,
                double h, boolean pub, Map<String, List<NatGateway>> nats, Map<String, List<VpcEndpoint>> interfaces,
                Map<String, List<Placement>> badges) {
            String key = "subnet:" + s.subnetId();
            Box sb = new Box(key, new ElementRef(ElementKind.SUBNET, s.subnetId()), azKey, new Rect(x, y, SUBNET_WIDTH,
                    h), s.name(), (s.cidrBlock() == null ? "" : s.cidrBlock() + "  \u00b7  ")
                            + (s.name().equals(s.subnetId()) ? "" : s.subnetId()), pub,
                    new IpUsage(s.availableIpAddressCount(), IpUsage.usableIn(s.cidrBlock())), List.of(), 0);
            block.boxes.add(sb);
            boxByKey.put(key, sb);
            double cy = y + SUBNET_CONTENT_Y;
            for (Placement p : badges.getOrDefault(s.subnetId(), List.of())) {
                double w = Math.min(SUBNET_WIDTH - 2 * INNER_PAD, badgeWidth(p.name(), SUBNET_WIDTH - 2 * INNER_PAD));
                block.boxes.add(new Box(badgeKey(p), new ElementRef(ElementKind.CONNECTION, p.name()), key,
                        new Rect(x + INNER_PAD, cy, w, BADGE_HEIGHT), String.valueOf(p.order()), p.name(), false, null,
                        List.of(), p.order()));
                cy += BADGE_HEIGHT + ITEM_GAP;
            }
            List<Box> chips = new ArrayList<>();
            for (NatGateway n : nats.getOrDefault(s.subnetId(), List.of())) {
                chips.add(new Box("nat:" + n.natGatewayId(), new ElementRef(ElementKind.NAT_GATEWAY, n.natGatewayId()),
                        key, new Rect(0, 0, CHIP_WIDTH, CHIP_HEIGHT), n.name(),
                        n.natGatewayId() + (n.isPrivate() ? "  \u00b7  private" : ""), false, null, List.of(), 0));
            }
            for (VpcEndpoint e : interfaces.getOrDefault(s.subnetId(), List.of())) {
                chips.add(new Box("vpce:" + e.vpcEndpointId(), new ElementRef(ElementKind.VPC_ENDPOINT,
                        e.vpcEndpointId()), key, new Rect(0, 0, CHIP_WIDTH, CHIP_HEIGHT), endpointTitle(e),
                        e.vpcEndpointId(), false, null, List.of(), 0));
            }
            int perRow = chipsPerRow();
            for (int i = 0; i < chips.size(); i++) {
                Box c = chips.get(i);
                double chipX = x + INNER_PAD + (i % perRow) * (CHIP_WIDTH + ITEM_GAP);
                double chipY = cy + (i / perRow) * (CHIP_HEIGHT + ITEM_GAP);
                Box placed = new Box(c.key(), c.ref(), c.parentKey(), new Rect(chipX, chipY, CHIP_WIDTH, CHIP_HEIGHT),
                        c.title(), c.subtitle(), false, null, List.of(), 0);
                block.boxes.add(placed);
                boxByKey.put(placed.key(), placed);
            }
        }

        private static String badgeKey(Placement p) {
            return "conn:" + p.order() + ":" + p.name();
        }

        private static double badgeWidth(String name, double max) {
            return Math.min(max, BADGE_HEIGHT + 10 + textWidth(name) + 10);
        }

        private static String endpointTitle(VpcEndpoint e) {
            String service = e.serviceName() == null ? "endpoint" : e.serviceName();
            int dot = service.lastIndexOf('.');
            String shortName = dot >= 0 ? service.substring(dot + 1) : service;
            return shortName.toUpperCase(java.util.Locale.ROOT).equals("S3") ? "S3 " + (e.isGateway() ? "gateway"
                    : "interface") + " endpoint" : shortName + " endpoint";
        }
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
