package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The facts of one element of the topology, worked out once for every place that shows them: the
 * Details tab, the diagram's tooltips, the SVG and draw.io tooltips. A pure function of the
 * snapshot, the evaluation (its simulation) and the element; renderers only lay it out.
 *
 * @param ref        the element
 * @param kind       what it is, in the user's words ("Private subnet", "NAT gateway", "Glue connection")
 * @param title      its name (the Name tag, else its id; "#2 my-conn" for a connection)
 * @param facts      label / value pairs in reading order
 * @param failed     the simulation failed this element itself ({@link Simulation#isFailed})
 * @param dependents the job's connections that depend on it (sit in it, route through it), in job order
 */
public record FactSheet(ElementRef ref, String kind, String title, List<Fact> facts, boolean failed,
        List<ConnectionEvaluation> dependents) {
    /** Labels and values in the current language (the {@code engine} bundle's {@code fact.*}). */
    static final dev.gluefailover.i18n.Messages L = dev.gluefailover.i18n.Messages.of("engine");

    public FactSheet {
        Objects.requireNonNull(ref, "ref");
        facts = List.copyOf(facts);
        dependents = List.copyOf(dependents);
    }

    /**
     * One fact.
     *
     * @param label     what it is ("CIDR", "Free IPs", "Route" for each route: "0.0.0.0/0 → nat-…")
     * @param value     its value, never null ("unknown" / "none" when the snapshot does not say)
     * @param points    the element the value names, when it is one (a subnet's route table, a route's NAT), or null
     * @param simulated the value is the simulation's, not the snapshot's (an override, an outage, a failure)
     */
    public record Fact(String label, String value, ElementRef points, boolean simulated) {
        public Fact {
            Objects.requireNonNull(label, "label");
            value = value == null || value.isBlank() ? L.get("fact.unknown") : value;
        }

        Fact(String label, String value) {
            this(label, value, null, false);
        }
    }

    /** The value of the first fact with this label. */
    public Optional<String> value(String label) {
        return facts.stream().filter(f -> f.label().equals(label)).map(Fact::value).findFirst();
    }

    /**
     * The sheet as plain lines for a tooltip: "Private subnet app-a", then "label: value" per fact
     * (labels start lower-case unless they are an acronym: "free IPs: 12", "CIDR: 10.0.1.0/24").
     */
    public String text() {
        StringJoiner j = new StringJoiner("\n");
        j.add(kind + " " + title);
        for (Fact f : facts) {
            j.add(lineLabel(f.label()) + ": " + f.value());
        }
        if (!dependents.isEmpty()) {
            j.add(L.get("fact.connections") + String.join(", ", dependents.stream().map(c -> "#" + c.order() + " " + c.name())
                    .toList()));
        }
        return j.toString();
    }

    private static String lineLabel(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /**
     * The facts of an element. {@code index} may be null (an export given only a diagram): then only
     * what the evaluation knows is said (a connection's verdict, the simulation's failures).
     * {@code evaluation} may be null (nothing evaluated, nothing simulated).
     */
    public static FactSheet of(SnapshotIndex index, Evaluation evaluation, ElementRef ref) {
        return new Builder(index, evaluation, ref).build();
    }

    /** Stands in for a snapshot an export was not given: every look-up finds nothing. */
    private static final SnapshotIndex NOTHING = new SnapshotIndex(new Snapshot(0, null, null,
            new dev.gluefailover.model.Region("", null), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

    private static final class Builder {
        final SnapshotIndex index;
        final Evaluation evaluation;
        final Simulation sim;
        final ElementRef ref;
        final List<Fact> facts = new ArrayList<>();
        final List<ConnectionEvaluation> dependents = new ArrayList<>();
        String kind;
        String title;
        boolean failed;

        final boolean known;

        Builder(SnapshotIndex index, Evaluation evaluation, ElementRef ref) {
            this.known = index != null;
            this.index = known ? index : NOTHING;
            this.evaluation = evaluation;
            this.sim = evaluation == null ? Simulation.NONE : evaluation.simulation();
            this.ref = Objects.requireNonNull(ref, "ref");
            this.title = ref.id();
            this.kind = kindName(ref.kind());
        }

        FactSheet build() {
            switch (ref.kind()) {
                case REGION -> region();
                case VPC -> vpc();
                case AVAILABILITY_ZONE -> zone();
                case SUBNET -> subnet();
                case ROUTE_TABLE -> routeTable();
                case NAT_GATEWAY -> nat();
                case INTERNET_GATEWAY -> internetGateway();
                case VPC_ENDPOINT -> endpoint();
                case CONNECTION -> connection();
            }
            return new FactSheet(ref, kind, title, facts, failed, dependents);
        }

        void add(String label, String value) {
            facts.add(new Fact(label, value));
        }

        void add(String label, String value, ElementRef points) {
            facts.add(new Fact(label, value, points, false));
        }

        void simulated(String label, String value) {
            facts.add(new Fact(label, value, null, true));
        }

        void region() {
            if (!known) {
                return;
            }
            Snapshot s = index.snapshot();
            title = s.region().name();
            if (s.region().accountId() != null) {
                add(L.get("fact.account"), s.region().accountId());
            }
            if (s.capturedAt() != null) {
                add(L.get("fact.captured"), s.capturedAt());
            }
            add(L.get("fact.contents"), L.get("fact.contentsRegion", s.vpcs().size(), s.subnets().size()));
        }

        void vpc() {
            Optional<Vpc> v = index.vpc(ref.id());
            add(L.get("fact.vpcId"), ref.id());
            if (v.isPresent()) {
                title = v.get().name();
                add(L.get("fact.cidr"), v.get().cidrBlock());
                add(L.get("fact.dnsSupport"), yesNo(v.get().enableDnsSupport()));
                add(L.get("fact.dnsHostnames"), yesNo(v.get().enableDnsHostnames()));
                add(L.get("fact.contents"), L.get("fact.contentsVpc", index.subnetsIn(ref.id()).size(),
                        index.endpointsIn(ref.id()).size()));
            }
            dependents(ce -> index.subnet(ce.subnetId()).map(s -> ref.id().equals(s.vpcId())).orElse(false));
        }

        void zone() {
            // the AZ's box, selection and outage all speak in zone ids; a name is resolved once, there
            FailureTargets targets = new FailureTargets(index);
            String zoneId = targets.zoneId(ref.id()).orElse(ref.id());
            Optional<AvailabilityZone> z = index.zone(zoneId);
            title = z.map(AvailabilityZone::label).orElse(ref.id());
            z.ifPresent(x -> add(L.get("fact.zoneName"), x.name()));
            add(L.get("fact.zoneId"), zoneId);
            z.ifPresent(x -> add(L.get("fact.stateAws"), x.state()));
            failed = sim.isZoneFailed(zoneId);
            if (failed) {
                simulated(L.get("fact.outage"), L.get("fact.value.simulated"));
            }
            dependents(ce -> zoneId.equals(ce.availabilityZoneId() != null ? ce.availabilityZoneId()
                    : targets.zoneId(ce.availabilityZone()).orElse(ce.availabilityZone())));
        }

        void subnet() {
            Optional<Subnet> found = index.subnet(ref.id());
            failed = sim.isFailed(ref);
            if (found.isEmpty()) {
                add(L.get("fact.subnetId"), ref.id());
                freeIpsWithoutSubnet();
            } else {
                Subnet s = found.get();
                String zoneId = index.zoneIdOf(s);
                title = s.name();
                kind = L.get(index.isPublic(s) ? "fact.kind.publicSubnet" : "fact.kind.privateSubnet");
                add(L.get("fact.subnetId"), s.subnetId());
                add(L.get("fact.vpc"), s.vpcId(), s.vpcId() == null ? null : new ElementRef(ElementKind.VPC, s.vpcId()));
                add(L.get("fact.az"), s.availabilityZone() + (zoneId == null ? "" : " (" + zoneId + ")"),
                        zoneId == null ? null : new ElementRef(ElementKind.AVAILABILITY_ZONE, zoneId));
                add(L.get("fact.cidr"), s.cidrBlock());
                add(L.get("fact.state"), s.state());
                Integer override = sim.freeIpOverride(s.subnetId()).orElse(null);
                String snapshot = s.availableIpAddressCount() == null ? L.get("fact.unknown")
                        : s.availableIpAddressCount().toString();
                if (override != null) {
                    simulated(L.get("fact.freeIps"), L.get("fact.value.freeIpsSimulated", String.valueOf(override), snapshot));
                } else {
                    add(L.get("fact.freeIps"), snapshot);
                }
                add(L.get("fact.public"), L.get(index.isPublic(s) ? "fact.value.public" : "fact.value.private"));
                Optional<SnapshotIndex.EffectiveRouteTable> rt = index.effectiveRouteTable(s);
                add(L.get("fact.routeTable"), rt.map(t -> t.describe().get()).orElse(L.get("fact.none")),
                        rt.map(t -> new ElementRef(ElementKind.ROUTE_TABLE, t.table().routeTableId())).orElse(null));
                rt.ifPresent(t -> routes(t.table()));
                if (sim.isZoneFailed(s, zoneId)) {
                    simulated(L.get("fact.zoneOutage"), L.get("fact.value.zoneOutage", s.availabilityZone()));
                }
            }
            if (sim.isSubnetDeleted(ref.id())) {
                simulated(L.get("fact.simulated"), L.get("fact.value.deleted"));
            } else if (failed) {
                simulated(L.get("fact.simulated"), L.get("fact.value.noIps"));
            }
            dependents(ce -> ref.id().equals(ce.subnetId()));
        }

        void freeIpsWithoutSubnet() {
            sim.freeIpOverride(ref.id()).ifPresent(n -> simulated(L.get("fact.freeIps"), L.get("fact.value.ipsSimulated", String.valueOf(n))));
        }

        void routes(RouteTable t) {
            for (Route r : t.routes()) {
                add(L.get("fact.route"), r.active() ? r.destination() + " \u2192 " + r.target()
                        : L.get("fact.value.blackhole", r.destination() + " \u2192 " + r.target()), r.targetElement());
            }
        }

        void routeTable() {
            Optional<RouteTable> found = index.routeTable(ref.id());
            add(L.get("fact.routeTableId"), ref.id());
            if (found.isEmpty()) {
                return;
            }
            RouteTable t = found.get();
            title = t.name();
            add(L.get("fact.vpc"), t.vpcId(), t.vpcId() == null ? null : new ElementRef(ElementKind.VPC, t.vpcId()));
            add(L.get("fact.mainTable"), L.get(t.isMain() ? "fact.value.main" : "fact.no"));
            List<String> subnets = t.associations().stream().map(RouteTableAssociation::subnetId)
                    .filter(Objects::nonNull).toList();
            add(L.get("fact.associatedSubnets"), subnets.isEmpty() ? L.get("fact.none") : String.join(", ", subnets));
            routes(t);
            if (t.routes().stream().allMatch(r -> "local".equals(r.gatewayId()))) {
                add(L.get("fact.wayOut"), L.get("fact.value.localOnly"));
            }
            for (VpcEndpoint e : index.gatewayEndpointsOn(t.routeTableId())) {
                add(L.get("fact.gatewayEndpoint"), e.vpcEndpointId() + " (" + e.serviceName() + ")",
                        new ElementRef(ElementKind.VPC_ENDPOINT, e.vpcEndpointId()));
            }
            dependents(ce -> table(ce).map(tb -> tb.routeTableId().equals(ref.id())).orElse(false));
        }

        void nat() {
            Optional<NatGateway> n = index.natGateway(ref.id());
            add(L.get("fact.natGatewayId"), ref.id());
            failed = sim.isFailed(ref);
            if (n.isPresent()) {
                title = n.get().name();
                add(L.get("fact.state"), n.get().state());
                add(L.get("fact.connectivity"), n.get().connectivityType());
                add(L.get("fact.inSubnet"), n.get().subnetId(), n.get().subnetId() == null ? null
                        : new ElementRef(ElementKind.SUBNET, n.get().subnetId()));
                index.subnet(n.get().subnetId()).ifPresent(s -> {
                    String zoneId = index.zoneIdOf(s);
                    add(L.get("fact.inAz"), s.availabilityZone() + (zoneId == null ? "" : " (" + zoneId + ")"),
                            zoneId == null ? null : new ElementRef(ElementKind.AVAILABILITY_ZONE, zoneId));
                });
            }
            if (failed) {
                simulated(L.get("fact.simulated"), L.get("fact.value.failed"));
            }
            dependents(ce -> table(ce).map(t -> t.routes().stream().anyMatch(r -> ref.id().equals(r.natGatewayId())))
                    .orElse(false));
        }

        void internetGateway() {
            add(L.get("fact.internetGatewayId"), ref.id());
            index.snapshot().internetGateways().stream().filter(g -> g.internetGatewayId().equals(ref.id()))
                    .findFirst().map(InternetGateway::attachedVpcIds)
                    .ifPresent(vpcs -> add(L.get("fact.attachedTo"), String.join(", ", vpcs)));
        }

        void endpoint() {
            Optional<VpcEndpoint> v = index.endpoint(ref.id());
            add(L.get("fact.endpointId"), ref.id());
            failed = sim.isFailed(ref);
            if (v.isPresent()) {
                VpcEndpoint e = v.get();
                add(L.get("fact.type"), e.vpcEndpointType());
                add(L.get("fact.service"), e.serviceName());
                add(L.get("fact.state"), e.state());
                add(L.get("fact.routeTables"), e.routeTableIds().isEmpty() ? L.get("fact.none") : String.join(", ", e.routeTableIds()));
                add(L.get("fact.subnets"), e.subnetIds().isEmpty() ? L.get("fact.none") : String.join(", ", e.subnetIds()));
                dependents(ce -> table(ce).map(t -> e.routeTableIds().contains(t.routeTableId())).orElse(false)
                        || e.subnetIds().contains(ce.subnetId()));
            }
            if (failed) {
                simulated(L.get("fact.simulated"), L.get("fact.value.removed"));
            }
        }

        void connection() {
            ConnectionEvaluation ce = evaluation == null ? null : evaluation.connection(ref.id()).orElse(null);
            GlueConnection c = ce != null && ce.connection() != null ? ce.connection()
                    : index.connection(ref.id()).orElse(null);
            if (ce != null) {
                title = "#" + ce.order() + " " + ce.name();
                add(L.get("fact.order"), String.valueOf(ce.order()));
                add(L.get("fact.verdict"), ce.verdict().name());
                ce.blockingCheck().ifPresent(r -> add(L.get("fact.blockingCheck"), r.code() + ": " + r.message()));
            }
            if (c != null) {
                add(L.get("fact.type"), c.connectionType());
            }
            String subnetId = ce != null ? ce.subnetId() : c == null ? null : c.subnetId();
            if (subnetId != null) {
                add(L.get("fact.subnet"), subnetId, new ElementRef(ElementKind.SUBNET, subnetId));
            }
            if (c != null && c.availabilityZone() != null) {
                add(L.get("fact.azConnection"), c.availabilityZone());
            }
            if (ce != null && ce.availabilityZone() != null) {
                add(L.get("fact.az"), ce.availabilityZone() + (ce.availabilityZoneId() == null ? "" : " (" + ce.availabilityZoneId()
                        + ")"), ce.availabilityZoneId() == null ? null
                                : new ElementRef(ElementKind.AVAILABILITY_ZONE, ce.availabilityZoneId()));
            }
            if (c != null) {
                add(L.get("fact.securityGroups"), c.securityGroupIds().isEmpty() ? L.get("fact.none") : String.join(", ", c.securityGroupIds()));
            }
            if (ce != null && ce.verdict() == Verdict.CHOSEN && !ce.runWouldSucceed()) {
                for (CheckResult r : ce.runChecks()) {
                    if (!r.status().passes()) {
                        add(L.get("fact.runWouldFail"), r.code() + ": " + r.message());
                    }
                }
            }
        }

        private Optional<RouteTable> table(ConnectionEvaluation ce) {
            return index.subnet(ce.subnetId()).flatMap(index::effectiveRouteTable)
                    .map(SnapshotIndex.EffectiveRouteTable::table);
        }

        private void dependents(java.util.function.Predicate<ConnectionEvaluation> p) {
            if (evaluation != null) {
                evaluation.connections().stream().filter(p).forEach(dependents::add);
            }
        }


        private static String yesNo(Boolean b) {
            return L.get(b == null ? "fact.unknown" : b ? "fact.yes" : "fact.no");
        }
    }

    /** "Availability Zone", "NAT gateway", ... as the Details tab heads an element. */
    public static String kindName(ElementKind kind) {
        return L.get(switch (kind) {
            case REGION -> "fact.kind.region";
            case VPC -> "fact.kind.vpc";
            case AVAILABILITY_ZONE -> "fact.kind.az";
            case SUBNET -> "fact.kind.subnet";
            case ROUTE_TABLE -> "fact.kind.routeTable";
            case NAT_GATEWAY -> "fact.kind.nat";
            case INTERNET_GATEWAY -> "fact.kind.igw";
            case VPC_ENDPOINT -> "fact.kind.endpoint";
            case CONNECTION -> "fact.kind.connection";
        });
    }
}
