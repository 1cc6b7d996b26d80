package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.VpcEndpoint;

/**
 * What the egress check found: its result, the typed path (route table, NAT gateways and S3
 * endpoint it counted) that later checks and the diagram build on, and the records behind it that
 * the run checks read (the counted NAT route and gateway, the counted endpoint, the other default
 * route). Each is null when nothing of the kind was counted; {@code nat} is also null when a
 * counted blackhole route names a NAT gateway the data no longer holds.
 */
public record EgressFinding(CheckResult result, EgressPath path, Route natRoute, NatGateway nat,
        VpcEndpoint s3Endpoint, Route otherRoute) {

    /** A finding with nothing counted behind its path (no route table, nothing on it). */
    public EgressFinding(CheckResult result, EgressPath path) {
        this(result, path, null, null, null, null);
    }

    /** The S3 endpoint counted: S3 traffic flows without a NAT. */
    public boolean s3EndpointCounted() {
        return path.s3EndpointId() != null;
    }

    /** The S3 endpoint counted is a gateway endpoint on the subnet's route table. */
    public boolean s3GatewayEndpointCounted() {
        return s3Endpoint != null && s3Endpoint.isGateway();
    }

    /** The NAT route counted covers every destination (0.0.0.0/0). */
    public boolean natRouteIsDefault() {
        return natRoute != null && natRoute.isDefaultRoute();
    }

    /** The NAT gateway counted is private (ConnectivityType=private): no internet, no S3. */
    public boolean natIsPrivate() {
        return nat != null && nat.isPrivate();
    }
}
