package dev.gluefailover.ui;

import dev.gluefailover.edit.Edit;
import dev.gluefailover.edit.EditRefused;
import dev.gluefailover.edit.EditResult;
import dev.gluefailover.edit.Edits;
import dev.gluefailover.edit.ScenarioEditor;
import dev.gluefailover.edit.Scenarios;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.training.DrillCheck;
import dev.gluefailover.training.DrillStepCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/**
 * The scenario editor of the window, without its controls: which element is being edited, its
 * properties and their values, and what a change of one does. Every change is an {@link Edit} that
 * goes through {@link ScenarioEditor#apply}: a refusal leaves the snapshot as it was and says why
 * ({@link #refusalProperty()}); an accepted edit becomes one undo step of the main view-model
 * ({@link MainViewModel#applyFork}), so the evaluation, the headline, the list and the diagram follow
 * at once. After every change of the snapshot the drills it carries are checked again
 * ({@link DrillCheck}); a step that no longer gives its expected outcome is named in
 * {@link #drillWarningProperty()}.
 *
 * <p>The view ({@link EditorPanel}) shows {@link #fieldsProperty()} in a property sheet and hands a
 * new value back to {@link #change}; the diagram's context menus and Edit ▸ Scenario call the add and
 * remove commands ({@link EditMenus}).
 */
public final class EditorViewModel {
    private static final Messages T = Messages.of("editor-window");

    /** What can be edited: the diagram's kinds, and what the diagram does not draw as a box. */
    public enum Kind { VPC, ZONE, SUBNET, ROUTE_TABLE, NAT_GATEWAY, INTERNET_GATEWAY, VPC_ENDPOINT, SECURITY_GROUP,
        CONNECTION, JOB }

