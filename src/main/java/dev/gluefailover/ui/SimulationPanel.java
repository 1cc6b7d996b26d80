package dev.gluefailover.ui;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import java.util.Set;
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
    private final MainViewModel vm;
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
        syncing = true;
        try {
            content.getChildren().clear();
            SnapshotIndex index = vm.getIndex();
            GlueJob job = vm.getSelectedJob();
            if (index == null || job == null) {
                return;
            }
            Button restore = new Button("Restore all", new FontIcon("mdi2r-restore"));
            restore.setId("restoreAllButton");
            restore.setDisable(vm.getSimulation().isEmpty());
            restore.setOnAction(e -> vm.restoreAll());
            Label count = new Label(vm.getSimulation().isEmpty() ? "No simulated failure: the network as captured."
                    : vm.getSimulation().failures().size() + " simulated failure(s) on.");
            count.getStyleClass().add("hint");
            count.setWrapText(true);
            HBox top = new HBox(10, restore, count);
            top.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(top);

            content.getChildren().add(SectionHeader.of("AZ OUTAGES"));
            for (AvailabilityZone z : index.snapshot().availabilityZones()) {
                SimulatedFailure.AzOutage f = new SimulatedFailure.AzOutage(z.zoneId());
                content.getChildren().add(row("AZ outage: " + z.label(), f, "az-switch-" + z.zoneId()));
            }
            Set<String> vpcs = index.vpcsOf(job);
            boolean natHeader = false;
            for (NatGateway n : index.snapshot().natGateways()) {
                if (vpcs.contains(index.vpcIdOf(n))) {
                    if (!natHeader) {
                        content.getChildren().add(SectionHeader.of("NAT GATEWAYS"));
                        natHeader = true;
                    }
                    String az = index.subnet(n.subnetId()).map(Subnet::availabilityZone).orElse("?");
                    content.getChildren().add(row(n.name() + " (" + az + ")", new SimulatedFailure.NatGatewayFailure(
                            n.natGatewayId()), "nat-switch-" + n.natGatewayId()));
                }
            }
            boolean epHeader = false;
            for (VpcEndpoint ep : index.snapshot().vpcEndpoints()) {
                if (vpcs.contains(ep.vpcId())) {
                    if (!epHeader) {
                        content.getChildren().add(SectionHeader.of("VPC ENDPOINTS"));
                        epHeader = true;
                    }
                    String kind = ep.isS3() ? "S3 " + ep.vpcEndpointType().toLowerCase(java.util.Locale.ROOT) : ep.serviceName();
                    content.getChildren().add(row(ep.vpcEndpointId() + " (" + kind + ")",
                            new SimulatedFailure.EndpointRemoved(ep.vpcEndpointId()), "endpoint-switch-" + ep.vpcEndpointId()));
                }
            }
            boolean otherHeader = false;
            for (SimulatedFailure f : vm.getSimulation().failures()) {
                if (f instanceof SimulatedFailure.SubnetIps || f instanceof SimulatedFailure.SubnetDeleted) {
                    if (!otherHeader) {
                        content.getChildren().add(SectionHeader.of("SUBNETS"));
                        otherHeader = true;
                    }
                    content.getChildren().add(row(f.describe(), f, null));
                }
            }
            Label tip = new Label("Subnets: select one in the diagram or the details, then Ctrl+F to delete it "
                    + "or Ctrl+I to set its free IPs.");
            tip.getStyleClass().add("hint");
            tip.setWrapText(true);
            content.getChildren().add(tip);
        } finally {
            syncing = false;
        }
    }

    private HBox row(String text, SimulatedFailure failure, String id) {
        ToggleSwitch sw = new ToggleSwitch();
        if (id != null) {
            sw.setId(id);
        }
        sw.setSelected(vm.isFailed(failure));
        sw.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                vm.setFailure(failure, on);
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
