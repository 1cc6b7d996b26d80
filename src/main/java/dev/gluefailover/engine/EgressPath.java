package dev.gluefailover.engine;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.List;

/**
 * What the egress check (NO_S3_ENDPOINT_OR_NAT) found for a connection's subnet, typed: the
 * effective route table, the NAT gateways it counted, the S3 endpoint it counted, a default
 * route to another target it counted. The diagram draws the chosen path from this, never from
 * evidence text.
 *
 * @param routeTableId        the subnet's effective route table (null when none was found)
 * @param explicitAssociation the table is associated with the subnet (false: the VPC's main table)
 * @param natGatewayIds       the NAT gateways counted, in route order
 * @param s3EndpointId        the S3 endpoint counted (gateway or, by setting, interface), or null
 * @param otherTargetId       a NAT instance or transit gateway counted by setting, or null
 */
public record EgressPath(String routeTableId, boolean explicitAssociation, List<String> natGatewayIds,
        String s3EndpointId, String otherTargetId) {
    public EgressPath {
        natGatewayIds = List.copyOf(natGatewayIds);
    }

    /** Something counted: a NAT, an endpoint or another default route. */
    public boolean found() {
        return !natGatewayIds.isEmpty() || s3EndpointId != null || otherTargetId != null;
    }

    /** The elements past the route table that carry the traffic (NAT gateways, the endpoint). */
    public List<ElementRef> carriers() {
        List<ElementRef> refs = new ArrayList<>();
        for (String nat : natGatewayIds) {
            refs.add(new ElementRef(ElementKind.NAT_GATEWAY, nat));
        }
        if (s3EndpointId != null) {
            refs.add(new ElementRef(ElementKind.VPC_ENDPOINT, s3EndpointId));
        }
        return refs;
    }
}
