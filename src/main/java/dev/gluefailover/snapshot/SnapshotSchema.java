package dev.gluefailover.snapshot;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the file format promises beyond the shape of the model records: which schema versions
 * this build reads, and which fields must be present. The field names and types themselves
 * are the model records' components, so the format follows the model.
 */
final class SnapshotSchema {
    /** Versions this build reads. A new version is added here together with its migration. */
    static final SortedSet<Integer> READABLE_VERSIONS = new TreeSet<>(Set.of(Snapshot.SCHEMA_VERSION));

    /**
     * Fields without which a record is meaningless (ids and names). They mirror the model's
     * requireNonNull checks, so a missing one is reported as a missing field, not as a crash.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry(Snapshot.class, Set.of("schemaVersion", "region")),
            Map.entry(Region.class, Set.of("name")),
            Map.entry(AvailabilityZone.class, Set.of("name", "zoneId")),
            Map.entry(Vpc.class, Set.of("vpcId")),
            Map.entry(Subnet.class, Set.of("subnetId")),
            Map.entry(RouteTable.class, Set.of("routeTableId")),
            Map.entry(NatGateway.class, Set.of("natGatewayId")),
            Map.entry(InternetGateway.class, Set.of("internetGatewayId")),
            Map.entry(VpcEndpoint.class, Set.of("vpcEndpointId")),
            Map.entry(SecurityGroup.class, Set.of("groupId")),
            Map.entry(GlueJob.class, Set.of("name")),
            Map.entry(GlueConnection.class, Set.of("name")),
            Map.entry(LoadProblem.class, Set.of("action")),
            Map.entry(RolePermission.class, Set.of("role", "action", "decision")));

    private SnapshotSchema() {
    }

    static boolean required(Class<?> recordType, String field) {
        return REQUIRED.getOrDefault(recordType, Set.of()).contains(field);
    }

    static String readableVersions() {
        return READABLE_VERSIONS.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
