package dev.gluefailover.model;

import java.util.Map;
import java.util.Objects;

/**
 * A VPC. The DNS attributes are {@code null} when they could not be read (a load problem names the
 * VPC) or were not read (a scan asks them only where a run can use one of the VPC's connections).
 */
public record Vpc(String vpcId, String cidrBlock, Boolean enableDnsSupport, Boolean enableDnsHostnames,
        Map<String, String> tags) {
    public Vpc {
        Objects.requireNonNull(vpcId, "vpcId");
        tags = Tags.copy(tags);
    }

    public String name() {
        return Tags.name(tags, vpcId);
    }
}
