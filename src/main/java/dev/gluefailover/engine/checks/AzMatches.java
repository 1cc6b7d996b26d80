package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/** The connection's AvailabilityZone, when set, is its subnet's [FIELD]. */
public final class AzMatches extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("AZ_MISMATCH",
            "Connection AZ matches subnet AZ", CheckKind.SELECTION, SourceTag.FIELD, List.of(Source.S4),
            "Availability Zone ... does not correspond to subnet ...");

    public AzMatches() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        Subnet subnet = c.subnet();
        String want = c.connection().availabilityZone();
        Evidence subnetAz = Evidence.of("subnetAz", subnet.availabilityZone(), AVAILABILITY_ZONE, azRef(c));
        if (want == null || want.isBlank()) {
            return result(CheckStatus.PASS, "The connection names no AZ; the subnet's AZ " + subnet.availabilityZone()
                    + " is used.", evidence(subnetAz));
        }
        if (want.equals(subnet.availabilityZone())) {
            return result(CheckStatus.PASS, "Connection AZ " + want + " matches the subnet.",
                    evidence(Evidence.of("connectionAz", want, AVAILABILITY_ZONE, azRef(c)), subnetAz));
        }
        return result(CheckStatus.FAIL, "Availability Zone " + want + " does not correspond to subnet "
                + subnet.subnetId() + ", which is in " + subnet.availabilityZone() + ".",
                evidence(Evidence.of("connectionAz", want, AVAILABILITY_ZONE, c.index().zoneIdFor(want).orElse(want)),
                        subnetAz));
    }

    /** A zone is named by its id; by its name only when no id is known. */
    private static String azRef(CheckContext c) {
        return c.zoneId() != null ? c.zoneId() : c.subnet().availabilityZone();
    }
}
