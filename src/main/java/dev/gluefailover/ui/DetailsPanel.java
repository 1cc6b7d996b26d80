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
    private final MainViewModel vm;
    private final Consumer<String> openLink;
    private final Consumer<String> askFreeIps;
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
        content.getChildren().clear();
        Evaluation e = vm.getEvaluation();
        SnapshotIndex index = vm.getIndex();
        if (e == null || index == null) {
            content.getChildren().add(new Label("Open a snapshot or a sample."));
            return;
        }
        ElementRef ref = vm.selectedElementProperty().get();
        if (ref == null || ref.kind() == ElementKind.CONNECTION) {
            ConnectionEvaluation ce = ref == null ? defaultConnection(e) : e.connection(ref.id()).orElse(null);
            if (ce == null) {
                content.getChildren().add(hint("Select a connection, an AZ, a subnet, a NAT gateway or an endpoint "
                        + "to see its details."));
                return;
            }
            if (ref == null) {
                content.getChildren().add(hint("Showing " + (ce.verdict() == Verdict.CHOSEN ? "the chosen connection"
                        : "the first connection") + ". Select anything in the list or the diagram for its details."));
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
        content.getChildren().addAll(kindLabel("Glue connection"), title);

        // Glue's choice and the run's fate are two different questions: say both, separately.
        Label chip = VerdictChip.of(ce.verdict());
        Label meaning = new Label(VerdictChip.meaning(ce.verdict()));
        meaning.setWrapText(true);
        meaning.getStyleClass().add("verdict-meaning");
        VBox selection = new VBox(6, caption("Would Glue select it?"), chip, meaning);
        selection.getStyleClass().addAll("answer-card", VerdictChip.styleClass(ce.verdict()) + "-card");

        VBox run = new VBox(6, caption("Would a run on it work?"));
        run.getStyleClass().add("answer-card");
        if (ce.runChecks().isEmpty()) {
            run.getChildren().add(wrap("Not known: the selection checks did not get far enough to check the run."));
        } else if (ce.runWouldSucceed()) {
            Label yes = new Label("Yes, every run check passes", new FontIcon("mdi2c-check-circle"));
            yes.getStyleClass().addAll("run-answer", "run-yes");
            run.getChildren().add(yes);
        } else {
            Label no = new Label("No: " + String.join(", ", ce.runChecks().stream().filter(c -> !c.status().passes())
                    .map(CheckResult::code).toList()), new FontIcon("mdi2c-close-circle"));
            no.getStyleClass().addAll("run-answer", "run-no");
            no.setWrapText(true);
            run.getChildren().add(no);
            if (ce.verdict() == Verdict.CHOSEN) {
                run.getChildren().add(wrap("Glue would choose it, and the run would still fail."));
            }
        }
        content.getChildren().addAll(selection, run);

        GlueConnection c = ce.connection();
        if (c != null) {
            GridPane facts = facts();
            int row = 0;
            row = fact(facts, row, "Type", c.connectionType());
            row = fact(facts, row, "Subnet", c.subnetId());
            row = fact(facts, row, "AZ (connection)", c.availabilityZone());
            row = fact(facts, row, "AZ (subnet)", ce.availabilityZone() == null ? null
                    : ce.availabilityZone() + (ce.availabilityZoneId() == null ? "" : " (" + ce.availabilityZoneId() + ")"));
            row = fact(facts, row, "Security groups", String.join(", ", c.securityGroupIds()));
            fact(facts, row, "JDBC URL", c.jdbcUrl());
            content.getChildren().addAll(section("Connection"), facts);
        }

        content.getChildren().add(section("Selection checks (what Glue checks)"));
        for (CheckResult r : ce.selectionChecks()) {
            content.getChildren().add(checkRow(r));
        }
        if (vm.showRunChecksProperty().get() && !ce.runChecks().isEmpty()) {
            content.getChildren().add(section("Run checks (would the run work)"));
            for (CheckResult r : ce.runChecks()) {
                content.getChildren().add(checkRow(r));
            }
        }
        Evaluation e = vm.getEvaluation();
        if (!e.notes().isEmpty() || !e.uncertainty().isEmpty()) {
            content.getChildren().add(section("Notes"));
            e.uncertainty().forEach(u -> content.getChildren().add(wrap("Uncertain: " + u)));
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
            int row = 0;
            for (Map.Entry<String, String> en : r.evidence().entrySet()) {
                Label k = new Label(en.getKey());
                k.getStyleClass().add("evidence-key");
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
            Label inf = new Label("[INF] setting: " + String.join(", ", r.settingsUsed()));
            inf.getStyleClass().addAll("source-tag", "tag-inf");
            inf.setTooltip(new Tooltip("This result rests on an inference; change it in the Settings tab."));
            sources.getChildren().add(inf);
        }
        box.getChildren().add(sources);
        return box;
    }

    private Node sourceLegend() {
        Label l = wrap("[DOC] AWS documentation · [FIELD] observed in a public field report · "
                + "[INF] inference, a setting decides it. Rule set " + vm.getSettings().ruleSet() + ".");
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
            fact(facts, row, "Names vs ids", "Names differ between accounts; the id is the physical zone. "
                    + "An outage is simulated per zone id.");
        }
        Label t = new Label(sheet.title());
        t.getStyleClass().add("details-title");
        t.setWrapText(true);
        content.getChildren().addAll(kindLabel(sheet.kind()), t);

        Optional<SimulatedFailure> failure = vm.failureFor(ref);
        if (failure.isPresent()) {
            boolean failed = vm.isFailed(ref);
            Button toggle = new Button(failed ? "Restore" : failLabel(ref.kind()),
                    new FontIcon(failed ? "mdi2r-restore" : "mdi2f-flash-outline"));
            toggle.getStyleClass().add(failed ? "success" : "danger");
            toggle.setOnAction(ev -> vm.toggleElement(ref));
            toggle.setTooltip(new Tooltip("Ctrl+F"));
            HBox actions = new HBox(8, toggle);
            if (ref.kind() == ElementKind.SUBNET) {
                Button ips = new Button("Set free IPs…", new FontIcon("mdi2n-numeric"));
                ips.setOnAction(ev -> askFreeIps.accept(ref.id()));
                actions.getChildren().add(ips);
            }
            if (failed) {
                Label struck = new Label("Simulated: " + String.join(", ", vm.getSimulation()
                        .failuresOf(vm.canonical(ref)).stream().map(SimulatedFailure::describe).toList()));
                struck.getStyleClass().add("simulated-note");
                content.getChildren().add(struck);
            }
            content.getChildren().add(actions);
        }
        content.getChildren().addAll(section("Facts"), facts);
        content.getChildren().add(section("Connections that depend on it"));
        if (sheet.dependents().isEmpty()) {
            content.getChildren().add(hint("None of this job's connections."));
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
        return switch (kind) {
            case AVAILABILITY_ZONE -> "Simulate AZ outage";
            case NAT_GATEWAY -> "Fail NAT gateway";
            case VPC_ENDPOINT -> "Remove endpoint";
            case SUBNET -> "Exhaust subnet (0 free IPs)";
            default -> "Fail";
        };
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
