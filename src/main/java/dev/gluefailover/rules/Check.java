package dev.gluefailover.rules;

import java.util.List;

/**
 * The catalogue of checks. Each has a stable code, a title, its kind, the tag of the source
 * it rests on, the sources themselves, and what Glue says when it fails (where known).
 */
public enum Check {
    CONNECTION_NOT_FOUND("Connection exists", CheckKind.SELECTION, SourceTag.INF, List.of(Source.S2),
            "The job names a connection that Glue cannot find; it cannot give the run a network placement."),
    NO_NETWORK_PLACEMENT("Connection has network settings", CheckKind.SELECTION, SourceTag.DOC,
            List.of(Source.S1, Source.S2),
            "Only connections with network settings take part; 'has network settings' means a subnet is set [INF]."),
    SUBNET_INVALID("Subnet exists and is available", CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1, Source.S4),
            "VPC Id not found for subnet ..."),
    AZ_MISMATCH("Connection AZ matches subnet AZ", CheckKind.SELECTION, SourceTag.FIELD, List.of(Source.S4),
            "Availability Zone ... does not correspond to subnet ..."),
    NO_S3_ENDPOINT_OR_NAT("NAT gateway or S3 gateway endpoint on the subnet's route table", CheckKind.SELECTION,
            SourceTag.DOC, List.of(Source.S1, Source.S4, Source.VPC),
            "Could not find S3 endpoint or NAT gateway for subnetId ... in Vpc ..."),
    NO_FREE_IPS("Subnet has free IP addresses", CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1),
            "Subnet ... does not have enough free addresses"),
    AZ_UNHEALTHY("Availability Zone is healthy", CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1),
            "Could not find subnet for AZ ..."),
    SG_NO_SELF_INGRESS("A security group allows all inbound traffic (self-referencing)", CheckKind.RUN,
            SourceTag.DOC, List.of(Source.S1, Source.S5),
            "At least one security group must open all ingress ports (source may be itself)."),
    SG_NO_EGRESS("A security group allows all outbound traffic", CheckKind.RUN, SourceTag.DOC,
            List.of(Source.S1, Source.S5), "At least one security group must open all egress ports."),
    IPS_BELOW_WORKERS("Free IPs cover the run's workers", CheckKind.RUN, SourceTag.DOC,
            List.of(Source.S3, Source.S6), "Each worker (driver and executors) needs an IP in the subnet."),
    NAT_IN_FAILED_AZ("Egress NAT gateway is in a healthy AZ", CheckKind.RUN, SourceTag.INF, List.of(Source.S1),
            "The route's NAT gateway exists, so Glue's check passes, but it sits in a failed AZ: egress is dead."),
    DNS_DISABLED("VPC DNS support and hostnames are on", CheckKind.RUN, SourceTag.DOC, List.of(Source.S5),
            "Glue needs enableDnsSupport and enableDnsHostnames on the VPC.");

    private final String title;
    private final CheckKind kind;
    private final SourceTag tag;
    private final List<Source> sources;
    private final String description;

    Check(String title, CheckKind kind, SourceTag tag, List<Source> sources, String description) {
        this.title = title;
        this.kind = kind;
        this.tag = tag;
        this.sources = sources;
        this.description = description;
    }

    public String code() {
        return name();
    }

    public String title() {
        return title;
    }

    public CheckKind kind() {
        return kind;
    }

    public SourceTag tag() {
        return tag;
    }

    public List<Source> sources() {
        return sources;
    }

    public String description() {
        return description;
    }

    /** "[DOC S1,S4]" as reports show it. */
    public String sourceLabel() {
        StringBuilder sb = new StringBuilder("[").append(tag.name());
        for (int i = 0; i < sources.size(); i++) {
            sb.append(i == 0 ? " " : ",").append(sources.get(i).name());
        }
        return sb.append(']').toString();
    }

    /** The first source's address, for a link. */
    public String link() {
        return sources.get(0).url();
    }
}
