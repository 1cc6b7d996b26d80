package dev.gluefailover.ui;

import dev.gluefailover.edit.Scenarios;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.ui.EditorViewModel.Kind;
import dev.gluefailover.ui.EditorViewModel.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The scenario editor's menus: what the diagram's context menu adds for an element ("Add subnet" on
 * an AZ column, "Add route" on a route table, "Add NAT gateway" and "Add connection here" on a subnet,
 * "Remove …" on anything), and Edit ▸ Scenario (New scenario, Copy this sample, Add VPC / AZ /
 * subnet / security group, Remove the selected element). Every item calls {@link EditorViewModel},
 * which makes the edit and refuses what AWS would refuse.
 */
final class EditMenus {
    private static final Messages T = Messages.of("editor-window");
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");

    private final MainViewModel vm;
    private final EditorViewModel editor;
    private final Runnable showEditor;

    /** {@code showEditor} brings the Edit tab to the front. */
    EditMenus(MainViewModel vm, EditorViewModel editor, Runnable showEditor) {
        this.vm = vm;
        this.editor = editor;
        this.showEditor = showEditor;
    }

    // --- the diagram's context menu ----------------------------------------------------------------

    /** The editing items of an element's context menu; empty for what cannot be edited (the region). */
    List<MenuItem> itemsFor(ElementRef ref) {
        Snapshot s = vm.getSnapshot();
        if (s == null || ref == null) {
            return List.of();
        }
        Optional<Target> target = EditorViewModel.targetOf(s, ref);
        if (target.isEmpty()) {
            return List.of();
        }
        Target t = target.get();
        List<MenuItem> out = new ArrayList<>();
        out.add(item("edit-properties", T.get("menu.editProperties"), () -> {
            editor.targetProperty().set(t);
            showEditor.run();
        }));
        switch (t.kind()) {
            case VPC -> {
                out.add(addSubnetMenu(s, t.id()));
                out.add(item("add-route-table", T.get("menu.addRouteTable"),
                        () -> adding(editor.addRouteTable(t.id()))));
                if (s.internetGateways().stream().noneMatch(g -> g.attachedVpcIds().contains(t.id()))) {
                    out.add(item("add-igw", T.get("menu.addIgw"), () -> adding(editor.addInternetGateway(t.id()))));
                }
                out.add(item("add-s3-endpoint", T.get("menu.addS3Endpoint"),
                        () -> adding(editor.addS3Endpoint(t.id()))));
                out.add(item("add-security-group", T.get("menu.addSecurityGroup"),
                        () -> adding(editor.addSecurityGroup(t.id()))));
            }
            case ZONE -> {
                List<String> vpcs = vpcsWithSubnetsIn(s, t.id());
                if (vpcs.size() == 1) {
                    out.add(item("add-subnet", T.get("menu.addSubnet"),
                            () -> adding(editor.addSubnet(vpcs.get(0), t.id()))));
                } else {
                    Menu m = new Menu(T.get("menu.addSubnet"));
                    m.setId("menu-add-subnet");
                    for (String v : vpcs.isEmpty() ? s.vpcs().stream().map(Vpc::vpcId).toList() : vpcs) {
                        m.getItems().add(item("add-subnet-" + v, T.get("menu.inVpc", v),
                                () -> adding(editor.addSubnet(v, t.id()))));
                    }
                    out.add(m);
                }
            }
            case SUBNET -> {
                out.add(item("add-nat", T.get("menu.addNat"), () -> adding(editor.addNat(t.id()))));
                out.add(item("add-connection", T.get("menu.addConnection"),
                        () -> adding(editor.addConnection(t.id()))));
            }
            case ROUTE_TABLE -> {
                RouteTable table = s.routeTables().stream().filter(x -> x.routeTableId().equals(t.id())).findFirst()
                        .orElseThrow();
                Menu add = new Menu(T.get("menu.addRoute"));
                add.setId("menu-add-route");
                for (EditorViewModel.Choice c : EditorViewModel.routeTargets(s, table.vpcId())) {
                    add.getItems().add(item("add-route-" + c.value(), c.label(),
                            () -> adding(editor.addDefaultRoute(t.id(), c.value()))));
                }
                add.setDisable(add.getItems().isEmpty());
                Menu removeRoute = new Menu(T.get("menu.removeRoute"));
                removeRoute.setId("menu-remove-route");
                for (Route r : table.routes()) {
                    if (!"local".equals(r.gatewayId())) {
                        removeRoute.getItems().add(item("remove-route-" + r.destination(), r.destination() + " \u2192 "
                                + r.target(), () -> editor.removeRoute(t.id(), r.destination())));
                    }
                }
                removeRoute.setDisable(removeRoute.getItems().isEmpty());
                out.add(add);
                out.add(removeRoute);
                if (!table.isMain()) {
                    out.add(item("make-main", T.get("menu.makeMain"), () -> editor.apply(
                            dev.gluefailover.edit.Edits.makeMain(t.id()))));
                }
            }
            default -> {
            }
        }
        out.add(new SeparatorMenuItem());
        out.add(item("remove", T.get("menu.remove"), () -> editor.remove(t)));
        return out;
    }

    /** An add that worked opens the new element in the Edit tab. */
    private void adding(boolean added) {
        if (added) {
            showEditor.run();
        }
    }

    private Menu addSubnetMenu(Snapshot s, String vpcId) {
        Menu m = new Menu(T.get("menu.addSubnet"));
        m.setId("menu-add-subnet");
        for (AvailabilityZone z : s.availabilityZones()) {
            m.getItems().add(item("add-subnet-" + z.name(), T.get("menu.inZone", z.label()),
                    () -> adding(editor.addSubnet(vpcId, z.name()))));
        }
        m.setDisable(m.getItems().isEmpty());
        return m;
    }

