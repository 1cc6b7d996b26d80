package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulation ▸ Prove on AWS: the files follow the window's simulation and the fields, and save atomically. */
class ProveOnAwsDialogTest {
    private final MainViewModel vm = new MainViewModel(RecentFiles.inMemory());

    @BeforeAll
    static void toolkit() {
        UiWait.startToolkit();
    }

    @Test
    void theTemplateReproducesTheWindowsSimulation() {
        vm.openSample("single-nat");
        ProveOnAwsDialog.Contents none = ProveOnAwsDialog.contents(vm, "PT10M", "", "");
        assertFalse(none.ok(), "nothing simulated: nothing to reproduce");
        assertEquals(Messages.of("fis").get("ui.noFailure"), none.problem());

        vm.toggleFailure(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a"));
        ProveOnAwsDialog.Contents c = ProveOnAwsDialog.contents(vm, "PT20M", "", "none");
        assertTrue(c.ok(), c.problem());
        assertTrue(c.template().contains("\"arn:aws:ec2:us-east-1:111122223333:subnet/subnet-0c33public0001a\""),
                c.template());
        assertTrue(c.template().contains("\"duration\": \"PT20M\""));
        assertTrue(c.template().contains("\"source\": \"none\""));
        assertTrue(c.runbook().contains("orders-nightly-etl"));

        ProveOnAwsDialog.Contents bad = ProveOnAwsDialog.contents(vm, "twenty minutes", "", "");
        assertFalse(bad.ok());
        assertTrue(bad.problem().contains("twenty minutes"), bad.problem());
        assertFalse(ProveOnAwsDialog.contents(vm, "PT10M", "not-an-arn", "").ok());
    }

    @Test
    void saveWritesBothFilesAndNothingElse(@TempDir Path dir) throws Exception {
        vm.openSample("single-nat");
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az2"));
        ProveOnAwsDialog.Contents c = ProveOnAwsDialog.contents(vm, "PT10M", "", "");
        Files.writeString(dir.resolve(ProveOnAwsDialog.TEMPLATE_FILE), "an older template");
        ProveOnAwsDialog.save(dir, c);
        assertEquals(c.template(), Files.readString(dir.resolve(ProveOnAwsDialog.TEMPLATE_FILE)));
        assertEquals(c.runbook(), Files.readString(dir.resolve(ProveOnAwsDialog.RUNBOOK_FILE)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(ProveOnAwsDialog.TEMPLATE_FILE, ProveOnAwsDialog.RUNBOOK_FILE),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
