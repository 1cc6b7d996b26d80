package dev.gluefailover.export;

import static dev.gluefailover.export.DiagramText.xml;
import static dev.gluefailover.export.SvgDiagram.n;

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
import java.util.List;
import java.util.Map;

/**
 * The diagram as an uncompressed draw.io (diagrams.net) file, for an architect to open and keep
 * editing: every box is a vertex inside the box it sits in (moving a VPC moves its AZ columns,
 * subnets and badges), every line an edge between the two vertices with the layout's bends, in
 * the app's colours; verdicts, the chosen path, failed and dimmed items are styled as on screen.
 * Each element carries its key facts as a tooltip and {@code gfe-kind} / {@code gfe-id} data.
 *
 * <p>Cell ids are the layout's box and edge keys, so two exports of the same snapshot diff cleanly.
 */
public final class DrawioDiagram {
    /** The chosen badge's fill: the app's chosen green (tests look for it in the style). */
    public static final String CHOSEN_FILL = DiagramPalette.LIGHT.get("chosen");
    static final String FAILED = DiagramPalette.LIGHT.get("failed");
    static final String SKIPPED = DiagramPalette.LIGHT.get("skipped");
    static final String PATH = DiagramPalette.LIGHT.get("path");
    private static final String FONT = "Helvetica";
    private static final String MONO = "Courier New";

    private DrawioDiagram() {
    }

    /**
     * The whole file; {@code evaluation} may be null (no verdicts, nothing failed). Without the
     * snapshot the tooltips say only what the evaluation knows: pass the index when there is one.
     */
    public static String render(Diagram diagram, Evaluation evaluation) {
        return render(null, diagram, evaluation);
    }

    /** The whole file, with every element's facts ({@link FactSheet}) as its tooltip. */
    public static String render(SnapshotIndex index, Diagram diagram, Evaluation evaluation) {
        DiagramMarks marks = DiagramMarks.of(diagram, evaluation);
        Map<String, Box> byKey = diagram.boxesByKey();
        Map<String, String> c = DiagramPalette.LIGHT.asMap();
        Rect bounds = diagram.bounds();
        StringBuilder out = new StringBuilder(64 * 1024);
        String name = evaluation == null ? "Diagram" : evaluation.job().name();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<mxfile host=\"Glue Failover Explorer\" type=\"device\" compressed=\"false\">\n");
        out.append("  <diagram id=\"glue-failover-diagram\" name=\"").append(xml(name)).append("\">\n");
        out.append("    <mxGraphModel dx=\"").append(n(bounds.width())).append("\" dy=\"").append(n(bounds.height()))
                .append("\" grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\""
                        + " page=\"0\" pageScale=\"1\" pageWidth=\"").append(n(Math.ceil(bounds.maxX() + 40)))
                .append("\" pageHeight=\"").append(n(Math.ceil(bounds.maxY() + 40)))
                .append("\" math=\"0\" shadow=\"0\">\n      <root>\n");
        out.append("        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n");

        // Parents before children (the layout lists boxes so); badges last, so they sit above chips.
        for (Box b : diagram.boxes()) {
            if (b.kind() != ElementKind.CONNECTION) {
                vertex(out, b, byKey, index, evaluation, marks, c);
            }
        }
        for (Box b : diagram.badges()) {
            vertex(out, b, byKey, index, evaluation, marks, c);
        }
        for (Lane lane : diagram.lanes()) {
            lane(out, lane, diagram, c);
        }
        for (Edge e : diagram.edges()) {
            edge(out, e, byKey, marks, c);
        }
        // Crosses last, as children of what failed: they move with it and stay on top.
        for (Box b : diagram.boxes()) {
            if (marks.isFailed(b)) {
                cross(out, b);
            }
        }
        out.append("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
        return out.toString();
    }