    private static List<String> vpcsWithSubnetsIn(Snapshot s, String zoneName) {
        return s.subnets().stream().filter(n -> zoneName.equals(n.availabilityZone())).map(Subnet::vpcId)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId("menu-" + id.replaceAll("[^A-Za-z0-9-]", "_"));
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }

    // --- Edit ▸ Scenario -----------------------------------------------------------------------------

    /** Adds Scenario to the Edit menu (the one holding Undo, found by its accelerator). */
    void addTo(MenuBar bar) {
        if (bar == null || bar.getMenus().isEmpty()) {
            return;
        }
        Menu edit = bar.getMenus().stream()
                .filter(m -> m.getItems().stream().anyMatch(i -> UNDO.equals(i.getAccelerator())))
                .findFirst().orElse(bar.getMenus().get(0));
        Menu scenario = new Menu();
        scenario.setId("scenarioMenu");
        MenuItem newScenario = item("new-scenario", "", this::newScenario);
        newScenario.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        MenuItem copy = item("copy-scenario", "", this::copyScenario);
        MenuItem addVpc = item("add-vpc", "", () -> adding(editor.addVpc()));
        MenuItem addZone = item("add-zone", "", () -> adding(editor.addZone()));
        MenuItem addSubnet = item("add-subnet-here", "", this::addSubnetHere);
        MenuItem addGroup = item("add-group-here", "",
                () -> vpcHere().ifPresent(v -> adding(editor.addSecurityGroup(v))));
        MenuItem editSelected = item("edit-selected", "", showEditor);
        MenuItem removeSelected = item("remove-selected", "", () -> {
            Target t = editor.targetProperty().get();
            if (t != null) {
                editor.remove(t);
            }
        });
        scenario.getItems().addAll(newScenario, copy, new SeparatorMenuItem(), addVpc, addZone, addSubnet, addGroup,
                new SeparatorMenuItem(), editSelected, removeSelected);
        for (MenuItem i : List.of(copy, addVpc, addZone, addSubnet, addGroup, editSelected, removeSelected)) {
            i.disableProperty().bind(vm.snapshotProperty().isNull());
        }
        Runnable label = () -> {
            scenario.setText(T.get("menu.scenario"));
            newScenario.setText(T.get("menu.newScenario"));
            copy.setText(T.get("menu.copyScenario"));
            addVpc.setText(T.get("menu.addVpc"));
            addZone.setText(T.get("menu.addZone"));
            addSubnet.setText(T.get("menu.addSubnetHere"));
            addGroup.setText(T.get("menu.addSecurityGroup"));
            editSelected.setText(T.get("menu.editSelected"));
            removeSelected.setText(T.get("menu.removeSelected"));
        };
        label.run();
        Messages.onChange(l -> javafx.application.Platform.runLater(label));
        edit.getItems().addAll(new SeparatorMenuItem(), scenario);
    }

    /** File ▸ New scenario (Ctrl+N): an empty VPC with two AZs, its main table, a Glue security group, a job. */
    void newScenario() {
        vm.showScenario(Scenarios.empty(T.get("scenario.defaultName")), T.get("scenario.label",
                T.get("scenario.defaultName")));
        vm.getSnapshot().vpcs().stream().findFirst().ifPresent(v -> editor.targetProperty().set(
                new Target(Kind.VPC, v.vpcId())));
        showEditor.run();
    }

    /** The snapshot shown (a sample, a file) as a scenario of its own, to edit without touching the original. */
    void copyScenario() {
        Snapshot s = vm.getSnapshot();
        if (s == null) {
            return;
        }
        String from = Scenarios.name(s).orElse(vm.snapshotLabelProperty().get().replaceFirst("^sample: ", "")
                .replaceAll("\\.(json|ya?ml)$", ""));
        String name = T.get("scenario.copyName", from);
        vm.showScenario(Scenarios.copy(s, name), T.get("scenario.label", name));
        showEditor.run();
    }

    /** Add subnet: in the selected AZ (or the first AZ) of the selected element's VPC (or the first VPC). */
    private void addSubnetHere() {
        Snapshot s = vm.getSnapshot();
        Optional<String> vpc = vpcHere();
        if (s == null || vpc.isEmpty() || s.availabilityZones().isEmpty()) {
            return;
        }
        Target t = editor.targetProperty().get();
        String zone = t != null && t.kind() == Kind.ZONE ? t.id()
                : t != null && t.kind() == Kind.SUBNET ? s.subnet(t.id()).map(Subnet::availabilityZone)
                        .orElse(s.availabilityZones().get(0).name())
                : s.availabilityZones().get(0).name();
        adding(editor.addSubnet(vpc.get(), zone));
    }

    /** The VPC of the element being edited, or the scenario's first VPC. */
    private Optional<String> vpcHere() {
        Snapshot s = vm.getSnapshot();
        if (s == null) {
            return Optional.empty();
        }
        Target t = editor.targetProperty().get();
        Optional<String> own = t == null ? Optional.empty() : switch (t.kind()) {
            case VPC -> Optional.of(t.id());
            case SUBNET -> s.subnet(t.id()).map(Subnet::vpcId);
            case ROUTE_TABLE -> s.routeTables().stream().filter(x -> x.routeTableId().equals(t.id()))
                    .map(RouteTable::vpcId).findFirst();
            case NAT_GATEWAY -> s.natGateways().stream().filter(x -> x.natGatewayId().equals(t.id()))
                    .map(x -> x.vpcId()).findFirst();
            case CONNECTION -> s.connection(t.id()).flatMap(c -> s.subnet(c.subnetId())).map(Subnet::vpcId);
            default -> Optional.empty();
        };
        return own.or(() -> s.vpcs().stream().map(Vpc::vpcId).findFirst());
    }
}
