package dev.gluefailover.rules;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The value of every setting of the catalogue ({@link Setting}); {@link #defaults()} are the
 * spec's defaults. Values are held as the catalogue writes them and read through typed accessors,
 * so a new inference is one catalogue entry (and, for convenience, one accessor here). The rule set
 * label (e.g. {@code glue-5.1}) appears in every report, because AWS scopes the documented
 * behaviour to Glue 5.1 and earlier. Immutable; values are checked when they are set.
 */
public final class RuleSettings {

    public static final String DEFAULT_RULE_SET = "glue-5.1";

    private static final RuleSettings DEFAULTS = new RuleSettings(new EnumMap<>(Setting.class));

    private final EnumMap<Setting, String> values;

    private RuleSettings(EnumMap<Setting, String> given) {
        EnumMap<Setting, String> all = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = given.get(s);
            all.put(s, v == null ? s.defaultValue() : normalise(s, v));
        }
        this.values = all;
    }

    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    // --- typed accessors ------------------------------------------------------------------------

    public String ruleSet() {
        return values.get(Setting.RULE_SET);
    }

    public boolean blackholeNatRouteCounts() {
        return flag(Setting.BLACKHOLE_NAT_ROUTE_COUNTS);
    }

    public boolean failedNatCounts() {
        return flag(Setting.FAILED_NAT_COUNTS);
    }

    public boolean s3InterfaceEndpointCounts() {
        return flag(Setting.S3_INTERFACE_ENDPOINT_COUNTS);
    }

    public boolean natInstanceOrTgwCounts() {
        return flag(Setting.NAT_INSTANCE_OR_TGW_COUNTS);
    }

    public boolean privateNatCounts() {
        return flag(Setting.PRIVATE_NAT_COUNTS);
    }

    public boolean azStateCountsAsUnhealthy() {
        return flag(Setting.AZ_STATE_COUNTS_AS_UNHEALTHY);
    }

    public SgFailureEffect sgFailureEffect() {
        return choice(Setting.SG_FAILURE_EFFECT, SgFailureEffect.class);
    }

    public IpDemandModel ipDemandModel() {
        return choice(Setting.IP_DEMAND_MODEL, IpDemandModel.class);
    }

    public RetryMode retryMode() {
        return RetryMode.parse(values.get(Setting.RETRY_MODE));
    }

    public boolean showRaceNote() {
        return flag(Setting.SHOW_RACE_NOTE);
    }

    /** A yes/no setting. */
    public boolean flag(Setting setting) {
        requireType(setting, Setting.Type.BOOLEAN);
        return Boolean.parseBoolean(values.get(setting));
    }

    /** A setting that is one of an enum's names. */
    public <E extends Enum<E>> E choice(Setting setting, Class<E> type) {
        requireType(setting, Setting.Type.CHOICE);
        return Enum.valueOf(type, values.get(setting));
    }

    /** A whole-number setting. */
    public int number(Setting setting) {
        requireType(setting, Setting.Type.NUMBER);
        return Integer.parseInt(values.get(setting));
    }

    private static void requireType(Setting setting, Setting.Type type) {
        if (setting.type() != type) {
            throw new IllegalArgumentException("setting '" + setting.key() + "' is " + setting.type() + ", not " + type);
        }
    }

    // --- changing and listing -----------------------------------------------------------------

    public RuleSettings withRetryMode(RetryMode mode) {
        return with(Setting.RETRY_MODE, mode.name());
    }

    public RuleSettings with(String name, String value) {
        Setting setting = Setting.byKey(name).orElseThrow(() -> new IllegalArgumentException("unknown setting '"
                + name + "'; known: " + String.join(", ", asMap().keySet())));
        return with(setting, value);
    }

    public RuleSettings with(Setting setting, String value) {
        EnumMap<Setting, String> next = new EnumMap<>(values);
        next.put(setting, value);
        return new RuleSettings(next);
    }

    /** A setting's value as {@link #asMap()} writes it. */
    public String value(Setting setting) {
        return values.get(setting);
    }

    /**
     * Settings by key, in catalogue order, as the CLI (--set name=value), the UI's property sheet
     * and reports use them.
     */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            m.put(s.key(), values.get(s));
        }
        return m;
    }

    /** The settings a map of keys to values gives; a key left out takes its default. */
    public static RuleSettings fromMap(Map<String, String> m) {
        EnumMap<Setting, String> given = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = m.get(s.key());
            if (v != null) {
                given.put(s, v);
            }
        }
        return new RuleSettings(given);
    }

    /** The value in the catalogue's spelling; a value the setting does not take is refused with what it takes. */
    private static String normalise(Setting setting, String raw) {
        String v = raw.trim();
        switch (setting.type()) {
            case BOOLEAN: {
                String b = v.toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("yes") || b.equals("on")) {
                    return "true";
                }
                if (b.equals("false") || b.equals("no") || b.equals("off")) {
                    return "false";
                }
                throw new IllegalArgumentException("setting '" + setting.key() + "' must be true or false "
                        + "(yes/no and on/off also work), not '" + raw + "'");
            }
            case CHOICE: {
                String c = v.toUpperCase(Locale.ROOT).replace('-', '_');
                for (String allowed : setting.allowedValues()) {
                    if (allowed.equalsIgnoreCase(c) || allowed.replace("_", "").equalsIgnoreCase(c.replace("_", ""))) {
                        return allowed;
                    }
                }
                throw new IllegalArgumentException("setting '" + setting.key() + "' must be one of "
                        + setting.allowedValues() + ", not '" + raw + "'");
            }
            case NUMBER: {
                try {
                    int n = Integer.parseInt(v);
                    if (n < setting.min() || n > setting.max()) {
                        throw new NumberFormatException();
                    }
                    return Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("setting '" + setting.key() + "' must be a whole number from "
                            + setting.min() + " to " + setting.max() + ", not '" + raw + "'");
                }
            }
            default:
                return v;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSettings r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSettings" + asMap();
    }
}
