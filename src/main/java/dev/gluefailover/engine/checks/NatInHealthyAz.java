package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.AVAILABILITY_ZONE;
import static dev.gluefailover.model.ElementKind.NAT_GATEWAY;
import static dev.gluefailover.model.ElementKind.SUBNET;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.EgressPath;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The NAT gateway the egress check counted sits in a healthy zone [INF]: Glue's check only sees
 * that the route exists, so a NAT in a failed AZ passes selection while egress is dead. Builds on
 * the egress finding of {@link EgressToS3OrNat}.
 */
public final class NatInHealthyAz extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NAT_IN_FAILED_AZ",
            "Egress NAT gateway is in a healthy AZ", CheckKind.RUN, SourceTag.INF, List.of(Source.S1),
            "The route's NAT gateway exists, so Glue's check passes, but it sits in a failed AZ: egress is dead.");

    public NatInHealthyAz() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        EgressFinding egress = c.egressFinding();
        EgressPath path = egress.path();
        if (path.natGatewayIds().isEmpty()) {
            return result(CheckStatus.PASS, text("NAT_IN_FAILED_AZ.noNat"), List.of());
        }
        String natId = path.natGatewayIds().get(0);
        String natSubnetId = c.index().natGateway(natId).map(n -> n.subnetId()).orElse(null);
        Subnet natSubnet = c.index().subnet(natSubnetId).orElse(null);
        if (natSubnet == null) {
            return result(CheckStatus.UNKNOWN, text("NAT_IN_FAILED_AZ.subnetUnknown", natId), evidence(Evidence.element("natGateway", NAT_GATEWAY,
                            natId)));
        }
        String zoneId = c.index().zoneIdOf(natSubnet);
        dev.gluefailover.i18n.Text label = CheckContext.zoneLabel(natSubnet, zoneId);
        List<Evidence> evidence = evidence(Evidence.element("natGateway", NAT_GATEWAY, natId),
                Evidence.element("natSubnet", SUBNET, natSubnet.subnetId()),
                Evidence.of("natAz", label, AVAILABILITY_ZONE, zoneId != null ? zoneId : natSubnet.availabilityZone()));
        // The same reading of zone health as AZ_UNHEALTHY's, so the two never disagree about a zone.
        boolean failed = c.isZoneFailed(natSubnet, zoneId) || (c.settings().azStateCountsAsUnhealthy()
                && c.zoneOf(natSubnet, zoneId).map(z -> c.zoneHealth(z) == CheckContext.ZoneHealth.UNHEALTHY)
                        .orElse(false));
        if (!failed) {
            return result(CheckStatus.PASS, text("NAT_IN_FAILED_AZ.pass", natId, label), evidence);
        }
        if (egress.s3EndpointCounted()) {
            return result(CheckStatus.WARN, text("NAT_IN_FAILED_AZ.warnS3", natId, label), evidence);
        }
        return result(CheckStatus.FAIL, text("NAT_IN_FAILED_AZ.fail", natId, label), evidence);
    }
}
