package dev.gluefailover.training;

import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import java.util.Locale;

/** A drill's own texts (written in the snapshot, not in the bundles) in the language asked for. */
public final class DrillTexts {
    private DrillTexts() {
    }

    public static String caption(DrillStep step, Locale locale) {
        return pick(step.captionEn(), step.captionJa(), locale);
    }

    public static String title(Drill drill, Locale locale) {
        String t = pick(drill.titleEn(), drill.titleJa(), locale);
        return t == null || t.isBlank() ? drill.name() : t;
    }

    private static String pick(String en, String ja, Locale locale) {
        boolean japanese = locale != null && "ja".equals(locale.getLanguage());
        if (japanese && ja != null && !ja.isBlank()) {
            return ja;
        }
        return en == null ? "" : en;
    }
}
