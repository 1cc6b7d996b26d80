package dev.gluefailover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotWarnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answers of the command line: a stable contract, documented in the README. Built
 * from plain maps so that renaming a Java field can never change the contract by accident.
 */
final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> check(Evaluation e, Snapshot snapshot) {
        return check(e, snapshot, null);
    }

    /** The check answer; with {@code resilience}, a {@code resilience} object after the connections. */
    static Map<String, Object> check(Evaluation e, Snapshot snapshot, Resilience resilience) {
        return check(e, snapshot, resilience, problems(snapshot));
    }

    /** The same with the snapshot's {@code problems} worked out once for many jobs (scan). */
    static Map<String, Object> check(Evaluation e, Snapshot snapshot, Resilience resilience,
            List<Map<String, Object>> problems) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", e.job().name());
        m.put("ruleSet", e.ruleSet());
        m.put("source", snapshot.source());
        m.put("region", snapshot.region().name());
        m.put("simulated", e.simulation().failures().stream().map(SimulatedFailure::spec).toList());
        m.put("chosen", e.chosen().map(ConnectionEvaluation::name).orElse(null));
        m.put("choiceCertain", e.choiceCertain());
        m.put("uncertainty", e.uncertainty());
        m.put("runWouldSucceed", e.runWouldSucceed());
        m.put("outcome", e.outcome().name());
        m.put("placement", e.placement().name());
        m.put("glueVersion", e.job().glueVersion());
        m.put("glueVersionScope", e.versionScope().name());
        m.put("launchStop", e.launchStop().map(JsonReport::launchStop).orElse(null));
        m.put("headline", e.headline());
        m.put("inferences", e.inferencesBehindVerdict());
        m.put("notes", e.notes());
        m.put("problems", problems);
        // values nobody observed (a design read from a template or plan): the verdict rests on them
        m.put("assumptions", snapshot.assumptions().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("elementId", a.elementId());
            am.put("field", a.field());
            am.put("text", a.text());
            return am;
        }).toList());
        List<Object> connections = new ArrayList<>();
        for (ConnectionEvaluation c : e.connections()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("order", c.order());
            cm.put("name", c.name());
            cm.put("verdict", c.verdict().name());
            cm.put("subnetId", c.subnetId());
            cm.put("availabilityZone", c.availabilityZone());
            cm.put("availabilityZoneId", c.availabilityZoneId());
            cm.put("status", c.connection() == null ? null : c.connection().status());
            cm.put("statusReason", c.connection() == null ? null : c.connection().statusReason());
            cm.put("stopsLaunch", c.launchStop().isPresent());
            List<Object> checks = new ArrayList<>();
            for (CheckResult r : c.checks()) {
                checks.add(check(r));
            }
            cm.put("checks", checks);
            connections.add(cm);
        }
        m.put("connections", connections);
        if (resilience != null) {
            m.put("resilience", resilience(resilience));
        }
        return m;
    }

    /**
     * {@code survivesAnySingle} {azOutage, natGatewayFailure, endpointRemoval}, the single failures
     * the job does not survive, and the single points of failure with their elements by kind and id.
     */
    static Map<String, Object> resilience(Resilience r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> survives = new LinkedHashMap<>();
        survives.put("azOutage", r.survivesAnySingleAzOutage());
        survives.put("natGatewayFailure", r.survivesAnySingleNatGatewayFailure());
        survives.put("endpointRemoval", r.survivesAnySingleEndpointRemoval());
        m.put("survivesAnySingle", survives);
        List<Object> failing = new ArrayList<>();
        for (WhatIfMatrix.Summary s : r.summaries()) {
            for (WhatIfMatrix.Outcome o : s.fatal()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("kind", s.kind());
                f.putAll(outcome(o));
                f.put("happens", o.describe());
                failing.add(f);
            }
        }
        m.put("failingScenarios", failing);
        List<Object> spofs = new ArrayList<>();
        for (Resilience.SinglePointOfFailure p : r.singlePointsOfFailure()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("kind", p.kind().name());
            pm.put("elements", p.elements().stream().map(el -> {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("kind", el.kind().name());
                em.put("id", el.id());
                return em;
            }).toList());
            pm.put("text", p.text());
            pm.put("survivesItsFailure", p.scenario().map(WhatIfMatrix.Outcome::survives).orElse(null));
            spofs.add(pm);
        }
        m.put("singlePointsOfFailure", spofs);
        return m;
    }

    /** What the snapshot holds that AWS cannot have (loaded anyway), each naming its element. */
    static List<Map<String, Object>> problems(Snapshot snapshot) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (SnapshotWarnings.Warning w : SnapshotWarnings.of(snapshot)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("subject", w.subject());
            if (w.element() != null) {
                p.put("elementKind", w.element().kind().name());
                p.put("elementId", w.element().id());
            }
            p.put("message", w.message());
            out.add(p);
        }
        return out;
    }

    private static Map<String, Object> launchStop(Evaluation.LaunchStop s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connection", s.connection().name());
        m.put("order", s.connection().order());
        m.put("code", s.check().code());
        m.put("message", s.check().message());
        return m;
    }

    private static Map<String, Object> check(CheckResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("kind", r.kind().json());
        m.put("status", r.status().name());
        m.put("message", r.message());
        m.put("evidence", r.evidence());
        m.put("source", r.source());
        m.put("settingsUsed", r.settingsUsed());
        m.put("link", r.link());
        return m;
    }

    static Map<String, Object> matrix(WhatIfMatrix matrix, String ruleSet, Evaluation base) {
        return matrix(matrix, ruleSet, base, null);
    }

    /** The matrix answer; with {@code r}, the same {@code resilience} object as {@code check} gives. */
    static Map<String, Object> matrix(WhatIfMatrix matrix, String ruleSet, Evaluation base, Resilience r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", matrix.job().name());
        m.put("ruleSet", ruleSet);
        m.put("outcome", base.outcome().name());
        m.put("placement", base.placement().name());
        m.put("headline", base.headline());
        m.put("simulated", matrix.base().failures().stream().map(SimulatedFailure::spec).toList());
        m.put("summary", matrix.summaryText());
        m.put("baseline", outcome(matrix.baseline()));
        m.put("singles", matrix.singles().stream().map(JsonReport::outcome).toList());
        m.put("pairs", matrix.pairs().stream().map(JsonReport::outcome).toList());
        if (r != null) {
            m.put("resilience", resilience(r));
        }
        return m;
    }

    private static Map<String, Object> outcome(WhatIfMatrix.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("failures", o.failures().stream().map(SimulatedFailure::spec).toList());
        m.put("label", o.label());
        m.put("chosen", o.chosen());
        m.put("chosenOrder", o.chosenOrder());
        m.put("choiceCertain", o.choiceCertain());
        m.put("runWouldSucceed", o.runWouldSucceed());
        m.put("failedRunChecks", o.failedRunChecks());
        m.put("survives", o.survives());
        return m;
    }

    static Map<String, Object> timeline(RetryTimeline t, String ruleSet) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", t.job().name());
        m.put("ruleSet", ruleSet);
        m.put("failure", t.failure().failures().stream().map(SimulatedFailure::spec).toList());
        m.put("failureStartsAtAttempt", t.failureStartsAt());
        m.put("failureEndsAtAttempt", t.failureEndsAt());
        m.put("rescan", t.rescan().stream().map(JsonReport::attempt).toList());
        m.put("sticky", t.sticky().stream().map(JsonReport::attempt).toList());
        m.put("modesDiffer", t.modesDiffer());
        return m;
    }

    private static Map<String, Object> attempt(RetryTimeline.Attempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempt", a.number());
        m.put("failureActive", a.failureActive());
        m.put("connection", a.connection());
        m.put("order", a.order());
        m.put("runWouldSucceed", a.runWouldSucceed());
        m.put("kept", a.kept());
        m.put("reason", a.reason());
        return m;
    }
}
