package dev.gluefailover.engine;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.Subnet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A simulation resolved against one snapshot: the sets the checks look up. AZ outages are
 * outages of zone ids [spec: AZ names vs ids]; a name given by the user is turned into its id.
 */
final class FailureOverlay {
    final Set<String> failedZoneIds = new HashSet<>();
    final Set<String> failedZoneNames = new HashSet<>();
    final Set<String> failedNats = new HashSet<>();
    final Set<String> removedEndpoints = new HashSet<>();
    final Set<String> deletedSubnets = new HashSet<>();
    final Map<String, Integer> freeIpOverrides = new HashMap<>();

    FailureOverlay(Simulation simulation, SnapshotIndex index) {
        for (SimulatedFailure f : simulation.failures()) {
            if (f instanceof SimulatedFailure.AzOutage az) {
                AvailabilityZone zone = index.zone(az.target()).orElse(null);
                failedZoneIds.add(zone != null ? zone.zoneId() : az.target());
                failedZoneNames.add(zone != null ? zone.name() : az.target());
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

    boolean zoneFailed(Subnet subnet, String zoneId) {
        return (zoneId != null && failedZoneIds.contains(zoneId))
                || (subnet.availabilityZone() != null && failedZoneNames.contains(subnet.availabilityZone()));
    }
}
