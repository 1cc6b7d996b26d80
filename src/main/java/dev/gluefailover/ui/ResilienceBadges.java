package dev.gluefailover.ui;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.WhatIfMatrix;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The resilience summary as badges under the headline: does the job survive any single AZ
 * outage, NAT gateway failure, endpoint removal, and what it rests on alone. A failing badge
 * applies its first failing scenario (undoable like any failure); a single point of failure
 * selects its element. The summary itself is {@link Resilience}'s; this only shows it.
 */
final class ResilienceBadges {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final FlowPane pane = new FlowPane(6, 4);

    ResilienceBadges(MainViewModel vm) {
        this.vm = vm;
        pane.setId("resilienceBadges");
        pane.getStyleClass().add("resilience-badges");
        pane.setPadding(new Insets(4, 10, 6, 10));
        pane.setAlignment(Pos.CENTER_LEFT);
    }

    FlowPane node() {
        return pane;
    }

    /** Shows the summary of this evaluation (the current simulation as the base). */
    void show(Evaluation e) {
        pane.getChildren().clear();
        if (e == null || vm.engine() == null) {
            return;
        }
        Resilience r = Resilience.of(vm.engine(), e.job(), e.simulation(), vm.getSettings());
        Label title = new Label(TEXT.get("resilience.title"));
        title.getStyleClass().add("resilience-title");
        pane.getChildren().add(title);
        pane.getChildren().add(badge("AZ-outage", r.azOutage()));
        pane.getChildren().add(badge("NAT-gateway-failure", r.natGatewayFailure()));
        pane.getChildren().add(badge("endpoint-removal", r.endpointRemoval()));
        for (Resilience.SinglePointOfFailure spof : r.singlePointsOfFailure()) {
            Button b = new Button(label(spof), new FontIcon("mdi2t-target"));
            b.getStyleClass().addAll("resilience-badge", "resilience-spof");
            b.setTooltip(new Tooltip(TEXT.get("resilience.spofTip", spof.text())
                    + (spof.scenario().isPresent() ? "\n" + TEXT.get("resilience.clickToSelect") : "")));
            b.setOnAction(ev -> vm.selectedElementProperty().set(spof.elements().get(0)));
            pane.getChildren().add(b);
        }
    }

    /** A badge; {@code kind} is its id's stable part ("AZ-outage"), its text comes from the bundle. */
    private Button badge(String kind, WhatIfMatrix.Summary s) {
        boolean none = s.candidates() == 0;
        Button b = new Button(TEXT.get("resilience." + kind, none ? 2 : s.survives() ? 1 : 0),
                new FontIcon(s.survives() ? "mdi2c-check-circle-outline" : "mdi2c-close-circle-outline"));
        b.setId("resilience-" + kind);
        b.getStyleClass().addAll("resilience-badge", s.survives() ? "resilience-ok" : "resilience-fail");
        b.setTooltip(new Tooltip(s.text() + (s.survives() ? "" : "\n" + TEXT.get("resilience.clickToSimulate"))));
        if (!s.survives()) {
            WhatIfMatrix.Outcome first = s.fatal().get(0);
            b.setOnAction(ev -> apply(first.failures()));
        } else {
            b.setFocusTraversable(false);
        }
        return b;
    }

    private void apply(List<SimulatedFailure> failures) {
        for (SimulatedFailure f : failures) {
            vm.setFailure(f, true);
        }
    }

    private static String label(Resilience.SinglePointOfFailure spof) {
        return TEXT.get("resilience.spof." + spof.kind().name(), spof.elements().get(0).id());
    }
}
