package dev.gluefailover.review;

import static dev.gluefailover.review.FixContext.failed;
import static dev.gluefailover.review.FixContext.withEndpointTables;

import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.checks.EgressToS3OrNat;
import dev.gluefailover.engine.checks.S3WithoutProxy;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.VpcEndpoint;
import dev.gluefailover.review.Fixes.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The S3 gateway endpoint on the route table of a connection's subnet: proposed for
 * NO_S3_ENDPOINT_OR_NAT and NO_S3_ROUTE_NO_PROXY (an existing endpoint of the VPC gains the table,
 * or a new one is created).
 */
final class S3EndpointFix {
    private static final Messages TEXT = Messages.of("review");
    /** The prefix list a proposed S3 gateway endpoint routes through (the real id is per region). */
    static final String PROPOSED_S3_PREFIX_LIST = "pl-proposed-s3";

    private S3EndpointFix() {
    }

    static void propose(FixContext c, List<Candidate> out) {
        Map<String, ConnectionEvaluation> byTable = new LinkedHashMap<>();
        for (ConnectionEvaluation ce : c.evaluation().connections()) {
            if (!failed(ce, EgressToS3OrNat.DEFINITION.code()) && !failed(ce, S3WithoutProxy.DEFINITION.code())) {
                continue;
            }
            Optional<Subnet> subnet = c.index().subnet(ce.subnetId());
            Optional<String> table = subnet.flatMap(c.index()::effectiveRouteTable).map(t -> t.table().routeTableId());
            if (table.isPresent()) {
                byTable.putIfAbsent(table.get(), ce);
            }
        }
        for (Map.Entry<String, ConnectionEvaluation> e : byTable.entrySet()) {
            RouteTable table = c.index().routeTable(e.getKey()).orElseThrow();
            String vpcId = table.vpcId();
            Optional<VpcEndpoint> existing = c.index().endpointsIn(vpcId).stream()
                    .filter(v -> v.isGateway() && v.isS3() && v.available()).findFirst();
            ConnectionEvaluation ce = e.getValue();
            String reason = TEXT.get("reason.s3", ce.order(), ce.name(), ce.subnetId(), table.routeTableId(),
                    failed(ce, EgressToS3OrNat.DEFINITION.code()) ? EgressToS3OrNat.DEFINITION.code()
                            : S3WithoutProxy.DEFINITION.code());
            if (existing.isPresent()) {
                VpcEndpoint v = existing.get();
                String prefixList = prefixListOf(c.snapshot(), v.vpcEndpointId()).orElse(PROPOSED_S3_PREFIX_LIST);
                Fix fix = new Fix(FixKind.S3_GATEWAY_ENDPOINT, FixKind.S3_GATEWAY_ENDPOINT + ":" + table.routeTableId(),
                        TEXT.get("title.s3Attach", v.vpcEndpointId(), table.routeTableId()), List.of(),
                        List.of(new ElementRef(ElementKind.VPC_ENDPOINT, v.vpcEndpointId()),
                                new ElementRef(ElementKind.ROUTE_TABLE, table.routeTableId())),
                        List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + v.vpcEndpointId()
                                + " --add-route-table-ids " + table.routeTableId()),
                        List.of(TEXT.get("note.s3Only")),
                        s -> attachEndpoint(s, v.vpcEndpointId(), null, table.routeTableId(), prefixList));
                out.add(new Candidate(fix, reason));
            } else {
                String id = "vpce-proposed-s3-" + vpcId;
                String service = "com.amazonaws." + c.snapshot().region().name() + ".s3";
                VpcEndpoint created = new VpcEndpoint(id, vpcId, "Gateway", service, "available",
                        List.of(table.routeTableId()), List.of());
                Fix fix = new Fix(FixKind.S3_GATEWAY_ENDPOINT, FixKind.S3_GATEWAY_ENDPOINT + ":" + table.routeTableId(),
                        TEXT.get("title.s3Create", vpcId, table.routeTableId()),
                        List.of(new ElementRef(ElementKind.VPC_ENDPOINT, id)),
                        List.of(new ElementRef(ElementKind.ROUTE_TABLE, table.routeTableId())),
                        List.of("aws ec2 create-vpc-endpoint --vpc-id " + vpcId
                                + " --vpc-endpoint-type Gateway --service-name " + service + " --route-table-ids "
                                + table.routeTableId() + " --tag-specifications 'ResourceType=vpc-endpoint,Tags=[{Key=Name,Value="
                                + id + "}]'"),
                        List.of(TEXT.get("note.s3Only"), TEXT.get("note.s3Free")),
                        s -> attachEndpoint(s, id, created, table.routeTableId(), PROPOSED_S3_PREFIX_LIST));
                out.add(new Candidate(fix, reason));
            }
        }
    }

    private static Optional<String> prefixListOf(Snapshot s, String endpointId) {
        return s.routeTables().stream().flatMap(t -> t.routes().stream())
                .filter(r -> endpointId.equals(r.gatewayId()) && r.destinationPrefixListId() != null)
                .map(Route::destinationPrefixListId).findFirst();
    }

    private static Snapshot attachEndpoint(Snapshot s, String endpointId, VpcEndpoint created, String tableId,
            String prefixList) {
        Snapshot withEndpoint;
        if (created != null) {
            List<VpcEndpoint> list = new ArrayList<>(s.vpcEndpoints());
            list.add(created);
            withEndpoint = s.withVpcEndpoints(list);
        } else {
            withEndpoint = withEndpointTables(s, Map.of(endpointId, List.of(tableId)));
        }
        List<RouteTable> tables = new ArrayList<>();
        for (RouteTable t : withEndpoint.routeTables()) {
            if (t.routeTableId().equals(tableId) && t.routes().stream().noneMatch(r -> endpointId.equals(r.gatewayId()))) {
                List<Route> routes = new ArrayList<>(t.routes());
                routes.add(Route.toEndpoint(prefixList, endpointId));
                tables.add(new RouteTable(t.routeTableId(), t.vpcId(), t.associations(), routes, t.tags()));
            } else {
                tables.add(t);
            }
        }
        return withEndpoint.withRouteTables(tables);
    }

}
