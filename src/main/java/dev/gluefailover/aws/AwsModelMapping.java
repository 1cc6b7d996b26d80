package dev.gluefailover.aws;

import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.glue.model.Connection;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.glue.model.PhysicalConnectionRequirements;
import software.amazon.awssdk.services.iam.model.EvaluationResult;

/**
 * Pure conversions from SDK response objects to model records. Only the fields the model has
 * are copied: in particular a connection's properties are reduced to its JDBC URL, so a password
 * (never requested anyway, HidePassword=true) could not reach the snapshot.
 */
final class AwsModelMapping {
    static final String JDBC_URL_PROPERTY = "JDBC_CONNECTION_URL";

    private AwsModelMapping() {
    }

    /**
     * The job as the rules need it. {@code workerTypeAsString} keeps types the SDK's enum may not know
     * (e.g. {@code G.2X.GRAVITON}); of the DefaultArguments only the network flags are copied
     * ({@link GlueJob#NETWORK_ARGUMENTS}): the others may hold secrets and never enter the snapshot.
     */
    static GlueJob job(Job job) {
        List<String> connections = job.connections() == null ? List.of() : job.connections().connections();
        Integer maxConcurrentRuns = job.executionProperty() == null ? null
                : job.executionProperty().maxConcurrentRuns();
        return new GlueJob(job.name(), connections, job.workerTypeAsString(), job.numberOfWorkers(),
                job.maxCapacity(), job.maxRetries(), job.glueVersion(), blankToNull(job.role()),
                networkArguments(job.hasDefaultArguments() ? job.defaultArguments() : Map.of()), maxConcurrentRuns);
    }

