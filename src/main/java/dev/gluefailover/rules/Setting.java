package dev.gluefailover.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of settings: every [INF] inference of the spec page (none may be a hidden
 * constant), the retry mode, the race note and the rule set label, each with its key (as
 * {@code --set KEY=VALUE}, JSON and {@link RuleSettings#asMap()} spell it), a title and help in
 * the user's words, the spec's default, the tag of the source it rests on and the values it takes.
 * {@link RuleSettings}, the checks, the {@code checks} command and the Settings tab read it from here.
 */
public enum Setting {
    RULE_SET("ruleSet", "Rule set", "The label of the rules in use. AWS documents this failover behaviour for "
            + "Glue 5.1 and earlier, so every report names the rule set its verdict comes from.",
            RuleSettings.DEFAULT_RULE_SET, SourceTag.DOC, Type.TEXT, List.of()),
    BLACKHOLE_NAT_ROUTE_COUNTS("blackholeNatRouteCounts", "A blackhole NAT route counts",
            "A route to a deleted NAT gateway (state blackhole) satisfies NO_S3_ENDPOINT_OR_NAT, whether the NAT "
                    + "gateway is still in the data (as deleted) or gone from it. Glue's handling is not documented.",
            "false"),
    FAILED_NAT_COUNTS("failedNatCounts", "A failed NAT gateway counts",
            "A NAT gateway that is failed, deleted or simulated-failed still satisfies the check.", "false"),
    S3_INTERFACE_ENDPOINT_COUNTS("s3InterfaceEndpointCounts", "An S3 interface endpoint counts",
            "An S3 interface endpoint in the VPC satisfies the check (only gateway endpoints are documented).",
            "false"),
    NAT_INSTANCE_OR_TGW_COUNTS("natInstanceOrTgwCounts", "A NAT instance or transit gateway counts",
            "A default route to a NAT instance or a transit gateway satisfies the check.", "false"),
    PRIVATE_NAT_COUNTS("privateNatCounts", "A private NAT gateway counts (with a warning)",
            "A NAT gateway with ConnectivityType=private satisfies Glue's check but gives no internet.", "true"),
    PENDING_NAT_COUNTS("pendingNatCounts", "A pending NAT gateway counts",
            "A NAT gateway still in state 'pending' satisfies NO_S3_ENDPOINT_OR_NAT. The spec counts a NAT only "
                    + "while it is available; what Glue does with one being created is not documented.", "false"),
    NAT_ROUTE_ANY_DESTINATION_COUNTS("natRouteAnyDestinationCounts", "A NAT route of any destination counts",
            "A route to a NAT gateway satisfies NO_S3_ENDPOINT_OR_NAT whatever its destination (10.1.0.0/16 as "
                    + "well as 0.0.0.0/0): Glue's documented check is that such a route exists. Off: only a route "
                    + "for 0.0.0.0/0 counts. Either way a narrower route is a run warning (NAT_ROUTE_NOT_DEFAULT).",
            "true"),
    ENDPOINT_STATES_THAT_COUNT("endpointStatesThatCount", "VPC endpoint states that count",
            "The states (comma-separated, as DescribeVpcEndpoints writes them: Available, Pending, "
                    + "PendingAcceptance, Deleting, ...) in which an S3 endpoint satisfies NO_S3_ENDPOINT_OR_NAT. "
                    + "The spec counts only 'available'; what Glue does with an endpoint in another state is not "
                    + "documented.",
            "available", SourceTag.INF, Type.TEXT, List.of()),
    CIDR_INGRESS_COUNTS("cidrIngressCounts", "Ingress from a CIDR counts as self-referencing",
            "An all-ports inbound rule from a CIDR that covers the subnet (0.0.0.0/0 included) satisfies "
                    + "SG_NO_SELF_INGRESS. Field reports disagree whether Glue accepts it; the guide asks for a rule "
                    + "whose source is the group itself.", "false"),
    AZ_NOTICE_STATES_HEALTHY("azNoticeStatesHealthy", "A zone in state information or constrained is healthy",
            "DescribeAvailabilityZones' states 'information' and 'constrained' count as healthy (the check passes "
                    + "with a note). Off: they count as unhealthy, as 'impaired' and 'unavailable' do. How Glue "
                    + "learns a zone's health is not documented.", "true"),
    CONCURRENT_RUNS("concurrentRuns", "Runs at the same time",
            "How many runs of the job share the subnet at once: IPS_BELOW_WORKERS multiplies the IPs one run needs "
                    + "by it. The job's MaxConcurrentRuns is the most there can be; how many overlap is the user's "
                    + "knowledge.", 1, 1, 10000),
    AZ_STATE_COUNTS_AS_UNHEALTHY("azStateCountsAsUnhealthy", "AWS-reported AZ state counts as unhealthy",
            "A zone whose DescribeAvailabilityZones state is not 'available' fails AZ_UNHEALTHY.", "true"),
    SG_FAILURE_EFFECT("sgFailureEffect", "A missing security group rule",
            "RUN_FAILS: Glue selects the connection and the run fails. SKIPS_CONNECTION: Glue skips it.",
            SgFailureEffect.RUN_FAILS.name(), SourceTag.INF, Type.CHOICE, names(SgFailureEffect.values())),
    IP_DEMAND_MODEL("ipDemandModel", "IPs a run needs",
            "WORKERS: one per worker (Glue 2.0+). DPUS: the conservative figure from DPUs.",
            IpDemandModel.WORKERS.name(), SourceTag.INF, Type.CHOICE, names(IpDemandModel.values())),
    RETRY_MODE("retryMode", "Retry attempts",
            "RESCAN: each attempt scans the list from the top. STICKY: keep the previous connection "
                    + "unless it now fails a check.",
            RetryMode.RESCAN.name(), SourceTag.INF, Type.CHOICE, names(RetryMode.values())),
    ASSUME_51_FAILOVER_FOR_NEWER_GLUE("assume51FailoverForNewerGlue", "Assume Glue 6.x fails over as Glue 5.1",
            "AWS documents this failover for Glue 5.1 and earlier; no source describes Glue 6.0 or later. On: a job on "
                    + "a newer version is evaluated under the 5.1 rules and every report says so, naming the version. "
                    + "Off: Glue's choice for such a job is unknown (the 5.1 answer is shown as a hint only).",
            "true"),
    FAILED_CONNECTION_EFFECT("failedConnectionEffect", "A connection whose status is FAILED or IN_PROGRESS",
            "Glue's launch failed with 'Invalid connection name' for a FAILED connection [FIELD F1]; whether Glue "
                    + "ever skips it instead, and whether IN_PROGRESS behaves the same, no source says. STOP: the "
                    + "job does not start, whatever the other connections. SKIP: Glue skips it and considers the "
                    + "next. A connection whose status is unknown counts as usable.",
            LaunchEffect.STOP.name(), SourceTag.INF, Type.CHOICE, names(LaunchEffect.values())),
    MISSING_CONNECTION_EFFECT("missingConnectionEffect", "A connection the job names that does not exist",
            "No source says what Glue does when a job names a deleted connection; the spec takes it as a FAILED "
                    + "one. STOP: the job does not start, whatever the other connections. SKIP: Glue skips it and "
                    + "considers the next.",
            LaunchEffect.STOP.name(), SourceTag.INF, Type.CHOICE, names(LaunchEffect.values())),
    ROLE_DENIAL_EFFECT("roleDenialEffect", "The job's role may not describe the network",
            "Glue runs its checks as the job's role and says 'not authorized to perform: ec2:DescribeSubnets ... "
                    + "VPC Id not found' [FIELD F1]; whether that skips the connection or ends the launch, no source "
                    + "says. SKIP: the connection fails its selection check (every connection does, since the role is "
                    + "the job's). STOP: the job does not start. A snapshot without the role's permissions (samples, "
                    + "earlier builds) is not checked: the check passes and says so.",
            LaunchEffect.SKIP.name(), SourceTag.INF, Type.CHOICE, names(LaunchEffect.values())),
    SHOW_RACE_NOTE("showRaceNote", "Mention the field test's race",
            "The field test rarely saw Glue try a failing connection first; add a note when it matters.", "true",
            SourceTag.FIELD);

    /** How a setting's value is written: true/false, one of a few names, or free text. */
    public enum Type {
        BOOLEAN, CHOICE, NUMBER, TEXT
    }

    private final String key;
    private final String title;
    private final String help;
    private final String defaultValue;
    private final SourceTag tag;
    private final Type type;
    private final List<String> allowedValues;
    private final int min;
    private final int max;

    /** A yes/no inference [INF]. */
    Setting(String key, String title, String help, String defaultValue) {
        this(key, title, help, defaultValue, SourceTag.INF);
    }

    Setting(String key, String title, String help, String defaultValue, SourceTag tag) {
        this(key, title, help, defaultValue, tag, Type.BOOLEAN, List.of("true", "false"));
    }

    /** A whole number from {@code min} to {@code max} [INF]. */
    Setting(String key, String title, String help, int defaultValue, int min, int max) {
        this(key, title, help, Integer.toString(defaultValue), SourceTag.INF, Type.NUMBER, List.of(), min, max);
    }

    Setting(String key, String title, String help, String defaultValue, SourceTag tag, Type type,
            List<String> allowedValues) {
        this(key, title, help, defaultValue, tag, type, allowedValues, 0, 0);
    }

    Setting(String key, String title, String help, String defaultValue, SourceTag tag, Type type,
            List<String> allowedValues, int min, int max) {
        this.min = min;
        this.max = max;
        this.key = key;
        this.title = title;
        this.help = help;
        this.defaultValue = defaultValue;
        this.tag = tag;
        this.type = type;
        this.allowedValues = List.copyOf(allowedValues);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The name in {@code --set KEY=VALUE}, JSON and {@link RuleSettings#asMap()}. */
    public String key() {
        return key;
    }

    /** The title in the current language (the {@code settings} bundle's {@code <key>.title}). */
    public String title() {
        return text(key + ".title", title);
    }

    /** The help in the current language (the {@code settings} bundle's {@code <key>.help}). */
    public String help() {
        return text(key + ".help", help);
    }

    private static String text(String bundleKey, String english) {
        dev.gluefailover.i18n.Messages m = dev.gluefailover.i18n.Messages.of("settings");
        return m.has(bundleKey) ? m.get(bundleKey) : english;
    }

    /** The spec's default, as {@link RuleSettings#asMap()} writes it. */
    public String defaultValue() {
        return defaultValue;
    }

    public SourceTag tag() {
        return tag;
    }

    public Type type() {
        return type;
    }

    /** The smallest value of a NUMBER setting. */
    public int min() {
        return min;
    }

    /** The largest value of a NUMBER setting. */
    public int max() {
        return max;
    }

    /** The values it takes, as written; empty for free text and numbers. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /** An [INF] inference: the verdict may rest on it, and reports must say so. */
    public boolean isInference() {
        return tag == SourceTag.INF;
    }

    public static Optional<Setting> byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
