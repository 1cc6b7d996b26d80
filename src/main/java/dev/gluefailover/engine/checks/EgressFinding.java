package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.EgressPath;

/**
 * What the egress check found: its result, and the typed path (route table, NAT gateways and S3
 * endpoint it counted) that later checks and the diagram build on.
 */
public record EgressFinding(CheckResult result, EgressPath path) {
    /** The S3 endpoint counted: S3 traffic flows without a NAT. */
    public boolean s3EndpointCounted() {
        return path.s3EndpointId() != null;
    }
}