    private static void vertex(StringBuilder out, Box b, Map<String, Box> byKey, SnapshotIndex index,
            Evaluation evaluation, DiagramMarks marks, Map<String, String> c) {
        Box parent = b.parentKey() == null ? null : byKey.get(b.parentKey());
        Rect r = b.bounds();
        double x = parent == null ? r.x() : r.x() - parent.bounds().x();
        double y = parent == null ? r.y() : r.y() - parent.bounds().y();
        boolean failed = marks.isFailed(b);
        boolean onPath = marks.pathBoxKeys().contains(b.key());
        Verdict verdict = marks.verdicts().get(b.key());
        StringBuilder s = new StringBuilder("html=1;whiteSpace=wrap;fontFamily=" + FONT + ";fontColor=" + c.get("fg")
                + ";align=left;verticalAlign=top;spacingLeft=8;spacingTop=2;");
        String label;
        switch (b.kind()) {
            case REGION -> {
                s.append("rounded=0;container=1;collapsible=0;dashed=1;dashPattern=2 3;strokeWidth=1.5;strokeColor=")
                        .append(c.get("region")).append(";fillColor=").append(c.get("surface"))
                        .append(";fontSize=17;spacingLeft=14;spacingTop=6;");
                label = bold(b.title()) + small(b.subtitle(), c);
            }
            case VPC -> {
                s.append("rounded=0;container=1;collapsible=0;strokeWidth=2;strokeColor=").append(c.get("vpc"))
                        .append(";fillColor=").append(c.get("vpc-fill")).append(";fontSize=15;spacingLeft=12;spacingTop=4;");
                label = bold("VPC  " + b.title()) + small(b.subtitle(), c);
            }
            case AVAILABILITY_ZONE -> {
                s.append("rounded=0;container=1;collapsible=0;dashed=1;dashPattern=7 5;strokeWidth=1.5;strokeColor=")
                        .append(failed ? FAILED : c.get("az")).append(";fillColor=")
                        .append(c.get(failed ? "drawio-failed-zone-fill" : "drawio-az-fill")).append(";fontSize=13;fontColor=")
                        .append(c.get("az")).append(";");
                label = bold(b.title()) + (failed ? " <font color=\"" + FAILED + "\"><b>OUTAGE</b></font>" : "")
                        + (b.subtitle().isEmpty() ? "" : small("zone id " + b.subtitle(), c));
            }
            case SUBNET -> {
                String stroke = b.publicSubnet() ? c.get("public") : c.get("private");
                s.append("rounded=1;absoluteArcSize=1;arcSize=6;container=1;collapsible=0;strokeWidth=")
                        .append(onPath ? "2.5" : "1.5").append(";strokeColor=").append(stroke).append(";fillColor=")
                        .append(b.publicSubnet() ? c.get("public-fill") : c.get("private-fill")).append(";fontSize=12;");
                DiagramMarks.IpBar bar = marks.ipBar(b);
                String ips = bar.text();
                boolean low = bar.low();
                label = bold((b.publicSubnet() ? "\uD83C\uDF10 " : "\uD83D\uDD12 ") + b.title()) + small(b.subtitle(), c)
                        + "<br><font style=\"font-size:11px\" color=\"" + (low ? FAILED : c.get("muted")) + "\">"
                        + html(ips) + "</font>";
            }
            case ROUTE_TABLE -> {
                String stroke = onPath ? (marks.pathBroken() ? SKIPPED : PATH) : c.get("rt");
                s.append("rounded=1;absoluteArcSize=1;arcSize=6;strokeWidth=").append(onPath ? "2.5" : "1.2")
                        .append(";strokeColor=").append(stroke).append(";fillColor=").append(c.get("rt-fill"))
                        .append(";fontSize=12;");
                StringBuilder l = new StringBuilder(bold(b.title()) + small(b.subtitle(), c));
                if (b.routes().isEmpty()) {
                    l.append("<br><font style=\"font-size:11px\" color=\"").append(FAILED)
                            .append("\"><i>local only: no way out of the VPC</i></font>");
                }
                for (RouteRow row : b.routes()) {
                    String colour = !row.active() ? FAILED : row.targetRef() == null ? c.get("fg")
                            : row.targetRef().kind() == ElementKind.NAT_GATEWAY ? c.get("nat")
                            : row.targetRef().kind() == ElementKind.VPC_ENDPOINT ? c.get("endpoint") : c.get("fg");
                    String t = html(row.text());
                    l.append("<br><font face=\"").append(MONO).append("\" style=\"font-size:11px\" color=\"")
                            .append(colour).append("\">").append(row.active() ? t : "<strike>" + t + "</strike>")
                            .append("</font>");
                }
                label = l.toString();
            }
            case NAT_GATEWAY, INTERNET_GATEWAY, VPC_ENDPOINT -> {
                String stroke = b.kind() == ElementKind.VPC_ENDPOINT ? c.get("endpoint") : c.get("nat");
                if (onPath && b.kind() != ElementKind.INTERNET_GATEWAY) {
                    stroke = marks.pathBroken() ? SKIPPED : PATH;
                }
                s.append("rounded=1;absoluteArcSize=1;arcSize=6;verticalAlign=middle;spacingTop=0;strokeWidth=")
                        .append(b.kind() == ElementKind.INTERNET_GATEWAY || onPath ? "2" : "1.5")
                        .append(";strokeColor=").append(stroke).append(";fillColor=")
                        .append(b.kind() == ElementKind.VPC_ENDPOINT ? c.get("endpoint-fill") : c.get("nat-fill"))
                        .append(";fontSize=11;");
                boolean inStrip = b.kind() == ElementKind.VPC_ENDPOINT && r.height() > DiagramLayout.CHIP_HEIGHT;
                label = (b.kind() == ElementKind.INTERNET_GATEWAY ? bold(b.title()) : html(b.title()))
                        + (inStrip ? small(b.subtitle(), c) : "");
            }
            case CONNECTION -> {
                s.append("rounded=1;arcSize=50;verticalAlign=middle;spacingTop=0;fontSize=12;");
                s.append(badgeStyle(verdict, c));
                label = "<b>" + html(b.title()) + "</b>&nbsp;&nbsp;" + (verdict == Verdict.CHOSEN
                        ? "<b>" + html(b.subtitle()) + "</b> \u2714" : html(b.subtitle()));
            }
            default -> label = html(b.title());
        }
        if (failed && b.kind() != ElementKind.AVAILABILITY_ZONE || marks.isDimmed(b)) {
            s.append("opacity=45;textOpacity=45;");
        }
        out.append("        <UserObject id=\"").append(xml(b.key())).append("\" label=\"").append(xml(label))
                .append("\" tooltip=\"").append(xml(DiagramText.facts(index, b, evaluation)))
                .append("\" gfe-kind=\"").append(b.kind().name()).append("\" gfe-id=\"").append(xml(b.ref().id()))
                .append('"');
        if (verdict != null) {
            out.append(" verdict=\"").append(verdict.name()).append('"');
        }
        if (failed) {
            out.append(" simulated=\"failed\"");
        }
        out.append(">\n          <mxCell style=\"").append(xml(s.toString())).append("\" vertex=\"1\" parent=\"")
                .append(xml(parent == null ? "1" : parent.key())).append("\">\n");
        geometry(out, x, y, r.width(), r.height());
        out.append("          </mxCell>\n        </UserObject>\n");
    }

