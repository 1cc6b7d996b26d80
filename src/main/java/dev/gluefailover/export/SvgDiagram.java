package dev.gluefailover.export;

import static dev.gluefailover.export.DiagramText.cut;
import static dev.gluefailover.export.DiagramText.xml;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.layout.Box;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.layout.DiagramLayout;
import dev.gluefailover.layout.DiagramMarks;
import dev.gluefailover.layout.DiagramPalette;
import dev.gluefailover.layout.Edge;
import dev.gluefailover.layout.EdgeKind;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.layout.Lane;
import dev.gluefailover.layout.Point;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.layout.RouteRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The diagram as a standalone SVG: the same geometry, colours and marks as the window (region ▸
 * VPCs ▸ dashed AZ columns ▸ subnets, route tables, verdict badges, the chosen path, failed items
 * crossed and dimmed, the legend), with a {@code <title>} tooltip of key facts on every element.
 * Scales without blur for slides and wikis, and needs no fonts beyond a sans-serif.
 *
 * <p>Class names follow diagram.css ({@code subnet public}, {@code badge verdict-chosen},
 * {@code edge traffic chosen-path path-broken}, {@code failed}, {@code fail-cross}), so the file
 * can be restyled and tests can read the marks.
 */
public final class SvgDiagram {
    private static final double PAD = 6;
    private static final String SANS = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', "
            + "'DejaVu Sans', sans-serif";
    private static final String MONO = "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', "
            + "monospace";

    private SvgDiagram() {
    }

    /** The colours of diagram.css by name, light or dark: one palette for the window and the exports. */
    static Map<String, String> palette(boolean dark) {
        return DiagramPalette.of(dark).asMap();
    }

    /**
     * The whole drawing; {@code evaluation} may be null (no verdicts, nothing failed). Without the
     * snapshot the tooltips say only what the evaluation knows: pass the index when there is one.
     */
    public static String render(Diagram diagram, Evaluation evaluation, boolean dark) {
        return render(null, diagram, evaluation, dark);
    }

    /** The whole drawing, with every element's facts ({@link FactSheet}) as its tooltip. */
    public static String render(SnapshotIndex index, Diagram diagram, Evaluation evaluation, boolean dark) {
        return new Writer(index, diagram, evaluation, dark).write();
    }

    private static final class Writer {
        final SnapshotIndex index;
        final Diagram diagram;
        final Evaluation evaluation;
        final DiagramMarks marks;
        final Map<String, String> c;
        final StringBuilder out = new StringBuilder(64 * 1024);
        final java.util.Set<String> ids = new java.util.HashSet<>();

        Writer(SnapshotIndex index, Diagram diagram, Evaluation evaluation, boolean dark) {
            this.index = index;
            this.diagram = diagram;
            this.evaluation = evaluation;
            this.marks = DiagramMarks.of(diagram, evaluation);
            this.c = palette(dark);
        }

        String write() {
            Rect b = diagram.bounds();
            double x = b.x() - PAD;
            double y = b.y() - PAD;
            double w = b.width() + 2 * PAD;
            double h = b.height() + 2 * PAD;
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"").append(n(x)).append(' ')
                    .append(n(y)).append(' ').append(n(w)).append(' ').append(n(h)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\">\n");
            out.append("<title>").append(xml(documentTitle())).append("</title>\n");
            out.append("<style>\n").append(css()).append("</style>\n");
            out.append("<rect class=\"background\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/>\n");

