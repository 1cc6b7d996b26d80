package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.NAT_GATEWAY;
import static dev.gluefailover.model.ElementKind.ROUTE_TABLE;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.model.Route;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * The NAT route the egress check counted covers 0.0.0.0/0 [INF]. Glue's documented check only asks
 * that a route to a NAT gateway exists (setting {@code natRouteAnyDestinationCounts}); a route for a
 * narrower prefix passes it, but the run's traffic to S3 and the internet does not take it.
 */
public final class NatRouteIsDefault extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NAT_ROUTE_NOT_DEFAULT",
            "The NAT route covers 0.0.0.0/0", CheckKind.RUN, SourceTag.INF, List.of(Source.S1),
            "A route to a NAT gateway for a prefix narrower than 0.0.0.0/0 passes Glue's check, but egress to S3 "
                    + "and the internet outside that prefix does not use it.");

    public NatRouteIsDefault() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        EgressFinding egress = c.egressFinding();
        Route route = egress.natRoute();
        if (route == null) {
            return result(CheckStatus.PASS, text("NAT_ROUTE_NOT_DEFAULT.noNat"), List.of());
        }
        List<Evidence> evidence = evidence(Evidence.of("natRoute", route.destination() + " -> " + route.natGatewayId(),
                NAT_GATEWAY, route.natGatewayId()), Evidence.element("routeTable", ROUTE_TABLE,
                        egress.path().routeTableId()), Evidence.fact("destination", route.destination()));
        if (route.isDefaultRoute()) {
            return result(CheckStatus.PASS, text("NAT_ROUTE_NOT_DEFAULT.pass", route.natGatewayId()),
                    evidence);
        }
        dev.gluefailover.i18n.Text msg = egress.s3GatewayEndpointCounted()
                ? text("NAT_ROUTE_NOT_DEFAULT.warnS3", route.natGatewayId(), route.destination(),
                        egress.s3Endpoint().vpcEndpointId())
                : text("NAT_ROUTE_NOT_DEFAULT.warn", route.natGatewayId(), route.destination());
        return result(CheckStatus.WARN, msg, evidence);
    }
}
