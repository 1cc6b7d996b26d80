package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.NAT_GATEWAY;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * Egress does not rest on a private NAT gateway alone [INF]. A NAT gateway with
 * {@code ConnectivityType=private} reaches other VPCs and on-premises networks, not the internet or
 * S3: Glue's check counts it (setting {@code privateNatCounts}, with a selection warning), but a run
 * that has nothing else cannot reach S3.
 */
public final class PrivateNatAlone extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("PRIVATE_NAT_ONLY",
            "Egress does not rest on a private NAT gateway alone", CheckKind.RUN, SourceTag.INF, List.of(Source.S1),
            "A private NAT gateway passes Glue's check but gives no path to the internet or S3.");

    public PrivateNatAlone() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        EgressFinding egress = c.egressFinding();
        if (!egress.natIsPrivate()) {
            return result(CheckStatus.PASS, text("PRIVATE_NAT_ONLY.noPrivateNat"), List.of());
        }
        NatGateway nat = egress.nat();
        List<Evidence> evidence = evidence(Evidence.element("natGateway", NAT_GATEWAY, nat.natGatewayId()),
                Evidence.fact("connectivityType", nat.connectivityType()));
        if (egress.s3EndpointCounted()) {
            return result(CheckStatus.PASS, text("PRIVATE_NAT_ONLY.s3Endpoint", nat.natGatewayId(),
                    egress.s3Endpoint().vpcEndpointId()), evidence);
        }
        if (egress.otherRoute() != null) {
            return result(CheckStatus.PASS, text("PRIVATE_NAT_ONLY.otherRoute", nat.natGatewayId(),
                    egress.otherRoute().target()), evidence);
        }
        return result(CheckStatus.FAIL, text("PRIVATE_NAT_ONLY.fail", nat.natGatewayId()), evidence);
    }
}
