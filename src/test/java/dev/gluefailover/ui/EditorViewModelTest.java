package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.SnapshotReader;
import dev.gluefailover.ui.EditorViewModel.Field;
import dev.gluefailover.ui.EditorViewModel.Kind;
import dev.gluefailover.ui.EditorViewModel.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario editor's view-model over the main view-model, without a window. */
class EditorViewModelTest {
    static final String TABLE_1A = "rtb-0c33private0001a";
    static final String DEFAULT_ROUTE = "route:0.0.0.0/0";

    private final MainViewModel vm = new MainViewModel(RecentFiles.inMemory());
    private final EditorViewModel editor = new EditorViewModel(vm);

    @BeforeAll
    static void english() {
        Messages.setLanguage("en");
    }

    private String chosen() {
        return vm.getEvaluation().chosen().map(ConnectionEvaluation::name).orElse(null);
    }

    private Field field(String key) {
        return editor.field(key).orElseThrow(() -> new AssertionError("no field " + key + " in "
                + editor.fieldsProperty().stream().map(Field::key).toList()));
    }

    private Route defaultRoute(Snapshot s, String table) {
        return s.routeTables().stream().filter(t -> t.routeTableId().equals(table)).findFirst().orElseThrow()
                .routes().stream().filter(Route::isDefaultRoute).findFirst().orElseThrow();
    }

    @Test
    void selectingARouteTableShowsItsRoutesAndRetargetingTheDefaultRouteMovesTheChoice() {
        vm.openSample("three-az");
        assertEquals("orders-db-1a", chosen());
        vm.selectedElementProperty().set(new ElementRef(ElementKind.ROUTE_TABLE, TABLE_1A));
        assertEquals(new Target(Kind.ROUTE_TABLE, TABLE_1A), editor.targetProperty().get());
        Field route = field(DEFAULT_ROUTE);
        String nat = defaultRoute(vm.getSnapshot(), TABLE_1A).natGatewayId();
        assertEquals(nat, route.value());
        String igw = route.choices().stream().map(EditorViewModel.Choice::value).filter(v -> v.startsWith("igw-"))
                .findFirst().orElseThrow();

        assertTrue(editor.change(route, igw));
        assertEquals(igw, defaultRoute(vm.getSnapshot(), TABLE_1A).gatewayId());
        assertNotEquals("orders-db-1a", chosen(), "a default route to the internet gateway takes 1a's NAT away");
        assertEquals(1, vm.undoStackProperty().size(), "one undo step");
        assertEquals(igw, field(DEFAULT_ROUTE).value(), "the sheet shows the new target");

        vm.undo();
        assertEquals("orders-db-1a", chosen());
        assertEquals(nat, field(DEFAULT_ROUTE).value(), "undo brings the old target back to the sheet");
    }

    @Test
    void aSubnetCidrOutsideItsVpcIsRefusedWithItsReasonAndTheSnapshotStays() {
        vm.openSample("three-az");
        Subnet subnet = vm.getSnapshot().subnets().get(0);
        vm.selectedElementProperty().set(new ElementRef(ElementKind.SUBNET, subnet.subnetId()));
        Snapshot before = vm.getSnapshot();

        assertFalse(editor.change(field("cidr"), "192.168.7.0/24"));
        assertSame(before, vm.getSnapshot(), "refused: the snapshot is the same");
        assertTrue(vm.undoStackProperty().isEmpty());
        assertTrue(editor.refusalProperty().get().contains("outside"), editor.refusalProperty().get());
        assertTrue(editor.refusalProperty().get().contains(subnet.subnetId()), editor.refusalProperty().get());
        assertEquals(subnet.cidrBlock(), field("cidr").value(), "the field keeps the old value");

        assertFalse(editor.change(field("cidr"), "banana"));
        assertTrue(editor.refusalProperty().get().contains("not a valid IPv4 CIDR"), editor.refusalProperty().get());
    }

