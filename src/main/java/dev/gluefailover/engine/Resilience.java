package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A design review's resilience summary of one job, typed: whether it survives any single AZ
 * outage, NAT gateway failure and endpoint removal (the matrix's {@link WhatIfMatrix.Summary} per
 * kind, with the scenarios it does not survive), and the single points of failure the evaluation
 * shows (one NAT, one zone, one route table, one S3 endpoint behind every connection). Reports
 * render it; none of them decides it.
 *
 * @param azOutage          the matrix's summary of single AZ outages
 * @param natGatewayFailure the matrix's summary of single NAT gateway failures
 * @param endpointRemoval   the matrix's summary of single endpoint removals
 */
public record Resilience(WhatIfMatrix.Summary azOutage, WhatIfMatrix.Summary natGatewayFailure,
        WhatIfMatrix.Summary endpointRemoval, List<SinglePointOfFailure> singlePointsOfFailure) {

    public Resilience {
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }

    /** The kinds of single point of failure a review looks for. */
    public enum Kind {
        /** Every connection that passes Glue's selection has egress through the same NAT gateway. */
        NAT_GATEWAY,
        /** Every placed connection's subnet is in the same zone (by zone id). */
        AVAILABILITY_ZONE,
        /** Every placed connection's subnet has the same effective route table. */
        ROUTE_TABLE,
        /** Every connection that passes Glue's selection counts the same S3 endpoint for its egress. */
        S3_ENDPOINT
    }

    /**
     * One element (or a NAT and its zone) that every connection depends on.
     *
     * @param elements the element first, then where it is (a NAT's zone), by kind and id
     * @param text     the sentence reports print, rendered from the elements
     * @param failure  the matrix's scenario that fails this element, when it has one (a route table has none)
     */
    public record SinglePointOfFailure(Kind kind, List<ElementRef> elements, String text,
            WhatIfMatrix.Outcome failure) {
        public SinglePointOfFailure {
            elements = List.copyOf(elements);
        }

        /** The matrix's scenario that fails this element; empty for a route table. */
        public Optional<WhatIfMatrix.Outcome> scenario() {
            return Optional.ofNullable(failure);
        }
    }

    /** Evaluates the job and computes its single-failure matrix on top of {@code base}. */
    public static Resilience of(Engine engine, GlueJob job, Simulation base, RuleSettings settings) {
        Evaluation e = engine.evaluate(job, base, settings);
        return of(engine.index(), e, WhatIfMatrix.compute(engine, job, base, settings, false));
    }

    /** From an evaluation and the single-failure matrix of the same job and simulation. */
    public static Resilience of(SnapshotIndex index, Evaluation e, WhatIfMatrix matrix) {
        return new Resilience(summary(matrix, "AZ outage"), summary(matrix, "NAT gateway failure"),
                summary(matrix, "endpoint removal"), singlePoints(index, e, matrix));
    }

    public boolean survivesAnySingleAzOutage() {
        return azOutage.survives();
    }

    public boolean survivesAnySingleNatGatewayFailure() {
        return natGatewayFailure.survives();
    }

    public boolean survivesAnySingleEndpointRemoval() {
        return endpointRemoval.survives();
    }

    /** The three summaries in report order. */
    public List<WhatIfMatrix.Summary> summaries() {
        return List.of(azOutage, natGatewayFailure, endpointRemoval);
    }

    /** Every single failure the job does not survive, AZs first, then NATs, then endpoints. */
    public List<WhatIfMatrix.Outcome> failingScenarios() {
        List<WhatIfMatrix.Outcome> all = new ArrayList<>();
        summaries().forEach(s -> all.addAll(s.fatal()));
        return all;
    }

    private static WhatIfMatrix.Summary summary(WhatIfMatrix matrix, String kind) {
        return matrix.summary().stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseGet(() -> new WhatIfMatrix.Summary(kind, 0, List.of()));
    }

    private static List<SinglePointOfFailure> singlePoints(SnapshotIndex index, Evaluation e, WhatIfMatrix matrix) {
        List<SinglePointOfFailure> found = new ArrayList<>();
        if (e.placement() != Evaluation.Placement.IN_VPC) {
            return found; // outside the VPCs nothing of the network carries the job
        }
        List<Subnet> placed = new ArrayList<>();
        for (ConnectionEvaluation c : e.connections()) {
            if (c.connection() != null && c.connection().hasNetworkPlacement()) {
                Optional<Subnet> s = index.subnet(c.subnetId());
                if (s.isEmpty()) {
                    // A subnet the snapshot does not hold could be anywhere: claim no shared zone or table.
                    placed = null;
                    break;
                }
                placed.add(s.get());
            }
        }
        List<EgressPath> passing = new ArrayList<>();
        for (ConnectionEvaluation c : e.connections()) {
            if (c.verdict() == Verdict.CHOSEN || c.verdict() == Verdict.PASSES) {
                passing.add(c.egressPath().orElse(null));
            }
        }
        if (!passing.isEmpty() && !passing.contains(null)) {
            Set<String> nats = new LinkedHashSet<>(passing.get(0).natGatewayIds());
            passing.forEach(p -> nats.retainAll(p.natGatewayIds()));
            for (String nat : nats) {
                found.add(nat(index, nat, matrix));
            }
        }
        if (placed != null && !placed.isEmpty()) {
            Set<String> zones = new LinkedHashSet<>();
            Set<String> tables = new LinkedHashSet<>();
            for (Subnet s : placed) {
                zones.add(index.zoneIdOf(s));
                tables.add(index.effectiveRouteTable(s).map(t -> t.table().routeTableId()).orElse(null));
            }
            if (zones.size() == 1 && !zones.contains(null)) {
                String zoneId = zones.iterator().next();
                found.add(new SinglePointOfFailure(Kind.AVAILABILITY_ZONE,
                        List.of(new ElementRef(ElementKind.AVAILABILITY_ZONE, zoneId)),
                        T.get("spof.zone", zoneLabel(index, zoneId)),
                        scenario(matrix, new SimulatedFailure.AzOutage(zoneId))));
            }
            if (tables.size() == 1 && !tables.contains(null)) {
                String table = tables.iterator().next();
                found.add(new SinglePointOfFailure(Kind.ROUTE_TABLE,
                        List.of(new ElementRef(ElementKind.ROUTE_TABLE, table)),
                        T.get("spof.routeTable", table), null));
            }
        }
        if (!passing.isEmpty() && !passing.contains(null)) {
            Set<String> endpoints = new LinkedHashSet<>();
            passing.forEach(p -> endpoints.add(p.s3EndpointId()));
            if (endpoints.size() == 1 && !endpoints.contains(null)) {
                String endpoint = endpoints.iterator().next();
                found.add(new SinglePointOfFailure(Kind.S3_ENDPOINT,
                        List.of(new ElementRef(ElementKind.VPC_ENDPOINT, endpoint)),
                        T.get("spof.endpoint", endpoint),
                        scenario(matrix, new SimulatedFailure.EndpointRemoved(endpoint))));
            }
        }
        return found;
    }

    /** "NAT gateway nat-… in us-east-1a carries every connection", naming the NAT's zone when known. */
    private static SinglePointOfFailure nat(SnapshotIndex index, String natId, WhatIfMatrix matrix) {
        List<ElementRef> refs = new ArrayList<>();
        refs.add(new ElementRef(ElementKind.NAT_GATEWAY, natId));
        String zoneId = index.natGateway(natId).map(NatGateway::subnetId).flatMap(index::subnet).map(index::zoneIdOf)
                .orElse(null);
        String text = T.get("spof.nat", natId);
        if (zoneId != null) {
            refs.add(new ElementRef(ElementKind.AVAILABILITY_ZONE, zoneId));
            text = T.get("spof.natIn", natId, zoneLabel(index, zoneId));
        }
        return new SinglePointOfFailure(Kind.NAT_GATEWAY, refs, text,
                scenario(matrix, new SimulatedFailure.NatGatewayFailure(natId)));
    }

    private static final dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("engine");

    private static String zoneLabel(SnapshotIndex index, String zoneId) {
        return index.zone(zoneId).map(AvailabilityZone::label).orElse(zoneId);
    }

    private static WhatIfMatrix.Outcome scenario(WhatIfMatrix matrix, SimulatedFailure failure) {
        return matrix.singles().stream().filter(o -> o.failures().equals(List.of(failure))).findFirst().orElse(null);
    }
}