    /** One element being edited: its kind and id (a zone by name, a connection or job by name). */
    public record Target(Kind kind, String id) {
        public Target {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    /** How a property is edited. */
    public enum Editor { TEXT, CIDR, LIST, FLAG, NUMBER, CHOICE, READ_ONLY }

    /** One entry of a choice: the value the edit gets and the text the user reads. */
    public record Choice(String value, String label) {
    }

    /**
     * One property of the element: a stable key (the editor's node id is {@code edit-KEY}), its label,
     * how it is edited, its value now (String, Boolean or Integer), and the edit a new value makes.
     */
    public record Field(String key, String label, Editor editor, Object value, List<Choice> choices, int min, int max,
            Function<Object, Edit> change) {
        public Field {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public boolean editable() {
            return editor != Editor.READ_ONLY && change != null;
        }

        /** The editor's node id: {@code edit-} and the key with everything but letters, digits and dashes as '_'. */
        public String nodeId() {
            return "edit-" + key.replaceAll("[^A-Za-z0-9-]", "_");
        }
    }

    private final MainViewModel vm;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyListWrapper<Field> fields =
            new ReadOnlyListWrapper<>(this, "fields", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyStringWrapper drillWarning = new ReadOnlyStringWrapper(this, "drillWarning", "");
    private final ReadOnlyStringWrapper lastEdit = new ReadOnlyStringWrapper(this, "lastEdit", "");

    public EditorViewModel(MainViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
        vm.snapshotProperty().addListener((o, a, b) -> {
            if (b != null && (target.get() == null || !exists(b, target.get()))) {
                target.set(defaultTarget(b));
            }
            refresh();
            checkDrills();
        });
        // A selection in the diagram or the list is the element to edit; clearing it keeps the sheet.
        vm.selectedElementProperty().addListener((o, a, b) -> {
            if (b != null && vm.getSnapshot() != null) {
                targetOf(vm.getSnapshot(), b).ifPresent(target::set);
            }
        });
        target.addListener((o, a, b) -> {
            refusal.set("");
            refresh();
        });
        if (vm.getSnapshot() != null) {
            target.set(defaultTarget(vm.getSnapshot()));
            checkDrills();
        }
    }

    // --- state -------------------------------------------------------------------------------

    /** The element being edited; writable (the Edit tab's chooser, the diagram's selection). */
    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** The properties of the element being edited, in the order the sheet shows them. */
    public ReadOnlyListProperty<Field> fieldsProperty() {
        return fields.getReadOnlyProperty();
    }

    /** Why the last change was refused, in the user's language; empty after an accepted one. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The drill steps the scenario no longer passes ("this edit breaks drill …"); empty when all pass. */
    public ReadOnlyStringProperty drillWarningProperty() {
        return drillWarning.getReadOnlyProperty();
    }

    /** What the last accepted edit did (its Undo name), for the status bar. */
    public ReadOnlyStringProperty lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }

    /** The field of that key of the element being edited. */
    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Everything the scenario holds that can be edited, for the Edit tab's chooser: the job first. */
    public List<Target> targets() {
        Snapshot s = vm.getSnapshot();
        if (s == null) {
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        if (vm.getSelectedJob() != null) {
            out.add(new Target(Kind.JOB, vm.getSelectedJob().name()));
        }
        s.vpcs().forEach(v -> out.add(new Target(Kind.VPC, v.vpcId())));
        s.availabilityZones().forEach(z -> out.add(new Target(Kind.ZONE, z.name())));
        s.subnets().forEach(x -> out.add(new Target(Kind.SUBNET, x.subnetId())));
        s.routeTables().forEach(x -> out.add(new Target(Kind.ROUTE_TABLE, x.routeTableId())));
        s.natGateways().forEach(x -> out.add(new Target(Kind.NAT_GATEWAY, x.natGatewayId())));
        s.internetGateways().forEach(x -> out.add(new Target(Kind.INTERNET_GATEWAY, x.internetGatewayId())));
        s.vpcEndpoints().forEach(x -> out.add(new Target(Kind.VPC_ENDPOINT, x.vpcEndpointId())));
        s.securityGroups().forEach(x -> out.add(new Target(Kind.SECURITY_GROUP, x.groupId())));
        s.connections().forEach(x -> out.add(new Target(Kind.CONNECTION, x.name())));
        return out;
    }

    /** "Subnet orders-1a (subnet-0abc…)", for the chooser. */
    public String label(Target t) {
        Snapshot s = vm.getSnapshot();
        String name = s == null ? t.id() : switch (t.kind()) {
            case VPC -> s.vpcs().stream().filter(v -> v.vpcId().equals(t.id())).map(Vpc::name).findFirst()
                    .orElse(t.id());
            case SUBNET -> s.subnet(t.id()).map(Subnet::name).orElse(t.id());
            case ROUTE_TABLE -> table(s, t.id()).map(RouteTable::name).orElse(t.id());
            case NAT_GATEWAY -> s.natGateways().stream().filter(n -> n.natGatewayId().equals(t.id()))
                    .map(NatGateway::name).findFirst().orElse(t.id());
            case SECURITY_GROUP -> group(s, t.id()).map(g -> g.groupName() == null ? t.id() : g.groupName())
                    .orElse(t.id());
            default -> t.id();
        };
        String shown = name.equals(t.id()) ? t.id() : name + " (" + t.id() + ")";
        return T.get("target." + t.kind().name(), shown);
    }

    /** The language changed: the fields' names and the drill warning again, in the new one. */
    public void relabel() {
        refresh();
        checkDrills();
    }

    // --- changing a property -----------------------------------------------------------------

    /**
     * The user committed a new value of a field: the edit goes through {@link ScenarioEditor#apply};
     * accepted, it is one undo step; refused, the snapshot stays and {@link #refusalProperty()} says
     * why, and the fields are given again so the editor shows the value that holds.
     *
     * @return true when the edit was accepted
     */
    public boolean change(Field field, Object newValue) {
        if (!field.editable() || Objects.equals(normal(field.value()), normal(newValue))) {
            return false;
        }
        Edit edit;
        try {
            edit = field.change().apply(newValue);
        } catch (EditRefused | IllegalArgumentException e) {
            refuse(e.getMessage());
            return false;
        }
        if (edit == null) { // a change that means nothing (un-ticking "main": make another table the main one)
            refresh();
            return false;
        }
        return apply(edit);
    }

    /** Applies an edit (a property, an add or a remove from a menu) as one undo step, or says why not. */
    public boolean apply(Edit edit) {
        Snapshot before = vm.getSnapshot();
        if (before == null) {
            return false;
        }
        EditResult r = ScenarioEditor.apply(before, edit);
        if (r instanceof EditResult.Refused refused) {
            refuse(refused.message());
            return false;
        }
        EditResult.Applied applied = (EditResult.Applied) r;
        if (vm.getSelectedJob() == null || applied.after().job(vm.getSelectedJob().name()).isEmpty()) {
            refuse(T.get("refuse.jobGone"));
            return false;
        }
        refusal.set("");
        vm.applyFork(applied.description(), applied.after());
        lastEdit.set(""); // the same edit twice is said twice
        lastEdit.set(applied.description());
        return true;
    }

    private void refuse(String message) {
        refusal.set(message == null ? "" : message);
        refresh(); // the editor goes back to the value that holds
    }

    private static Object normal(Object v) {
        return v instanceof String text ? text.strip() : v;
    }

    // --- the fields of each kind -------------------------------------------------------------

    private void refresh() {
        Snapshot s = vm.getSnapshot();
        Target t = target.get();
        fields.setAll(s == null || t == null || !exists(s, t) ? List.of() : fieldsOf(s, t));
    }

    /** The properties of an element of the snapshot, each with the edit a new value makes. */
    List<Field> fieldsOf(Snapshot s, Target t) {
        SnapshotIndex index = vm.getIndex() != null && vm.getIndex().snapshot() == s ? vm.getIndex()
                : new SnapshotIndex(s);
        return switch (t.kind()) {
            case VPC -> vpcFields(s.vpcs().stream().filter(v -> v.vpcId().equals(t.id())).findFirst().orElseThrow());
            case ZONE -> zoneFields(s.availabilityZones().stream().filter(z -> z.name().equals(t.id())).findFirst()
                    .orElseThrow());
            case SUBNET -> subnetFields(s, index, s.subnet(t.id()).orElseThrow());
            case ROUTE_TABLE -> tableFields(s, table(s, t.id()).orElseThrow());
            case NAT_GATEWAY -> natFields(s, s.natGateways().stream().filter(n -> n.natGatewayId().equals(t.id()))
                    .findFirst().orElseThrow());
            case INTERNET_GATEWAY -> igwFields(s.internetGateways().stream()
                    .filter(g -> g.internetGatewayId().equals(t.id())).findFirst().orElseThrow());
            case VPC_ENDPOINT -> endpointFields(s.vpcEndpoints().stream().filter(e -> e.vpcEndpointId().equals(t.id()))
                    .findFirst().orElseThrow());
            case SECURITY_GROUP -> groupFields(group(s, t.id()).orElseThrow());
            case CONNECTION -> connectionFields(s, s.connection(t.id()).orElseThrow());
            case JOB -> jobFields(s, s.job(t.id()).orElseThrow());
        };
    }

    private static Field readOnly(String key, Object value) {
        return new Field(key, T.get("field." + key), Editor.READ_ONLY, value == null ? "" : value, List.of(), 0, 0,
                null);
    }

    private static Field field(String key, Editor editor, Object value, Function<Object, Edit> change) {
        return new Field(key, T.get("field." + key), editor, value, List.of(), 0, 0, change);
    }

    private static Field number(String key, Integer value, int min, int max, Function<Object, Edit> change) {
        return new Field(key, T.get("field." + key), Editor.NUMBER, value, List.of(), min, max, change);
    }

    private static Field choice(String key, String value, List<Choice> choices, Function<Object, Edit> change) {
        List<Choice> all = new ArrayList<>(choices);
        String v = value == null ? "" : value;
        if (all.stream().noneMatch(c -> c.value().equals(v))) {
            all.add(0, new Choice(v, v.isEmpty() ? T.get("choice.none") : v)); // what the file says, even if odd
        }
        return new Field(key, T.get("field." + key), Editor.CHOICE, v, all, 0, 0, change);
    }

    private static List<Choice> plain(String... values) {
        return Arrays.stream(values).map(v -> new Choice(v, v)).toList();
    }

    private List<Field> vpcFields(Vpc v) {
        return List.of(
                readOnly("id", v.vpcId()),
                field("cidr", Editor.CIDR, v.cidrBlock(), x -> Edits.putVpc(new Vpc(v.vpcId(), text(x),
                        v.enableDnsSupport(), v.enableDnsHostnames(), v.tags()))),
                field("dnsSupport", Editor.FLAG, Boolean.TRUE.equals(v.enableDnsSupport()), x -> Edits.putVpc(
                        new Vpc(v.vpcId(), v.cidrBlock(), (Boolean) x, v.enableDnsHostnames(), v.tags()))),
                field("dnsHostnames", Editor.FLAG, Boolean.TRUE.equals(v.enableDnsHostnames()), x -> Edits.putVpc(
                        new Vpc(v.vpcId(), v.cidrBlock(), v.enableDnsSupport(), (Boolean) x, v.tags()))));
    }

    private List<Field> zoneFields(AvailabilityZone z) {
        return List.of(
                readOnly("zoneName", z.name()),
                field("zoneId", Editor.TEXT, z.zoneId(), x -> Edits.putZone(new AvailabilityZone(z.name(), text(x),
                        z.state()))),
                choice("zoneState", z.state(), plain("available", "information", "impaired", "unavailable"),
                        x -> Edits.putZone(new AvailabilityZone(z.name(), z.zoneId(), text(x)))));
    }

    private List<Field> subnetFields(Snapshot s, SnapshotIndex index, Subnet n) {
        List<Choice> zones = s.availabilityZones().stream().map(z -> new Choice(z.name(), z.label())).toList();
        Optional<RouteTable> explicit = s.routeTables().stream()
                .filter(t -> t.associations().stream().anyMatch(a -> n.subnetId().equals(a.subnetId()))).findFirst();
        Optional<RouteTable> main = s.routeTables().stream().filter(t -> Objects.equals(t.vpcId(), n.vpcId()))
                .filter(RouteTable::isMain).findFirst();
        List<Choice> tables = new ArrayList<>();
        tables.add(new Choice("", T.get("choice.mainTable", main.map(RouteTable::name).orElse("—"))));
        s.routeTables().stream().filter(t -> Objects.equals(t.vpcId(), n.vpcId()))
                .forEach(t -> tables.add(new Choice(t.routeTableId(), t.name())));
        boolean isPublic = index.isPublic(n);
        return List.of(
                readOnly("id", n.subnetId()),
                field("cidr", Editor.CIDR, n.cidrBlock(), x -> Edits.putSubnet(subnet(n, text(x), n.availabilityZone(),
                        n.availableIpAddressCount(), n.mapPublicIpOnLaunch()))),
                choice("zone", n.availabilityZone(), zones, x -> Edits.putSubnet(subnet(n, n.cidrBlock(), text(x),
                        n.availableIpAddressCount(), n.mapPublicIpOnLaunch()))),
                number("freeIps", n.availableIpAddressCount(), 0, 65531, x -> Edits.putSubnet(subnet(n, n.cidrBlock(),
                        n.availabilityZone(), (Integer) x, n.mapPublicIpOnLaunch()))),
                choice("routeTable", explicit.map(RouteTable::routeTableId).orElse(""), tables,
                        x -> text(x).isEmpty() ? Edits.disassociate(n.subnetId()) : Edits.associate(text(x),
                                n.subnetId())),
                readOnly("reach", T.get(isPublic ? "value.public" : "value.private")),
                field("mapPublicIp", Editor.FLAG, n.mapPublicIpOnLaunch(), x -> Edits.putSubnet(subnet(n,
                        n.cidrBlock(), n.availabilityZone(), n.availableIpAddressCount(), (Boolean) x))));
    }

    private static Subnet subnet(Subnet n, String cidr, String zone, Integer freeIps, boolean mapPublic) {
        return new Subnet(n.subnetId(), n.vpcId(), zone, n.availabilityZoneId(), cidr, n.state(), freeIps, mapPublic,
                n.tags());
    }

    private List<Field> tableFields(Snapshot s, RouteTable t) {
        List<Field> out = new ArrayList<>();
        out.add(readOnly("id", t.routeTableId()));
        out.add(new Field("main", T.get("field.main"), t.isMain() ? Editor.READ_ONLY : Editor.FLAG, t.isMain(),
                List.of(), 0, 0, t.isMain() ? null : x -> Boolean.TRUE.equals(x) ? Edits.makeMain(t.routeTableId())
                        : null));
        String subnets = t.associations().stream().filter(a -> !a.main()).map(RouteTableAssociation::subnetId)
                .collect(Collectors.joining(", "));
        out.add(readOnly("associations", subnets.isEmpty() ? T.get("value.noAssociations") : subnets));
        List<Choice> targets = routeTargets(s, t.vpcId());
        for (Route r : t.routes()) {
            String key = "route:" + r.destination();
            String label = T.get("field.route", r.destination());
            if ("local".equals(r.gatewayId())) {
                out.add(new Field(key, label, Editor.READ_ONLY, T.get("value.local"), List.of(), 0, 0, null));
                continue;
            }
            List<Choice> choices = new ArrayList<>(targets);
            String now = r.target() == null ? "" : r.target();
            if (choices.stream().noneMatch(c -> c.value().equals(now))) {
                choices.add(0, new Choice(now, r.active() ? now : T.get("value.blackhole", now)));
            }
            out.add(new Field(key, label, Editor.CHOICE, now, choices, 0, 0,
                    x -> Edits.putRoute(t.routeTableId(), routeTo(r.destinationCidrBlock(), r.destinationPrefixListId(),
                            text(x)))));
        }
        out.add(new Field("newRoute", T.get("field.newRoute"), Editor.TEXT, "", List.of(), 0, 0,
                x -> newRoute(t, text(x))));
        return out;
    }

    /**
     * A route typed as {@code DESTINATION TARGET} ({@code 10.1.0.0/16 pcx-0abc}, {@code pl-63a5400a vpce-0abc}):
     * added, or replacing the route to the same destination; blank adds nothing. Whether the target
     * exists in this VPC is the edit room's validation.
     */
    static Edit newRoute(RouteTable t, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String[] words = typed.strip().split("\\s+");
        if (words.length != 2 || !(words[0].contains("/") || words[0].startsWith("pl-"))) {
            throw new IllegalArgumentException(T.get("refuse.routeSyntax", typed.strip()));
        }
        boolean prefixList = words[0].startsWith("pl-");
        return Edits.putRoute(t.routeTableId(), routeTo(prefixList ? null : words[0], prefixList ? words[0] : null,
                words[1]));
    }

    /** What a route of this VPC can lead to: its NAT gateways, its internet gateways, its gateway endpoints. */
    static List<Choice> routeTargets(Snapshot s, String vpcId) {
        List<Choice> out = new ArrayList<>();
        s.natGateways().stream().filter(n -> Objects.equals(n.vpcId(), vpcId))
                .forEach(n -> out.add(new Choice(n.natGatewayId(), T.get("choice.nat", n.name()))));
        s.internetGateways().stream().filter(g -> g.attachedVpcIds().contains(vpcId))
                .forEach(g -> out.add(new Choice(g.internetGatewayId(), T.get("choice.igw", g.internetGatewayId()))));
        s.vpcEndpoints().stream().filter(e -> Objects.equals(e.vpcId(), vpcId) && e.isGateway())
                .forEach(e -> out.add(new Choice(e.vpcEndpointId(), T.get("choice.endpoint", e.vpcEndpointId(),
                        e.serviceName()))));
        return out;
    }

    /** A route to a target by its id's kind (nat-, tgw-, pcx-, i-; igw-, vpce- and the rest are gateways). */
    static Route routeTo(String cidr, String prefixList, String targetId) {
        if (targetId.startsWith("nat-")) {
            return new Route(cidr, prefixList, null, targetId, null, null, null, "active");
        }
        if (targetId.startsWith("tgw-")) {
            return new Route(cidr, prefixList, null, null, targetId, null, null, "active");
        }
        if (targetId.startsWith("pcx-")) {
            return new Route(cidr, prefixList, null, null, null, null, targetId, "active");
        }
        if (targetId.startsWith("i-")) {
            return new Route(cidr, prefixList, null, null, null, targetId, null, "active");
        }
        return new Route(cidr, prefixList, targetId, null, null, null, null, "active");
    }

    private List<Field> natFields(Snapshot s, NatGateway n) {
        List<Choice> subnets = s.subnets().stream().map(x -> new Choice(x.subnetId(), x.name())).toList();
        return List.of(
                readOnly("id", n.natGatewayId()),
                choice("subnet", n.subnetId(), subnets, x -> Edits.putNat(new NatGateway(n.natGatewayId(), n.vpcId(),
                        text(x), n.state(), n.connectivityType(), n.tags()))),
                choice("natState", n.state(), plain("pending", "available", "deleting", "deleted", "failed"),
                        x -> Edits.putNat(new NatGateway(n.natGatewayId(), n.vpcId(), n.subnetId(), text(x),
                                n.connectivityType(), n.tags()))),
                choice("connectivity", n.connectivityType(), plain("public", "private"),
                        x -> Edits.putNat(new NatGateway(n.natGatewayId(), n.vpcId(), n.subnetId(), n.state(), text(x),
                                n.tags()))));
    }

    private List<Field> igwFields(InternetGateway g) {
        return List.of(
                readOnly("id", g.internetGatewayId()),
                field("attachedVpcs", Editor.LIST, String.join(", ", g.attachedVpcIds()),
                        x -> Edits.putInternetGateway(new InternetGateway(g.internetGatewayId(), list(x), g.tags()))));
    }

    private List<Field> endpointFields(VpcEndpoint e) {
        return List.of(
                readOnly("id", e.vpcEndpointId()),
                choice("endpointType", e.vpcEndpointType(), plain("Gateway", "Interface"),
                        x -> Edits.putEndpoint(new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), text(x), e.serviceName(),
                                e.state(), e.routeTableIds(), e.subnetIds()))),
                field("service", Editor.TEXT, e.serviceName(), x -> Edits.putEndpoint(new VpcEndpoint(e.vpcEndpointId(),
                        e.vpcId(), e.vpcEndpointType(), text(x), e.state(), e.routeTableIds(), e.subnetIds()))),
                field("endpointTables", Editor.LIST, String.join(", ", e.routeTableIds()),
                        x -> Edits.putEndpoint(new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(),
                                e.serviceName(), e.state(), list(x), e.subnetIds()))),
                field("endpointSubnets", Editor.LIST, String.join(", ", e.subnetIds()),
                        x -> Edits.putEndpoint(new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointType(),
                                e.serviceName(), e.state(), e.routeTableIds(), list(x)))));
    }

