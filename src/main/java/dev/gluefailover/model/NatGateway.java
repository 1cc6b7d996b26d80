package dev.gluefailover.model;

import java.util.Map;
import java.util.Objects;

/** A NAT gateway. {@code connectivityType} is {@code public} or {@code private}. */
public record NatGateway(String natGatewayId, String vpcId, String subnetId, String state,
        String connectivityType, Map<String, String> tags) {
    public NatGateway {
        Objects.requireNonNull(natGatewayId, "natGatewayId");
        state = state == null ? "available" : state;
        connectivityType = connectivityType == null ? "public" : connectivityType;
        tags = Tags.copy(tags);
    }

    public boolean isPrivate() {
        return "private".equals(connectivityType);
    }

    public String name() {
        return Tags.name(tags, natGatewayId);
    }
}
