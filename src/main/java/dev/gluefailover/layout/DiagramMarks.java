package dev.gluefailover.layout;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an evaluation marks on a diagram, decided once for every way of drawing it (the JavaFX
 * view, SVG, draw.io): the elements the simulation failed (crossed), the boxes that fade with a
 * failed zone or subnet, each badge's verdict, and the chosen connection's path to its egress
 * (red when the run on it would fail).
 *
 * @param failed        drawn elements the simulation failed ({@link Simulation#isFailed}): AZs in an outage,
 *                      NAT gateways, removed endpoints, deleted subnets and subnets set to 0 free IPs
 * @param failedZones   ref ids (zone ids) of the AZ columns in an outage
 * @param ipOverrides   simulated free IPs of the drawn subnets, by subnet id
 * @param dimmedKeys    keys of boxes that are not failed themselves but sit in a failed zone or subnet;
 *                      badges never dim, their "skipped" red is the point of the picture
 * @param verdicts      each badge's verdict by box key (absent when the evaluation does not know the connection)
 * @param pathEdgeKeys  edges of the chosen connection's path: subnet → route table → the NAT / endpoint
 *                      the egress check counted
 * @param pathBoxKeys   the boxes those edges join
 * @param pathBroken    Glue picks the connection but a run on it would fail because of the path itself: a failing
 *                      run check names a route table, NAT gateway or endpoint on it (NAT_IN_FAILED_AZ); a run
 *                      that fails for want of free IPs keeps its path green and marks the subnet instead
 * @param blamedKeys    boxes of the elements the chosen connection's failing run checks name in their typed
 *                      {@link dev.gluefailover.engine.Evidence} (the subnet short of IPs, the NAT in a failed AZ)
 */
public record DiagramMarks(Set<ElementRef> failed, Set<String> failedZones, Map<String, Integer> ipOverrides,
        Set<String> dimmedKeys, Map<String, Verdict> verdicts, Set<String> pathEdgeKeys, Set<String> pathBoxKeys,
        boolean pathBroken, Set<String> blamedKeys) {

    /** Marks that blame no element. */
    public DiagramMarks(Set<ElementRef> failed, Set<String> failedZones, Map<String, Integer> ipOverrides,
            Set<String> dimmedKeys, Map<String, Verdict> verdicts, Set<String> pathEdgeKeys, Set<String> pathBoxKeys,
            boolean pathBroken) {
        this(failed, failedZones, ipOverrides, dimmedKeys, verdicts, pathEdgeKeys, pathBoxKeys, pathBroken, Set.of());
    }

    public DiagramMarks {
        blamedKeys = Collections.unmodifiableSet(blamedKeys);
        failed = Collections.unmodifiableSet(failed);
        failedZones = Collections.unmodifiableSet(failedZones);
        ipOverrides = Collections.unmodifiableMap(ipOverrides);
        dimmedKeys = Collections.unmodifiableSet(dimmedKeys);
        verdicts = Collections.unmodifiableMap(verdicts);
        pathEdgeKeys = Collections.unmodifiableSet(pathEdgeKeys);
        pathBoxKeys = Collections.unmodifiableSet(pathBoxKeys);
    }

    public boolean isFailed(Box b) {
        return failed.contains(b.ref());
    }

    public boolean isDimmed(Box b) {
        return dimmedKeys.contains(b.key());
    }

    public boolean onPath(String key) {
        return pathEdgeKeys.contains(key) || pathBoxKeys.contains(key);
    }

    /**
     * A subnet box's free-IP bar as every drawing shows it.
     *
     * @param free      the simulated figure, else the snapshot's; null when unknown
     * @param usable    the CIDR's usable addresses
     * @param share     0..1 of the bar that is filled
     * @param low       red: no free address, or under 10 % of the usable ones
     * @param simulated the figure is the simulation's
     */
    public record IpBar(Integer free, int usable, double share, boolean low, boolean simulated) {
        /** "12 free of 251 (simulated)", "free IPs unknown". */
        public String text() {
            return free == null ? "free IPs unknown" : free + " free of " + usable + (simulated ? " (simulated)" : "");
        }
    }

    public IpBar ipBar(Box b) {
        IpUsage ips = b.ips();
        Integer simulated = ipOverrides.get(b.ref().id());
        Integer free = simulated != null ? simulated : (ips == null ? null : ips.free());
        int usable = ips == null ? 0 : ips.usable();
        double share = free == null || usable <= 0 ? 0 : Math.max(0, Math.min(1, free / (double) usable));
        return new IpBar(free, usable, share, free != null && (free == 0 || share < 0.1), simulated != null);
    }

    /**
     * Where a failed element's red cross goes (its two strokes join opposite corners): over the
     * whole box, or for an AZ a header-high cross left of the OUTAGE tag, so the zone's name stays
     * readable. Shared by the window and the exports so the picture is the same everywhere.
     */
    public static Rect crossBounds(Box b) {
        Rect r = b.bounds();
        if (b.kind() == ElementKind.AVAILABILITY_ZONE) {
            return new Rect(r.maxX() - 110, r.y() + 3, 30, DiagramLayout.AZ_HEADER - 12);
        }
        return new Rect(r.x() + 3, r.y() + 3, r.width() - 6, r.height() - 6);
    }

    /** Marks for a diagram with no evaluation (nothing failed, no verdicts, no path). */
    public static DiagramMarks none(Diagram diagram) {
        return of(diagram, null);
    }

    public static DiagramMarks of(Diagram diagram, Evaluation evaluation) {
        Map<String, Box> byKey = diagram.boxesByKey();
        Simulation sim = evaluation == null ? Simulation.NONE : evaluation.simulation();
        // The simulation answers what is failed; an AZ column's ref id is the zone id its outage holds.
        Set<ElementRef> failed = new HashSet<>();
        Set<String> zones = new HashSet<>();
        Map<String, Integer> ips = new LinkedHashMap<>();
        if (!sim.isEmpty()) {
            for (Box b : diagram.boxes()) {
                if (sim.isFailed(b.ref())) {
                    failed.add(b.ref());
                    if (b.kind() == ElementKind.AVAILABILITY_ZONE) {
                        zones.add(b.ref().id());
                    }
                }
                if (b.kind() == ElementKind.SUBNET) {
                    sim.freeIpOverride(b.ref().id()).ifPresent(n -> ips.put(b.ref().id(), n));
                }
            }
        }

        Set<String> dimmed = new HashSet<>();
        for (Box b : diagram.boxes()) {
            if (failed.contains(b.ref()) || b.kind() == ElementKind.CONNECTION) {
                continue;
            }
            if (inFailedZone(b, byKey, zones) || failedAncestor(b, byKey, failed)) {
                dimmed.add(b.key());
            }
        }

        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        ConnectionEvaluation chosen = null;
        if (evaluation != null) {
            chosen = evaluation.chosen().orElse(null);
            for (Box b : diagram.badges()) {
                ConnectionEvaluation ce = connectionFor(b, evaluation);
                if (ce != null) {
                    verdicts.put(b.key(), ce.verdict());
                }
            }
        }
        Set<String> pathEdges = chosenPathEdges(diagram, chosen);
        Set<String> pathBoxes = new HashSet<>();
        for (Edge e : diagram.edges()) {
            if (pathEdges.contains(e.key())) {
                pathBoxes.add(e.fromKey());
                pathBoxes.add(e.toKey());
            }
        }
        Set<String> blamed = blamedKeys(diagram, chosen);
        String startKey = chosen == null || chosen.subnetId() == null ? null : "subnet:" + chosen.subnetId();
        boolean broken = false;
        for (String key : blamed) {
            if (pathBoxes.contains(key) && !key.equals(startKey)) {
                broken = true;
            }
        }
        return new DiagramMarks(failed, zones, ips, dimmed, verdicts, pathEdges, pathBoxes, broken, blamed);
    }

    /** The drawn boxes of the elements that the chosen connection's failing run checks are about. */
    static Set<String> blamedKeys(Diagram diagram, ConnectionEvaluation chosen) {
        Set<String> keys = new HashSet<>();
        if (chosen == null || chosen.runWouldSucceed()) {
            return keys;
        }
        Set<ElementRef> refs = new HashSet<>();
        for (CheckResult r : chosen.runChecks()) {
            if (r.status() == CheckStatus.FAIL) {
                for (Evidence e : r.typedEvidence()) {
                    if (e.element() != null) {
                        refs.add(e.element());
                    }
                }
            }
        }
        for (Box b : diagram.boxes()) {
            // a zone is marked by its outage already, a badge by its verdict
            if (b.kind() != ElementKind.CONNECTION && b.kind() != ElementKind.AVAILABILITY_ZONE && refs.contains(b.ref())) {
                keys.add(b.key());
            }
        }
        return keys;
    }

    private static boolean inFailedZone(Box b, Map<String, Box> byKey, Set<String> zones) {
        if (zones.isEmpty()) {
            return false;
        }
        Box x = b.parentKey() == null ? null : byKey.get(b.parentKey());
        while (x != null) {
            if (x.kind() == ElementKind.AVAILABILITY_ZONE) {
                return zones.contains(x.ref().id());
            }
            x = x.parentKey() == null ? null : byKey.get(x.parentKey());
        }
        return false;
    }

    /** A failed subnet (or other failed box) between this box and its AZ column. */
    private static boolean failedAncestor(Box b, Map<String, Box> byKey, Set<ElementRef> failed) {
        if (failed.isEmpty()) {
            return false;
        }
        Box x = b.parentKey() == null ? null : byKey.get(b.parentKey());
        while (x != null && x.kind() != ElementKind.AVAILABILITY_ZONE) {
            if (failed.contains(x.ref())) {
                return true;
            }
            x = x.parentKey() == null ? null : byKey.get(x.parentKey());
        }
        return false;
    }

    private static ConnectionEvaluation connectionFor(Box badge, Evaluation evaluation) {
        List<ConnectionEvaluation> list = evaluation.connections();
        int i = badge.order() - 1;
        if (i >= 0 && i < list.size() && list.get(i).name().equals(badge.ref().id())) {
            return list.get(i);
        }
        return evaluation.connection(badge.ref().id()).orElse(null);
    }

    /**
     * Subnet → its effective route table → the NAT gateways / S3 endpoint the egress check counted
     * ({@link EgressPath#carriers()}); never the internet gateway, nor a NAT the check did not count.
     */
    static Set<String> chosenPathEdges(Diagram diagram, ConnectionEvaluation chosen) {
        Set<String> keys = new HashSet<>();
        EgressPath egress = chosen == null ? null : chosen.egressPath().orElse(null);
        if (egress == null || chosen.subnetId() == null || egress.routeTableId() == null) {
            return keys;
        }
        String subnetKey = "subnet:" + chosen.subnetId();
        ElementRef table = new ElementRef(ElementKind.ROUTE_TABLE, egress.routeTableId());
        Set<ElementRef> carriers = new HashSet<>(egress.carriers());
        Set<String> tableKeys = new HashSet<>();
        for (Edge e : diagram.edges()) {
            if (e.fromKey().equals(subnetKey) && table.equals(e.to())) {
                keys.add(e.key());
                tableKeys.add(e.toKey());
            }
        }
        for (Edge e : diagram.edges()) {
            if (e.kind() == EdgeKind.TRAFFIC && tableKeys.contains(e.fromKey()) && carriers.contains(e.to())) {
                keys.add(e.key());
            }
        }
        return keys;
    }
}
