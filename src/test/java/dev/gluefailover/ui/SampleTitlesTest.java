package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.snapshot.Samples;
import org.junit.jupiter.api.Test;

/** The menus' sample titles: the samples' own in English, a Japanese one for every sample. */
class SampleTitlesTest {
    @Test
    void everySampleHasItsTitleInBothLanguages() {
        try {
            for (Samples.Sample s : Samples.all()) {
                Messages.setLanguage("en");
                assertEquals(s.title(), SnapshotFiles.sampleTitle(s), "the English title of " + s.name());
                Messages.setLanguage("ja");
                String ja = SnapshotFiles.sampleTitle(s);
                assertTrue(EnglishLeftovers.isJapanese(ja), s.name() + " has no Japanese title: " + ja);
            }
        } finally {
            Messages.setLanguage("en");
        }
    }
}
