package dev.gluefailover.ui;

import java.util.Locale;

/** {@link CompactTabsTest} in Japanese, whose labels take other widths (シミュレーション is the longest). */
class CompactTabsJapaneseTest extends CompactTabsTest {
    @Override
    protected Locale language() {
        return Locale.JAPANESE;
    }
}
