package dev.gluefailover.layout;

import static dev.gluefailover.layout.DiagramLayout.BUS_GAP;
import static dev.gluefailover.layout.DiagramLayout.CHIP_HEIGHT;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_GAP;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.ENDPOINT_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.INNER_PAD;
import static dev.gluefailover.layout.DiagramLayout.MAX_ROUTE_ROWS;
import static dev.gluefailover.layout.DiagramLayout.ROUTE_ROW_HEIGHT;
import static dev.gluefailover.layout.DiagramLayout.ROUTE_TABLE_HEADER;
import static dev.gluefailover.layout.DiagramLayout.ROW_GAP;
import static dev.gluefailover.layout.DiagramLayout.STRIP_LABEL;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_LEFT;

import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Subnet;
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
 * The route table strip under a VPC's AZ columns: each table with the routes that matter, placed
 * under the column whose subnets use it, the gateway endpoints right under the table that carries
 * them, the rest (shared tables, the main table, endpoints on no drawn table) in the free cells.
 * Made in two steps: the order of the groups (the VPC's width depends on how many there are),
 * then, once the columns are drawn, their boxes.
 */
final class RouteTableStrip {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("layout");
    private final VpcBlock vpc;
    private final String vpcId;
    private final List<RouteTable> orderedTables;
    /** The table each drawn subnet uses, by subnet id. */
    final Map<String, String> subnetTable = new HashMap<>();
    private final Map<String, List<VpcEndpoint>> endpointsUnder = new LinkedHashMap<>();
    private final List<VpcEndpoint> loose = new ArrayList<>();

    // Where it went (after place()).
    final List<Box> tableBoxes = new ArrayList<>();
    /** The horizontal line between the columns and the strip, where lines turn. */
    double busY;
    double firstRowTop;
    private double stripBottom;

    RouteTableStrip(VpcBlock vpc) {
        this.vpc = vpc;
        this.vpcId = vpc.vpcId;
        // Route tables of the VPC, ordered by the first column/row that uses them, so each sits under its subnets.
        List<RouteTable> tables = vpc.snapshot.routeTables().stream().filter(t -> vpcId.equals(t.vpcId())).toList();
        Map<String, Integer> tableRank = new HashMap<>();
        int rank = 0;
        for (int c = 0; c < vpc.zones.size(); c++) {
            for (Subnet s : vpc.column(c)) {
                RouteTable t = vpc.index.effectiveRouteTable(s).map(SnapshotIndex.EffectiveRouteTable::table)
                        .orElse(null);
                if (t != null && vpcId.equals(t.vpcId())) {
                    subnetTable.put(s.subnetId(), t.routeTableId());
                    tableRank.putIfAbsent(t.routeTableId(), rank++);
                }
            }
        }
        orderedTables = new ArrayList<>(tables);
        orderedTables.sort(Comparator.comparingInt((RouteTable t) -> tableRank.getOrDefault(t.routeTableId(),
                Integer.MAX_VALUE)).thenComparingInt(tables::indexOf));

        // Gateway endpoints go under the first drawn table that carries them.
        for (VpcEndpoint e : vpc.gatewayEndpoints) {
            String home = orderedTables.stream().map(RouteTable::routeTableId)
                    .filter(id -> e.routeTableIds().contains(id)).findFirst().orElse(null);
            if (home == null) {
                loose.add(e);
            } else {
                endpointsUnder.computeIfAbsent(home, k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** How many groups the strip has: a table each (with its endpoints), one more for loose endpoints. */
    int groups() {
        return orderedTables.size() + (loose.isEmpty() ? 0 : 1);
    }

    /** The strip's bottom edge (its top when it is empty). */
    double bottom() {
        return stripBottom;
    }

    /** Places the groups in cells under the columns and adds their boxes and the strip's lane. */
    void place() {
        double contentWidth = vpc.contentWidth;
        busY = vpc.columnsBottom + BUS_GAP / 2;
        double stripTop = vpc.columnsBottom + BUS_GAP;
        double gy = stripTop + STRIP_LABEL;
        int groupsPerRow = Math.max(1, (int) Math.floor((contentWidth + COLUMN_GAP) / (COLUMN_WIDTH + COLUMN_GAP)));
        List<Object> groupItems = new ArrayList<>(orderedTables);
        if (!loose.isEmpty()) {
            groupItems.add(loose);
        }
        Map<Object, int[]> cells = cells(groupItems, groupsPerRow);
        // Rows are as tall as their tallest group.
        int rows = cells.values().stream().mapToInt(c -> c[0] + 1).max().orElse(0);
        double[] rowHeights = new double[rows];
        for (Map.Entry<Object, int[]> e : cells.entrySet()) {
            rowHeights[e.getValue()[0]] = Math.max(rowHeights[e.getValue()[0]], groupHeight(e.getKey()));
        }
        double[] rowTops = new double[rows];
        double ry = gy;
        for (int r = 0; r < rows; r++) {
            rowTops[r] = ry;
            ry += rowHeights[r] + ROW_GAP;
        }
        double rowBottom = rows == 0 ? gy : ry - ROW_GAP;
        firstRowTop = rows == 0 ? gy : rowTops[0];
        for (Object item : groupItems) {
            int[] cell = cells.get(item);
            double gx = VPC_PAD_LEFT + cell[1] * (COLUMN_WIDTH + COLUMN_GAP);
            double y = rowTops[cell[0]];
            List<VpcEndpoint> eps;
            if (item instanceof RouteTable t) {
                List<RouteRow> rowsOfT = keyRoutes(t);
                double h = tableHeight(rowsOfT);
                String subtitle = t.routeTableId() + (t.isMain() ? "  \u00b7  main" : "");
                Box tb = new Box("rtb:" + t.routeTableId(), new ElementRef(ElementKind.ROUTE_TABLE,
                        t.routeTableId()), vpc.vpcKey, new Rect(gx, y, COLUMN_WIDTH, h), t.name(), subtitle, false,
                        null, rowsOfT, 0);
                vpc.block.boxes.add(tb);
                vpc.boxByKey.put(tb.key(), tb);
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
                        e.vpcEndpointId()), vpc.vpcKey, new Rect(gx + 24, y, ENDPOINT_WIDTH, CHIP_HEIGHT + 8),
                        VpcBlock.endpointTitle(e), e.vpcEndpointId(), false, null, List.of(), 0);
                vpc.block.boxes.add(eb);
                vpc.boxByKey.put(eb.key(), eb);
                y += CHIP_HEIGHT + 8 + 8;
            }
        }
        stripBottom = groupItems.isEmpty() ? stripTop : rowBottom;
        if (!groupItems.isEmpty()) {
            vpc.block.lanes.add(new Lane("lane:rtb:" + vpcId, TEXT.get("routeTables"), new Rect(VPC_PAD_LEFT, stripTop,
                    contentWidth, stripBottom - stripTop)));
        }
    }

    /**
     * Each table goes under the AZ column of its subnets when they all sit in one column, a table of
     * subnets in several columns under one of those; the rest fill the free cells, row by row. A cell
     * is {row, column}.
     */
    private Map<Object, int[]> cells(List<Object> groupItems, int groupsPerRow) {
        Map<String, Set<Integer>> tableColumns = new HashMap<>();
        for (int c = 0; c < vpc.zones.size(); c++) {
            for (Subnet sn : vpc.column(c)) {
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
        // A table used in several columns goes under one of them (the first free in the lowest row),
        // the more specific first: a table of two zones' private subnets under those zones, not
        // under a third zone because a shared public table took its place.
        List<RouteTable> spanning = new ArrayList<>();
        for (Object item : groupItems) {
            if (item instanceof RouteTable t && !cells.containsKey(t)
                    && tableColumns.getOrDefault(t.routeTableId(), Set.of()).size() > 1) {
                spanning.add(t);
            }
        }
        // Of equal spans, a table whose routes lead to a NAT gateway or an endpoint first: it is the one a
        // Glue connection's path runs through, so it gets the leftmost column and the path stays short.
        spanning.sort(Comparator.comparingInt((RouteTable t) -> tableColumns.get(t.routeTableId()).size())
                .thenComparingInt(t -> egressTable(t) ? 0 : 1));
        for (RouteTable t : spanning) {
            List<Integer> cols = tableColumns.get(t.routeTableId()).stream().filter(c -> c < groupsPerRow).toList();
            if (cols.isEmpty()) {
                continue;
            }
            for (int row = 0; !cells.containsKey(t); row++) {
                for (int col : cols) {
                    if (!taken.contains(row * 1000L + col)) {
                        taken.add(row * 1000L + col);
                        cells.put(t, new int[] {row, col});
                        break;
                    }
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
        return cells;
    }

    private static boolean egressTable(RouteTable t) {
        return t.routes().stream().map(Route::targetElement).anyMatch(r -> r != null
                && (r.kind() == ElementKind.NAT_GATEWAY || r.kind() == ElementKind.VPC_ENDPOINT));
    }

    private static double tableHeight(List<RouteRow> rows) {
        return ROUTE_TABLE_HEADER + Math.max(1, rows.size()) * ROUTE_ROW_HEIGHT + INNER_PAD;
    }

    private double groupHeight(Object item) {
        double h = 0;
        List<VpcEndpoint> eps;
        if (item instanceof RouteTable t) {
            h += tableHeight(keyRoutes(t)) + 10;
            eps = endpointsUnder.getOrDefault(t.routeTableId(), List.of());
        } else {
            @SuppressWarnings("unchecked")
            List<VpcEndpoint> l = (List<VpcEndpoint>) item;
            eps = l;
        }
        h += eps.size() * (CHIP_HEIGHT + 16);
        return h - (eps.isEmpty() ? 10 : 8);
    }

    /** The routes that tell about egress (not "local"), at most a few, the rest as "+N more routes". */
    private List<RouteRow> keyRoutes(RouteTable t) {
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
                    r.target() == null ? "?" : r.target(), r.targetElement(), r.active()));
        }
        if (hidden > 0) {
            rows.add(new RouteRow("+" + hidden, TEXT.get("moreRoutes"), null, true));
        }
        return rows;
    }

}