    private List<Field> groupFields(SecurityGroup g) {
        SecurityGroupRule self = SecurityGroupRule.allTrafficFromGroup(g.groupId());
        SecurityGroupRule allOut = SecurityGroupRule.allTrafficTo("0.0.0.0/0");
        return List.of(
                readOnly("id", g.groupId()),
                field("groupName", Editor.TEXT, g.groupName(), x -> Edits.putSecurityGroup(new SecurityGroup(
                        g.groupId(), g.vpcId(), text(x), g.ingress(), g.egress()))),
                field("selfRule", Editor.FLAG, g.ingress().contains(self), x -> Boolean.TRUE.equals(x)
                        ? Edits.addRule(g.groupId(), true, self)
                        : Edits.removeRule(g.groupId(), true, g.ingress().indexOf(self))),
                field("allOutbound", Editor.FLAG, g.egress().contains(allOut), x -> Boolean.TRUE.equals(x)
                        ? Edits.addRule(g.groupId(), false, allOut)
                        : Edits.removeRule(g.groupId(), false, g.egress().indexOf(allOut))),
                field("ingress", Editor.TEXT, ruleText(g.ingress()), x -> Edits.putSecurityGroup(new SecurityGroup(
                        g.groupId(), g.vpcId(), g.groupName(), parseRules(text(x)), g.egress()))),
                field("egress", Editor.TEXT, ruleText(g.egress()), x -> Edits.putSecurityGroup(new SecurityGroup(
                        g.groupId(), g.vpcId(), g.groupName(), g.ingress(), parseRules(text(x))))));
    }

