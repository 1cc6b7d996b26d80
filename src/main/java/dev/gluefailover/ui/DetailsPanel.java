package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FactSheet;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.rules.Source;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right column's Details tab: for a connection every check with status, message, evidence
 * and source; for a network element its facts and the connections that depend on it. Rebuilt
 * from the view-model whenever the selection or the evaluation changes.
 */
final class DetailsPanel extends ScrollPane {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("window");
    private final MainViewModel vm;
    private final Consumer<String> openLink;
    private final Consumer<String> askFreeIps;
    private final WhileShown whileShown = new WhileShown(this, this::rebuild);
    private final VBox content = new VBox(10);

    DetailsPanel(MainViewModel vm, Consumer<String> openLink, Consumer<String> askFreeIps) {
        this.vm = vm;
        this.openLink = openLink;
        this.askFreeIps = askFreeIps;
        getStyleClass().addAll("details-panel", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("details-content");
        setContent(content);
        vm.selectedElementProperty().addListener((o, a, b) -> rebuild());
        vm.evaluationProperty().addListener((o, a, b) -> rebuild());
        vm.showRunChecksProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (!whileShown.allows()) {
            return;
        }
        content.getChildren().clear();
        Evaluation e = vm.getEvaluation();
        SnapshotIndex index = vm.getIndex();
        if (e == null || index == null) {
            content.getChildren().add(new Label(TEXT.get("details.empty")));
            return;
        }
        ElementRef ref = vm.selectedElementProperty().get();
        if (ref == null || ref.kind() == ElementKind.CONNECTION) {
            ConnectionEvaluation ce = ref == null ? defaultConnection(e) : e.connection(ref.id()).orElse(null);
            if (ce == null) {
                content.getChildren().add(hint(TEXT.get("details.selectSomething")));
                return;
            }
            if (ref == null) {
                content.getChildren().add(hint(TEXT.get(ce.verdict() == Verdict.CHOSEN ? "details.showingChosen"
                        : "details.showingFirst")));
            }
            showConnection(ce, index);
        } else {
            showElement(ref, e, index);
        }
    }

    private static ConnectionEvaluation defaultConnection(Evaluation e) {
        return e.chosen().orElse(e.connections().isEmpty() ? null : e.connections().get(0));
    }

    // --- a connection --------------------------------------------------------------------------

    private void showConnection(ConnectionEvaluation ce, SnapshotIndex index) {
        Label title = new Label("#" + ce.order() + "  " + ce.name());
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        content.getChildren().addAll(kindLabel(TEXT.get("details.kindConnection")), title);

        // Glue's choice and the run's fate are two different questions: say both, separately.
        Label chip = VerdictChip.of(ce.verdict());
        Label meaning = new Label(VerdictChip.meaning(ce.verdict()));
        meaning.setWrapText(true);
        meaning.getStyleClass().add("verdict-meaning");
        VBox selection = new VBox(6, caption(TEXT.get("details.wouldSelect")), chip, meaning);
        selection.getStyleClass().addAll("answer-card", VerdictChip.styleClass(ce.verdict()) + "-card");

        VBox run = new VBox(6, caption(TEXT.get("details.wouldRun")));
        run.getStyleClass().add("answer-card");
        if (ce.runChecks().isEmpty()) {
            run.getChildren().add(wrap(TEXT.get("details.runNotKnown")));
        } else if (ce.runWouldSucceed()) {
            Label yes = new Label(TEXT.get("details.runYes"), new FontIcon("mdi2c-check-circle"));
            yes.getStyleClass().addAll("run-answer", "run-yes");
            yes.setWrapText(true);
            run.getChildren().add(yes);
        } else {
            Label no = new Label(TEXT.get("details.runNo", String.join(", ", ce.runChecks().stream()
                    .filter(c -> !c.status().passes()).map(CheckResult::code).toList())), new FontIcon("mdi2c-close-circle"));
            no.getStyleClass().addAll("run-answer", "run-no");
            no.setWrapText(true);
            run.getChildren().add(no);
            if (ce.verdict() == Verdict.CHOSEN) {
                run.getChildren().add(wrap(TEXT.get("details.chosenButFails")));
            }
        }
        content.getChildren().addAll(selection, run);

        GlueConnection c = ce.connection();
        if (c != null) {
            GridPane facts = facts();
            int row = 0;
            row = fact(facts, row, TEXT.get("details.type"), c.connectionType());
            row = fact(facts, row, TEXT.get("details.subnet"), c.subnetId());
            row = fact(facts, row, TEXT.get("details.azConnection"), c.availabilityZone());
            row = fact(facts, row, TEXT.get("details.azSubnet"), ce.availabilityZone() == null ? null
                    : ce.availabilityZone() + (ce.availabilityZoneId() == null ? "" : " (" + ce.availabilityZoneId() + ")"));
            row = fact(facts, row, TEXT.get("details.securityGroups"), String.join(", ", c.securityGroupIds()));
            fact(facts, row, TEXT.get("details.jdbcUrl"), c.jdbcUrl());
            content.getChildren().addAll(section(TEXT.get("details.connection")), facts);
        }

        content.getChildren().add(section(TEXT.get("details.selectionChecks")));
        for (CheckResult r : ce.selectionChecks()) {
            content.getChildren().add(checkRow(r));
        }
        if (vm.showRunChecksProperty().get() && !ce.runChecks().isEmpty()) {
            content.getChildren().add(section(TEXT.get("details.runChecks")));
            for (CheckResult r : ce.runChecks()) {
                content.getChildren().add(checkRow(r));
            }
        }
        Evaluation e = vm.getEvaluation();
        if (!e.notes().isEmpty() || !e.uncertainty().isEmpty()) {
            content.getChildren().add(section(TEXT.get("details.notes")));
            e.uncertainty().forEach(u -> content.getChildren().add(wrap(TEXT.get("details.uncertain", u))));
            e.notes().forEach(n -> content.getChildren().add(wrap(n)));
        }
        content.getChildren().add(sourceLegend());
    }

    private Node checkRow(CheckResult r) {
        Label title = new Label(r.check().title());
        title.getStyleClass().add("check-title");
        title.setWrapText(true);
        Label code = new Label(r.code());
        code.getStyleClass().add("check-code");
        HBox head = new HBox(8, VerdictChip.statusIcon(r.status()), title);
        head.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);

        Label message = wrap(r.message());
        message.getStyleClass().add("check-message");

        VBox box = new VBox(4, head, message);
        box.getStyleClass().addAll("check-row", "check-" + r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!r.evidence().isEmpty()) {
            GridPane ev = new GridPane();
            ev.getStyleClass().add("evidence");
            ev.setHgap(8);
            javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setMinWidth(0);
            ev.getColumnConstraints().addAll(keys, values);
            int row = 0;
            for (Map.Entry<String, String> en : r.evidence().entrySet()) {
                Label k = new Label(en.getKey());
                k.getStyleClass().add("evidence-key");
                // the key column is as wide as its longest key ("subnet", "routeTable" read whole at
                // any width); the value wraps in what is left
                k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label v = new Label(en.getValue());
                v.getStyleClass().add("evidence-value");
                v.setWrapText(true);
                ev.addRow(row++, k, v);
            }
            box.getChildren().add(ev);
        }
        // Source tag and one link per source, so a reviewer can check what the rule rests on.
        FlowPane sources = new FlowPane(6, 2);
        sources.setAlignment(Pos.CENTER_LEFT);
        Label tag = new Label(r.check().tag().label());
        tag.getStyleClass().addAll("source-tag", "tag-" + r.check().tag().name().toLowerCase(java.util.Locale.ROOT));
        tag.setTooltip(new Tooltip(r.check().tag().meaning()));
        sources.getChildren().addAll(code, tag);
        for (Source s : r.check().sources()) {
            Hyperlink link = new Hyperlink(s.name());
            link.getStyleClass().add("source-link");
            link.setTooltip(new Tooltip(s.title() + "\n" + s.url()));
            link.setOnAction(ev -> openLink.accept(s.url()));
            sources.getChildren().add(link);
        }
        if (!r.settingsUsed().isEmpty()) {
            Label inf = new Label(TEXT.get("details.infSetting", String.join(", ", r.settingsUsed())));
            inf.getStyleClass().addAll("source-tag", "tag-inf");
            inf.setTooltip(new Tooltip(TEXT.get("details.infSettingTip")));
            sources.getChildren().add(inf);
        }
        box.getChildren().add(sources);
        return box;
    }

