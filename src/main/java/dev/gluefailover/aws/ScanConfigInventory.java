package dev.gluefailover.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.SelectAggregateResourceConfigResponse;

/**
 * The network of every account and region an AWS Config aggregator records, read with one
 * advanced query ({@code SelectAggregateResourceConfig}, paginated) instead of the EC2 describes
 * account by account. Configuration items carry the describe output in camelCase; the VPC item has
 * no DNS attributes, so the scan reads those per VPC from EC2 as before.
 */
public final class ScanConfigInventory {
    /** The resource types the engine needs, as Config names them. */
    static final List<String> RESOURCE_TYPES = List.of("AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::RouteTable",
            "AWS::EC2::NatGateway", "AWS::EC2::VPCEndpoint", "AWS::EC2::SecurityGroup", "AWS::EC2::InternetGateway");
    /** Config returns at most 100 results a page. */
    static final int PAGE_SIZE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One account and region's network as Config records it. */
    public record Network(String accountId, String region, List<Vpc> vpcs, List<Subnet> subnets,
            List<RouteTable> routeTables, List<NatGateway> natGateways, List<VpcEndpoint> endpoints,
            List<SecurityGroup> securityGroups, List<InternetGateway> internetGateways) {
    }

    private ScanConfigInventory() {
    }

    /** The advanced query: every item of the network resource types, in every account and region. */
    static String expression() {
        return expression(List.of());
    }

    /**
     * The advanced query for the given regions only ({@code awsRegion IN (...)}); empty: every region
     * the aggregator records. Region names are checked before they enter the query text.
     */
    static String expression(List<String> regions) {
        String where = "resourceType IN (" + String.join(", ", RESOURCE_TYPES.stream().map(t -> "'" + t + "'").toList())
                + ")";
        if (!regions.isEmpty()) {
            for (String r : regions) {
                if (!isRegionName(r)) {
                    throw new IllegalArgumentException("'" + r + "' is not a region name");
                }
            }
            where += " AND awsRegion IN (" + String.join(", ", regions.stream().distinct().map(r -> "'" + r + "'")
                    .toList()) + ")";
        }
        return "SELECT accountId, awsRegion, resourceId, resourceType, configuration WHERE " + where;
    }

    /** us-east-1, ap-southeast-4, us-gov-west-1, cn-north-1: lower-case letters, digits and dashes. */
    static boolean isRegionName(String region) {
        return region != null && region.matches("[a-z]{2}(-[a-z0-9]+)+");
    }

