package dev.gluefailover.ui;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Simulation tab: a switch per AZ (the outage presets), per NAT gateway and per endpoint of
 * the VPCs the job uses, the other active failures (free IPs, deleted subnets), and Restore all.
 * A switch that is on is a failure in the view-model's simulation, nothing more.
 */
final class SimulationPanel extends ScrollPane {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final WhileShown whileShown = new WhileShown(this, this::rebuild);
    private final VBox content = new VBox(6);
    /** True while switches are set from the model, so that does not count as a user's toggle. */
    private boolean syncing;

    SimulationPanel(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("simulation-panel", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(content);
        vm.selectedJobProperty().addListener((o, a, b) -> rebuild());
        vm.simulationProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (!whileShown.allows()) {
            return;
        }
        syncing = true;
        try {
            content.getChildren().clear();
            SnapshotIndex index = vm.getIndex();
            GlueJob job = vm.getSelectedJob();
            if (index == null || job == null) {
                return;
            }
            Button restore = new Button(TEXT.get("menu.restoreAll"), new FontIcon("mdi2r-restore"));
            restore.setId("restoreAllButton");
            restore.setDisable(vm.getSimulation().isEmpty());
            restore.setOnAction(e -> vm.restoreAll());
            restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the sentence beside it wraps instead
            Label count = new Label(vm.getSimulation().isEmpty() ? TEXT.get("simulation.none")
                    : TEXT.get("simulation.count", vm.getSimulation().failures().size()));
            count.getStyleClass().add("hint");
            count.setWrapText(true);
            HBox top = new HBox(10, restore, count);
            top.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(top);

            Simulation sim = vm.getSimulation();
            content.getChildren().add(SectionHeader.of(TEXT.get("simulation.zones")));
            for (AvailabilityZone z : index.snapshot().availabilityZones()) {
                content.getChildren().add(elementRow(TEXT.get("simulation.azOutage", z.label()),
                        new ElementRef(ElementKind.AVAILABILITY_ZONE, z.zoneId()), "az-switch-" + z.zoneId()));
            }
            Set<String> vpcs = index.vpcsOf(job);
            boolean natHeader = false;
            for (NatGateway n : index.snapshot().natGateways()) {
                if (vpcs.contains(index.vpcIdOf(n))) {
                    if (!natHeader) {
                        content.getChildren().add(SectionHeader.of(TEXT.get("simulation.nats")));
                        natHeader = true;
                    }
                    String az = index.subnet(n.subnetId()).map(Subnet::availabilityZone).orElse("?");
                    content.getChildren().add(elementRow(n.name() + " (" + az + ")",
                            new ElementRef(ElementKind.NAT_GATEWAY, n.natGatewayId()), "nat-switch-" + n.natGatewayId()));
                }
            }
            boolean epHeader = false;
            for (VpcEndpoint ep : index.snapshot().vpcEndpoints()) {
                if (vpcs.contains(ep.vpcId())) {
                    if (!epHeader) {
                        content.getChildren().add(SectionHeader.of(TEXT.get("simulation.endpoints")));
                        epHeader = true;
                    }
                    String kind = ep.isS3() ? "S3 " + ep.vpcEndpointType().toLowerCase(java.util.Locale.ROOT) : ep.serviceName();
                    content.getChildren().add(elementRow(ep.vpcEndpointId() + " (" + kind + ")",
                            new ElementRef(ElementKind.VPC_ENDPOINT, ep.vpcEndpointId()), "endpoint-switch-" + ep.vpcEndpointId()));
                }
            }
            // The subnets the simulation changes, as the simulation answers for them.
            boolean otherHeader = false;
            for (Subnet sn : index.snapshot().subnets()) {
                List<SimulatedFailure> active = new ArrayList<>();
                sim.freeIpOverride(sn.subnetId()).ifPresent(n -> active.add(new SimulatedFailure.SubnetIps(sn.subnetId(), n)));
                if (sim.isSubnetDeleted(sn.subnetId())) {
                    active.add(new SimulatedFailure.SubnetDeleted(sn.subnetId()));
                }
                for (SimulatedFailure f : active) {
                    if (!otherHeader) {
                        content.getChildren().add(SectionHeader.of(TEXT.get("simulation.subnets")));
                        otherHeader = true;
                    }
                    content.getChildren().add(row(f.describe(), true, on -> vm.setFailure(f, on), null));
                }
            }
            Label tip = new Label(TEXT.get("simulation.subnetTip"));
            tip.getStyleClass().add("hint");
            tip.setWrapText(true);
            content.getChildren().add(tip);
        } finally {
            syncing = false;
        }
    }

    /** A switch that is on while the element is failed ({@link Simulation#isFailed(ElementRef)}). */
    private HBox elementRow(String text, ElementRef ref, String id) {
        return row(text, vm.isFailed(ref), on -> vm.setElementFailed(ref, on), id);
    }

    private HBox row(String text, boolean failed, Consumer<Boolean> switched, String id) {
        ToggleSwitch sw = new ToggleSwitch();
        if (id != null) {
            sw.setId(id);
        }
        sw.setSelected(failed);
        sw.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                switched.accept(on);
            }
        });
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("switch-label");
        label.setLabelFor(sw);
        label.setOnMouseClicked(e -> sw.setSelected(!sw.isSelected()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, label, grow, sw);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("switch-row");
        if (sw.isSelected()) {
            box.getStyleClass().add("failed");
        }
        return box;
    }
}
