package dev.gluefailover.model;

import java.util.List;
import java.util.Objects;

/**
 * A VPC endpoint. {@code vpcEndpointType} is {@code Gateway}, {@code Interface} or
 * {@code GatewayLoadBalancer}; gateway endpoints are attached to route tables, interface
 * endpoints sit in subnets.
 */
public record VpcEndpoint(String vpcEndpointId, String vpcId, String vpcEndpointType, String serviceName,
        String state, List<String> routeTableIds, List<String> subnetIds) {
    public VpcEndpoint {
        Objects.requireNonNull(vpcEndpointId, "vpcEndpointId");
        state = state == null ? "available" : state;
        routeTableIds = routeTableIds == null ? List.of() : List.copyOf(routeTableIds);
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
    }

    public boolean isGateway() {
        return "Gateway".equalsIgnoreCase(vpcEndpointType);
    }

    public boolean isInterface() {
        return "Interface".equalsIgnoreCase(vpcEndpointType);
    }

    /** True for {@code com.amazonaws.<region>.s3} (and the China partition's reversed form). */
    public boolean isS3() {
        return serviceName != null && serviceName.endsWith(".s3");
    }

    public boolean available() {
        return "available".equalsIgnoreCase(state);
    }
}