    /**
     * A group's rules as one editable line: {@code PROTOCOL [PORTS] PEER[, PEER…]} per rule, rules
     * separated by {@code ;} — e.g. {@code all sg-0abc; tcp 5432 10.0.0.0/16}. {@code all} is every
     * protocol (AWS's -1); PORTS is a port or a range {@code 0-65535}; a peer is a CIDR, a security
     * group ({@code sg-…}) or a prefix list ({@code pl-…}). {@link #parseRules} reads it back.
     */
    static String ruleText(List<SecurityGroupRule> rules) {
        return rules.stream().map(r -> {
            StringBuilder b = new StringBuilder("-1".equals(r.ipProtocol()) ? "all" : r.ipProtocol());
            if (!"-1".equals(r.ipProtocol()) && r.fromPort() != null) {
                b.append(' ').append(r.fromPort().equals(r.toPort()) ? String.valueOf(r.fromPort())
                        : r.fromPort() + "-" + r.toPort());
            }
            List<String> peers = new ArrayList<>(r.cidrs());
            peers.addAll(r.groupIds());
            peers.addAll(r.prefixListIds());
            return b.append(' ').append(String.join(", ", peers)).toString().strip();
        }).collect(Collectors.joining("; "));
    }

    /**
     * The rules of {@link #ruleText}'s line; what cannot be read is refused with the rule it is in.
     * Whether a protocol, a port range or a CIDR can exist in AWS is the edit room's validation.
     */
    static List<SecurityGroupRule> parseRules(String line) {
        List<SecurityGroupRule> out = new ArrayList<>();
        for (String rule : (line == null ? "" : line).split(";")) {
            String r = rule.strip();
            if (r.isEmpty()) {
                continue;
            }
            String[] words = r.split("[\\s,]+");
            String protocol = words[0].toLowerCase(java.util.Locale.ROOT);
            int i = 1;
            Integer from = null;
            Integer to = null;
            if (protocol.equals("all") || protocol.equals("-1")) {
                protocol = "-1";
            } else if (i < words.length && words[i].matches("\\d+(-\\d+)?")) {
                String[] range = words[i++].split("-");
                try {
                    from = Integer.valueOf(range[0]);
                    to = Integer.valueOf(range.length > 1 ? range[1] : range[0]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(T.get("refuse.ruleSyntax", r));
                }
            } else if (!protocol.equals("icmp")) {
                throw new IllegalArgumentException(T.get("refuse.ruleSyntax", r));
            }
            List<String> cidrs = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (; i < words.length; i++) {
                String peer = words[i];
                if (peer.startsWith("sg-")) {
                    groups.add(peer);
                } else if (peer.startsWith("pl-")) {
                    prefixes.add(peer);
                } else if (peer.contains("/")) {
                    cidrs.add(peer);
                } else {
                    throw new IllegalArgumentException(T.get("refuse.ruleSyntax", r));
                }
            }
            if (cidrs.isEmpty() && groups.isEmpty() && prefixes.isEmpty()) {
                throw new IllegalArgumentException(T.get("refuse.ruleSyntax", r));
            }
            out.add(new SecurityGroupRule(protocol, from, to, cidrs, groups, prefixes));
        }
        return out;
    }

    private List<Field> connectionFields(Snapshot s, GlueConnection c) {
        List<Choice> subnets = s.subnets().stream().map(x -> new Choice(x.subnetId(), x.name() + " \u00b7 "
                + x.availabilityZone())).toList();
        List<Choice> zones = s.availabilityZones().stream().map(z -> new Choice(z.name(), z.label())).toList();
        return List.of(
                readOnly("connectionName", c.name()),
                choice("subnet", c.subnetId(), subnets, x -> Edits.putConnection(connection(c, text(x),
                        c.securityGroupIds(), c.availabilityZone(), c.connectionType(), c.status()))),
                field("groups", Editor.LIST, String.join(", ", c.securityGroupIds()), x -> Edits.putConnection(
                        connection(c, c.subnetId(), list(x), c.availabilityZone(), c.connectionType(), c.status()))),
                choice("connectionZone", c.availabilityZone(), zones, x -> Edits.putConnection(connection(c,
                        c.subnetId(), c.securityGroupIds(), text(x), c.connectionType(), c.status()))),
                choice("connectionType", c.connectionType(), plain("JDBC", "NETWORK", "KAFKA", "MONGODB", "CUSTOM",
                        "MARKETPLACE"), x -> Edits.putConnection(connection(c, c.subnetId(), c.securityGroupIds(),
                                c.availabilityZone(), text(x), c.status()))),
                choice("status", c.status(), plain("READY", "IN_PROGRESS", "FAILED"), x -> Edits.putConnection(
                        connection(c, c.subnetId(), c.securityGroupIds(), c.availabilityZone(), c.connectionType(),
                                text(x).isEmpty() ? null : text(x)))));
    }

    private static GlueConnection connection(GlueConnection c, String subnet, List<String> groups, String zone,
            String type, String status) {
        return new GlueConnection(c.name(), type, subnet, groups, zone, c.jdbcUrl(), status, c.statusReason());
    }

    private List<Field> jobFields(Snapshot s, GlueJob j) {
        return List.of(
                readOnly("jobName", j.name()),
                choice("workerType", j.workerType(), plain("G.025X", "G.1X", "G.2X", "G.4X", "G.8X", "Z.2X",
                        "Standard"), x -> Edits.putJob(job(j, text(x), j.numberOfWorkers(), j.maxRetries(),
                                j.glueVersion(), j.connectionNames()))),
                number("workers", j.numberOfWorkers(), 1, 10000, x -> Edits.putJob(job(j, j.workerType(), (Integer) x,
                        j.maxRetries(), j.glueVersion(), j.connectionNames()))),
                number("retries", j.maxRetries(), 0, 10, x -> Edits.putJob(job(j, j.workerType(), j.numberOfWorkers(),
                        (Integer) x, j.glueVersion(), j.connectionNames()))),
                choice("glueVersion", j.glueVersion(), plain("2.0", "3.0", "4.0", "5.0"), x -> Edits.putJob(job(j,
                        j.workerType(), j.numberOfWorkers(), j.maxRetries(), text(x), j.connectionNames()))),
                field("order", Editor.LIST, String.join(", ", j.connectionNames()), x -> Edits.putJob(job(j,
                        j.workerType(), j.numberOfWorkers(), j.maxRetries(), j.glueVersion(), list(x)))));
    }

    private static GlueJob job(GlueJob j, String workerType, Integer workers, Integer retries, String version,
            List<String> order) {
        return new GlueJob(j.name(), order, workerType, workers, j.maxCapacity(), retries, version, j.role(),
                j.defaultArguments(), j.maxConcurrentRuns());
    }

    private static String text(Object x) {
        return x == null ? "" : x.toString().strip();
    }

    /** "a, b c" → [a, b, c]: ids and names never hold commas or blanks. */
    private static List<String> list(Object x) {
        return Arrays.stream(text(x).split("[,\\s]+")).filter(p -> !p.isEmpty()).toList();
    }

    // --- adds and removes (the diagram's menus, Edit ▸ Scenario) ---------------------------------

    /** A subnet in the VPC and zone, in the first free /24 (or smaller) block, private, named for its zone. */
    public boolean addSubnet(String vpcId, String zoneName) {
        Snapshot s = vm.getSnapshot();
        Optional<String> cidr = Stream.of(24, 25, 26, 27, 28).map(p -> Scenarios.freeSubnetCidr(s, vpcId, p))
                .flatMap(Optional::stream).findFirst();
        if (cidr.isEmpty()) {
            refuse(T.get("refuse.vpcFull", vpcId));
            return false;
        }
        String id = Scenarios.freshId(s, "subnet");
        String zoneId = s.availabilityZones().stream().filter(z -> z.name().equals(zoneName))
                .map(AvailabilityZone::zoneId).findFirst().orElse(null);
        Subnet subnet = new Subnet(id, vpcId, zoneName, zoneId, cidr.get(), "available",
                Scenarios.usableIps(cidr.get()), false, Map.of("Name", "private-" + zoneName));
        return applyAndEdit(Edits.putSubnet(subnet), new Target(Kind.SUBNET, id));
    }

    /** A route for 0.0.0.0/0 to a NAT gateway, internet gateway or endpoint (it replaces the default route). */
    public boolean addDefaultRoute(String tableId, String targetId) {
        return apply(Edits.putRoute(tableId, routeTo("0.0.0.0/0", null, targetId)));
    }

    public boolean removeRoute(String tableId, String destination) {
        return apply(Edits.removeRoute(tableId, destination));
    }

    /** A new route table of the VPC with only its local route; subnets are associated from their sheet. */
    public boolean addRouteTable(String vpcId) {
        Snapshot s = vm.getSnapshot();
        String id = Scenarios.freshId(s, "rtb");
        String cidr = s.vpcs().stream().filter(v -> v.vpcId().equals(vpcId)).map(Vpc::cidrBlock).findFirst()
                .orElse("10.0.0.0/16");
        return applyAndEdit(Edits.putRouteTable(new RouteTable(id, vpcId, List.of(), List.of(Route.local(cidr)),
                Map.of())), new Target(Kind.ROUTE_TABLE, id));
    }

    /** A public NAT gateway in the subnet. */
    public boolean addNat(String subnetId) {
        Snapshot s = vm.getSnapshot();
        String id = Scenarios.freshId(s, "nat");
        String vpc = s.subnet(subnetId).map(Subnet::vpcId).orElse(null);
        return applyAndEdit(Edits.putNat(new NatGateway(id, vpc, subnetId, "available", "public", Map.of())),
                new Target(Kind.NAT_GATEWAY, id));
    }

    /** An internet gateway attached to the VPC. */
    public boolean addInternetGateway(String vpcId) {
        String id = Scenarios.freshId(vm.getSnapshot(), "igw");
        return applyAndEdit(Edits.putInternetGateway(new InternetGateway(id, List.of(vpcId), Map.of())),
                new Target(Kind.INTERNET_GATEWAY, id));
    }

    /** An S3 gateway endpoint of the VPC, on its main route table. */
    public boolean addS3Endpoint(String vpcId) {
        Snapshot s = vm.getSnapshot();
        String id = Scenarios.freshId(s, "vpce");
        List<String> main = s.routeTables().stream().filter(t -> Objects.equals(t.vpcId(), vpcId) && t.isMain())
                .map(RouteTable::routeTableId).toList();
        return applyAndEdit(Edits.putEndpoint(new VpcEndpoint(id, vpcId, "Gateway",
                "com.amazonaws." + s.region().name() + ".s3", "available", main, List.of())),
                new Target(Kind.VPC_ENDPOINT, id));
    }

    /** A security group of the VPC as Glue's guide asks for: all traffic from itself, all traffic out. */
    public boolean addSecurityGroup(String vpcId) {
        Snapshot s = vm.getSnapshot();
        String id = Scenarios.freshId(s, "sg");
        return applyAndEdit(Edits.putSecurityGroup(new SecurityGroup(id, vpcId, "glue-" + id.substring(id.length() - 4),
                List.of(SecurityGroupRule.allTrafficFromGroup(id)),
                List.of(SecurityGroupRule.allTrafficTo("0.0.0.0/0")))),
                new Target(Kind.SECURITY_GROUP, id));
    }

    /** A connection in the subnet (its zone, the VPC's first security group), last in the job's order. */
    public boolean addConnection(String subnetId) {
        Snapshot s = vm.getSnapshot();
        Subnet n = s.subnet(subnetId).orElse(null);
        if (n == null || vm.getSelectedJob() == null) {
            return false;
        }
        String name = Scenarios.freshName(s, "connection-" + n.availabilityZone());
        List<String> groups = s.securityGroups().stream().filter(g -> Objects.equals(g.vpcId(), n.vpcId()))
                .map(SecurityGroup::groupId).limit(1).toList();
        return applyAndEdit(Edits.addConnectionToJob(vm.getSelectedJob().name(), new GlueConnection(name, "JDBC",
                subnetId, groups, n.availabilityZone(), null, "READY", null)), new Target(Kind.CONNECTION, name));
    }

    /** A VPC in the next free 10.x.0.0/16 with its main route table. */
    public boolean addVpc() {
        Snapshot s = vm.getSnapshot();
        String id = Scenarios.freshId(s, "vpc");
        List<String> taken = s.vpcs().stream().map(Vpc::cidrBlock).toList();
        int second = 0;
        while (taken.contains("10." + second + ".0.0/16")) {
            second++;
        }
        String cidr = "10." + second + ".0.0/16";
        String table = Scenarios.freshId(s, "rtb");
        Edit vpc = Edits.putVpc(new Vpc(id, cidr, true, true, Map.of("Name", "vpc-" + second)));
        Edit main = Edits.putRouteTable(new RouteTable(table, id, List.of(RouteTableAssociation.mainTable()),
                List.of(Route.local(cidr)), Map.of()));
        return applyAndEdit(new Edit(vpc.description(), x -> main.change().apply(vpc.change().apply(x))),
                new Target(Kind.VPC, id));
    }

    /** The region's next AZ: the next letter, and the next zone id number in the ids the scenario uses. */
    public boolean addZone() {
        Snapshot s = vm.getSnapshot();
        String region = s.region().name();
        char letter = 'a';
        while (letter < 'z' && hasZone(s, region + letter)) {
            letter++;
        }
        String prefix = s.availabilityZones().stream().map(AvailabilityZone::zoneId).filter(z -> z.contains("-az"))
                .map(z -> z.substring(0, z.lastIndexOf("-az") + 3)).findFirst().orElse(region + "-az");
        int n = 1;
        while (hasZoneId(s, prefix + n)) {
            n++;
        }
        String name = region + letter;
        return applyAndEdit(Edits.putZone(new AvailabilityZone(name, prefix + n, "available")),
                new Target(Kind.ZONE, name));
    }

    private static boolean hasZoneId(Snapshot s, String id) {
        return s.availabilityZones().stream().anyMatch(z -> z.zoneId().equals(id));
    }

    private static boolean hasZone(Snapshot s, String name) {
        return s.availabilityZones().stream().anyMatch(z -> z.name().equals(name));
    }

    /** Removes the element (AWS's rules: a VPC with subnets, the main table, … are refused with the reason). */
    public boolean remove(Target t) {
        Edit edit = switch (t.kind()) {
            case VPC -> Edits.removeVpc(t.id());
            case ZONE -> Edits.removeZone(t.id());
            case SUBNET -> Edits.removeSubnet(t.id());
            case ROUTE_TABLE -> Edits.removeRouteTable(t.id());
            case NAT_GATEWAY -> Edits.removeNat(t.id());
            case INTERNET_GATEWAY -> Edits.removeInternetGateway(t.id());
            case VPC_ENDPOINT -> Edits.removeEndpoint(t.id());
            case SECURITY_GROUP -> Edits.removeSecurityGroup(t.id());
            case CONNECTION -> Edits.removeConnection(t.id());
            case JOB -> null;
        };
        if (edit == null) {
            refuse(T.get("refuse.removeJob"));
            return false;
        }
        boolean done = apply(edit);
        if (done && vm.selectedElementProperty().get() != null
                && targetOf(vm.getSnapshot(), vm.selectedElementProperty().get()).isEmpty()) {
            vm.selectedElementProperty().set(null);
        }
        return done;
    }

    private boolean applyAndEdit(Edit edit, Target next) {
        boolean done = apply(edit);
        if (done) {
            target.set(next);
        }
        return done;
    }

    // --- targets and drills ------------------------------------------------------------------

    /** The element a diagram selection names, as an edit target (an AZ box names its zone id). */
    public static Optional<Target> targetOf(Snapshot s, ElementRef ref) {
        Target t = switch (ref.kind()) {
            case VPC -> new Target(Kind.VPC, ref.id());
            case AVAILABILITY_ZONE -> s.availabilityZones().stream()
                    .filter(z -> z.zoneId().equals(ref.id()) || z.name().equals(ref.id())).findFirst()
                    .map(z -> new Target(Kind.ZONE, z.name())).orElse(null);
            case SUBNET -> new Target(Kind.SUBNET, ref.id());
            case ROUTE_TABLE -> new Target(Kind.ROUTE_TABLE, ref.id());
            case NAT_GATEWAY -> new Target(Kind.NAT_GATEWAY, ref.id());
            case INTERNET_GATEWAY -> new Target(Kind.INTERNET_GATEWAY, ref.id());
            case VPC_ENDPOINT -> new Target(Kind.VPC_ENDPOINT, ref.id());
            case CONNECTION -> new Target(Kind.CONNECTION, ref.id());
            case REGION -> null;
        };
        return t != null && exists(s, t) ? Optional.of(t) : Optional.empty();
    }

    static boolean exists(Snapshot s, Target t) {
        return switch (t.kind()) {
            case VPC -> s.vpcs().stream().anyMatch(v -> v.vpcId().equals(t.id()));
            case ZONE -> hasZone(s, t.id());
            case SUBNET -> s.subnet(t.id()).isPresent();
            case ROUTE_TABLE -> table(s, t.id()).isPresent();
            case NAT_GATEWAY -> s.natGateways().stream().anyMatch(n -> n.natGatewayId().equals(t.id()));
            case INTERNET_GATEWAY -> s.internetGateways().stream().anyMatch(g -> g.internetGatewayId().equals(t.id()));
            case VPC_ENDPOINT -> s.vpcEndpoints().stream().anyMatch(e -> e.vpcEndpointId().equals(t.id()));
            case SECURITY_GROUP -> group(s, t.id()).isPresent();
            case CONNECTION -> s.connection(t.id()).isPresent();
            case JOB -> s.job(t.id()).isPresent();
        };
    }

    private Target defaultTarget(Snapshot s) {
        String job = vm.getSelectedJob() != null && s.job(vm.getSelectedJob().name()).isPresent()
                ? vm.getSelectedJob().name() : s.jobs().isEmpty() ? null : s.jobs().get(0).name();
        return job == null ? null : new Target(Kind.JOB, job);
    }

    private static Optional<RouteTable> table(Snapshot s, String id) {
        return s.routeTables().stream().filter(t -> t.routeTableId().equals(id)).findFirst();
    }

    private static Optional<SecurityGroup> group(Snapshot s, String id) {
        return s.securityGroups().stream().filter(g -> g.groupId().equals(id)).findFirst();
    }

    /** Every drill step of the scenario that no longer gives its expected outcome, one sentence each. */
    private void checkDrills() {
        Snapshot s = vm.getSnapshot();
        drillWarning.set(s == null ? "" : drillWarning(s, vm.getSettings(), Messages.language()));
    }

    /** "This edit breaks drill "AZ outage" step 2: …", or "" when every drill passes. */
    static String drillWarning(Snapshot s, dev.gluefailover.rules.RuleSettings settings, Locale locale) {
        if (s.drills().isEmpty() || s.jobs().isEmpty()) {
            return "";
        }
        Map<String, List<String>> broken = new LinkedHashMap<>();
        for (Drill d : s.drills()) {
            for (DrillStepCheck step : DrillCheck.of(s, d, settings).mismatches()) {
                broken.computeIfAbsent(title(d, locale), k -> new ArrayList<>())
                        .add(DrillCheck.mismatchText(step, locale));
            }
        }
        return broken.entrySet().stream().map(e -> T.in(locale, "drill.broken", e.getKey(),
                String.join("; ", e.getValue()))).collect(Collectors.joining("\n"));
    }

    private static String title(Drill d, Locale locale) {
        String title = "ja".equals(locale.getLanguage()) && d.titleJa() != null ? d.titleJa() : d.titleEn();
        return title == null ? d.name() : title;
    }
}
