package dev.gluefailover.ui;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.rules.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
        GridPane facts = facts();
        List<ConnectionEvaluation> dependents = new ArrayList<>();
        String title = ref.id();
        String kind = kindName(ref.kind());
        int row = 0;
        switch (ref.kind()) {
            case AVAILABILITY_ZONE -> {
                Optional<AvailabilityZone> z = index.zone(ref.id());
                title = z.map(AvailabilityZone::label).orElse(ref.id());
                row = fact(facts, row, "Zone name", z.map(AvailabilityZone::name).orElse(null));
                row = fact(facts, row, "Zone id", z.map(AvailabilityZone::zoneId).orElse(ref.id()));
                row = fact(facts, row, "State (AWS)", z.map(AvailabilityZone::state).orElse("unknown"));
                fact(facts, row, "Names vs ids", "Names differ between accounts; the id is the physical zone. "
                        + "An outage is simulated per zone id.");
                String id = z.map(AvailabilityZone::zoneId).orElse(ref.id());
                String name = z.map(AvailabilityZone::name).orElse(ref.id());
                dependents = filter(e, ce -> id.equals(ce.availabilityZoneId()) || name.equals(ce.availabilityZone()));
            }
            case SUBNET -> {
                Optional<Subnet> s = index.subnet(ref.id());
                title = s.map(Subnet::name).orElse(ref.id());
                if (s.isPresent()) {
                    Subnet sn = s.get();
                    row = fact(facts, row, "Subnet id", sn.subnetId());
                    row = fact(facts, row, "VPC", sn.vpcId());
                    row = fact(facts, row, "AZ", sn.availabilityZone() + " (" + index.zoneIdOf(sn) + ")");
                    row = fact(facts, row, "CIDR", sn.cidrBlock());
                    row = fact(facts, row, "State", sn.state());
                    row = fact(facts, row, "Free IPs", freeIps(sn));
                    row = fact(facts, row, "Public", index.isPublic(sn) ? "yes (default route to an internet gateway)"
                            : "no (private)");
                    fact(facts, row, "Route table", index.effectiveRouteTable(sn)
                            .map(SnapshotIndex.EffectiveRouteTable::describe).orElse("none"));
                }
                dependents = filter(e, ce -> ref.id().equals(ce.subnetId()));
            }
            case NAT_GATEWAY -> {
                Optional<NatGateway> n = index.natGateway(ref.id());
                title = n.map(NatGateway::name).orElse(ref.id());
                if (n.isPresent()) {
                    row = fact(facts, row, "NAT gateway id", n.get().natGatewayId());
                    row = fact(facts, row, "State", n.get().state());
                    row = fact(facts, row, "Connectivity", n.get().connectivityType());
                    row = fact(facts, row, "In subnet", n.get().subnetId());
                    fact(facts, row, "In AZ", index.subnet(n.get().subnetId()).map(Subnet::availabilityZone).orElse(null));
                }
                dependents = filter(e, ce -> table(index, ce).map(t -> t.routes().stream()
                        .anyMatch(r -> ref.id().equals(r.natGatewayId()))).orElse(false));
            }
            case ROUTE_TABLE -> {
                Optional<RouteTable> t = index.routeTable(ref.id());
                title = t.map(RouteTable::name).orElse(ref.id());
                if (t.isPresent()) {
                    row = fact(facts, row, "Route table id", t.get().routeTableId());
                    row = fact(facts, row, "Main table", t.get().isMain() ? "yes" : "no");
                    for (Route r : t.get().routes()) {
                        row = fact(facts, row, r.destination(), "→ " + r.target() + (r.active() ? "" : " (blackhole)"));
                    }
                }
                dependents = filter(e, ce -> table(index, ce).map(tb -> tb.routeTableId().equals(ref.id())).orElse(false));
            }
            case VPC_ENDPOINT -> {
                Optional<VpcEndpoint> v = index.endpoint(ref.id());
                if (v.isPresent()) {
                    VpcEndpoint ep = v.get();
                    row = fact(facts, row, "Endpoint id", ep.vpcEndpointId());
                    row = fact(facts, row, "Type", ep.vpcEndpointType());
                    row = fact(facts, row, "Service", ep.serviceName());
                    row = fact(facts, row, "State", ep.state());
                    row = fact(facts, row, "Route tables", String.join(", ", ep.routeTableIds()));
                    fact(facts, row, "Subnets", String.join(", ", ep.subnetIds()));
                    dependents = filter(e, ce -> table(index, ce).map(tb -> ep.routeTableIds().contains(tb.routeTableId()))
                            .orElse(false) || ep.subnetIds().contains(ce.subnetId()));
                }
            }
            case VPC -> {
                Optional<Vpc> v = index.vpc(ref.id());
                title = v.map(Vpc::name).orElse(ref.id());
                if (v.isPresent()) {
                    row = fact(facts, row, "VPC id", v.get().vpcId());
                    row = fact(facts, row, "CIDR", v.get().cidrBlock());
                    row = fact(facts, row, "DNS support", String.valueOf(v.get().enableDnsSupport()));
                    fact(facts, row, "DNS hostnames", String.valueOf(v.get().enableDnsHostnames()));
                }
                dependents = filter(e, ce -> ce.subnetId() != null && index.subnet(ce.subnetId())
                        .map(s -> ref.id().equals(s.vpcId())).orElse(false));
            }
            case INTERNET_GATEWAY -> {
                Optional<InternetGateway> g = index.snapshot().internetGateways().stream()
                        .filter(x -> x.internetGatewayId().equals(ref.id())).findFirst();
                fact(facts, row, "Attached to", g.map(x -> String.join(", ", x.attachedVpcIds())).orElse(null));
            }
            case REGION -> {
                row = fact(facts, row, "Region", index.snapshot().region().name());
                row = fact(facts, row, "Account", index.snapshot().region().accountId());
                fact(facts, row, "Captured", index.snapshot().capturedAt());
            }
            default -> {
            }
        }
        Label t = new Label(title);
        t.getStyleClass().add("details-title");
        t.setWrapText(true);
        content.getChildren().addAll(kindLabel(kind), t);

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
        if (dependents.isEmpty()) {
            content.getChildren().add(hint("None of this job's connections."));
        }
        for (ConnectionEvaluation ce : dependents) {
            Label chip = VerdictChip.of(ce.verdict());
            Hyperlink name = new Hyperlink("#" + ce.order() + " " + ce.name());
            name.setOnAction(ev -> vm.selectedElementProperty().set(new ElementRef(ElementKind.CONNECTION, ce.name())));
            HBox line = new HBox(8, chip, name);
            line.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(line);
        }
    }

    private String freeIps(Subnet sn) {
        String base = sn.availableIpAddressCount() == null ? "unknown" : sn.availableIpAddressCount().toString();
        return vm.getSimulation().freeIpOverride(sn.subnetId())
                .map(n -> n + " (simulated; snapshot: " + base + ")").orElse(base);
    }

    private static Optional<RouteTable> table(SnapshotIndex index, ConnectionEvaluation ce) {
        return index.subnet(ce.subnetId()).flatMap(index::effectiveRouteTable).map(SnapshotIndex.EffectiveRouteTable::table);
    }

    private static List<ConnectionEvaluation> filter(Evaluation e, Predicate<ConnectionEvaluation> p) {
        return e.connections().stream().filter(p).toList();
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

    static String kindName(ElementKind kind) {
        return switch (kind) {
            case REGION -> "Region";
            case VPC -> "VPC";
            case AVAILABILITY_ZONE -> "Availability Zone";
            case SUBNET -> "Subnet";
            case ROUTE_TABLE -> "Route table";
            case NAT_GATEWAY -> "NAT gateway";
            case INTERNET_GATEWAY -> "Internet gateway";
            case VPC_ENDPOINT -> "VPC endpoint";
            case CONNECTION -> "Glue connection";
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
