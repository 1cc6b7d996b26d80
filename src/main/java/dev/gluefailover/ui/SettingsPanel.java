package dev.gluefailover.ui;

import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.rules.Setting;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The Settings tab: every [INF] inference of the spec as a switch or a choice (the spec asks
 * that none be a hidden constant), the retry mode, and whether run checks are shown. Each
 * control writes through {@link MainViewModel#setSetting} and is refreshed from the model. Titles,
 * help and the values a setting takes come from the catalogue ({@link Setting}), as for {@code checks}.
 */
final class SettingsPanel extends ScrollPane {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final WhileShown whileShown = new WhileShown(this, this::rebuild);
    private final VBox content = new VBox(6);
    private boolean syncing;

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
        if (!whileShown.allows()) {
            return;
        }
        syncing = true;
        try {
            content.getChildren().clear();
            RuleSettings s = vm.getSettings();
            Map<String, String> values = s.asMap();
            Label ruleSet = new Label(TEXT.get("settings.ruleSet", s.ruleSet()));
            ruleSet.setWrapText(true);
            ruleSet.getStyleClass().add("hint");
            content.getChildren().addAll(SectionHeader.of(TEXT.get("settings.view")), showRunChecks(),
                    SectionHeader.of(TEXT.get("settings.inferences")), ruleSet);
            // Built from the catalogue: a new setting in rules.Setting appears here by itself.
            for (Setting setting : Setting.values()) {
                if (setting.type() == Setting.Type.BOOLEAN) {
                    content.getChildren().add(switchRow(setting, Boolean.parseBoolean(values.get(setting.key()))));
                }
            }
            content.getChildren().add(SectionHeader.of(TEXT.get("settings.choices")));
            for (Setting setting : Setting.values()) {
                if (setting.type() == Setting.Type.CHOICE || setting.type() == Setting.Type.NUMBER) {
                    content.getChildren().add(choice(setting, values.get(setting.key())));
                } else if (setting.type() == Setting.Type.TEXT && setting != Setting.RULE_SET) {
                    content.getChildren().add(text(setting, values.get(setting.key())));
                }
            }
            Button reset = new Button(TEXT.get("settings.reset"));
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
        return row(TEXT.get("menu.runChecks"), TEXT.get("settings.runChecksHelp"), sw);
    }

    private HBox switchRow(Setting s, boolean value) {
        ToggleSwitch sw = new ToggleSwitch();
        sw.setId("setting-" + s.key());
        sw.setSelected(value);
        sw.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                vm.setSetting(s.key(), Boolean.toString(on));
            }
        });
        return row(title(s), s.help(), sw);
    }

    /** The title, with the source tag when it is not an inference (the race note rests on a field report). */
    private static String title(Setting s) {
        return s.isInference() ? s.title() : s.title() + " " + s.tag().label();
    }

    /** A choice among names, or a whole number from the setting's range. */
    private VBox choice(Setting setting, String value) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("setting-" + setting.key());
        if (setting.type() == Setting.Type.NUMBER) {
            for (int i = setting.min(); i <= Math.min(setting.max(), setting.min() + 49); i++) {
                box.getItems().add(Integer.toString(i));
            }
            box.setEditable(true);
        } else {
            box.getItems().setAll(setting.allowedValues());
        }
        box.setValue(value);
        box.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !b.equals(a)) {
                try {
                    vm.setSetting(setting.key(), b);
                } catch (IllegalArgumentException e) {
                    box.setValue(a); // the catalogue refused it; the tooltip says what it takes
                }
            }
        });
        box.setTooltip(new Tooltip(setting.type() == Setting.Type.NUMBER
                ? TEXT.get("settings.number", setting.min(), setting.max()) : String.join(", ", setting.allowedValues())));
        Label t = new Label(title(setting));
        t.getStyleClass().add("setting-title");
        t.setWrapText(true);
        t.setLabelFor(box);
        Label h = new Label(setting.help());
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox v = new VBox(3, t, box, h);
        v.getStyleClass().add("setting-row");
        return v;
    }

    /** A free-text setting (e.g. the endpoint states that count), applied on Enter or when the field is left. */
    private VBox text(Setting setting, String value) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(value);
        field.setId("setting-" + setting.key());
        Runnable apply = () -> {
            if (!syncing && !field.getText().equals(vm.getSettings().value(setting))) {
                try {
                    vm.setSetting(setting.key(), field.getText());
                } catch (IllegalArgumentException e) {
                    field.setText(vm.getSettings().value(setting));
                }
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        Label t = new Label(title(setting));
        t.getStyleClass().add("setting-title");
        t.setWrapText(true);
        t.setLabelFor(field);
        Label h = new Label(setting.help());
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox v = new VBox(3, t, field, h);
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
