package dev.gluefailover.engine.checks;

import static dev.gluefailover.model.ElementKind.NAT_GATEWAY;
import static dev.gluefailover.model.ElementKind.ROUTE_TABLE;
import static dev.gluefailover.model.ElementKind.VPC_ENDPOINT;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.i18n.Text;
import dev.gluefailover.engine.Evidence;
import dev.gluefailover.rules.CheckDefinition;
import dev.gluefailover.rules.CheckKind;
import dev.gluefailover.rules.Source;
import dev.gluefailover.rules.SourceTag;
import java.util.List;

/**
 * With {@code --disable-proxy-v2} in the job's DefaultArguments the VPC itself must route to S3
 * [DOC S8]: by default Glue reaches S3 for scripts and libraries through its local proxy, without it
 * the subnet needs a public NAT gateway on 0.0.0.0/0 or an S3 gateway endpoint on its route table.
 */
public final class S3WithoutProxy extends ConnectionCheck {
    public static final CheckDefinition DEFINITION = new CheckDefinition("NO_S3_ROUTE_NO_PROXY",
            "Without Glue's proxy the VPC routes to S3", CheckKind.RUN, SourceTag.DOC, List.of(Source.S8, Source.S5),
            "With --disable-proxy-v2 the job reaches S3 through the VPC: it needs a NAT gateway on 0.0.0.0/0 or an "
                    + "S3 gateway endpoint [DOC S8: https://docs.aws.amazon.com/glue/latest/dg/"
                    + "connection-VPC-disable-proxy.html].");

    static final String DISABLE_PROXY = "--disable-proxy-v2";

    public S3WithoutProxy() {
        super(DEFINITION);
    }

    @Override
    public CheckResult evaluate(CheckContext c) {
        if (!c.job().argumentOn(DISABLE_PROXY)) {
            return result(CheckStatus.PASS, text("NO_S3_ROUTE_NO_PROXY.proxy", DISABLE_PROXY), List.of());
        }
        EgressFinding egress = c.egressFinding();
        Evidence argument = Evidence.fact("defaultArgument", DISABLE_PROXY + " " + c.job().defaultArguments()
                .get(DISABLE_PROXY));
        Evidence table = Evidence.element("routeTable", ROUTE_TABLE, egress.path().routeTableId());
        if (egress.s3GatewayEndpointCounted()) {
            return result(CheckStatus.PASS, text("NO_S3_ROUTE_NO_PROXY.endpoint", DISABLE_PROXY,
                    egress.s3Endpoint().vpcEndpointId()), evidence(argument, table,
                            Evidence.element("s3GatewayEndpoint", VPC_ENDPOINT, egress.s3Endpoint().vpcEndpointId())));
        }
        if (egress.natRouteIsDefault() && egress.natRoute().active() && egress.nat() != null
                && !egress.natIsPrivate()) {
            String nat = egress.nat().natGatewayId();
            return result(CheckStatus.PASS, text("NO_S3_ROUTE_NO_PROXY.nat", DISABLE_PROXY, nat),
                    evidence(argument, table, Evidence.element("natGateway",
                            NAT_GATEWAY, nat)));
        }
        if (egress.result().status() == CheckStatus.UNKNOWN) {
            return result(CheckStatus.UNKNOWN, text("NO_S3_ROUTE_NO_PROXY.unknown", DISABLE_PROXY, egress.result().text()),
                    evidence(argument, table));
        }
        if (egress.s3Endpoint() != null) {
            return result(CheckStatus.WARN, text("NO_S3_ROUTE_NO_PROXY.interface", DISABLE_PROXY,
                    egress.s3Endpoint().vpcEndpointId()),
                    evidence(argument, table, Evidence.element("s3InterfaceEndpoint", VPC_ENDPOINT,
                            egress.s3Endpoint().vpcEndpointId())));
        }
        Text why;
        if (egress.natRoute() == null) {
            why = egress.otherRoute() != null ? text("NO_S3_ROUTE_NO_PROXY.whyOther", egress.otherRoute().target())
                    : text("NO_S3_ROUTE_NO_PROXY.whyNothing");
        } else if (egress.natIsPrivate()) {
            why = text("NO_S3_ROUTE_NO_PROXY.whyPrivate", egress.natRoute().natGatewayId());
        } else if (!egress.natRoute().active() || egress.nat() == null) {
            why = text("NO_S3_ROUTE_NO_PROXY.whyBlackhole", egress.natRoute().natGatewayId());
        } else {
            why = text("NO_S3_ROUTE_NO_PROXY.whyNarrow", egress.natRoute().natGatewayId(), egress.natRoute().destination());
        }
        return result(CheckStatus.FAIL, text("NO_S3_ROUTE_NO_PROXY.fail", DISABLE_PROXY, why), evidence(argument, table));
    }
}