    static String badgeStyle(Verdict v, Map<String, String> c) {
        if (v == null) {
            return "strokeColor=" + c.get("no-network") + ";fillColor=" + c.get("badge-pill") + ";strokeWidth=1.5;";
        }
        return switch (v) {
            case CHOSEN -> "strokeColor=" + CHOSEN_FILL + ";fillColor=" + CHOSEN_FILL
                    + ";fontColor=" + c.get("on-solid") + ";strokeWidth=2.5;";
            case PASSES -> "strokeColor=" + c.get("passes") + ";fillColor=" + c.get("badge-pill")
                    + ";fontColor=" + c.get("passes-fg") + ";strokeWidth=2;";
            case SKIPPED -> "strokeColor=" + SKIPPED + ";fillColor=" + c.get("drawio-skipped-fill") + ";fontColor="
                    + SKIPPED + ";strokeWidth=1.5;";
            case UNKNOWN -> "strokeColor=" + c.get("unknown") + ";fillColor=" + c.get("drawio-unknown-fill")
                    + ";dashed=1;dashPattern=4 3;"
                    + "strokeWidth=1.5;";
            case NO_NETWORK -> "strokeColor=" + c.get("no-network") + ";fillColor=" + c.get("badge-pill")
                    + ";fontColor=" + c.get("muted") + ";strokeWidth=1.5;";
        };
    }

