package dev.gluefailover.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every inference of the spec page is one of these settings; {@link #defaults()} are the spec's
 * defaults. The rule set label (e.g. {@code glue-5.1}) appears in every report, because AWS
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
        return new RuleSettings(DEFAULT_RULE_SET, false, false, false, false, true, true, SgFailureEffect.RUN_FAILS,
                IpDemandModel.WORKERS, RetryMode.RESCAN, true);
    }

    public RuleSettings withRetryMode(RetryMode mode) {
        return new RuleSettings(ruleSet, blackholeNatRouteCounts, failedNatCounts, s3InterfaceEndpointCounts,
                natInstanceOrTgwCounts, privateNatCounts, azStateCountsAsUnhealthy, sgFailureEffect, ipDemandModel,
                mode, showRaceNote);
    }

    public RuleSettings with(String name, String value) {
        Map<String, String> m = asMap();
        if (!m.containsKey(name)) {
            throw new IllegalArgumentException("unknown setting '" + name + "'; known: " + String.join(", ", m.keySet()));
        }
        m.put(name, value);
        return fromMap(m);
    }

    /** Settings by name, as the CLI (--set name=value), the UI's property sheet and reports use them. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ruleSet", ruleSet);
        m.put("blackholeNatRouteCounts", Boolean.toString(blackholeNatRouteCounts));
        m.put("failedNatCounts", Boolean.toString(failedNatCounts));
        m.put("s3InterfaceEndpointCounts", Boolean.toString(s3InterfaceEndpointCounts));
        m.put("natInstanceOrTgwCounts", Boolean.toString(natInstanceOrTgwCounts));
        m.put("privateNatCounts", Boolean.toString(privateNatCounts));
        m.put("azStateCountsAsUnhealthy", Boolean.toString(azStateCountsAsUnhealthy));
        m.put("sgFailureEffect", sgFailureEffect.name());
        m.put("ipDemandModel", ipDemandModel.name());
        m.put("retryMode", retryMode.name());
        m.put("showRaceNote", Boolean.toString(showRaceNote));
        return m;
    }

    public static RuleSettings fromMap(Map<String, String> m) {
        return new RuleSettings(m.get("ruleSet"), bool(m, "blackholeNatRouteCounts"), bool(m, "failedNatCounts"),
                bool(m, "s3InterfaceEndpointCounts"), bool(m, "natInstanceOrTgwCounts"), bool(m, "privateNatCounts"),
                bool(m, "azStateCountsAsUnhealthy"),
                enumValue(SgFailureEffect.class, m, "sgFailureEffect"),
                enumValue(IpDemandModel.class, m, "ipDemandModel"),
                RetryMode.parse(m.get("retryMode")), bool(m, "showRaceNote"));
    }

    private static boolean bool(Map<String, String> m, String key) {
        String v = m.get(key).trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("off")) {
            return false;
        }
        throw new IllegalArgumentException("setting '" + key + "' must be true or false, not '" + m.get(key) + "'");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> m, String key) {
        String v = m.get(key).trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + m.get(key) + "'");
        }
    }
}