            out.append("<g class=\"boxes\">\n");
            for (Box box : diagram.boxes()) {
                if (box.kind() != ElementKind.CONNECTION) {
                    box(box);
                }
            }
            for (Lane lane : diagram.lanes()) {
                if (lane.key().equals(DiagramLayout.LEGEND_LANE)) {
                    legend(lane.bounds());
                } else {
                    out.append("<text class=\"lane-title\" x=\"").append(n(lane.bounds().x())).append("\" y=\"")
                            .append(n(lane.bounds().y() + 12)).append("\">")
                            .append(xml(cut(lane.title(), lane.bounds().width(), 11, true))).append("</text>\n");
                }
            }
            out.append("</g>\n<g class=\"edges\">\n");
            // the chosen path last, so it runs on top of the lines it shares a gutter with
            List<Edge> edges = new ArrayList<>(diagram.edges());
            edges.sort((a, z) -> Boolean.compare(marks.pathEdgeKeys().contains(a.key()),
                    marks.pathEdgeKeys().contains(z.key())));
            for (Edge e : edges) {
                edge(e);
            }
            out.append("</g>\n<g class=\"badges\">\n");
            for (Box box : diagram.badges()) {
                badge(box);
            }
            out.append("</g>\n<g class=\"overlay\">\n");
            for (Box box : diagram.boxes()) {
                if (marks.isFailed(box)) {
                    cross(box);
                }
            }
            out.append("</g>\n</svg>\n");
            return out.toString();
        }

        String documentTitle() {
            if (evaluation == null) {
                return "Glue Failover Explorer diagram";
            }
            String sim = evaluation.simulation().isEmpty() ? "" : " (simulated: " + String.join(", ",
                    evaluation.simulation().failures().stream().map(f -> f.spec()).toList()) + ")";
            return "Glue job " + evaluation.job().name() + sim + ": " + evaluation.headline();
        }