    private static void lane(StringBuilder out, Lane lane, Diagram diagram, Map<String, String> c) {
        // A lane is not an element: it goes into the smallest VPC / region that holds it, so it moves with it.
        Box holder = null;
        for (Box b : diagram.boxes()) {
            if ((b.kind() == ElementKind.VPC || b.kind() == ElementKind.REGION) && b.bounds().contains(lane.bounds())
                    && (holder == null || b.bounds().width() * b.bounds().height()
                            < holder.bounds().width() * holder.bounds().height())) {
                holder = b;
            }
        }
        Rect r = lane.bounds();
        double x = holder == null ? r.x() : r.x() - holder.bounds().x();
        double y = holder == null ? r.y() : r.y() - holder.bounds().y();
        String style;
        String label;
        double height = r.height();
        if (lane.key().equals(DiagramLayout.LEGEND_LANE)) {
            style = "text;html=1;whiteSpace=wrap;strokeColor=none;fillColor=none;align=" + (r.height() < 30 ? "right"
                    : "left") + ";verticalAlign=middle;fontFamily=" + FONT + ";fontSize=12;fontColor=" + c.get("muted")
                    + ";";
            label = legend(c);
        } else {
            style = "text;html=1;strokeColor=none;fillColor=none;align=left;verticalAlign=top;spacing=0;fontFamily="
                    + FONT + ";fontSize=11;fontStyle=1;fontColor=" + c.get("muted") + ";";
            label = html(lane.title());
            height = Math.min(r.height(), 18);
        }
        out.append("        <mxCell id=\"").append(xml(lane.key())).append("\" value=\"").append(xml(label))
                .append("\" style=\"").append(xml(style)).append("\" vertex=\"1\" parent=\"")
                .append(xml(holder == null ? "1" : holder.key())).append("\">\n");
        geometry(out, x, y, r.width(), height);
        out.append("        </mxCell>\n");
    }

    private static String legend(Map<String, String> c) {
        return swatch(c.get("public"), "\u25a0", "Public subnet") + swatch(c.get("private"), "\u25a0", "Private subnet")
                + swatch(CHOSEN_FILL, "\u25cf", "Chosen") + swatch(c.get("passes"), "\u25cf", "Passes")
                + swatch(SKIPPED, "\u25cf", "Skipped") + swatch(c.get("unknown"), "\u25cf", "Unknown")
                + swatch(c.get("no-network"), "\u25cf", "No network") + swatch(FAILED, "\u2716", "Failed (simulated)");
    }

    private static String swatch(String colour, String glyph, String text) {
        return "<font color=\"" + colour + "\">" + glyph + "</font>&nbsp;" + html(text) + "&nbsp;&nbsp;&nbsp; ";
    }

