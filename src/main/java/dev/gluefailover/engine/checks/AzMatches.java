package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE;
import static dev.gluefailover.model.ElementKind.SUBNET;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The connection's AvailabilityZone, when set, is its subnet's [FIELD]; Glue says "Availability Zone
 * ... does not correspond to subnet" [FIELD F1]. A subnet whose AZ is unknown leaves it UNKNOWN.
 */
public final class AzMatches extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("AZ_MISMATCH",
            "Connection AZ matches subnet AZ", CheckKind.SELECTION, SourceTag.FIELD, List.of(Source.S4),
            "Availability Zone ... does not correspond to subnet ... [FIELD F1]");

    public AzMatches() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Subnet subnet = c.subnet();
        String want = c.connection().availabilityZone();
        boolean named = want != null && !want.isBlank();
        Evidence connectionAz = named ? Evidence.of("connectionAz", want, AVAILABILITY_ZONE,
                c.index().zoneIdFor(want).orElse(want)) : null;
        if (subnet.availabilityZone() == null) {
            // Without the subnet's zone name, its zone id (when known) can still be compared.
            String wantId = named ? c.index().zoneIdFor(want).orElse(null) : null;
            if (c.zoneId() != null && wantId != null) {
                List<Evidence> evidence = evidence(connectionAz, Evidence.element("subnetZoneId", AVAILABILITY_ZONE,
                        c.zoneId()));
                if (wantId.equals(c.zoneId())) {
                    return result(CheckStatus.PASS, text("AZ_MISMATCH.sameZoneId", want, wantId), evidence);
                }
                return result(CheckStatus.FAIL, text("AZ_MISMATCH.otherZoneId", want, subnet.subnetId(), c.zoneId()), evidence);
            }
            return result(CheckStatus.UNKNOWN, named ? text("AZ_MISMATCH.subnetAzUnknown", subnet.subnetId(), want)
                    : text("AZ_MISMATCH.subnetAzUnknownNoneNamed", subnet.subnetId()),
                    evidence(connectionAz, Evidence.element("subnetId", SUBNET, subnet.subnetId())));
        }
        Evidence subnetAz = Evidence.of("subnetAz", subnet.availabilityZone(), AVAILABILITY_ZONE, azRef(c));
        if (!named) {
            return result(CheckStatus.PASS, text("AZ_MISMATCH.noneNamed", subnet.availabilityZone()), evidence(subnetAz));
        }
        if (want.equals(subnet.availabilityZone())) {
            return result(CheckStatus.PASS, text("AZ_MISMATCH.pass", want),
                    evidence(Evidence.of("connectionAz", want, AVAILABILITY_ZONE, azRef(c)), subnetAz));
        }
        return result(CheckStatus.FAIL, text("AZ_MISMATCH.fail", want, subnet.subnetId(), subnet.availabilityZone()),
                evidence(connectionAz, subnetAz));
    }

    /** A zone is named by its id; by its name only when no id is known. */
    private static String azRef(CheckContext c) {
        return c.zoneId() != null ? c.zoneId() : c.subnet().availabilityZone();
    }
}
