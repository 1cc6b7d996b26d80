package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Setting;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;
import java.util.Optional;

/**
 * The subnet's zone is healthy [DOC S1]. How Glue learns it is internal [INF]: a simulated outage
 * of the subnet's zone id, or (by setting) a DescribeAvailabilityZones state: {@code impaired} and
 * {@code unavailable} are unhealthy, {@code information} and {@code constrained} healthy with a note
 * (setting {@code azNoticeStatesHealthy}).
 */
public final class AzHealthy extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("AZ_UNHEALTHY", "Availability Zone is healthy",
            CheckKind.SELECTION, SourceTag.DOC, List.of(Source.S1), "Could not find subnet for AZ ... [DOC S1]");

    private static final List<String> USES_ZONE_STATE = List.of(Setting.AZ_STATE_COUNTS_AS_UNHEALTHY.key());
    private static final List<String> USES_NOTICE = List.of(Setting.AZ_NOTICE_STATES_HEALTHY.key());
    private static final List<String> USES_BOTH = List.of(Setting.AZ_NOTICE_STATES_HEALTHY.key(),
            Setting.AZ_STATE_COUNTS_AS_UNHEALTHY.key());

    public AzHealthy() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Subnet subnet = c.subnet();
        String zoneId = c.zoneId();
        Object label = CheckContext.zoneLabel(subnet, zoneId);
        Evidence az = Evidence.of("availabilityZone", subnet.availabilityZone(), AVAILABILITY_ZONE,
                zoneId != null ? zoneId : subnet.availabilityZone());
        Evidence id = Evidence.element("zoneId", AVAILABILITY_ZONE, zoneId);
        if (c.isZoneFailed(subnet, zoneId)) {
            return result(CheckStatus.FAIL, text("AZ_UNHEALTHY.simulated", label), evidence(az, id,
                    Evidence.fact("simulated", text("evidence.azOutage"))));
        }
        Optional<AvailabilityZone> zone = c.zoneOf(subnet, zoneId);
        if (zone.isEmpty()) {
            List<Evidence> evidence = evidence(az, id);
            Optional<LoadProblem> p = c.problem(EC2_ZONES, null);
            if (p.isPresent()) {
                return couldNotRead(p.get(), text("what.zoneState", label), evidence);
            }
            return result(CheckStatus.PASS, text("AZ_UNHEALTHY.stateUnknown", label), evidence);
        }
        List<Evidence> evidence = evidence(az, id, Evidence.fact("state", zone.get().state()));
        CheckContext.ZoneHealth health = c.zoneHealth(zone.get());
        boolean notice = CheckContext.isNoticeState(zone.get());
        if (health == CheckContext.ZoneHealth.HEALTHY_WITH_NOTE) {
            return result(CheckStatus.PASS, text("AZ_UNHEALTHY.notice", label, zone.get().state()), evidence, USES_NOTICE);
        }
        if (health == CheckContext.ZoneHealth.UNHEALTHY) {
            List<String> used = notice ? USES_BOTH : USES_ZONE_STATE;
            if (c.settings().azStateCountsAsUnhealthy()) {
                return result(CheckStatus.FAIL, text("AZ_UNHEALTHY.fail", label, zone.get().state()), evidence, used);
            }
            return result(CheckStatus.WARN, text("AZ_UNHEALTHY.notCounted", label, zone.get().state()), evidence, used);
        }
        return result(CheckStatus.PASS, text("AZ_UNHEALTHY.pass", label), evidence);
    }
}
