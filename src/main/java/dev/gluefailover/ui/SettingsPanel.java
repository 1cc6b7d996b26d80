package dev.gluefailover.ui;

import dev.gluefailover.rules.IpDemandModel;
import dev.gluefailover.rules.RetryMode;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.SgFailureEffect;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The Settings tab: every [INF] inference of the spec as a switch or a choice (the spec asks
 * that none be a hidden constant), the retry mode, and whether run checks are shown. Each
 * control writes through {@link MainViewModel#setSetting} and is refreshed from the model.
 */
final class SettingsPanel extends ScrollPane {
    private final MainViewModel vm;
    private final VBox content = new VBox(6);
    private boolean syncing;

    /** A boolean setting: its name in RuleSettings and what it means in the user's words. */
    private record Switch(String key, String title, String help) {
    }

    private static final List<Switch> SWITCHES = List.of(
            new Switch("blackholeNatRouteCounts", "A blackhole NAT route counts",
                    "A route to a deleted NAT gateway (state blackhole) satisfies NO_S3_ENDPOINT_OR_NAT."),
            new Switch("failedNatCounts", "A failed NAT gateway counts",
                    "A NAT gateway that is failed, deleted or simulated-failed still satisfies the check."),
            new Switch("s3InterfaceEndpointCounts", "An S3 interface endpoint counts",
                    "An S3 interface endpoint in the VPC satisfies the check (only gateway endpoints are documented)."),
            new Switch("natInstanceOrTgwCounts", "A NAT instance or transit gateway counts",
                    "A default route to a NAT instance or a transit gateway satisfies the check."),
            new Switch("privateNatCounts", "A private NAT gateway counts (with a warning)",
                    "A NAT gateway with ConnectivityType=private satisfies Glue's check but gives no internet."),
            new Switch("azStateCountsAsUnhealthy", "AWS-reported AZ state counts as unhealthy",
                    "A zone whose DescribeAvailabilityZones state is not 'available' fails AZ_UNHEALTHY."),
            new Switch("showRaceNote", "Mention the field test's race",
                    "The field test rarely saw Glue try a failing connection first; add a note when it matters."));

    SettingsPanel(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("settings-panel", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(content);
        vm.settingsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        syncing = true;
        try {
            content.getChildren().clear();
            RuleSettings s = vm.getSettings();
            Map<String, String> values = s.asMap();
            Label ruleSet = new Label("Rule set " + s.ruleSet() + " — AWS documents this behaviour for Glue 5.1 and "
                    + "earlier. Every switch below is an [INF] inference: change it to see what the verdict rests on.");
            ruleSet.setWrapText(true);
            ruleSet.getStyleClass().add("hint");
            content.getChildren().addAll(SectionHeader.of("VIEW"), showRunChecks(), SectionHeader.of("INFERENCES [INF]"), ruleSet);
            for (Switch sw : SWITCHES) {
                content.getChildren().add(switchRow(sw, Boolean.parseBoolean(values.get(sw.key()))));
            }
            content.getChildren().add(SectionHeader.of("CHOICES [INF]"));
            content.getChildren().add(choice("sgFailureEffect", "A missing security group rule",
                    "RUN_FAILS: Glue selects the connection and the run fails. SKIPS_CONNECTION: Glue skips it.",
                    SgFailureEffect.values(), s.sgFailureEffect()));
            content.getChildren().add(choice("ipDemandModel", "IPs a run needs",
                    "WORKERS: one per worker (Glue 2.0+). DPUS: the conservative figure from DPUs.",
                    IpDemandModel.values(), s.ipDemandModel()));
            content.getChildren().add(choice("retryMode", "Retry attempts",
                    "RESCAN: each attempt scans the list from the top. STICKY: keep the previous connection "
                            + "unless it now fails a check.", RetryMode.values(), s.retryMode()));
            Button reset = new Button("Reset to the spec's defaults");
            reset.setDisable(s.equals(RuleSettings.defaults()));
            reset.setOnAction(e -> vm.resetSettings());
            content.getChildren().add(reset);
        } finally {
            syncing = false;
        }
    }

    private HBox showRunChecks() {
        ToggleSwitch sw = new ToggleSwitch();
        sw.setId("showRunChecksSwitch");
        sw.selectedProperty().bindBidirectional(vm.showRunChecksProperty());
        return row("Show run checks", "Run checks say whether a run on the chosen connection would work "
                + "(security groups, IPs for all workers, NAT in a failed AZ, DNS).", sw);
    }

    private HBox switchRow(Switch s, boolean value) {
        ToggleSwitch sw = new ToggleSwitch();
        sw.setId("setting-" + s.key());
        sw.setSelected(value);
        sw.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                vm.setSetting(s.key(), Boolean.toString(on));
            }
        });
        return row(s.title(), s.help(), sw);
    }

    private <E extends Enum<E>> VBox choice(String key, String title, String help, E[] options, E value) {
        ComboBox<E> box = new ComboBox<>();
        box.setId("setting-" + key);
        box.getItems().setAll(options);
        box.setValue(value);
        box.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.setSetting(key, b.name());
            }
        });
        Label t = new Label(title);
        t.getStyleClass().add("setting-title");
        t.setLabelFor(box);
        Label h = new Label(help);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox v = new VBox(3, t, box, h);
        v.getStyleClass().add("setting-row");
        return v;
    }

    private static HBox row(String title, String help, ToggleSwitch sw) {
        Label t = new Label(title);
        t.getStyleClass().add("setting-title");
        t.setWrapText(true);
        t.setLabelFor(sw);
        Label h = new Label(help);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox text = new VBox(2, t, h);
        HBox.setHgrow(text, Priority.ALWAYS);
        Region gap = new Region();
        HBox box = new HBox(8, text, gap, sw);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("setting-row");
        return box;
    }
}
