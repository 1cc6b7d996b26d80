package dev.gluefailover.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings catalogue is the one place a setting's meaning is written down. */
class SettingTest {

    @Test
    void everyRuleSettingsKeyHasAnEntryWithTitleAndHelp() {
        Map<String, String> map = RuleSettings.defaults().asMap();
        assertEquals(Setting.values().length, map.size());
        for (String key : map.keySet()) {
            Setting s = Setting.byKey(key).orElseThrow(() -> new AssertionError("no catalogue entry for " + key));
            assertFalse(s.title().isBlank(), key);
            assertFalse(s.help().isBlank(), key);
        }
        // The map follows the catalogue's order.
        assertEquals(java.util.Arrays.stream(Setting.values()).map(Setting::key).toList(), List.copyOf(map.keySet()));
    }

    @Test
    void defaultsRoundTrip() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            defaults.put(s.key(), s.defaultValue());
            assertEquals(s.defaultValue(), RuleSettings.defaults().value(s), s.key());
        }
        assertEquals(RuleSettings.defaults(), RuleSettings.fromMap(defaults));
        assertEquals(defaults, RuleSettings.defaults().asMap());
        assertEquals(RuleSettings.defaults(), RuleSettings.fromMap(Map.of()));
    }

    @Test
    void everyAllowedValueIsAccepted() {
        for (Setting s : Setting.values()) {
            if (s.type() == Setting.Type.TEXT) {
                assertTrue(s.allowedValues().isEmpty(), s.key());
                continue;
            }
            if (s.type() == Setting.Type.NUMBER) {
                // A number takes its range, not a list of names.
                int d = Integer.parseInt(s.defaultValue());
                assertTrue(s.min() <= d && d <= s.max(), s.key());
                assertEquals(Integer.toString(s.max()), RuleSettings.defaults().with(s, Integer.toString(s.max()))
                        .value(s), s.key());
                assertThrows(IllegalArgumentException.class,
                        () -> RuleSettings.defaults().with(s, Integer.toString(s.min() - 1)));
                assertThrows(IllegalArgumentException.class, () -> RuleSettings.defaults().with(s, "no-such-value"));
                continue;
            }
            assertTrue(s.allowedValues().contains(s.defaultValue()), s.key());
            for (String v : s.allowedValues()) {
                assertEquals(v, RuleSettings.defaults().with(s.key(), v).value(s), s.key() + "=" + v);
            }
            assertThrows(IllegalArgumentException.class, () -> RuleSettings.defaults().with(s, "no-such-value"));
        }
    }

    @Test
    void everyInferenceIsASettingAndTheSpecsDefaultsHold() {
        assertTrue(Setting.BLACKHOLE_NAT_ROUTE_COUNTS.isInference());
        assertFalse(RuleSettings.defaults().failedNatCounts());
        assertTrue(RuleSettings.defaults().privateNatCounts());
        assertEquals(SgFailureEffect.RUN_FAILS, RuleSettings.defaults().sgFailureEffect());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSettings.defaults().with("noSuchSetting", "1"));
        assertTrue(e.getMessage().contains("failedNatCounts"), e.getMessage());
    }
}