        String css() {
            String s = """
                    svg { font-family: SANS; }
                    .background { fill: C(bg); }
                    text { fill: C(fg); font-size: 12px; }
                    .subtitle { fill: C(muted); font-size: 11px; }
                    .icon { fill: none; stroke: C(muted); stroke-width: 1.4; stroke-linecap: round; stroke-linejoin: round; }
                    .region-box { fill: C(surface); stroke: C(region); stroke-width: 1.5; stroke-dasharray: 2 3; }
                    .region-title { font-size: 17px; font-weight: bold; }
                    .region .icon { stroke: C(region); }
                    .vpc-box { fill: C(vpc-fill); stroke: C(vpc); stroke-width: 2; }
                    .vpc-title { font-size: 15px; font-weight: bold; }
                    .vpc .icon { stroke: C(vpc); }
                    .az-column { fill: C(az-fill); stroke: C(az); stroke-width: 1.5; stroke-dasharray: 7 5; }
                    .az-title { fill: C(az); font-size: 13px; font-weight: bold; }
                    .az.failed .az-column { stroke: C(failed); fill: C(failed-zone-fill); }
                    .az-header { fill: transparent; }
                    .az.failed .az-header { fill: C(failed-header-fill); }
                    .outage-tag { fill: C(failed); }
                    .outage-text { fill: C(on-solid); font-weight: bold; font-size: 11px; }
                    .subnet-box { stroke-width: 1.5; }
                    .subnet.public .subnet-box { fill: C(public-fill); stroke: C(public); }
                    .subnet.private .subnet-box { fill: C(private-fill); stroke: C(private); }
                    .subnet.chosen-path .subnet-box { stroke-width: 2.5; }
                    .subnet.public .icon { stroke: C(public); }
                    .subnet.private .icon { stroke: C(private); }
                    .subnet.private .icon.solid { fill: C(private); }
                    .box-title { font-weight: bold; }
                    .ip-bar-bg { fill: C(ip-bar-bg); }
                    .subnet.public .ip-bar-fill { fill: C(public); }
                    .subnet.private .ip-bar-fill { fill: C(private); }
                    .subnet .ip-bar-fill.low { fill: C(failed); }
                    .ip-text { fill: C(muted); font-size: 11px; }
                    .ip-text.low { fill: C(failed); font-weight: bold; }
                    .ip-text.simulated { font-style: italic; }
                    .chip-box { stroke-width: 1.5; }
                    .chip-title { font-size: 11.5px; }
                    .nat .chip-box { fill: C(nat-fill); stroke: C(nat); }
                    .nat .icon, .igw .icon { stroke: C(nat); }
                    .igw .chip-box { fill: C(nat-fill); stroke: C(igw); stroke-width: 2; }
                    .igw .chip-title { font-weight: bold; }
                    .endpoint .chip-box { fill: C(endpoint-fill); stroke: C(endpoint); }
                    .endpoint .icon { stroke: C(endpoint); }
                    .rt-box { fill: C(rt-fill); stroke: C(rt); stroke-width: 1.2; }
                    .route-table .icon { stroke: C(muted); }
                    .route-row { font-family: MONO; font-size: 11px; }
                    .route-row.none { fill: C(failed); font-family: SANS; font-style: italic; }
                    .route-row.to-nat-gateway { fill: C(nat); }
                    .route-row.to-vpc-endpoint { fill: C(endpoint); }
                    .route-row.blackhole { fill: C(failed); text-decoration: line-through; }
                    .chosen-path .rt-box, .nat.chosen-path .chip-box, .endpoint.chosen-path .chip-box { stroke: C(path); stroke-width: 2.5; }
                    .path-broken .rt-box, .nat.path-broken .chip-box, .endpoint.path-broken .chip-box { stroke: C(skipped); }
                    .lane-title { fill: C(muted); font-size: 11px; font-weight: bold; }
                    .edge { fill: none; stroke: C(edge); stroke-width: 1.3; opacity: 0.75; }
                    .edge.traffic { stroke-dasharray: 2 4; stroke-linecap: round; }
                    .edge.chosen-path { stroke: C(path); stroke-width: 3; stroke-dasharray: 1 5; stroke-linecap: round; opacity: 1; }
                    .edge.chosen-path.path-broken { stroke: C(skipped); }
                    .badge-pill { fill: C(badge-pill); stroke: C(no-network); stroke-width: 1.5; }
                    .badge-circle { fill: C(no-network); }
                    .badge-number { fill: C(on-solid); font-weight: bold; font-size: 13px; }
                    .badge-name { font-size: 12px; }
                    .verdict-chosen .badge-pill { fill: C(chosen); stroke: C(chosen); stroke-width: 2.5; }
                    .verdict-chosen .badge-circle { fill: C(chosen); }
                    .verdict-chosen .badge-name { fill: C(on-solid); font-weight: bold; }
                    .chosen-mark { fill: C(chosen-mark); }
                    .chosen-check { fill: none; stroke: C(chosen); stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
                    .verdict-passes .badge-circle { fill: C(passes); }
                    .verdict-passes .badge-number { fill: C(passes-fg); }
                    .verdict-passes .badge-pill { stroke: C(passes); }
                    .verdict-skipped .badge-circle { fill: C(skipped); }
                    .verdict-skipped .badge-pill { stroke: C(skipped); }
                    .verdict-unknown .badge-circle { fill: C(unknown); }
                    .verdict-unknown .badge-number { fill: C(unknown-number); }
                    .verdict-unknown .badge-pill { stroke: C(unknown); stroke-dasharray: 4 3; }
                    .failed { opacity: 0.45; }
                    .az.failed { opacity: 1; }
                    .dimmed { opacity: 0.45; }
                    .fail-cross { stroke: C(failed); stroke-width: 3.5; stroke-linecap: round; }
                    .legend-label { fill: C(muted); font-size: 12px; }
                    .legend-public { fill: C(public-fill); stroke: C(public); stroke-width: 1.5; }
                    .legend-private { fill: C(private-fill); stroke: C(private); stroke-width: 1.5; }
                    """;
            s = s.replace("SANS", SANS).replace("MONO", MONO);
            StringBuilder b = new StringBuilder(s.length());
            int i = 0;
            while (true) {
                int at = s.indexOf("C(", i);
                if (at < 0) {
                    b.append(s, i, s.length());
                    break;
                }
                int end = s.indexOf(')', at);
                String name = s.substring(at + 2, end);
                String colour = c.get(name);
                if (colour == null) {
                    throw new IllegalStateException("no colour " + name);
                }
                b.append(s, i, at).append(colour);
                i = end + 1;
            }
            return b.toString();
        }

