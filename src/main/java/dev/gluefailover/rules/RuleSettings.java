package dev.gluefailover.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every inference of the spec page is one of these settings; {@link #defaults()} are the spec's
 * defaults. What each one means (title, help, default, allowed values) is in {@link Setting}. The rule set label (e.g. {@code glue-5.1}) appears in every report, because AWS
 * scopes the documented behaviour to Glue 5.1 and earlier.
 *
 * @param blackholeNatRouteCounts   a NAT route in state {@code blackhole} counts for NO_S3_ENDPOINT_OR_NAT (default no)
 * @param failedNatCounts           a NAT gateway that is failed/deleted (or simulated failed) counts (default no)
 * @param s3InterfaceEndpointCounts an S3 interface endpoint in the subnet counts (default no)
 * @param natInstanceOrTgwCounts    a default route to a NAT instance or a transit gateway counts (default no)
 * @param privateNatCounts          a private NAT gateway counts, with a warning (default yes)
 * @param azStateCountsAsUnhealthy  a zone whose DescribeAvailabilityZones state is not {@code available} is unhealthy (default yes)
 * @param sgFailureEffect           what a failing security group check does (default: the run fails)
 * @param ipDemandModel             which figure IPS_BELOW_WORKERS compares with (default: workers)
 * @param retryMode                 how retries pick their connection (default: re-scan)
 * @param showRaceNote              mention that the field test rarely saw a failing connection tried first (default yes)
 */
public record RuleSettings(String ruleSet, boolean blackholeNatRouteCounts, boolean failedNatCounts,
        boolean s3InterfaceEndpointCounts, boolean natInstanceOrTgwCounts, boolean privateNatCounts,
        boolean azStateCountsAsUnhealthy, SgFailureEffect sgFailureEffect, IpDemandModel ipDemandModel,
        RetryMode retryMode, boolean showRaceNote) {

    public static final String DEFAULT_RULE_SET = "glue-5.1";

    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    private static final RuleSettings DEFAULTS = new RuleSettings(DEFAULT_RULE_SET, false, false, false, false, true,
            true, SgFailureEffect.RUN_FAILS, IpDemandModel.WORKERS, RetryMode.RESCAN, true);

    public RuleSettings withRetryMode(RetryMode mode) {
        return new RuleSettings(ruleSet, blackholeNatRouteCounts, failedNatCounts, s3InterfaceEndpointCounts,
                natInstanceOrTgwCounts, privateNatCounts, azStateCountsAsUnhealthy, sgFailureEffect, ipDemandModel,
                mode, showRaceNote);
    }

    public RuleSettings with(String name, String value) {
        Setting setting = Setting.byKey(name).orElseThrow(() -> new IllegalArgumentException("unknown setting '"
                + name + "'; known: " + String.join(", ", asMap().keySet())));
        return with(setting, value);
    }

    public RuleSettings with(Setting setting, String value) {
        Map<String, String> m = asMap();
        m.put(setting.key(), value);
        return fromMap(m);
    }

    /** A setting's value as {@link #asMap()} writes it. */
    public String value(Setting setting) {
        return switch (setting) {
            case RULE_SET -> ruleSet;
            case BLACKHOLE_NAT_ROUTE_COUNTS -> Boolean.toString(blackholeNatRouteCounts);
            case FAILED_NAT_COUNTS -> Boolean.toString(failedNatCounts);
            case S3_INTERFACE_ENDPOINT_COUNTS -> Boolean.toString(s3InterfaceEndpointCounts);
            case NAT_INSTANCE_OR_TGW_COUNTS -> Boolean.toString(natInstanceOrTgwCounts);
            case PRIVATE_NAT_COUNTS -> Boolean.toString(privateNatCounts);
            case AZ_STATE_COUNTS_AS_UNHEALTHY -> Boolean.toString(azStateCountsAsUnhealthy);
            case SG_FAILURE_EFFECT -> sgFailureEffect.name();
            case IP_DEMAND_MODEL -> ipDemandModel.name();
            case RETRY_MODE -> retryMode.name();
            case SHOW_RACE_NOTE -> Boolean.toString(showRaceNote);
        };
    }

    /**
     * Settings by key, in catalogue order, as the CLI (--set name=value), the UI's property sheet
     * and reports use them.
     */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            m.put(s.key(), value(s));
        }
        return m;
    }

    /** The settings a map of keys to values gives; a key left out takes its default. */
    public static RuleSettings fromMap(Map<String, String> m) {
        return new RuleSettings(text(m, Setting.RULE_SET), bool(m, Setting.BLACKHOLE_NAT_ROUTE_COUNTS),
                bool(m, Setting.FAILED_NAT_COUNTS), bool(m, Setting.S3_INTERFACE_ENDPOINT_COUNTS),
                bool(m, Setting.NAT_INSTANCE_OR_TGW_COUNTS), bool(m, Setting.PRIVATE_NAT_COUNTS),
                bool(m, Setting.AZ_STATE_COUNTS_AS_UNHEALTHY),
                enumValue(SgFailureEffect.class, m, Setting.SG_FAILURE_EFFECT),
                enumValue(IpDemandModel.class, m, Setting.IP_DEMAND_MODEL),
                RetryMode.parse(text(m, Setting.RETRY_MODE)), bool(m, Setting.SHOW_RACE_NOTE));
    }

    private static String text(Map<String, String> m, Setting setting) {
        String v = m.get(setting.key());
        return v == null ? setting.defaultValue() : v;
    }

    private static boolean bool(Map<String, String> m, Setting setting) {
        String key = setting.key();
        String raw = text(m, setting);
        String v = raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("off")) {
            return false;
        }
        throw new IllegalArgumentException("setting '" + key + "' must be true or false, not '" + raw + "'");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> m, Setting setting) {
        String key = setting.key();
        String raw = text(m, setting);
        String v = raw.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + raw + "'");
        }
    }
}
