package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * A Glue connection's network placement ({@code PhysicalConnectionRequirements}) and its JDBC
 * URL. It never holds a password: the loader asks Glue with HidePassword=true and keeps only
 * these fields, and credentials written into the URL itself are stripped here ({@link JdbcUrl}).
 * {@code status} is Glue's {@code Connection.Status} (READY, IN_PROGRESS, FAILED; null when
 * unknown) and {@code statusReason} its {@code StatusReason}.
 */
public record GlueConnection(String name, String connectionType, String subnetId, List<String> securityGroupIds,
        String availabilityZone, String jdbcUrl, String status, String statusReason) {
    public GlueConnection {
        Objects.requireNonNull(name, "connection name");
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
        // Whatever the source (AWS, a file, a template), credentials inside the URL never enter the model.
        jdbcUrl = JdbcUrl.withoutCredentials(jdbcUrl);
    }

    /** A connection as earlier snapshots describe it: its status unknown. */
    public GlueConnection(String name, String connectionType, String subnetId, List<String> securityGroupIds,
            String availabilityZone, String jdbcUrl) {
        this(name, connectionType, subnetId, securityGroupIds, availabilityZone, jdbcUrl, null, null);
    }

    public boolean hasNetworkPlacement() {
        return subnetId != null && !subnetId.isBlank();
    }
}