    private Node sourceLegend() {
        Label l = wrap(TEXT.get("details.legend", vm.getSettings().ruleSet()));
        l.getStyleClass().add("legend");
        return l;
    }

    // --- a network element ---------------------------------------------------------------------

    private void showElement(ElementRef ref, Evaluation e, SnapshotIndex index) {
        // The facts are the same ones the tooltips and the exports show: worked out once, in FactSheet.
        FactSheet sheet = FactSheet.of(index, e, ref);
        GridPane facts = facts();
        int row = 0;
        for (FactSheet.Fact f : sheet.facts()) {
            row = factRow(facts, row, f);
        }
        if (ref.kind() == ElementKind.AVAILABILITY_ZONE) {
            fact(facts, row, TEXT.get("details.namesVsIds"), TEXT.get("details.namesVsIdsText"));
        }
        Label t = new Label(sheet.title());
        t.getStyleClass().add("details-title");
        t.setWrapText(true);
        content.getChildren().addAll(kindLabel(sheet.kind()), t);

        Optional<SimulatedFailure> failure = vm.failureFor(ref);
        if (failure.isPresent()) {
            boolean failed = vm.isFailed(ref);
            Button toggle = new Button(failed ? TEXT.get("details.restore") : failLabel(ref.kind()),
                    new FontIcon(failed ? "mdi2r-restore" : "mdi2f-flash-outline"));
            toggle.getStyleClass().add(failed ? "success" : "danger");
            toggle.setOnAction(ev -> vm.toggleElement(ref));
            toggle.setTooltip(new Tooltip("Ctrl+F"));
            // the two buttons of a subnet sit side by side, and one under the other in a narrow column
            FlowPane actions = new FlowPane(8, 6, toggle);
            if (ref.kind() == ElementKind.SUBNET) {
                Button ips = new Button(TEXT.get("details.setFreeIps"), new FontIcon("mdi2n-numeric"));
                ips.setOnAction(ev -> askFreeIps.accept(ref.id()));
                actions.getChildren().add(ips);
            }
            if (failed) {
                Label struck = new Label(TEXT.get("status.simulated", String.join(TEXT.get("list.separator"),
                        vm.getSimulation().failuresOf(vm.canonical(ref)).stream().map(SimulatedFailure::describe).toList())));
                struck.getStyleClass().add("simulated-note");
                content.getChildren().add(struck);
            }
            content.getChildren().add(actions);
        }
        content.getChildren().addAll(section(TEXT.get("details.facts")), facts);
        content.getChildren().add(section(TEXT.get("details.dependents")));
        if (sheet.dependents().isEmpty()) {
            content.getChildren().add(hint(TEXT.get("details.noDependents")));
        }
        for (ConnectionEvaluation ce : sheet.dependents()) {
            Label chip = VerdictChip.of(ce.verdict());
            Hyperlink name = new Hyperlink("#" + ce.order() + " " + ce.name());
            name.setOnAction(ev -> vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, ce.name())));
            HBox line = new HBox(8, chip, name);
            line.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(line);
        }
    }

    /** A fact of the sheet: a value that names an element selects it; a simulated one says so by its style. */
    private int factRow(GridPane g, int row, FactSheet.Fact f) {
        Label n = new Label(f.label());
        n.getStyleClass().add("fact-name");
        n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Node value;
        if (f.points() != null) {
            Hyperlink link = new Hyperlink(f.value());
            link.getStyleClass().add("fact-value");
            link.setWrapText(true);
            link.setOnAction(ev -> vm.selectedElementProperty().set(f.points()));
            value = link;
        } else {
            Label v = new Label(f.value());
            v.getStyleClass().add("fact-value");
            v.setWrapText(true);
            value = v;
        }
        if (f.simulated()) {
            value.getStyleClass().add("fact-simulated");
        }
        g.addRow(row, n, value);
        return row + 1;
    }

    private static String failLabel(ElementKind kind) {
        return TEXT.get(switch (kind) {
            case AVAILABILITY_ZONE -> "details.fail.zone";
            case NAT_GATEWAY -> "details.fail.nat";
            case VPC_ENDPOINT -> "details.fail.endpoint";
            case SUBNET -> "details.fail.subnet";
            default -> "details.fail";
        });
    }

    // --- small builders -----------------------------------------------------------------------

    private static GridPane facts() {
        GridPane g = new GridPane();
        g.getStyleClass().add("facts");
        g.setHgap(10);
        g.setVgap(3);
        return g;
    }

    private static int fact(GridPane g, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        g.addRow(row, n, v);
        return row + 1;
    }

    private static Label kindLabel(String text) {
        Label l = new Label(text.toUpperCase(java.util.Locale.ROOT));
        l.getStyleClass().add("section-header");
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-section");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("answer-caption");
        return l;
    }

    private static Label hint(String text) {
        Label l = wrap(text);
        l.getStyleClass().add("hint");
        return l;
    }

    private static Label wrap(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