    /** Only the arguments the rules read, picked here so no other argument is even copied. */
    static Map<String, String> networkArguments(Map<String, String> defaultArguments) {
        Map<String, String> kept = new LinkedHashMap<>();
        defaultArguments.forEach((k, v) -> {
            if (GlueJob.NETWORK_ARGUMENTS.contains(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static GlueConnection connection(Connection c) {
        PhysicalConnectionRequirements pcr = c.physicalConnectionRequirements();
        String jdbcUrl = c.hasConnectionProperties() ? c.connectionPropertiesAsStrings().get(JDBC_URL_PROPERTY) : null;
        return new GlueConnection(c.name(), c.connectionTypeAsString(),
                pcr == null ? null : pcr.subnetId(),
                pcr == null ? List.of() : pcr.securityGroupIdList(),
                pcr == null ? null : pcr.availabilityZone(),
                jdbcUrl, c.statusAsString(), c.statusReason());
    }

    /**
     * One permission per asked action, in the asked order, from the simulator's results (the first
     * result for an action wins; an action IAM did not answer for stays unknown, i.e. absent).
     */
    static List<RolePermission> rolePermissions(String role, List<String> actions, List<EvaluationResult> results) {
        Map<String, String> decisions = new LinkedHashMap<>();
        for (EvaluationResult r : results) {
            if (r.evalActionName() != null && r.evalDecisionAsString() != null) {
                decisions.putIfAbsent(r.evalActionName().toLowerCase(java.util.Locale.ROOT), r.evalDecisionAsString());
            }
        }
        List<RolePermission> out = new ArrayList<>();
        for (String action : actions) {
            String decision = decisions.get(action.toLowerCase(java.util.Locale.ROOT));
            if (decision != null) {
                out.add(new RolePermission(role, action, decision));
            }
        }
        return out;
    }

    static Subnet subnet(software.amazon.awssdk.services.ec2.model.Subnet s) {
        return new Subnet(s.subnetId(), s.vpcId(), s.availabilityZone(), s.availabilityZoneId(), s.cidrBlock(),
                s.stateAsString(), s.availableIpAddressCount(), Boolean.TRUE.equals(s.mapPublicIpOnLaunch()),
                tags(s.tags()));
    }

    static Vpc vpc(software.amazon.awssdk.services.ec2.model.Vpc v, Boolean dnsSupport, Boolean dnsHostnames) {
        return new Vpc(v.vpcId(), v.cidrBlock(), dnsSupport, dnsHostnames, tags(v.tags()));
    }

    static RouteTable routeTable(software.amazon.awssdk.services.ec2.model.RouteTable t) {
        List<RouteTableAssociation> associations = t.associations().stream()
                // Edge associations (a gateway, no subnet) decide nothing for a subnet's egress.
                .filter(a -> Boolean.TRUE.equals(a.main()) || a.subnetId() != null)
                .filter(a -> a.associationState() == null || a.associationState().stateAsString() == null
                        || "associated".equals(a.associationState().stateAsString()))
                .map(a -> new RouteTableAssociation(a.subnetId(), Boolean.TRUE.equals(a.main())))
                .toList();
        List<Route> routes = t.routes().stream().map(AwsModelMapping::route).toList();
        return new RouteTable(t.routeTableId(), t.vpcId(), associations, routes, tags(t.tags()));
    }

    static Route route(software.amazon.awssdk.services.ec2.model.Route r) {
        String destination = r.destinationCidrBlock() != null ? r.destinationCidrBlock() : r.destinationIpv6CidrBlock();
        // Targets the model has no field for are kept in gatewayId so the UI can still name them.
        String gateway = firstNonNull(r.gatewayId(), r.egressOnlyInternetGatewayId(), r.localGatewayId(),
                r.carrierGatewayId(), r.coreNetworkArn(),
                r.instanceId() == null ? r.networkInterfaceId() : null);
        return new Route(destination, r.destinationPrefixListId(), gateway, r.natGatewayId(), r.transitGatewayId(),
                r.instanceId(), r.vpcPeeringConnectionId(), r.stateAsString());
    }

    static NatGateway natGateway(software.amazon.awssdk.services.ec2.model.NatGateway n) {
        return new NatGateway(n.natGatewayId(), n.vpcId(), n.subnetId(), n.stateAsString(),
                n.connectivityTypeAsString(), tags(n.tags()));
    }

    static InternetGateway internetGateway(software.amazon.awssdk.services.ec2.model.InternetGateway g) {
        List<String> vpcs = g.attachments().stream().map(a -> a.vpcId()).filter(Objects::nonNull).toList();
        return new InternetGateway(g.internetGatewayId(), vpcs, tags(g.tags()));
    }

    static VpcEndpoint vpcEndpoint(software.amazon.awssdk.services.ec2.model.VpcEndpoint e) {
        return new VpcEndpoint(e.vpcEndpointId(), e.vpcId(), e.vpcEndpointTypeAsString(), e.serviceName(),
                e.stateAsString(), e.routeTableIds(), e.subnetIds());
    }

    static SecurityGroup securityGroup(software.amazon.awssdk.services.ec2.model.SecurityGroup g) {
        return new SecurityGroup(g.groupId(), g.vpcId(), g.groupName(),
                g.ipPermissions().stream().map(AwsModelMapping::rule).toList(),
                g.ipPermissionsEgress().stream().map(AwsModelMapping::rule).toList());
    }

    static SecurityGroupRule rule(IpPermission p) {
        List<String> cidrs = Stream.concat(p.ipRanges().stream().map(r -> r.cidrIp()),
                p.ipv6Ranges().stream().map(r -> r.cidrIpv6())).filter(Objects::nonNull).toList();
        List<String> groups = p.userIdGroupPairs().stream().map(g -> g.groupId()).filter(Objects::nonNull).toList();
        List<String> prefixLists = p.prefixListIds().stream().map(pl -> pl.prefixListId())
                .filter(Objects::nonNull).toList();
        return new SecurityGroupRule(p.ipProtocol(), p.fromPort(), p.toPort(), cidrs, groups, prefixLists);
    }

    static AvailabilityZone availabilityZone(software.amazon.awssdk.services.ec2.model.AvailabilityZone z) {
        return new AvailabilityZone(z.zoneName(), z.zoneId(), z.stateAsString());
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag t : tags) {
            if (t.key() != null) {
                map.put(t.key(), t.value() == null ? "" : t.value());
            }
        }
        return map;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Splits ids into chunks: EC2 accepts at most 200 values per filter. */
    static List<List<String>> chunks(List<String> ids, int size) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            out.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + size))));
        }
        return out;
    }
}
