package dev.gluefailover.engine;

import dev.gluefailover.model.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failures made against one snapshot: the only place that turns what a user typed or clicked
 * into a {@link SimulatedFailure}. An AZ outage is an outage of a zone id [spec: AZ names vs
 * ids]: a zone name is resolved here, once, from the snapshot's zone table (or, without one,
 * from the subnets that carry both), and nowhere else.
 */
public final class FailureTargets {
    private static final dev.gluefailover.i18n.Messages T = dev.gluefailover.i18n.Messages.of("engine");
    private final SnapshotIndex index;

    public FailureTargets(SnapshotIndex index) {
        this.index = index;
    }

    /** The zone id of a zone named by id or name; empty when the snapshot does not know it. */
    public Optional<String> zoneId(String nameOrId) {
        return index.zoneIdFor(nameOrId);
    }

    /** An AZ outage of the zone named by id or name (kept as typed when the snapshot does not know it). */
    public SimulatedFailure.AzOutage azOutage(String nameOrId) {
        return new SimulatedFailure.AzOutage(zoneId(nameOrId).orElse(nameOrId));
    }

    /** The same failure with its target in canonical form (AZ outages by zone id). */
    public SimulatedFailure resolve(SimulatedFailure failure) {
        return failure instanceof SimulatedFailure.AzOutage az ? azOutage(az.target()) : failure;
    }

    /** Every failure of a simulation in canonical form; the same simulation when it already is. */
    public Simulation resolve(Simulation simulation) {
        boolean canonical = true;
        for (SimulatedFailure f : simulation.failures()) {
            if (!resolve(f).equals(f)) {
                canonical = false;
                break;
            }
        }
        if (canonical) {
            return simulation;
        }
        Simulation s = Simulation.NONE;
        for (SimulatedFailure f : simulation.failures()) {
            s = s.with(resolve(f));
        }
        return s;
    }

    /**
     * The one meaning of "fail this element", for every menu, key, switch and click: an AZ outage
     * (by zone id), a NAT gateway failure, an endpoint removed, a subnet exhausted (0 free IPs;
     * deleting a subnet is its own, explicit action). Empty for what cannot fail on its own (a VPC,
     * a route table, a connection).
     */
    public Optional<SimulatedFailure> failureFor(ElementRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (ref.kind()) {
            case AVAILABILITY_ZONE -> azOutage(ref.id());
            case NAT_GATEWAY -> new SimulatedFailure.NatGatewayFailure(ref.id());
            case VPC_ENDPOINT -> new SimulatedFailure.EndpointRemoved(ref.id());
            case SUBNET -> new SimulatedFailure.SubnetIps(ref.id(), 0);
            default -> null;
        });
    }

    /**
     * The simulation after "fail or restore this element": restores it when a failure of its own
     * is on (any of them), else fails it. Empty when the element cannot fail.
     */
    public Optional<Simulation> toggle(Simulation current, ElementRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        ElementRef canonical = ref.kind() == dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE
                ? new ElementRef(ref.kind(), zoneId(ref.id()).orElse(ref.id())) : ref;
        List<SimulatedFailure> own = current.failuresOf(canonical);
        if (!own.isEmpty()) {
            Simulation s = current;
            for (SimulatedFailure f : own) {
                s = s.without(f);
            }
            return Optional.of(s);
        }
        return failureFor(canonical).map(current::with);
    }

    /**
     * The failures of a simulation that name nothing in the snapshot (a typo in an id), as
     * sentences; empty when every target exists. A simulation of nothing is most likely a mistake.
     */
    public List<String> unknownTargets(Simulation simulation) {
        List<String> problems = new ArrayList<>();
        for (SimulatedFailure f : simulation.failures()) {
            boolean known;
            String what;
            if (f instanceof SimulatedFailure.AzOutage) {
                known = zoneId(f.target()).isPresent() || index.hasSubnetInZoneNamed(f.target());
                what = T.get("target.az");
            } else if (f instanceof SimulatedFailure.NatGatewayFailure) {
                known = index.natGateway(f.target()).isPresent();
                what = T.get("target.nat");
            } else if (f instanceof SimulatedFailure.EndpointRemoved) {
                known = index.endpoint(f.target()).isPresent();
                what = T.get("target.endpoint");
            } else {
                known = index.subnet(f.target()).isPresent();
                what = T.get("target.subnet");
            }
            if (!known) {
                problems.add(T.get("target.missing", f.spec(), what, f.target()));
            }
        }
        return problems;
    }
}
