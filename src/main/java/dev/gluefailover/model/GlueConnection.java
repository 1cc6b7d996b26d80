package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * A Glue connection's network placement ({@code PhysicalConnectionRequirements}) and its JDBC
 * URL. It never holds a password: the loader asks Glue with HidePassword=true and keeps only
 * these fields.
 */
public record GlueConnection(String name, String connectionType, String subnetId, List<String> securityGroupIds,
        String availabilityZone, String jdbcUrl) {
    public GlueConnection {
        Objects.requireNonNull(name, "connection name");
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
    }

    public boolean hasNetworkPlacement() {
        return subnetId != null && !subnetId.isBlank();
    }
}