        // --- boxes --------------------------------------------------------------------------------

        void box(Box b) {
            Rect r = b.bounds();
            List<String> cls = new ArrayList<>();
            cls.add(switch (b.kind()) {
                case REGION -> "region";
                case VPC -> "vpc";
                case AVAILABILITY_ZONE -> "az";
                case SUBNET -> "subnet " + (b.publicSubnet() ? "public" : "private");
                case ROUTE_TABLE -> "route-table";
                case NAT_GATEWAY -> "chip nat";
                case INTERNET_GATEWAY -> "chip igw";
                case VPC_ENDPOINT -> "chip endpoint";
                case CONNECTION -> "badge";
            });
            if (marks.isFailed(b)) {
                cls.add("failed");
            }
            if (marks.isDimmed(b)) {
                cls.add("dimmed");
            }
            if (marks.pathBoxKeys().contains(b.key())) {
                cls.add("chosen-path");
                if (marks.pathBroken()) {
                    cls.add("path-broken");
                }
            }
            open(b, String.join(" ", cls));
            double x = r.x();
            double y = r.y();
            double w = r.width();
            switch (b.kind()) {
                case REGION -> {
                    rect(r, "region-box", 2);
                    icon("earth", x + 18, y + 10, 20);
                    titleText(b.title(), x + 42, y + 20, 17, w - 60, "region-title");
                    text(cut(b.subtitle(), w - 52, 11, false), x + 44, y + 43, "subtitle");
                }
                case VPC -> {
                    rect(r, "vpc-box", 0);
                    icon("cloud", x + 14, y + 8, 18);
                    titleText("VPC  " + b.title(), x + 36, y + 17, 15, w - 222, "vpc-title");
                    text(cut(b.subtitle(), w - 200, 11, false), x + 38, y + 40, "subtitle");
                }
                case AVAILABILITY_ZONE -> {
                    rect(r, "az-column", 0);
                    rect(new Rect(x, y, w, DiagramLayout.AZ_HEADER - 6), "az-header", 0);
                    text(cut(b.title(), w - 130, 13, true), x + 10, y + 21, "az-title");
                    if (!b.subtitle().isEmpty()) {
                        text(cut("zone id " + b.subtitle(), w - 130, 11, false), x + 10, y + 33, "subtitle");
                    }
                    if (marks.isFailed(b)) {
                        double tx = x + w - 70;
                        out.append("<rect class=\"outage-tag\" x=\"").append(n(tx)).append("\" y=\"").append(n(y + 9))
                                .append("\" width=\"58\" height=\"18\" rx=\"3\"/>");
                        text("OUTAGE", tx + 6, y + 22, "outage-text");
                    }
                }
                case SUBNET -> {
                    rect(r, "subnet-box", 3);
                    icon(b.publicSubnet() ? "globe" : "lock", x + 8, y + 6.5, 15);
                    titleText(b.title(), x + 27, y + 14.5, 12, w - 35, "box-title");
                    text(cut(b.subtitle(), w - 16, 11, false), x + 8, y + DiagramLayout.SUBNET_SUBTITLE_Y + 11,
                            "subtitle");
                    ipBar(b);
                }
                case ROUTE_TABLE -> {
                    rect(r, "rt-box", 3);
                    icon("table", x + 8, y + 5.5, 15);
                    titleText(b.title(), x + 27, y + 13.5, 12, w - 35, "box-title");
                    text(cut(b.subtitle(), w - 16, 11, false), x + 8, y + 34, "subtitle");
                    double ry = DiagramLayout.ROUTE_TABLE_HEADER;
                    if (b.routes().isEmpty()) {
                        text(cut("local only: no way out of the VPC", w - 18, 11, false), x + 12, y + ry + 6,
                                "route-row none");
                    }
                    for (RouteRow row : b.routes()) {
                        String rc = "route-row";
                        if (row.targetRef() != null) {
                            rc += " to-" + row.targetRef().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
                        }
                        if (!row.active()) {
                            rc += " blackhole";
                        }
                        text(cut(row.text(), w - 18, 11, false, true), x + 12, y + ry + 6, rc);
                        ry += DiagramLayout.ROUTE_ROW_HEIGHT;
                    }
                }
                case NAT_GATEWAY -> {
                    rect(r, "chip-box", 3);
                    icon("swap", x + 5, y + 6.5, 13);
                    titleText(b.title(), x + 21, y + 13, 11.5, w - 25, "chip-title");
                }
                case INTERNET_GATEWAY -> {
                    rect(r, "chip-box", 3);
                    icon("globe", x + 8, y + 7.5, 15);
                    titleText(b.title(), x + 27, y + 15, 11.5, w - 33, "chip-title");
                }
                case VPC_ENDPOINT -> {
                    rect(r, "chip-box", 3);
                    boolean inStrip = r.height() > DiagramLayout.CHIP_HEIGHT;
                    if (inStrip) {
                        icon("plug", x + 6, y + 3, 15);
                        titleText(b.title(), x + 25, y + 10.5, 11.5, w - 31, "chip-title");
                        text(cut(b.subtitle(), w - 32, 11, false), x + 26, y + 29, "subtitle");
                    } else {
                        icon("lan", x + 6, y + 5.5, 15);
                        titleText(b.title(), x + 25, y + 13, 11.5, w - 31, "chip-title");
                    }
                }
                default -> {
                }
            }
            out.append("</g>\n");
        }

