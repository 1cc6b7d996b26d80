package dev.gluefailover.engine;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Subnet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The failures a user has switched on: a fork of the snapshot in Batfish's sense. Immutable;
 * the order is the order they were switched on. Each failure has a slot (its kind and target):
 * switching on a failure for a taken slot replaces the earlier one.
 *
 * <p>This class is the one owner of what a simulation means: which elements are failed, what a
 * subnet's free IPs are now. AZ outages hold zone ids ({@link FailureTargets} turns a typed zone
 * name into its id once, when the failure is made), so every question here is a plain look-up.
 */
public final class Simulation {
    public static final Simulation NONE = new Simulation(List.of());

    private final List<SimulatedFailure> failures;
    private final Set<String> failedZones = new HashSet<>();
    private final Set<String> failedNats = new HashSet<>();
    private final Set<String> removedEndpoints = new HashSet<>();
    private final Set<String> deletedSubnets = new HashSet<>();
    private final Map<String, Integer> freeIpOverrides = new HashMap<>();

    public Simulation(List<SimulatedFailure> failures) {
        this.failures = List.copyOf(failures);
        for (SimulatedFailure f : this.failures) {
            if (f instanceof SimulatedFailure.AzOutage az) {
                failedZones.add(az.target());
            } else if (f instanceof SimulatedFailure.NatGatewayFailure nat) {
                failedNats.add(nat.target());
            } else if (f instanceof SimulatedFailure.EndpointRemoved e) {
                removedEndpoints.add(e.target());
            } else if (f instanceof SimulatedFailure.SubnetDeleted d) {
                deletedSubnets.add(d.target());
            } else if (f instanceof SimulatedFailure.SubnetIps ips) {
                freeIpOverrides.put(ips.target(), ips.freeIps());
            }
        }
    }

    public static Simulation of(SimulatedFailure... failures) {
        Simulation s = NONE;
        for (SimulatedFailure f : failures) {
            s = s.with(f);
        }
        return s;
    }

    public List<SimulatedFailure> failures() {
        return failures;
    }

    /** This simulation plus a failure; a failure already in the same slot (kind and target) is replaced. */
    public Simulation with(SimulatedFailure failure) {
        List<SimulatedFailure> list = new ArrayList<>(failures);
        list.removeIf(f -> sameSlot(f, failure));
        list.add(failure);
        return new Simulation(list);
    }

    /** This simulation without whatever failure holds the slot of this one (whatever its value). */
    public Simulation without(SimulatedFailure failure) {
        List<SimulatedFailure> list = new ArrayList<>(failures);
        list.removeIf(f -> sameSlot(f, failure));
        return new Simulation(list);
    }

    /** Exactly this failure is on (for free IPs: with this very number). */
    public boolean contains(SimulatedFailure failure) {
        return failures.contains(failure);
    }

    /** The failure in the slot of this one, whatever its value (the free IPs set earlier, say). */
    public Optional<SimulatedFailure> inSlotOf(SimulatedFailure failure) {
        return failures.stream().filter(f -> sameSlot(f, failure)).findFirst();
    }

    /**
     * The "toggle" of every switch, menu and key: a failure that is exactly on goes off; otherwise it
     * goes on, replacing what held its slot (so setting 5 free IPs over 0 changes the number).
     */
    public Simulation toggled(SimulatedFailure failure) {
        return contains(failure) ? without(failure) : with(failure);
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }

    private static boolean sameSlot(SimulatedFailure a, SimulatedFailure b) {
        return a.getClass() == b.getClass() && a.target().equals(b.target());
    }

    // --- what the simulation means --------------------------------------------------------

    /** The zone (by id; by name only when the snapshot knows no id for it) has a simulated outage. */
    public boolean isZoneFailed(String zoneId) {
        return zoneId != null && failedZones.contains(zoneId);
    }

    /** A subnet is in a failed zone: decided by its own zone id, else (no id known) by its zone name. */
    public boolean isZoneFailed(Subnet subnet, String zoneId) {
        return zoneId != null ? failedZones.contains(zoneId)
                : subnet.availabilityZone() != null && failedZones.contains(subnet.availabilityZone());
    }

    public Set<String> failedZoneIds() {
        return Collections.unmodifiableSet(failedZones);
    }

    // Most evaluations run with no failure of a kind: the empty tests spare a hash look-up each.

    public boolean isNatFailed(String natGatewayId) {
        return !failedNats.isEmpty() && failedNats.contains(natGatewayId);
    }

    public boolean isEndpointRemoved(String endpointId) {
        return !removedEndpoints.isEmpty() && removedEndpoints.contains(endpointId);
    }

    public boolean isSubnetDeleted(String subnetId) {
        return !deletedSubnets.isEmpty() && deletedSubnets.contains(subnetId);
    }

    /** The simulated free IPs of a subnet, when the user set them. */
    public Optional<Integer> freeIpOverride(String subnetId) {
        return Optional.ofNullable(freeIpOverrides.get(subnetId));
    }

    /** A subnet's free IPs now: the simulated figure, else the snapshot's (null when unknown). */
    public Integer freeIps(Subnet subnet) {
        Integer simulated = freeIpOverrides.isEmpty() ? null : freeIpOverrides.get(subnet.subnetId());
        return simulated != null ? simulated : subnet.availableIpAddressCount();
    }

    /**
     * The element is failed by a failure of its own: an AZ in an outage (ref id = zone id), a failed
     * NAT gateway, a removed endpoint, a deleted subnet or one set to 0 free IPs. Elements that only
     * sit in a failed zone are not failed themselves (the diagram dims them).
     */
    public boolean isFailed(ElementRef ref) {
        if (ref == null) {
            return false;
        }
        return switch (ref.kind()) {
            case AVAILABILITY_ZONE -> failedZones.contains(ref.id());
            case NAT_GATEWAY -> failedNats.contains(ref.id());
            case VPC_ENDPOINT -> removedEndpoints.contains(ref.id());
            case SUBNET -> deletedSubnets.contains(ref.id()) || Integer.valueOf(0).equals(freeIpOverrides.get(ref.id()));
            default -> false;
        };
    }

    /** The failures that make {@link #isFailed} true for this element (to restore it). */
    public List<SimulatedFailure> failuresOf(ElementRef ref) {
        if (ref == null) {
            return List.of();
        }
        return failures.stream().filter(f -> failedElement(f).equals(ref)
                && (!(f instanceof SimulatedFailure.SubnetIps ips) || ips.freeIps() == 0)).toList();
    }

    /** The element a failure is about (an AZ by the zone id it holds). */
    public static ElementRef failedElement(SimulatedFailure f) {
        ElementKind kind;
        if (f instanceof SimulatedFailure.AzOutage) {
            kind = ElementKind.AVAILABILITY_ZONE;
        } else if (f instanceof SimulatedFailure.NatGatewayFailure) {
            kind = ElementKind.NAT_GATEWAY;
        } else if (f instanceof SimulatedFailure.EndpointRemoved) {
            kind = ElementKind.VPC_ENDPOINT;
        } else {
            kind = ElementKind.SUBNET;
        }
        return new ElementRef(kind, f.target());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Simulation s && s.failures.equals(failures);
    }

    @Override
    public int hashCode() {
        return failures.hashCode();
    }

    @Override
    public String toString() {
        return "Simulation" + failures;
    }
}
