package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.RetryTimeline;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.rules.RetryMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The What if tab's view-model without a window: laziness, recomputing, applying, pairs, retries, export. */
class WhatIfViewModelTest {
    private final MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
    /** Background work the test runs by hand, to see what happens while it is pending. */
    private final List<Runnable> queued = new ArrayList<>();
    private final WhatIfViewModel whatIf = new WhatIfViewModel(vm, queued::add, Runnable::run);

    /**
     * WhatIfPanel's static helpers load a JavaFX control class, which needs the toolkit: start it
     * here so this test does not depend on a UI test having run first in the same JVM.
     */
    @BeforeAll
    static void startToolkit() {
        UiWait.startToolkit();
    }

    private String chosen() {
        return vm.getEvaluation().chosen().map(ConnectionEvaluation::name).orElse(null);
    }

    private static List<String> picks(List<RetryTimeline.Attempt> attempts) {
        return attempts.stream().map(WhatIfPanel::pick).toList();
    }

    @Test
    void computesNothingUntilTheTabIsShowing() {
        vm.openSample("single-nat");
        assertNull(whatIf.getMatrix());
        whatIf.activeProperty().set(true);
        WhatIfMatrix m = whatIf.getMatrix();
        assertNotNull(m);
        WhatIfMatrix.Summary az = m.summary().get(0);
        assertTrue(az.text().startsWith("survives any single AZ outage: no — us-east-1a (use1-az1)"), az.text());
        assertEquals(az.text(), m.summaryText().get(0), "reports print the same sentence the tab shows");
        assertFalse(az.survives());
        assertEquals("us-east-1a (use1-az1)", az.fatal().get(0).label());
        WhatIfMatrix.Summary endpoints = m.summary().get(2);
        assertTrue(endpoints.survives(), endpoints.text()); // no endpoint to fail
        assertEquals(0, endpoints.candidates());
        assertEquals("outcome-run-fails", WhatIfPanel.outcomeClass(m.singles().get(0)));
    }

    @Test
    void followsTheSimulationAsItsBaseButNotWhileHidden() {
        vm.openSample("three-az");
        whatIf.activeProperty().set(true);
        WhatIfMatrix before = whatIf.getMatrix();
        assertEquals("orders-db-1a", before.baseline().chosen());

        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        assertEquals("orders-db-1b", whatIf.getMatrix().baseline().chosen(), "recomputed on a new simulation");

        whatIf.activeProperty().set(false);
        WhatIfMatrix hidden = whatIf.getMatrix();
        vm.undo();
        assertTrue(whatIf.getMatrix() == hidden, "a hidden tab does not recompute");
        whatIf.activeProperty().set(true);
        assertEquals("orders-db-1a", whatIf.getMatrix().baseline().chosen(), "showing it again catches up");

        vm.setSetting("retryMode", RetryMode.STICKY.name());
        assertTrue(whatIf.getMatrix() != hidden);
    }

    @Test
    void applyingARowGoesThroughTheUndoableToggle() {
        vm.openSample("single-nat");
        whatIf.activeProperty().set(true);
        WhatIfMatrix.Outcome az1 = whatIf.getMatrix().singles().get(0);
        assertEquals("us-east-1a (use1-az1)", az1.label());
        whatIf.apply(az1);
        assertEquals("orders-db-1b", chosen());
        assertFalse(vm.getEvaluation().runWouldSucceed());
        assertTrue(whatIf.isOn(az1.failures().get(0)));
        whatIf.apply(az1); // already on: stays on, no second step
        assertEquals(1, vm.undoStackProperty().size());
        vm.undo();
        assertEquals("orders-db-1a", chosen());
    }

    @Test
    void smallPairSetsAreComputedAtOnce() {
        vm.openSample("three-az");
        whatIf.activeProperty().set(true);
        whatIf.includePairsProperty().set(true);
        assertTrue(queued.isEmpty());
        assertEquals(15, whatIf.pairsMatrixProperty().get().pairs().size());
        assertFalse(whatIf.pairsComputingProperty().get());
    }

    @Test
    void largePairSetsGoToTheBackgroundAndStaleResultsAreDropped() {
        WhatIfViewModel slow = new WhatIfViewModel(vm, queued::add, Runnable::run, 0);
        vm.openSample("single-nat");
        slow.activeProperty().set(true);
        slow.includePairsProperty().set(true);
        assertTrue(slow.pairsComputingProperty().get());
        assertNull(slow.pairsMatrixProperty().get());
        assertEquals(1, queued.size());

        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az2")); // inputs change while the first is pending
        assertEquals(2, queued.size());
        queued.get(0).run(); // stale: skipped
        assertNull(slow.pairsMatrixProperty().get());
        assertTrue(slow.pairsComputingProperty().get());
        queued.get(1).run();
        assertFalse(slow.pairsComputingProperty().get());
        WhatIfMatrix m = slow.pairsMatrixProperty().get();
        assertEquals(vm.getSimulation(), m.base());
        assertTrue(m.pairs().stream().anyMatch(o -> !o.survives()));
    }

    @Test
    void retryTimelineOnThreeAzWhenTheZoneComesBack() {
        vm.openSample("three-az");
        whatIf.activeProperty().set(true);
        assertEquals(3, whatIf.attempts());
        whatIf.pickRetryFailure("use1-az1");
        whatIf.retryStartsAtProperty().set(2);
        whatIf.retryEndsAtProperty().set(3);
        RetryTimeline t = whatIf.getTimeline();
        assertEquals(List.of("#1 orders-db-1a", "#2 orders-db-1b", "#1 orders-db-1a"), picks(t.rescan()));
        assertEquals(List.of("#1 orders-db-1a", "#2 orders-db-1b", "#2 orders-db-1b"), picks(t.sticky()));
        assertTrue(t.sticky().get(2).kept());
        assertTrue(t.modesDiffer());

        whatIf.retryEndsAtProperty().set(2); // not after the start: treated as "it lasts"
        assertNull(whatIf.getTimeline().failureEndsAt());
        assertFalse(whatIf.getTimeline().modesDiffer());
    }

    @Test
    void theRetryPickSurvivesARecomputeAndFollowsAnotherNetwork() {
        vm.openSample("three-az");
        whatIf.activeProperty().set(true);
        whatIf.pickRetryFailure("nat-0c33natgw00001b");
        assertEquals("nat-0c33natgw00001b", whatIf.retryFailureProperty().get().label());
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az4"));
        assertEquals("nat-0c33natgw00001b", whatIf.retryFailureProperty().get().label());
        vm.openSample("seed-article");
        assertEquals(whatIf.candidatesProperty().get(0), whatIf.retryFailureProperty().get());
    }

    @Test
    void exportsTheReviewAtomically(@TempDir Path dir) throws Exception {
        vm.openSample("single-nat");
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        Path file = dir.resolve("review.md");
        Files.writeString(file, "an older review");
        vm.exportReview(file);
        String md = Files.readString(file);
        assertTrue(md.startsWith("# Glue connection choice: "), md);
        assertTrue(md.contains("| 2 | orders-db-1b | **CHOSEN** |"), md);
        assertTrue(md.contains("- survives any single AZ outage"), md);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
