package dev.gluefailover.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AWS Config configuration items for the accounts' networks, in the shape an aggregator's advanced
 * query returns them ({@code accountId}, {@code awsRegion}, {@code resourceId}, {@code resourceType},
 * {@code configuration} as EC2's describe output in camelCase). VPCs carry no DNS attributes, as
 * Config's VPC items do not.
 */
final class FakeConfigItems {
    static final String AGGREGATOR = "org-aggregator";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeConfigItems() {
    }

    static List<String> of(Map<String, Snapshot> accounts) {
        List<String> out = new ArrayList<>();
        accounts.forEach((account, s) -> out.addAll(of(account, s)));
        return out;
    }

    static List<String> of(String account, Snapshot s) {
        String region = s.region().name();
        List<String> out = new ArrayList<>();
        for (Vpc v : s.vpcs()) {
            ObjectNode c = JSON.createObjectNode().put("vpcId", v.vpcId()).put("cidrBlock", v.cidrBlock())
                    .put("state", "available").put("ownerId", account).put("isDefault", false);
            out.add(item(account, region, v.vpcId(), "AWS::EC2::VPC", c));
        }
        for (Subnet x : s.subnets()) {
            ObjectNode c = JSON.createObjectNode().put("subnetId", x.subnetId()).put("vpcId", x.vpcId())
                    .put("cidrBlock", x.cidrBlock()).put("availabilityZone", x.availabilityZone())
                    .put("availabilityZoneId", x.availabilityZoneId()).put("state", x.state())
                    .put("mapPublicIpOnLaunch", x.mapPublicIpOnLaunch()).put("ownerId", account);
            if (x.availableIpAddressCount() != null) {
                c.put("availableIpAddressCount", x.availableIpAddressCount());
            }
            tags(c, x.tags());
            out.add(item(account, region, x.subnetId(), "AWS::EC2::Subnet", c));
        }
        for (RouteTable t : s.routeTables()) {
            ObjectNode c = JSON.createObjectNode().put("routeTableId", t.routeTableId()).put("vpcId", t.vpcId());
            ArrayNode assoc = c.putArray("associations");
            for (RouteTableAssociation a : t.associations()) {
                ObjectNode n = assoc.addObject().put("main", a.main()).put("routeTableId", t.routeTableId());
                if (a.subnetId() != null) {
                    n.put("subnetId", a.subnetId());
                }
            }
            ArrayNode routes = c.putArray("routes");
            for (Route r : t.routes()) {
                ObjectNode n = routes.addObject();
                put(n, "destinationCidrBlock", r.destinationCidrBlock());
                put(n, "destinationPrefixListId", r.destinationPrefixListId());
                put(n, "gatewayId", r.gatewayId());
                put(n, "natGatewayId", r.natGatewayId());
                put(n, "transitGatewayId", r.transitGatewayId());
                put(n, "instanceId", r.instanceId());
                put(n, "vpcPeeringConnectionId", r.vpcPeeringConnectionId());
                put(n, "state", r.state());
            }
            tags(c, t.tags());
            out.add(item(account, region, t.routeTableId(), "AWS::EC2::RouteTable", c));
        }
        for (NatGateway n : s.natGateways()) {
            ObjectNode c = JSON.createObjectNode().put("natGatewayId", n.natGatewayId()).put("vpcId", n.vpcId())
                    .put("subnetId", n.subnetId()).put("state", n.state());
            put(c, "connectivityType", n.connectivityType());
            out.add(item(account, region, n.natGatewayId(), "AWS::EC2::NatGateway", c));
        }
        for (VpcEndpoint e : s.vpcEndpoints()) {
            ObjectNode c = JSON.createObjectNode().put("vpcEndpointId", e.vpcEndpointId()).put("vpcId", e.vpcId())
                    .put("vpcEndpointType", e.vpcEndpointType()).put("serviceName", e.serviceName())
                    .put("state", e.state());
            e.routeTableIds().forEach(c.putArray("routeTableIds")::add);
            e.subnetIds().forEach(c.putArray("subnetIds")::add);
            out.add(item(account, region, e.vpcEndpointId(), "AWS::EC2::VPCEndpoint", c));
        }
        for (InternetGateway g : s.internetGateways()) {
            ObjectNode c = JSON.createObjectNode().put("internetGatewayId", g.internetGatewayId());
            ArrayNode att = c.putArray("attachments");
            g.attachedVpcIds().forEach(v -> att.addObject().put("vpcId", v).put("state", "available"));
            out.add(item(account, region, g.internetGatewayId(), "AWS::EC2::InternetGateway", c));
        }
        for (SecurityGroup g : s.securityGroups()) {
            ObjectNode c = JSON.createObjectNode().put("groupId", g.groupId()).put("vpcId", g.vpcId())
                    .put("groupName", g.groupName()).put("ownerId", account);
            rules(c.putArray("ipPermissions"), g.ingress());
            rules(c.putArray("ipPermissionsEgress"), g.egress());
            out.add(item(account, region, g.groupId(), "AWS::EC2::SecurityGroup", c));
        }
        return out;
    }

    private static void rules(ArrayNode out, List<SecurityGroupRule> rules) {
        for (SecurityGroupRule r : rules) {
            ObjectNode n = out.addObject().put("ipProtocol", r.ipProtocol());
            if (r.fromPort() != null) {
                n.put("fromPort", r.fromPort());
            }
            if (r.toPort() != null) {
                n.put("toPort", r.toPort());
            }
            ArrayNode v4 = n.putArray("ipv4Ranges");
            ArrayNode v6 = n.putArray("ipv6Ranges");
            ArrayNode legacy = n.putArray("ipRanges");
            for (String cidr : r.cidrs()) {
                if (cidr.contains(":")) {
                    v6.addObject().put("cidrIpv6", cidr);
                } else {
                    v4.addObject().put("cidrIp", cidr);
                    legacy.add(cidr);
                }
            }
            ArrayNode pairs = n.putArray("userIdGroupPairs");
            r.groupIds().forEach(gid -> pairs.addObject().put("groupId", gid));
            ArrayNode lists = n.putArray("prefixListIds");
            r.prefixListIds().forEach(p -> lists.addObject().put("prefixListId", p));
        }
    }

    private static void tags(ObjectNode c, Map<String, String> tags) {
        ArrayNode t = c.putArray("tags");
        tags.forEach((k, v) -> t.addObject().put("key", k).put("value", v));
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static String item(String account, String region, String id, String type, ObjectNode configuration) {
        ObjectNode n = JSON.createObjectNode().put("accountId", account).put("awsRegion", region)
                .put("resourceId", id).put("resourceType", type);
        n.set("configuration", configuration);
        return n.toString();
    }
}
