package dev.gluefailover.model;

/**
 * One route. Exactly one target field is normally set. Gateway endpoint routes carry the
 * {@code vpce-} id in {@code gatewayId} and a {@code pl-} destination prefix list.
 * {@code state} is {@code active} or {@code blackhole}.
 */
public record Route(String destinationCidrBlock, String destinationPrefixListId, String gatewayId,
        String natGatewayId, String transitGatewayId, String instanceId, String vpcPeeringConnectionId,
        String state) {
    public Route {
        state = state == null ? "active" : state;
    }

    public static Route toNat(String cidr, String natGatewayId) {
        return new Route(cidr, null, null, natGatewayId, null, null, null, "active");
    }

    public static Route toGateway(String cidr, String gatewayId) {
        return new Route(cidr, null, gatewayId, null, null, null, null, "active");
    }

    public static Route toEndpoint(String prefixListId, String vpcEndpointId) {
        return new Route(null, prefixListId, vpcEndpointId, null, null, null, null, "active");
    }

    public static Route local(String cidr) {
        return new Route(cidr, null, "local", null, null, null, null, "active");
    }

    public boolean active() {
        return !"blackhole".equals(state);
    }

    public boolean isDefaultRoute() {
        return "0.0.0.0/0".equals(destinationCidrBlock);
    }

    public boolean targetsInternetGateway() {
        return gatewayId != null && gatewayId.startsWith("igw-");
    }

    public boolean targetsVpcEndpoint() {
        return gatewayId != null && gatewayId.startsWith("vpce-");
    }

    /** The destination as shown to a person: a CIDR or a prefix list id. */
    public String destination() {
        return destinationCidrBlock != null ? destinationCidrBlock : destinationPrefixListId;
    }

    /** The target id as shown to a person. */
    public String target() {
        if (natGatewayId != null) {
            return natGatewayId;
        }
        if (transitGatewayId != null) {
            return transitGatewayId;
        }
        if (instanceId != null) {
            return instanceId;
        }
        if (vpcPeeringConnectionId != null) {
            return vpcPeeringConnectionId;
        }
        return gatewayId;
    }

    /** The drawn element the route leads to: a NAT gateway, an internet gateway or a VPC endpoint; null otherwise. */
    public ElementRef targetElement() {
        if (natGatewayId() != null) {
            return new ElementRef(ElementKind.NAT_GATEWAY, natGatewayId());
        }
        if (targetsInternetGateway()) {
            return new ElementRef(ElementKind.INTERNET_GATEWAY, gatewayId());
        }
        if (targetsVpcEndpoint()) {
            return new ElementRef(ElementKind.VPC_ENDPOINT, gatewayId());
        }
        return null;
    }
}
