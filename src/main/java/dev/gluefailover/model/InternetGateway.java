package dev.gluefailover.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An internet gateway and the VPCs it is attached to. */
public record InternetGateway(String internetGatewayId, List<String> attachedVpcIds, Map<String, String> tags) {
    public InternetGateway {
        Objects.requireNonNull(internetGatewayId, "internetGatewayId");
        attachedVpcIds = attachedVpcIds == null ? List.of() : List.copyOf(attachedVpcIds);
        tags = Tags.copy(tags);
    }
}
