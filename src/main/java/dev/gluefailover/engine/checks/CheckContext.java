package dev.gluefailover.engine.checks;

import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.RuleSettings;
import java.util.Optional;

/**
 * What a check may look at for one connection of one job: the connection (null when the job names
 * one the snapshot lacks), its subnet (null when missing or deleted by the simulation) and the
 * subnet's zone id, the snapshot's look-ups, the simulation (which alone says what is failed)
 * and the settings. {@code ipDemand} is the job's, worked out once per evaluation. {@code egress} is what the egress check found, for the checks that build
 * on it; null until that check ran.
 */
public record CheckContext(GlueJob job, IpDemand ipDemand, String connectionName, GlueConnection connection, Subnet subnet,
        String zoneId, SnapshotIndex index, Simulation simulation, RuleSettings settings, EgressFinding egress) {

    /** The same context with the egress finding the later checks build on. */
    public CheckContext withEgress(EgressFinding finding) {
        return new CheckContext(job, ipDemand, connectionName, connection, subnet, zoneId, index, simulation, settings, finding);
    }

    /** What the egress check found: the finding it handed on, else found now (a check run on its own). */
    public EgressFinding egressFinding() {
        return egress != null ? egress : CheckCatalogue.EGRESS.find(this);
    }

    /** The subnet's free IPs now: the simulated figure, else the snapshot's (null when unknown). */
    public Integer freeIps() {
        return simulation.freeIps(subnet);
    }

    /**
     * A subnet sits in a zone with a simulated outage. The simulation holds zone ids; a subnet
     * whose own record names no id is placed by what the snapshot knows of its zone name.
     */
    public boolean isZoneFailed(Subnet s, String subnetZoneId) {
        if (simulation.failedZoneIds().isEmpty()) {
            return false;
        }
        String id = subnetZoneId != null ? subnetZoneId : index.zoneIdFor(s.availabilityZone()).orElse(null);
        return simulation.isZoneFailed(s, id);
    }

    /** The zone record of a subnet's zone (by id, else by name); empty when the snapshot has none. */
    public Optional<AvailabilityZone> zoneOf(Subnet s, String subnetZoneId) {
        return index.zone(subnetZoneId != null ? subnetZoneId : s.availabilityZone());
    }

    /** The load problem that hides data for this action and resource, if any. */
    public Optional<LoadProblem> problem(String action, String resourceId) {
        return index.problem(action, resourceId);
    }

    /** "us-east-1a (use1-az1)", or the name alone when the id is unknown (the id alone when the name is). */
    static dev.gluefailover.i18n.Text zoneLabel(Subnet s, String subnetZoneId) {
        if (s.availabilityZone() == null) {
            return subnetZoneId != null ? dev.gluefailover.i18n.Text.verbatim(subnetZoneId)
                    : dev.gluefailover.i18n.Text.of(ConnectionCheck.AREA, "zone.unknown");
        }
        return dev.gluefailover.i18n.Text.verbatim(s.availabilityZone()
                + (subnetZoneId != null ? " (" + subnetZoneId + ")" : ""));
    }

    /** How a DescribeAvailabilityZones state reads: healthy, healthy with a note, or unhealthy. */
    public enum ZoneHealth {
        HEALTHY, HEALTHY_WITH_NOTE, UNHEALTHY
    }

    /**
     * A zone state as the settings read it: {@code available} is healthy; {@code information} and
     * {@code constrained} are healthy with a note (setting {@code azNoticeStatesHealthy}), else
     * unhealthy; {@code impaired}, {@code unavailable} and any other state are unhealthy.
     */
    public ZoneHealth zoneHealth(AvailabilityZone zone) {
        String state = zone.state() == null ? "available" : zone.state().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (state) {
            case "available" -> ZoneHealth.HEALTHY;
            case "information", "constrained" -> settings.flag(dev.gluefailover.rules.Setting.AZ_NOTICE_STATES_HEALTHY)
                    ? ZoneHealth.HEALTHY_WITH_NOTE : ZoneHealth.UNHEALTHY;
            default -> ZoneHealth.UNHEALTHY;
        };
    }

    /** The state is one of those whose reading is a setting ({@code information}, {@code constrained}). */
    static boolean isNoticeState(AvailabilityZone zone) {
        return "information".equalsIgnoreCase(zone.state()) || "constrained".equalsIgnoreCase(zone.state());
    }
}