        void ipBar(Box b) {
            Rect r = b.bounds();
            DiagramMarks.IpBar bar = marks.ipBar(b);
            double share = bar.share();
            boolean low = bar.low();
            double by = r.y() + DiagramLayout.SUBNET_BAR_Y;
            out.append("<rect class=\"ip-bar-bg\" x=\"").append(n(r.x() + 8)).append("\" y=\"").append(n(by))
                    .append("\" width=\"110\" height=\"").append(n(DiagramLayout.SUBNET_BAR_HEIGHT))
                    .append("\" rx=\"2\"/>");
            if (share > 0) {
                out.append("<rect class=\"ip-bar-fill").append(low ? " low" : "").append("\" x=\"").append(n(r.x() + 8))
                        .append("\" y=\"").append(n(by)).append("\" width=\"").append(n(110 * share))
                        .append("\" height=\"").append(n(DiagramLayout.SUBNET_BAR_HEIGHT)).append("\" rx=\"2\"/>");
            }
            text(cut(bar.text(), r.width() - 130, 11, low), r.x() + 126,
                    by + DiagramLayout.SUBNET_BAR_HEIGHT, "ip-text" + (low ? " low" : "")
                            + (bar.simulated() ? " simulated" : ""));
        }

        void badge(Box b) {
            Rect r = b.bounds();
            Verdict v = marks.verdicts().get(b.key());
            String cls = "badge" + (v == null ? "" : " " + DiagramText.verdictClass(v));
            open(b, cls);
            double d = DiagramLayout.BADGE_HEIGHT;
            double x = r.x();
            double y = r.y();
            out.append("<rect class=\"badge-pill\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(r.width())).append("\" height=\"").append(n(d))
                    .append("\" rx=\"").append(n(d / 2)).append("\"/>");
            boolean chosen = v == Verdict.CHOSEN;
            text(cut(b.subtitle(), r.width() - d - 12, 12, chosen), x + d + 6, y + 17.5, "badge-name");
            out.append("<circle class=\"badge-circle\" cx=\"").append(n(x + d / 2)).append("\" cy=\"")
                    .append(n(y + d / 2)).append("\" r=\"").append(n(d / 2 - 1)).append("\"/>");
            out.append("<text class=\"badge-number\" x=\"").append(n(x + d / 2)).append("\" y=\"").append(n(y + d / 2 + 4.5))
                    .append("\" text-anchor=\"middle\">").append(xml(b.title())).append("</text>");
            if (chosen) {
                // the app's yellow check mark at the circle's top right
                double cx = x + d - 2.5;
                double cy = y + 0.5;
                out.append("<circle class=\"chosen-mark\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
                        .append("\" r=\"6.5\"/><path class=\"chosen-check\" d=\"M").append(n(cx - 3.2)).append(' ')
                        .append(n(cy + 0.2)).append(" L").append(n(cx - 0.9)).append(' ').append(n(cy + 2.5))
                        .append(" L").append(n(cx + 3.4)).append(' ').append(n(cy - 2.2)).append("\"/>");
            }
            out.append("</g>\n");
        }

        void edge(Edge e) {
            boolean on = marks.pathEdgeKeys().contains(e.key());
            out.append("<polyline class=\"edge ").append(e.kind() == EdgeKind.TRAFFIC ? "traffic" : "belongs-to")
                    .append(on ? " chosen-path" : "").append(on && marks.pathBroken() ? " path-broken" : "")
                    .append("\" data-key=\"").append(xml(e.key())).append("\" data-from=\"").append(xml(e.fromKey()))
                    .append("\" data-to=\"").append(xml(e.toKey())).append("\" points=\"");
            boolean first = true;
            for (Point p : e.points()) {
                if (!first) {
                    out.append(' ');
                }
                first = false;
                out.append(n(p.x())).append(',').append(n(p.y()));
            }
            out.append("\"/>\n");
        }

        /** The app's red cross: over the whole box, or (an AZ) a header-high one left of the OUTAGE tag. */
        void cross(Box b) {
            Rect c = DiagramMarks.crossBounds(b);
            double x0 = c.x();
            double y0 = c.y();
            double x1 = c.maxX();
            double y1 = c.maxY();
            out.append("<g class=\"fail-cross\" data-key=\"").append(xml(b.key())).append("\" data-ref=\"")
                    .append(xml(b.kind() + ":" + b.ref().id())).append("\">");
            line(x0, y0, x1, y1);
            line(x0, y1, x1, y0);
            out.append("</g>\n");
        }

        void legend(Rect lane) {
            record Item(String kind, String cls, String label) {
            }
            List<Item> items = List.of(new Item("swatch", "legend-public", "Public subnet"),
                    new Item("swatch", "legend-private", "Private subnet"),
                    new Item("badge", "verdict-chosen", "Chosen"), new Item("badge", "verdict-passes", "Passes"),
                    new Item("badge", "verdict-skipped", "Skipped"), new Item("badge", "verdict-unknown", "Unknown"),
                    new Item("badge", "verdict-no-network", "No network"), new Item("cross", "", "Failed (simulated)"));
            double hgap = 14;
            double rowH = 18;
            double[] widths = new double[items.size()];
            double total = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                double g = it.kind().equals("swatch") ? 18 : it.kind().equals("badge") ? 14 : 10;
                widths[i] = g + 5 + DiagramText.width(it.label(), 12, false);
                total += widths[i] + (i == 0 ? 0 : hgap);
            }
            boolean oneRow = lane.height() < 30 && total <= lane.width();
            double x = oneRow ? lane.maxX() - total : lane.x();
            double y = lane.y() + (oneRow ? Math.max(0, (lane.height() - rowH) / 2) : 0);
            out.append("<g class=\"legend\">");
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (!oneRow && x > lane.x() && x + widths[i] > lane.maxX()) {
                    x = lane.x();
                    y += rowH + 6;
                }
                double cy = y + rowH / 2;
                double gx = x;
                switch (it.kind()) {
                    case "swatch" -> {
                        out.append("<rect class=\"").append(it.cls()).append("\" x=\"").append(n(gx)).append("\" y=\"")
                                .append(n(cy - 6)).append("\" width=\"18\" height=\"12\"/>");
                        gx += 18;
                    }
                    case "badge" -> {
                        out.append("<g class=\"badge ").append(it.cls()).append("\"><circle class=\"badge-circle\" cx=\"")
                                .append(n(gx + 7)).append("\" cy=\"").append(n(cy)).append("\" r=\"7\"/></g>");
                        gx += 14;
                    }
                    default -> {
                        out.append("<g class=\"fail-cross legend-cross\">");
                        line(gx, cy - 5, gx + 10, cy + 5);
                        line(gx, cy + 5, gx + 10, cy - 5);
                        out.append("</g>");
                        gx += 10;
                    }
                }
                text(it.label(), gx + 5, cy + 4.2, "legend-label");
                x += widths[i] + hgap;
            }
            out.append("</g>\n");
        }

        // --- primitives ---------------------------------------------------------------------------

        void open(Box b, String cls) {
            String id = svgId(b.key());
            for (int i = 2; !ids.add(id); i++) {
                id = svgId(b.key()) + "-" + i; // keys differing only in characters an id cannot hold
            }
            out.append("<g class=\"").append(cls).append("\" id=\"").append(xml(id))
                    .append("\" data-key=\"").append(xml(b.key())).append("\" data-kind=\"")
                    .append(b.kind().name()).append("\" data-id=\"").append(xml(b.ref().id())).append("\"><title>")
                    .append(xml(DiagramText.facts(index, b, evaluation))).append("</title>");
        }

        void rect(Rect r, String cls, double rx) {
            out.append("<rect class=\"").append(cls).append("\" x=\"").append(n(r.x())).append("\" y=\"")
                    .append(n(r.y())).append("\" width=\"").append(n(r.width())).append("\" height=\"")
                    .append(n(r.height())).append('"');
            if (rx > 0) {
                out.append(" rx=\"").append(n(rx)).append('"');
            }
            out.append("/>");
        }

        void line(double x0, double y0, double x1, double y1) {
            out.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y0)).append("\" x2=\"").append(n(x1))
                    .append("\" y2=\"").append(n(y1)).append("\"/>");
        }

        void text(String s, double x, double baseline, String cls) {
            if (s == null || s.isEmpty()) {
                return;
            }
            out.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"")
                    .append(n(baseline)).append("\">").append(xml(s)).append("</text>");
        }

        /** A title whose vertical centre is at {@code centreY}, as the app's Text with VPos.CENTER. */
        void titleText(String s, double x, double centreY, double size, double maxWidth, String cls) {
            text(cut(s, Math.max(30, maxWidth), size, true), x, centreY + size * 0.36, cls);
        }

        /** Simple line icons in place of the app's Material Design glyphs: same place, size and colour. */
        void icon(String name, double x, double y, double s) {
            double cx = x + s / 2;
            double cy = y + s / 2;
            double r = s * 0.42;
            String d = switch (name) {
                case "earth", "globe" -> "M" + n(cx - r) + " " + n(cy) + " a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r)
                        + " 0 a" + n(r) + " " + n(r) + " 0 1 0 " + n(-2 * r) + " 0 Z M" + n(cx - r) + " " + n(cy) + " H"
                        + n(cx + r) + " M" + n(cx) + " " + n(cy - r) + " a" + n(r * 0.5) + " " + n(r) + " 0 0 0 0 "
                        + n(2 * r) + " a" + n(r * 0.5) + " " + n(r) + " 0 0 0 0 " + n(-2 * r);
                case "cloud" -> "M" + n(x + s * 0.27) + " " + n(y + s * 0.8) + " H" + n(x + s * 0.78) + " a" + n(s * 0.17)
                        + " " + n(s * 0.17) + " 0 0 0 0 " + n(-s * 0.36) + " a" + n(s * 0.27) + " " + n(s * 0.27)
                        + " 0 0 0 " + n(-s * 0.5) + " " + n(-s * 0.08) + " a" + n(s * 0.2) + " " + n(s * 0.2) + " 0 0 0 "
                        + n(-s * 0.01) + " " + n(s * 0.44) + " Z";
                case "lock" -> "M" + n(x + s * 0.2) + " " + n(y + s * 0.46) + " h" + n(s * 0.6) + " v" + n(s * 0.44)
                        + " h" + n(-s * 0.6) + " Z M" + n(x + s * 0.32) + " " + n(y + s * 0.46) + " V" + n(y + s * 0.3)
                        + " a" + n(s * 0.18) + " " + n(s * 0.18) + " 0 0 1 " + n(s * 0.36) + " 0 V" + n(y + s * 0.46);
                case "table" -> "M" + n(x + s * 0.1) + " " + n(y + s * 0.15) + " h" + n(s * 0.8) + " v" + n(s * 0.7)
                        + " h" + n(-s * 0.8) + " Z M" + n(x + s * 0.1) + " " + n(y + s * 0.4) + " h" + n(s * 0.8) + " M"
                        + n(x + s * 0.1) + " " + n(y + s * 0.62) + " h" + n(s * 0.8) + " M" + n(x + s * 0.42) + " "
                        + n(y + s * 0.4) + " v" + n(s * 0.45);
                case "swap" -> "M" + n(x + s * 0.1) + " " + n(y + s * 0.33) + " H" + n(x + s * 0.9) + " l" + n(-s * 0.22)
                        + " " + n(-s * 0.2) + " M" + n(x + s * 0.9) + " " + n(y + s * 0.67) + " H" + n(x + s * 0.1) + " l"
                        + n(s * 0.22) + " " + n(s * 0.2);
                case "plug" -> "M" + n(x + s * 0.25) + " " + n(y + s * 0.35) + " h" + n(s * 0.5) + " v" + n(s * 0.2)
                        + " a" + n(s * 0.25) + " " + n(s * 0.25) + " 0 0 1 " + n(-s * 0.5) + " 0 Z M" + n(x + s * 0.38)
                        + " " + n(y + s * 0.35) + " V" + n(y + s * 0.12) + " M" + n(x + s * 0.62) + " " + n(y + s * 0.35)
                        + " V" + n(y + s * 0.12) + " M" + n(cx) + " " + n(y + s * 0.8) + " V" + n(y + s * 0.95);
                default -> "M" + n(x + s * 0.35) + " " + n(y + s * 0.1) + " h" + n(s * 0.3) + " v" + n(s * 0.25) + " h"
                        + n(-s * 0.3) + " Z M" + n(cx) + " " + n(y + s * 0.35) + " V" + n(y + s * 0.55) + " M"
                        + n(x + s * 0.2) + " " + n(y + s * 0.65) + " V" + n(y + s * 0.55) + " H" + n(x + s * 0.8) + " V"
                        + n(y + s * 0.65) + " M" + n(x + s * 0.1) + " " + n(y + s * 0.65) + " h" + n(s * 0.22) + " v"
                        + n(s * 0.25) + " h" + n(-s * 0.22) + " Z M" + n(x + s * 0.68) + " " + n(y + s * 0.65) + " h"
                        + n(s * 0.22) + " v" + n(s * 0.25) + " h" + n(-s * 0.22) + " Z";
            };
            out.append("<path class=\"icon\" d=\"").append(d).append("\"/>");
        }
    }

    /** An XML id (NCName) from a box key such as "subnet:subnet-0abc" or "conn:1:my conn". */
    static String svgId(String key) {
        StringBuilder b = new StringBuilder("e-");
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            b.append(Character.isLetterOrDigit(ch) || ch == '-' || ch == '.' ? ch : '_');
        }
        return b.toString();
    }

    /** A coordinate with at most two decimals, no trailing zeros, never "-0". */
    static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            long l = (long) r;
            return Long.toString(l);
        }
        return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
    }
}
