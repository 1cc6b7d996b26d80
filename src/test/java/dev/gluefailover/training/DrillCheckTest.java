package dev.gluefailover.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DrillCheckTest {

    static Stream<String> samplesWithDrills() {
        return Stream.of("seed-article", "three-az", "single-nat", "ip-exhaustion");
    }

    @ParameterizedTest
    @MethodSource("samplesWithDrills")
    void everyShippedDrillGivesTheOutcomeItExpects(String sample) {
        Snapshot s = Samples.get(sample);
        assertFalse(s.drills().isEmpty(), sample + " ships a drill");
        for (Drill d : s.drills()) {
            assertTrue(d.steps().size() >= 3 && d.steps().size() <= 5, d.name() + " has 3-5 steps");
            DrillCheck check = DrillCheck.of(s, d);
            List<String> wrong = check.mismatches().stream().map(DrillCheck::mismatchText).toList();
            assertEquals(List.of(), wrong, sample + " / " + d.name());
            for (DrillStep step : d.steps()) {
                assertNotNull(step.captionJa(), "a Japanese caption");
                assertTrue(step.captionJa().codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30ff),
                        "the Japanese caption is Japanese: " + step.captionJa());
                assertFalse(step.captionEn().isBlank());
            }
        }
    }

    @Test
    void aDrillBrokenByAnEditIsFlaggedWithTheStepAndBothOutcomes() {
        Snapshot s = Samples.get("three-az");
        // The edit: connection 1b's subnet loses its NAT route table, so step 2 no longer fails over to 1b.
        Snapshot edited = s.withNatGateways(s.natGateways().stream()
                .filter(n -> !n.natGatewayId().equals("nat-0c33natgw00001b")).toList());
        DrillCheck check = DrillCheck.of(edited, edited.drills().get(0));
        assertFalse(check.passes());
        DrillStepCheck second = check.steps().get(1);
        assertFalse(second.matches());
        assertEquals("orders-db-1b", second.step().expectedChosen());
        String text = DrillCheck.mismatchText(second);
        assertTrue(text.contains("2") && text.contains("orders-db-1b"), text);
        assertTrue(check.steps().get(0).matches(), "step 1 does not depend on the edit");
    }

    @Test
    void aStepWhoseFailureNamesNothingIsAMismatchWithTheReason() {
        Snapshot s = Samples.get("three-az");
        Drill d = new Drill("typo", "t", null, List.of(
                new DrillStep(List.of("nat=nat-doesnotexist"), "x", null, "orders-db-1a", true),
                new DrillStep(List.of("bogus"), "y", null, "orders-db-1a", true)));
        DrillCheck check = DrillCheck.of(s, d);
        assertEquals(2, check.mismatches().size());
        assertTrue(check.steps().get(0).problem().contains("nat-doesnotexist"), check.steps().get(0).problem());
        assertTrue(check.steps().get(1).problem().contains("bogus"), check.steps().get(1).problem());
    }

    @Test
    void azNamesAreResolvedToZoneIdsLikeTheCommandLine() {
        Snapshot s = Samples.get("three-az");
        DrillStepCheck second = DrillCheck.of(s, s.drills().get(0)).steps().get(1);
        assertTrue(second.simulation().isZoneFailed("use1-az1"), second.simulation().toString());
    }

    @Test
    void aPositionStepsWithinTheDrill() {
        Drill d = Samples.get("single-nat").drills().get(0);
        DrillPosition p = DrillPosition.start(d);
        assertTrue(p.isFirst());
        assertEquals(p, p.previous());
        DrillPosition last = p.next().next().next();
        assertTrue(last.isLast());
        assertEquals(last, last.next());
        assertEquals(4, last.number());
        assertEquals(d.steps().get(2), last.previous().step());
    }

    @Test
    void captionsFollowTheLanguageAndFallBackToEnglish() {
        DrillStep step = new DrillStep(List.of(), "english", null, null, null);
        assertEquals("english", DrillTexts.caption(step, Locale.JAPANESE));
        DrillStep both = new DrillStep(List.of(), "english", "日本語", null, null);
        assertEquals("日本語", DrillTexts.caption(both, Locale.JAPANESE));
        assertEquals("english", DrillTexts.caption(both, Locale.ENGLISH));
    }
}