    private static void edge(StringBuilder out, Edge e, Map<String, Box> byKey, DiagramMarks marks,
            Map<String, String> c) {
        boolean on = marks.pathEdgeKeys().contains(e.key());
        StringBuilder s = new StringBuilder("edgeStyle=none;rounded=0;html=1;endArrow=none;startArrow=none;"
                + "jumpStyle=none;exitPerimeter=0;entryPerimeter=0;");
        if (on) {
            s.append("strokeColor=").append(marks.pathBroken() ? SKIPPED : PATH)
                    .append(";strokeWidth=3;dashed=1;dashPattern=1 4;");
        } else if (e.kind() == EdgeKind.TRAFFIC) {
            s.append("strokeColor=").append(c.get("edge")).append(";strokeWidth=1.3;dashed=1;dashPattern=2 4;");
        } else {
            s.append("strokeColor=").append(c.get("edge")).append(";strokeWidth=1.3;");
        }
        List<Point> pts = e.points();
        Box from = byKey.get(e.fromKey());
        Box to = byKey.get(e.toKey());
        // Where the layout attaches the line, as draw.io's fixed connection points (0..1 of the box).
        if (from != null) {
            anchor(s, "exit", pts.get(0), from.bounds());
        }
        if (to != null) {
            anchor(s, "entry", pts.get(pts.size() - 1), to.bounds());
        }
        out.append("        <mxCell id=\"").append(xml(e.key())).append("\" style=\"").append(xml(s.toString()))
                .append("\" edge=\"1\" parent=\"1\"");
        if (from != null) {
            out.append(" source=\"").append(xml(from.key())).append('"');
        }
        if (to != null) {
            out.append(" target=\"").append(xml(to.key())).append('"');
        }
        out.append(">\n          <mxGeometry relative=\"1\" as=\"geometry\">\n");
        Point a = pts.get(0);
        Point z = pts.get(pts.size() - 1);
        out.append("            <mxPoint x=\"").append(n(a.x())).append("\" y=\"").append(n(a.y()))
                .append("\" as=\"sourcePoint\"/>\n");
        out.append("            <mxPoint x=\"").append(n(z.x())).append("\" y=\"").append(n(z.y()))
                .append("\" as=\"targetPoint\"/>\n");
        if (pts.size() > 2) {
            out.append("            <Array as=\"points\">\n");
            for (Point p : pts.subList(1, pts.size() - 1)) {
                out.append("              <mxPoint x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y()))
                        .append("\"/>\n");
            }
            out.append("            </Array>\n");
        }
        out.append("          </mxGeometry>\n        </mxCell>\n");
    }

    private static void anchor(StringBuilder s, String prefix, Point p, Rect r) {
        double fx = r.width() == 0 ? 0.5 : clamp((p.x() - r.x()) / r.width());
        double fy = r.height() == 0 ? 0.5 : clamp((p.y() - r.y()) / r.height());
        s.append(prefix).append("X=").append(n3(fx)).append(';').append(prefix).append("Y=").append(n3(fy)).append(';');
    }

    private static void cross(StringBuilder out, Box b) {
        // relative to the failed box, which is the cross's parent cell
        Rect r = b.bounds();
        Rect c = DiagramMarks.crossBounds(b);
        double x = c.x() - r.x();
        double y = c.y() - r.y();
        double w = Math.max(6, c.width());
        double h = Math.max(6, c.height());
        out.append("        <mxCell id=\"").append(xml(b.key() + "#cross")).append("\" value=\"\" style=\"")
                .append(xml("shape=umlDestroy;html=1;strokeColor=" + FAILED + ";strokeWidth=3.5;fillColor=none;"
                        + "movable=0;resizable=0;editable=0;"))
                .append("\" vertex=\"1\" parent=\"").append(xml(b.key())).append("\">\n");
        geometry(out, x, y, w, h);
        out.append("        </mxCell>\n");
    }

    private static void geometry(StringBuilder out, double x, double y, double w, double h) {
        out.append("            <mxGeometry x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(w)).append("\" height=\"").append(n(h)).append("\" as=\"geometry\"/>\n");
    }

    private static String bold(String s) {
        return "<b>" + html(s) + "</b>";
    }

    private static String small(String s, Map<String, String> c) {
        return s == null || s.isEmpty() ? "" : "<br><font style=\"font-size:11px\" color=\"" + c.get("muted") + "\">"
                + html(s) + "</font>";
    }

    /** Escapes for the HTML of a label (html=1); the XML escaping of the attribute comes on top. */
    static String html(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String n3(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
