package dev.gluefailover.review;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the fix generators look at: the job, its snapshot and simulation, the settings, its
 * evaluation and resilience; and what several of them need from it.
 */
record FixContext(Engine engine, SnapshotIndex index, Snapshot snapshot, GlueJob job, Simulation simulation,
        RuleSettings settings, Evaluation evaluation, Resilience resilience) {

    /** Whether the check of this code failed for the connection. */
    static boolean failed(ConnectionEvaluation ce, String code) {
        return ce.result(code).map(CheckResult::status).map(s -> s == CheckStatus.FAIL).orElse(false);
    }

    /** The subnets of the job's placed connections that the snapshot holds, without repeats, in job order. */
    List<Subnet> connectionSubnets() {
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        for (String name : job.connectionNames()) {
            index.connection(name).map(GlueConnection::subnetId).flatMap(index::subnet)
                    .ifPresent(s -> subnets.putIfAbsent(s.subnetId(), s));
        }
        return List.copyOf(subnets.values());
    }

    /** A zone by its id as people read it ({@code us-east-1a (use1-az1)}), or the id. */
    static String zoneLabel(SnapshotIndex index, String zoneId) {
        return index.zone(zoneId).map(AvailabilityZone::label).orElse(zoneId);
    }

    /** The snapshot with these route tables added to these endpoints (by endpoint id). */
    static Snapshot withEndpointTables(Snapshot s, Map<String, List<String>> adds) {
        if (adds.isEmpty()) {
            return s;
        }
        List<VpcEndpoint> endpoints = new ArrayList<>();
        for (VpcEndpoint e : s.vpcEndpoints()) {
            List<String> more = adds.get(e.vpcEndpointId());
            if (more == null) {
                endpoints.add(e);
                continue;
            }
            List<String> tables = new ArrayList<>(e.routeTableIds());
            more.stream().filter(t -> !tables.contains(t)).forEach(tables::add);
            endpoints.add(new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(), e.serviceName(),
                    e.state(), tables, e.subnetIds()));
        }
        return s.withVpcEndpoints(endpoints);
    }
}