    @Test
    void aConnectionAzThatDoesNotMatchItsSubnetIsAllowedAndTheCheckFlagsIt() {
        vm.openSample("three-az");
        String name = vm.connectionOrderProperty().get(0);
        vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, name));
        Field zone = field("connectionZone");
        String other = zone.choices().stream().map(EditorViewModel.Choice::value)
                .filter(z -> !z.equals(zone.value())).findFirst().orElseThrow();

        assertTrue(editor.change(zone, other), editor.refusalProperty().get());
        assertEquals("", editor.refusalProperty().get());
        assertEquals(other, vm.getSnapshot().connection(name).orElseThrow().availabilityZone());
        CheckStatus az = vm.getEvaluation().connection(name).orElseThrow().result("AZ_MISMATCH").orElseThrow().status();
        assertNotEquals(CheckStatus.PASS, az, "the AZ check flags the mismatch");
        assertNotEquals(name, chosen(), "Glue no longer picks the mismatched connection");
    }

    @Test
    void anEditThatBreaksADrillIsNamedWithItsStep() {
        vm.openSample("three-az");
        assertFalse(vm.getSnapshot().drills().isEmpty(), "three-az ships a drill");
        assertEquals("", editor.drillWarningProperty().get(), "the shipped drill passes");
        vm.selectedElementProperty().set(new ElementRef(ElementKind.ROUTE_TABLE, TABLE_1A));
        Field route = field(DEFAULT_ROUTE);
        String igw = route.choices().stream().map(EditorViewModel.Choice::value).filter(v -> v.startsWith("igw-"))
                .findFirst().orElseThrow();
        editor.change(route, igw);

        String warning = editor.drillWarningProperty().get();
        assertTrue(warning.startsWith("This edit breaks drill \u201cFailover across three AZs\u201d"), warning);
        assertTrue(warning.contains("step 1: the drill expects orders-db-1a"), warning);
        vm.undo();
        assertEquals("", editor.drillWarningProperty().get(), "undo mends the drill");
    }

    @Test
    void addsGoThroughTheEditorAndBecomeTheElementToEdit() {
        vm.openSample("single-nat");
        int subnets = vm.getSnapshot().subnets().size();
        String vpc = vm.getSnapshot().subnets().get(0).vpcId();
        String zone = vm.getSnapshot().availabilityZones().get(1).name();
        assertTrue(editor.addSubnet(vpc, zone), editor.refusalProperty().get());
        assertEquals(subnets + 1, vm.getSnapshot().subnets().size());
        Target t = editor.targetProperty().get();
        assertEquals(Kind.SUBNET, t.kind());
        Subnet added = vm.getSnapshot().subnet(t.id()).orElseThrow();
        assertEquals(zone, added.availabilityZone());
        assertEquals(added.cidrBlock(), field("cidr").value());

        assertTrue(editor.addNat(added.subnetId()));
        assertEquals(Kind.NAT_GATEWAY, editor.targetProperty().get().kind());
        assertTrue(editor.addConnection(added.subnetId()));
        String connection = editor.targetProperty().get().id();
        assertTrue(vm.connectionOrderProperty().contains(connection), "the new connection joins the job's order");

        assertFalse(editor.remove(new Target(Kind.SUBNET, added.subnetId())), "a subnet holding a NAT gateway stays");
        assertTrue(editor.refusalProperty().get().contains("remove them first"), editor.refusalProperty().get());
        assertEquals(3, vm.undoStackProperty().size());
    }

    @Test
    void copyThisSampleMakesAnEditableScenarioAndLeavesTheSampleAlone() {
        vm.openSample("three-az");
        int[] shown = {0};
        EditMenus menus = new EditMenus(vm, editor, () -> shown[0]++);
        menus.copyScenario();
        assertEquals("scenario:three-az-copy", vm.getSnapshot().source());
        assertEquals(dev.gluefailover.snapshot.Samples.get("three-az").subnets(), vm.getSnapshot().subnets());
        assertEquals(1, shown[0], "the Edit tab comes to the front");
        Subnet subnet = vm.getSnapshot().subnets().get(0);
        vm.selectedElementProperty().set(new ElementRef(ElementKind.SUBNET, subnet.subnetId()));
        assertTrue(editor.change(field("freeIps"), 7));
        assertEquals(subnet.availableIpAddressCount(), dev.gluefailover.snapshot.Samples.get("three-az")
                .subnet(subnet.subnetId()).orElseThrow().availableIpAddressCount(), "the sample is unchanged");

        menus.newScenario();
        assertEquals(1, vm.getSnapshot().vpcs().size());
        assertEquals(2, vm.getSnapshot().availabilityZones().size());
        assertEquals(new Target(Kind.VPC, vm.getSnapshot().vpcs().get(0).vpcId()), editor.targetProperty().get());
        assertTrue(vm.undoStackProperty().isEmpty(), "a new scenario starts a new history");
    }

    @Test
    void anEditedScenarioIsSavedAndReadsBack(@TempDir Path dir) throws Exception {
        vm.openSample("single-nat");
        Subnet subnet = vm.getSnapshot().subnets().get(0);
        vm.selectedElementProperty().set(new ElementRef(ElementKind.SUBNET, subnet.subnetId()));
        assertTrue(editor.change(field("freeIps"), 3));
        Path file = dir.resolve("edited.json");
        vm.save(file, s -> s);
        Snapshot read = new SnapshotReader().read(file);
        assertEquals(3, read.subnet(subnet.subnetId()).orElseThrow().availableIpAddressCount());
    }

    @Test
    void aSecurityGroupsRulesAreEditedAsALineAndDroppingTheSelfRuleIsFlagged() {
        vm.openSample("three-az");
        String name = vm.connectionOrderProperty().get(0);
        String group = vm.getSnapshot().connection(name).orElseThrow().securityGroupIds().get(0);
        editor.targetProperty().set(new Target(Kind.SECURITY_GROUP, group));
        Field ingress = field("ingress");
        assertTrue(String.valueOf(ingress.value()).contains("all " + group), String.valueOf(ingress.value()));

        assertFalse(editor.change(ingress, "tcp 5432"), "a rule without a peer cannot be read");
        assertTrue(editor.refusalProperty().get().contains("tcp 5432"), editor.refusalProperty().get());
        assertTrue(vm.undoStackProperty().isEmpty());
        assertFalse(editor.change(field("ingress"), "tcp 70000 10.0.0.0/16"), "AWS has no port 70000");
        assertTrue(vm.undoStackProperty().isEmpty());

        assertTrue(editor.change(field("ingress"), "tcp 5432 10.30.0.0/16"), editor.refusalProperty().get());
        var rules = vm.getSnapshot().securityGroups().stream().filter(g -> g.groupId().equals(group))
                .findFirst().orElseThrow().ingress();
        assertEquals(1, rules.size());
        assertEquals("tcp", rules.get(0).ipProtocol());
        assertEquals(5432, rules.get(0).fromPort());
        assertEquals(java.util.List.of("10.30.0.0/16"), rules.get(0).cidrs());
        assertEquals("tcp 5432 10.30.0.0/16", field("ingress").value(), "the sheet shows the rules that hold");
        CheckStatus self = vm.getEvaluation().connection(name).orElseThrow().result("SG_NO_SELF_INGRESS")
                .orElseThrow().status();
        assertNotEquals(CheckStatus.PASS, self, "without the self-referencing rule the check flags the group");

        vm.undo();
        assertTrue(String.valueOf(field("ingress").value()).contains("all " + group));
    }

    @Test
    void aRouteIsAddedByTypingItAndOneToAMissingNatGatewayIsRefused() {
        vm.openSample("three-az");
        vm.selectedElementProperty().set(new ElementRef(ElementKind.ROUTE_TABLE, TABLE_1A));
        Snapshot before = vm.getSnapshot();

        assertFalse(editor.change(field("newRoute"), "10.99.0.0/16"), "a route needs a target");
        assertTrue(editor.refusalProperty().get().contains("10.99.0.0/16"), editor.refusalProperty().get());
        assertFalse(editor.change(field("newRoute"), "10.99.0.0/16 nat-0doesnotexist"));
        assertTrue(editor.refusalProperty().get().contains("nat-0doesnotexist"), editor.refusalProperty().get());
        assertSame(before, vm.getSnapshot(), "refused: the snapshot is the same");

        String nat = defaultRoute(before, TABLE_1A).natGatewayId();
        assertTrue(editor.change(field("newRoute"), "10.99.0.0/16 " + nat), editor.refusalProperty().get());
        assertEquals(nat, field("route:10.99.0.0/16").value(), "the new route is in the sheet");
        assertEquals("", field("newRoute").value(), "the entry is empty again");
        vm.undo();
        assertTrue(editor.field("route:10.99.0.0/16").isEmpty());
    }
}
