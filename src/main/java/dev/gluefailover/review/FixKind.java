package dev.gluefailover.review;

/**
 * The kinds of change a recommendation can propose, each answering what a check or the
 * resilience summary shows. The names are the stable codes JSON and reports print.
 */
public enum FixKind {
    /** A NAT gateway in every zone of the job's subnets, each private route table to its own zone's NAT. */
    NAT_PER_AZ,
    /** Attach the VPC's S3 gateway endpoint to a route table, or create one (NO_S3_ENDPOINT_OR_NAT). */
    S3_GATEWAY_ENDPOINT,
    /** A connection in another zone, on an existing subnet that passes (every connection in one zone). */
    ADD_CONNECTION_IN_OTHER_AZ,
    /** Move a connection to a subnet with enough free IPs (IPS_BELOW_WORKERS, NO_FREE_IPS). */
    MOVE_CONNECTION_SUBNET,
    /** Put the connection that passes and whose run works first (a run check does not fail over). */
    REORDER_CONNECTIONS,
    /** Name the subnet's own zone in the connection (AZ_MISMATCH). */
    CONNECTION_AZ,
    /** DNS support and DNS hostnames on in the VPC (DNS_DISABLED). */
    DNS_ATTRIBUTES,
    /** A self-referencing all-traffic inbound rule (SG_NO_SELF_INGRESS). */
    SELF_REFERENCING_INGRESS,
    /** An all-traffic outbound rule (SG_NO_EGRESS). */
    ALL_EGRESS,
    /** Allow the job's role the EC2 actions Glue runs as it (ROLE_CANNOT_DESCRIBE, ROLE_CANNOT_CREATE_ENI). */
    ROLE_PERMISSIONS
}
