package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The view-models outlive a language switch (View ▸ Language rebuilds the views, not the models):
 * what they say is worded when it is shown, so the undo steps, the snapshot's label and the What if
 * matrix read in the new language, and the user's picks stay.
 */
class ViewModelLanguageTest {

    @AfterEach
    void backToEnglish() throws Exception {
        UiWait.onFx(() -> {
            Messages.setLanguage("en");
            return null;
        });
    }

    @Test
    void undoStepsTheLabelAndTheWhatIfMatrixFollowTheLanguage() throws Exception {
        UiWait.startToolkit();
        UiWait.onFx(() -> {
            MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
            vm.openSample("three-az");
            WhatIfViewModel whatIf = new WhatIfViewModel(vm, Runnable::run, Runnable::run);
            whatIf.activeProperty().set(true);
            vm.reorder(0, 1);
            SimulatedFailure az = new SimulatedFailure.AzOutage("use1-az1");
            vm.toggleFailure(az);
            whatIf.pickRetryFailure("use1-az2");
            List<MainViewModel.Step> undo = vm.undoStackProperty();
            assertEquals("sample: three-az", vm.snapshotLabelProperty().get());
            assertEquals(Optional.of("three-az"), vm.shownSample());
            assertEquals("Move orders-db-1a to #2", undo.get(0).description());
            assertEquals(az.describe(), undo.get(1).description());
            String englishBaseline = whatIf.getMatrix().baseline().label();

            Messages.setLanguage("ja");

            assertEquals("サンプル: three-az", vm.snapshotLabelProperty().get());
            assertEquals(Optional.of("three-az"), vm.shownSample(), "the sample's name does not depend on the label");
            assertEquals("orders-db-1a を #2 に移動", undo.get(0).description());
            assertEquals(az.describe(), undo.get(1).description());
            assertTrue(EnglishLeftovers.isJapanese(undo.get(1).description()), undo.get(1).description());
            String baseline = whatIf.getMatrix().baseline().label();
            assertTrue(EnglishLeftovers.isJapanese(baseline) && !baseline.equals(englishBaseline), baseline);
            assertTrue(whatIf.getMatrix().summary().stream().allMatch(l -> EnglishLeftovers.isJapanese(l.text())),
                    "the summary is worded again");
            assertEquals("use1-az2", whatIf.retryFailureProperty().get().failure().target(),
                    "the retry pick stays across the switch");
            vm.undo();
            assertEquals(List.of("orders-db-1a を #2 に移動"), vm.undoStackProperty().stream()
                    .map(MainViewModel.Step::description).toList());
            assertEquals(az.describe(), vm.redoStackProperty().get(0).description(), "redo steps too");
            return null;
        });
    }
}
