package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model alone, without a window: commands, undo/redo, reorders and settings. */
class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel(RecentFiles.inMemory());

    private String chosen() {
        return vm.getEvaluation().chosen().map(ConnectionEvaluation::name).orElse(null);
    }

    @Test
    void seedSampleChoosesTheSecondConnection() {
        vm.openSample("seed-article");
        assertEquals("nayuts-sample-connection", chosen());
        assertEquals(List.of("nayuts-private-only-connection", "nayuts-sample-connection"), vm.connectionOrderProperty());
        assertEquals(Verdict.SKIPPED, vm.getEvaluation().connections().get(0).verdict());
    }

    @Test
    void aDesignOpensWithItsAssumptionsAndTheSeedPairGivesTheSampleVerdict() throws Exception {
        java.nio.file.Path seed = java.nio.file.Path.of("src/test/resources/design/cdk/SeedPairStack.template.json");
        assertFalse(MainViewModel.isTerraformPlan(seed));
        vm.openDesign(seed);
        assertFalse(vm.getSnapshot().assumptions().isEmpty(), "free IPs, states and zone ids are assumed");
        assertEquals(Verdict.SKIPPED, vm.getEvaluation().connections().get(0).verdict());
        assertTrue(vm.getEvaluation().chosen().isPresent());
        assertEquals(vm.getEvaluation().connections().get(1).name(), chosen());

        java.nio.file.Path plan = java.nio.file.Path.of("src/test/resources/design/terraform/single-nat.plan.json");
        assertTrue(MainViewModel.isTerraformPlan(plan));
        vm.openDesign(plan);
        assertTrue(vm.getSnapshot().source().contains("single-nat.plan.json") || !vm.getSnapshot().jobs().isEmpty());
        assertTrue(vm.getEvaluation().chosen().isPresent());

        // a broken design leaves the window as it was
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("broken", ".yaml");
        java.nio.file.Files.writeString(bad, "Resources:\n  X: !Frobnicate y\n");
        var before = vm.getSnapshot();
        assertThrows(dev.gluefailover.design.DesignException.class, () -> vm.openDesign(bad));
        assertSame(before, vm.getSnapshot());
    }

    @Test
    void azOutageMovesTheChoiceAndUndoRedoFollow() {
        vm.openSample("three-az");
        assertEquals("orders-db-1a", chosen());
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        assertEquals("orders-db-1b", chosen());
        assertTrue(vm.canUndoProperty().get());
        vm.toggleFailure(new SimulatedFailure.AzOutage("us-east-1b")); // by name: the same zone as use1-az2
        assertEquals("orders-db-1c", chosen());
        assertTrue(vm.isFailed(new SimulatedFailure.AzOutage("use1-az2")));

        vm.undo();
        assertEquals("orders-db-1b", chosen());
        vm.undo();
        assertEquals("orders-db-1a", chosen());
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("orders-db-1b", chosen());
        assertEquals(1, vm.redoStackProperty().size());
    }

    @Test
    void toggleTwiceRestoresAndRestoreAllClearsEverything() {
        vm.openSample("three-az");
        SimulatedFailure nat = new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a");
        vm.toggleFailure(nat);
        assertEquals("orders-db-1b", chosen());
        vm.toggleFailure(nat);
        assertEquals("orders-db-1a", chosen());
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az2"));
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az4"));
        assertTrue(vm.getEvaluation().chosen().isEmpty(), "three AZs out: the job would not start");
        assertTrue(vm.getEvaluation().headline().startsWith("This job would not start"));
        vm.restoreAll();
        assertTrue(vm.getSimulation().isEmpty());
        assertEquals("orders-db-1a", chosen());
        vm.undo();
        assertEquals(3, vm.getSimulation().failures().size());
    }

    @Test
    void freeIpsOverrideAndRestore() {
        vm.openSample("ip-exhaustion");
        assertEquals("warehouse-tiny-1a", chosen());
        vm.setFreeIps("subnet-0d44tiny00001a", 0);
        assertEquals("warehouse-large-1b", chosen());
        vm.setFreeIps("subnet-0d44tiny00001a", null);
        assertEquals("warehouse-tiny-1a", chosen());
        assertThrows(IllegalArgumentException.class, () -> vm.setFreeIps("subnet-0d44tiny00001a", -1));
    }

    @Test
    void reorderChangesTheChoiceAndIsUndoable() {
        vm.openSample("seed-article");
        Snapshot before = vm.getSnapshot();
        vm.reorder(1, 0);
        assertEquals(List.of("nayuts-sample-connection", "nayuts-private-only-connection"), vm.connectionOrderProperty());
        assertEquals(1, vm.getEvaluation().chosen().orElseThrow().order());
        assertEquals(vm.connectionOrderProperty(), vm.getSnapshot().jobs().get(0).connectionNames(),
                "the snapshot (what Save writes) carries the new order");
        vm.undo();
        assertSame(before, vm.getSnapshot());
        assertEquals(2, vm.getEvaluation().chosen().orElseThrow().order());
    }

    @Test
    void moveByKeyboardStepsOnePlace() {
        vm.openSample("three-az");
        vm.move("orders-db-1c", -1);
        vm.move("orders-db-1c", -1);
        vm.move("orders-db-1c", -1); // already first: nothing happens
        assertEquals(List.of("orders-db-1c", "orders-db-1a", "orders-db-1b"), vm.connectionOrderProperty());
        assertEquals("orders-db-1c", chosen());
        assertEquals(2, vm.undoStackProperty().size());
    }

    @Test
    void openingAnotherSnapshotClearsSimulationAndHistory() {
        vm.openSample("three-az");
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        vm.openSample("seed-article");
        assertTrue(vm.getSimulation().isEmpty());
        assertFalse(vm.canUndoProperty().get());
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get());
    }

    @Test
    void brokenFileLeavesEverythingAsItWas(@TempDir Path dir) throws Exception {
        vm.openSample("three-az");
        vm.toggleFailure(new SimulatedFailure.AzOutage("use1-az1"));
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"region\": { \"name\": 42 }\n}\n");
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> vm.openSnapshot(bad));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        assertEquals("sample: three-az", vm.snapshotLabelProperty().get());
        assertEquals("orders-db-1b", chosen());
        assertTrue(vm.canUndoProperty().get());
        assertTrue(vm.recentFiles().files().isEmpty());
    }

    @Test
    void saveAndOpenRoundTripRemembersRecentFile(@TempDir Path dir) throws Exception {
        vm.openSample("seed-article");
        vm.reorder(1, 0);
        Path file = dir.resolve("reordered.yaml");
        vm.save(file, s -> s);
        vm.openSample("three-az");
        vm.openSnapshot(file);
        assertEquals("nayuts-sample-connection", vm.connectionOrderProperty().get(0));
        assertEquals(file.toAbsolutePath(), vm.recentFiles().files().get(0));
    }

    @Test
    void settingsChangeTheVerdict() {
        vm.openSample("ip-exhaustion");
        assertFalse(vm.getEvaluation().runWouldSucceed());
        vm.setSetting("retryMode", "STICKY");
        assertEquals("STICKY", vm.getSettings().asMap().get("retryMode"));
        assertThrows(IllegalArgumentException.class, () -> vm.setSetting("noSuchSetting", "x"));
        vm.resetSettings();
        assertEquals("RESCAN", vm.getSettings().asMap().get("retryMode"));
    }

    @Test
    void failureForSelectedElements() {
        vm.openSample("three-az");
        assertEquals(new SimulatedFailure.AzOutage("use1-az1"),
                vm.failureFor(new ElementRef(ElementKind.AVAILABILITY_ZONE, "us-east-1a")).orElseThrow());
        assertTrue(vm.failureFor(new ElementRef(ElementKind.CONNECTION, "orders-db-1a")).isEmpty());
        vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, "orders-db-1b"));
        assertEquals("orders-db-1b", vm.selectedConnection().name());
    }

    @Test
    void failingASubnetMeansZeroFreeIpsForCtrlFAndForTheDiagram() {
        String tiny = "subnet-0d44tiny00001a";
        ElementRef subnet = new ElementRef(ElementKind.SUBNET, tiny);
        vm.openSample("ip-exhaustion");
        assertEquals(new SimulatedFailure.SubnetIps(tiny, 0), vm.failureFor(subnet).orElseThrow());
        vm.toggleElement(subnet); // Ctrl+F and the details' button
        assertEquals(Simulation.of(new SimulatedFailure.SubnetIps(tiny, 0)), vm.getSimulation());
        assertTrue(vm.isFailed(subnet));
        assertEquals("warehouse-large-1b", chosen());

        MainViewModel other = new MainViewModel(RecentFiles.inMemory());
        other.openSample("ip-exhaustion");
        other.toggleFailure(new SimulatedFailure.SubnetIps(tiny, 0)); // what the diagram's "Fail" sends
        assertEquals(vm.getSimulation(), other.getSimulation(), "one meaning of 'fail this subnet'");

        vm.toggleElement(subnet);
        assertTrue(vm.getSimulation().isEmpty(), "the second Ctrl+F restores it");
        vm.toggleFailure(new SimulatedFailure.SubnetDeleted(tiny)); // the diagram's "Delete subnet"
        assertTrue(vm.isFailed(subnet));
        vm.toggleElement(subnet);
        assertTrue(vm.getSimulation().isEmpty(), "Ctrl+F restores a deleted subnet too");
    }

    @Test
    void failingAnAzByNameOrByIdIsTheSameFailure() {
        vm.openSample("three-az");
        vm.toggleElement(new ElementRef(ElementKind.AVAILABILITY_ZONE, "us-east-1a"));
        assertEquals(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")), vm.getSimulation());
        assertTrue(vm.isFailed(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1")));
        assertTrue(vm.isFailed(new ElementRef(ElementKind.AVAILABILITY_ZONE, "us-east-1a")));
        assertTrue(vm.isFailed(new SimulatedFailure.AzOutage("us-east-1a")));

        MainViewModel byId = new MainViewModel(RecentFiles.inMemory());
        byId.openSample("three-az");
        byId.toggleElement(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1"));
        assertEquals(vm.getSimulation(), byId.getSimulation());
        byId.toggleFailure(new SimulatedFailure.AzOutage("us-east-1a")); // the other name of the same outage
        assertTrue(byId.getSimulation().isEmpty(), "restoring by name restores the outage made by id");

        vm.setElementFailed(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1"), true); // already on
        assertEquals(1, vm.undoStackProperty().size(), "asking for what is already so changes nothing");
        vm.setElementFailed(new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1"), false);
        assertTrue(vm.getSimulation().isEmpty());
    }

    @Test
    void freeIpsSetOverAnEarlierFigureReplaceIt() {
        String tiny = "subnet-0d44tiny00001a";
        vm.openSample("ip-exhaustion");
        vm.setFreeIps(tiny, 0);
        vm.setFreeIps(tiny, 250);
        assertEquals(List.of(new SimulatedFailure.SubnetIps(tiny, 250)), vm.getSimulation().failures());
        assertEquals(java.util.Optional.of(250), vm.getSimulation().freeIpOverride(tiny));
        vm.setFreeIps(tiny, 250); // the same figure again: no change, no undo step
        assertEquals(2, vm.undoStackProperty().size());
        vm.toggleFailure(new SimulatedFailure.SubnetIps(tiny, 3)); // the diagram's dialog: a new number replaces
        assertEquals(List.of(new SimulatedFailure.SubnetIps(tiny, 3)), vm.getSimulation().failures());
        vm.setFreeIps(tiny, null);
        assertTrue(vm.getSimulation().isEmpty());
    }

    @Test
    void aSnapshotAwsCannotHaveLoadsWithItsWarningsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        dev.gluefailover.model.Snapshot seed = dev.gluefailover.snapshot.Samples.get("seed-article");
        dev.gluefailover.model.Subnet first = seed.subnets().get(0);
        java.util.List<dev.gluefailover.model.Subnet> subnets = new java.util.ArrayList<>(seed.subnets());
        subnets.set(0, new dev.gluefailover.model.Subnet(first.subnetId(), first.vpcId(), first.availabilityZone(),
                first.availabilityZoneId(), "banana", first.state(), first.availableIpAddressCount(),
                first.mapPublicIpOnLaunch(), first.tags()));
        dev.gluefailover.model.Snapshot bad = new dev.gluefailover.model.Snapshot(seed.schemaVersion(),
                seed.capturedAt(), seed.source(), seed.region(), seed.availabilityZones(), seed.vpcs(), subnets,
                seed.routeTables(), seed.natGateways(), seed.internetGateways(), seed.vpcEndpoints(),
                seed.securityGroups(), seed.jobs(), seed.connections(), seed.problems());
        java.nio.file.Path f = dir.resolve("bad.json");
        new dev.gluefailover.snapshot.SnapshotWriter().write(bad, f);
        vm.openSnapshot(f);
        assertEquals("nayuts-sample-connection", chosen(), "loaded and evaluated anyway");
        assertEquals(1, vm.warningsProperty().size());
        assertTrue(vm.warningsProperty().get(0).text().startsWith("subnet " + first.subnetId() + ": CIDR block"));
        String banner = MainWindowController.warningText(vm.warningsProperty());
        assertTrue(banner.startsWith("This snapshot holds one thing AWS cannot have"), banner);
        assertTrue(banner.contains("\"banana\" is not a valid IPv4 CIDR"), banner);
        vm.openSample("three-az");
        assertTrue(vm.warningsProperty().isEmpty(), "another snapshot, its own warnings");
        assertEquals(null, MainWindowController.warningText(vm.warningsProperty()));
    }
}