    /**
     * Reads the aggregator; keyed by {@code account/region}. Throws the service's exception when
     * Config refuses (the caller says so in one line: without the inventory there is nothing to scan).
     */
    static Map<String, Network> read(ConfigClient config, String aggregator, List<String> regions,
            CancellationSignal cancel) {
        String expression = expression(regions);
        List<String> results = new ArrayList<>();
        String token = null;
        do {
            if (cancel.isCancelled()) {
                throw new java.util.concurrent.CancellationException("scan cancelled");
            }
            String current = token;
            SelectAggregateResourceConfigResponse page = config.selectAggregateResourceConfig(r -> r
                    .configurationAggregatorName(aggregator).expression(expression).limit(PAGE_SIZE)
                    .nextToken(current));
            results.addAll(page.results());
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        Map<String, Network> byPart = parse(results);
        // The query says so already; an answer that still names another region is not reported.
        byPart.values().removeIf(n -> !regions.isEmpty() && !regions.contains(n.region()));
        return byPart;
    }

    /** The configuration items (one JSON object each) by {@code account/region}. */
    public static Map<String, Network> parse(List<String> results) {
        Map<String, Builder> byPart = new LinkedHashMap<>();
        for (String r : results) {
            JsonNode item;
            try {
                item = JSON.readTree(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("AWS Config returned an item that is not JSON", e);
            }
            String account = item.path("accountId").asText(null);
            String region = item.path("awsRegion").asText(null);
            JsonNode c = item.path("configuration");
            if (account == null || region == null || !c.isObject()) {
                continue;
            }
            Builder b = byPart.computeIfAbsent(account + "/" + region, k -> new Builder(account, region));
            switch (item.path("resourceType").asText("")) {
                case "AWS::EC2::VPC" -> b.vpcs.add(new Vpc(text(c, "vpcId"), text(c, "cidrBlock"),
                        bool(c, "enableDnsSupport"), bool(c, "enableDnsHostnames"), tags(c)));
                case "AWS::EC2::Subnet" -> b.subnets.add(new Subnet(text(c, "subnetId"), text(c, "vpcId"),
                        text(c, "availabilityZone"), text(c, "availabilityZoneId"), text(c, "cidrBlock"),
                        text(c, "state"), c.hasNonNull("availableIpAddressCount")
                                ? c.get("availableIpAddressCount").asInt() : null,
                        c.path("mapPublicIpOnLaunch").asBoolean(false), tags(c)));
                case "AWS::EC2::RouteTable" -> b.routeTables.add(routeTable(c));
                case "AWS::EC2::NatGateway" -> b.natGateways.add(new NatGateway(text(c, "natGatewayId"),
                        text(c, "vpcId"), text(c, "subnetId"), text(c, "state"), text(c, "connectivityType"), tags(c)));
                case "AWS::EC2::VPCEndpoint" -> b.endpoints.add(new VpcEndpoint(text(c, "vpcEndpointId"),
                        text(c, "vpcId"), text(c, "vpcEndpointType"), text(c, "serviceName"), text(c, "state"),
                        strings(c.path("routeTableIds"), n -> n.asText(null)),
                        strings(c.path("subnetIds"), n -> n.asText(null))));
                case "AWS::EC2::SecurityGroup" -> b.securityGroups.add(new SecurityGroup(text(c, "groupId"),
                        text(c, "vpcId"), text(c, "groupName"), rules(c.path("ipPermissions")),
                        rules(c.path("ipPermissionsEgress"))));
                case "AWS::EC2::InternetGateway" -> b.internetGateways.add(new InternetGateway(
                        text(c, "internetGatewayId"), strings(c.path("attachments"), n -> n.path("vpcId").asText(null)),
                        tags(c)));
                default -> {
                    // a type the query did not ask for: nothing the engine reads
                }
            }
        }
        Map<String, Network> out = new LinkedHashMap<>();
        byPart.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    private static RouteTable routeTable(JsonNode c) {
        List<RouteTableAssociation> associations = new ArrayList<>();
        for (JsonNode a : c.path("associations")) {
            String state = a.path("associationState").path("state").asText(null);
            boolean main = a.path("main").asBoolean(false);
            String subnet = a.path("subnetId").asText(null);
            if ((main || subnet != null) && (state == null || state.equals("associated"))) {
                associations.add(new RouteTableAssociation(subnet, main));
            }
        }
        List<Route> routes = new ArrayList<>();
        for (JsonNode r : c.path("routes")) {
            String destination = r.hasNonNull("destinationCidrBlock") ? text(r, "destinationCidrBlock")
                    : text(r, "destinationIpv6CidrBlock");
            routes.add(new Route(destination, text(r, "destinationPrefixListId"), text(r, "gatewayId"),
                    text(r, "natGatewayId"), text(r, "transitGatewayId"), text(r, "instanceId"),
                    text(r, "vpcPeeringConnectionId"), text(r, "state")));
        }
        return new RouteTable(text(c, "routeTableId"), text(c, "vpcId"), associations, routes, tags(c));
    }

    private static List<SecurityGroupRule> rules(JsonNode permissions) {
        List<SecurityGroupRule> out = new ArrayList<>();
        for (JsonNode p : permissions) {
            List<String> cidrs = new ArrayList<>();
            // Config writes IPv4 ranges as ipv4Ranges [{cidrIp}] (and the older ipRanges as plain strings).
            p.path("ipv4Ranges").forEach(r -> addIfSet(cidrs, r.path("cidrIp").asText(null)));
            if (cidrs.isEmpty()) {
                p.path("ipRanges").forEach(r -> addIfSet(cidrs, r.isTextual() ? r.asText() : r.path("cidrIp").asText(null)));
            }
            p.path("ipv6Ranges").forEach(r -> addIfSet(cidrs, r.path("cidrIpv6").asText(null)));
            List<String> groups = strings(p.path("userIdGroupPairs"), g -> g.path("groupId").asText(null));
            List<String> lists = strings(p.path("prefixListIds"), l -> l.path("prefixListId").asText(null));
            out.add(new SecurityGroupRule(text(p, "ipProtocol"), p.hasNonNull("fromPort") ? p.get("fromPort").asInt() : null,
                    p.hasNonNull("toPort") ? p.get("toPort").asInt() : null, cidrs, groups, lists));
        }
        return out;
    }

    private static void addIfSet(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }

    private static List<String> strings(JsonNode array, Function<JsonNode, String> value) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> addIfSet(out, value.apply(n)));
        return out;
    }

    private static Map<String, String> tags(JsonNode c) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode t : c.path("tags")) {
            String key = t.path("key").asText(null);
            if (key != null) {
                tags.put(key, t.path("value").asText(""));
            }
        }
        return tags;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    private static final class Builder {
        final String account;
        final String region;
        final List<Vpc> vpcs = new ArrayList<>();
        final List<Subnet> subnets = new ArrayList<>();
        final List<RouteTable> routeTables = new ArrayList<>();
        final List<NatGateway> natGateways = new ArrayList<>();
        final List<VpcEndpoint> endpoints = new ArrayList<>();
        final List<SecurityGroup> securityGroups = new ArrayList<>();
        final List<InternetGateway> internetGateways = new ArrayList<>();

        Builder(String account, String region) {
            this.account = Objects.requireNonNull(account);
            this.region = Objects.requireNonNull(region);
        }

        Network build() {
            return new Network(account, region, vpcs, subnets, routeTables, natGateways, endpoints, securityGroups,
                    internetGateways);
        }
    }
}
