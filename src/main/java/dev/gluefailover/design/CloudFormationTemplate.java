package dev.gluefailover.design;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Vpc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A CloudFormation template (hand-written or written by {@code cdk synth}) read into a
 * {@link DesignNetwork}: the EC2 network resources, the Glue connections and jobs, and the job
 * roles. What plays no part in Glue's choice is counted; a relevant type this reader does not
 * understand is a warning with its logical id.
 */
final class CloudFormationTemplate {
    private static final Messages TEXT = Messages.of("design");

    /** The types read into the snapshot. */
    static final Set<String> READ = Set.of("AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::RouteTable",
            "AWS::EC2::Route", "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::NatGateway", "AWS::EC2::EIP",
            "AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::VPCEndpoint",
            "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress",
            "AWS::Glue::Connection", "AWS::Glue::Job", "AWS::IAM::Role");

    /** Types that change what Glue sees or reaches but that this reader does not model: a warning each. */
    static final Set<String> RELEVANT_UNREAD = Set.of("AWS::EC2::VPCCidrBlock", "AWS::EC2::SubnetCidrBlock",
            "AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry", "AWS::EC2::SubnetNetworkAclAssociation",
            "AWS::EC2::EgressOnlyInternetGateway", "AWS::EC2::TransitGateway", "AWS::EC2::TransitGatewayAttachment",
            "AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::TransitGatewayRoute",
            "AWS::EC2::TransitGatewayRouteTable", "AWS::EC2::TransitGatewayRouteTableAssociation",
            "AWS::EC2::VPCPeeringConnection", "AWS::EC2::PrefixList", "AWS::EC2::CarrierGateway",
            "AWS::EC2::GatewayRouteTableAssociation", "AWS::EC2::VPNGateway", "AWS::EC2::VPNGatewayRoutePropagation",
            "AWS::EC2::SecurityGroupVpcAssociation", "AWS::EC2::LocalGatewayRouteTableVPCAssociation",
            "AWS::EC2::LocalGatewayRoute", "AWS::EC2::DHCPOptions", "AWS::EC2::VPCDHCPOptionsAssociation",
            "AWS::CloudFormation::Stack", "AWS::Serverless::Application", "AWS::Glue::Trigger");

    private static final String GLUE_POLICY = ":iam::aws:policy/service-role/AWSGlueServiceRole";
    private static final Pattern ZONE_NAME = Pattern.compile("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d)[a-z]$");

    private final String source;
    private final TemplateTree tree;
    private final JsonNode resources;
    private final DesignImport.Options options;
    private final DesignNetwork network = new DesignNetwork();
    private final List<DesignWarning> warnings = new ArrayList<>();
    private final Map<String, Boolean> warned = new HashMap<>();
    private final Map<String, Object> propertyCache = new HashMap<>();
    private final Map<String, Integer> ignored = new TreeMap<>();
    private final Map<String, String> roleByValue = new HashMap<>();
    private String region;
    private boolean regionAssumed;
    private Intrinsics fn;

    CloudFormationTemplate(String source, TemplateTree tree, DesignImport.Options options) {
        this.source = source;
        this.tree = tree;
        this.options = options;
        this.resources = tree.root().path("Resources");
    }

    DesignImport.Result read() throws DesignException {
        if (!resources.isObject() || resources.isEmpty()) {
            throw new DesignException(source, tree.lineOf("Resources"), TEXT.get("error.noResources"));
        }
        region = chooseRegion();
        Map<String, Object> pseudo = new HashMap<>();
        pseudo.put("AWS::Region", region);
        pseudo.put("AWS::Partition", region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov"
                : "aws");
        pseudo.put("AWS::URLSuffix", region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com");
        String account = options.base() != null ? options.base().region().accountId() : null;
        pseudo.put("AWS::AccountId", account != null ? account : new Unknown("AWS::AccountId"));
        pseudo.put("AWS::StackName", new Unknown("AWS::StackName"));
        pseudo.put("AWS::StackId", new Unknown("AWS::StackId"));
        pseudo.put("AWS::NotificationARNs", new Unknown("AWS::NotificationARNs"));
        fn = new Intrinsics(parameters(), pseudo, tree.root().path("Conditions"), tree.root().path("Mappings"),
                this::zones, new Refs(), this::warn);
        if (tree.root().has("Transform")) {
            warn(null, TEXT.get("warn.transform"));
        }
        List<String> order = new ArrayList<>();
        resources.fieldNames().forEachRemaining(order::add);
        // Containers first, so that members find them whatever the order in the file.
        for (String pass : List.of("AWS::EC2::VPC", "AWS::EC2::RouteTable", "AWS::EC2::SecurityGroup",
                "AWS::EC2::VPCEndpoint", "*")) {
            for (String id : order) {
                String type = resources.path(id).path("Type").asText("");
                boolean container = List.of("AWS::EC2::VPC", "AWS::EC2::RouteTable", "AWS::EC2::SecurityGroup",
                        "AWS::EC2::VPCEndpoint").contains(type);
                if (pass.equals("*") ? !container : type.equals(pass)) {
                    resource(id, type);
                }
            }
        }
        if (regionAssumed) {
            network.assume(null, "region", TEXT.get("assume.region", region));
        }
        String name = java.nio.file.Path.of(source).getFileName().toString();
        return new DesignImport.Result(network.build(options.base(), new dev.gluefailover.model.Region(region,
                account), "template:" + name), List.copyOf(warnings), ignoredLine());
    }

    private String ignoredLine() {
        if (ignored.isEmpty()) {
            return null;
        }
        int total = ignored.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        ignored.forEach((t, n) -> parts.add(n == 1 ? t : t + " ×" + n));
        return TEXT.get("ignored", total, String.join(", ", parts));
    }

    // --- region, zones, parameters ------------------------------------------------------------

    private String chooseRegion() {
        if (options.region() != null) {
            return options.region();
        }
        if (options.base() != null) {
            return options.base().region().name();
        }
        if (!options.zones().isEmpty()) {
            var m = ZONE_NAME.matcher(options.zones().get(0));
            if (m.matches()) {
                return m.group(1);
            }
        }
        Optional<String> literal = literalZone(resources);
        if (literal.isPresent()) {
            var m = ZONE_NAME.matcher(literal.get());
            m.matches();
            return m.group(1);
        }
        regionAssumed = true;
        return "us-east-1";
    }

    private static Optional<String> literalZone(JsonNode n) {
        if (n.isTextual()) {
            return ZONE_NAME.matcher(n.asText()).matches() ? Optional.of(n.asText()) : Optional.empty();
        }
        for (JsonNode c : n) {
            Optional<String> z = literalZone(c);
            if (z.isPresent()) {
                return z;
            }
        }
        return Optional.empty();
    }

    /** Fn::GetAZs: the zones given with --zones, else the region's letters a, b, c (stated as assumed). */
    private List<String> zones(String r, String where) {
        if (!options.zones().isEmpty()) {
            return options.zones().stream().map(z -> z.length() <= 2 ? r + z : z).toList();
        }
        if (options.base() != null && r.equals(options.base().region().name())
                && !options.base().availabilityZones().isEmpty()) {
            return options.base().availabilityZones().stream().map(z -> z.name()).toList();
        }
        List<String> letters = List.of(r + "a", r + "b", r + "c");
        network.assume(null, "availabilityZone", TEXT.get("assume.getAzs", r, String.join(", ", letters)));
        return letters;
    }

    private Map<String, Object> parameters() throws DesignException {
        Map<String, Object> values = new HashMap<>();
        JsonNode declared = tree.root().path("Parameters");
        for (String key : options.parameters().keySet()) {
            if (!declared.has(key)) {
                throw new DesignException(source, tree.lineOf("Parameters"), TEXT.get("error.parameter", key));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = declared.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("Type").asText("String");
            String given = options.parameters().get(e.getKey());
            JsonNode dflt = e.getValue().get("Default");
            Object v;
            if (type.startsWith("AWS::SSM::Parameter::Value")) {
                // the value is read from SSM at deployment; the Default is the parameter's name, not its value
                v = given != null ? given : new Unknown("SSM parameter " + e.getKey());
            } else if (given != null) {
                v = given;
            } else if (dflt != null && !dflt.isNull()) {
                v = dflt.isNumber() ? dflt.decimalValue().toPlainString() : dflt.asText();
            } else {
                v = new Unknown("parameter " + e.getKey());
            }
            if (v instanceof String s && (type.startsWith("List<") || type.equals("CommaDelimitedList"))) {
                List<Object> list = new ArrayList<>();
                for (String part : s.split(",", -1)) {
                    list.add(part.trim());
                }
                v = list;
            }
            values.put(e.getKey(), v);
        }
        return values;
    }

    // --- warnings ----------------------------------------------------------------------------

    private void warn(String where, String text) {
        if (warned.putIfAbsent(where + "|" + text, true) != null) {
            return;
        }
        int line = where == null ? 0 : tree.lineOf(where.startsWith("Conditions.") ? where : "Resources." + where);
        warnings.add(new DesignWarning(source, line, where, text));
    }

    // --- resources ---------------------------------------------------------------------------

    private JsonNode props(String id) {
        return resources.path(id).path("Properties");
    }

    /** A property's value (cached: GetAtt and Ref come back to the same properties). */
    private Object prop(String id, String name) {
        String key = id + "." + name;
        if (propertyCache.containsKey(key)) {
            return propertyCache.get(key);
        }
        propertyCache.put(key, null);
        Object v = fn.eval(props(id).get(name), id);
        propertyCache.put(key, v);
        return v;
    }

    private String type(String id) {
        return resources.path(id).path("Type").asText("");
    }

    /** A text property; an unknown becomes its shown name and a warning saying which property. */
    private String textProp(String id, String name) {
        Object v = prop(id, name);
        if (v instanceof Unknown u) {
            warn(id, TEXT.get("warn.unknownValue", name, u.name()));
            return u.shown();
        }
        return Intrinsics.text(v);
    }

    private static String shown(Object v) {
        return v instanceof Unknown u ? u.shown() : Intrinsics.text(v);
    }

    private boolean bool(String id, String name, boolean dflt) {
        String t = Intrinsics.text(prop(id, name));
        return t == null ? dflt : Boolean.parseBoolean(t);
    }

    private Map<String, String> tags(String id) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (prop(id, "Tags") instanceof List<?> list) {
            for (Object t : list) {
                if (t instanceof Map<?, ?> m && Intrinsics.text(m.get("Key")) != null) {
                    String key = Intrinsics.text(m.get("Key"));
                    if (!key.startsWith("aws-cdk:")) {
                        tags.put(key, shown(m.get("Value")));
                    }
                }
            }
        }
        tags.putIfAbsent("Name", id);
        return tags;
    }

    /** The physical id a resource will get, standing in until it is deployed: prefix + logical id. */
    private String idOf(String logicalId) {
        String prefix = switch (type(logicalId)) {
            case "AWS::EC2::VPC" -> "vpc-";
            case "AWS::EC2::Subnet" -> "subnet-";
            case "AWS::EC2::RouteTable" -> "rtb-";
            case "AWS::EC2::NatGateway" -> "nat-";
            case "AWS::EC2::InternetGateway" -> "igw-";
            case "AWS::EC2::VPCEndpoint" -> "vpce-";
            case "AWS::EC2::SecurityGroup" -> "sg-";
            case "AWS::EC2::EIP" -> "eipalloc-";
            default -> "";
        };
        return prefix + logicalId;
    }

    private void resource(String id, String type) {
        JsonNode r = resources.path(id);
        if (r.has("Condition")) {
            Object c = fn.condition(r.get("Condition").asText(), id);
            if (Boolean.FALSE.equals(c)) {
                return; // not created
            }
            if (!(c instanceof Boolean)) {
                warn(id, TEXT.get("warn.resourceCondition", r.get("Condition").asText()));
            }
        }
        if (!READ.contains(type)) {
            if (RELEVANT_UNREAD.contains(type)) {
                warn(id, TEXT.get("warn.type", type));
            } else {
                ignored.merge(type, 1, Integer::sum);
            }
            return;
        }
        switch (type) {
            case "AWS::EC2::VPC" -> vpc(id);
            case "AWS::EC2::Subnet" -> subnet(id);
            case "AWS::EC2::RouteTable" -> network.table(idOf(id), textProp(id, "VpcId"), tags(id));
            case "AWS::EC2::Route" -> route(id);
            case "AWS::EC2::SubnetRouteTableAssociation" -> {
                String table = textProp(id, "RouteTableId");
                network.table(table, null, null).associations.add(RouteTableAssociation.subnet(textProp(id, "SubnetId")));
            }
            case "AWS::EC2::NatGateway" -> {
                String subnet = textProp(id, "SubnetId");
                String vpc = network.subnets.stream().filter(s -> s.subnetId().equals(subnet)).map(s -> s.vpcId())
                        .findFirst().orElse(null);
                String connectivity = Optional.ofNullable(Intrinsics.text(prop(id, "ConnectivityType"))).orElse("public");
                network.nats.add(new NatGateway(idOf(id), vpc, subnet, "available", connectivity, tags(id)));
            }
            case "AWS::EC2::InternetGateway" -> {
                network.igws.computeIfAbsent(idOf(id), k -> new java.util.LinkedHashSet<>());
                network.igwTags.put(idOf(id), tags(id));
            }
            case "AWS::EC2::VPCGatewayAttachment" -> {
                if (props(id).has("InternetGatewayId")) {
                    network.igws.computeIfAbsent(textProp(id, "InternetGatewayId"), k -> new java.util.LinkedHashSet<>())
                            .add(textProp(id, "VpcId"));
                }
            }
            case "AWS::EC2::VPCEndpoint" -> endpoint(id);
            case "AWS::EC2::SecurityGroup" -> securityGroup(id);
            case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> groupRule(id,
                    type.endsWith("Ingress"));
            case "AWS::Glue::Connection" -> connection(id);
            case "AWS::Glue::Job" -> job(id);
            default -> {
                // EIPs and roles are read where they are used (a NAT gateway, a job)
            }
        }
    }

    private void vpc(String id) {
        String cidr = textProp(id, "CidrBlock");
        if (cidr == null) {
            warn(id, TEXT.get("warn.noCidr"));
        }
        Vpc vpc = new Vpc(idOf(id), cidr, bool(id, "EnableDnsSupport", true), bool(id, "EnableDnsHostnames", false),
                tags(id));
        network.vpc(vpc, "rtb-" + id + "-main");
    }

    private void subnet(String id) {
        String zone = textProp(id, "AvailabilityZone");
        String zoneId = Intrinsics.text(prop(id, "AvailabilityZoneId"));
        String cidr = textProp(id, "CidrBlock");
        if (zone == null && zoneId == null) {
            warn(id, TEXT.get("warn.noZone"));
        }
        network.subnet(idOf(id), textProp(id, "VpcId"), zone, zoneId, cidr, bool(id, "MapPublicIpOnLaunch", false),
                tags(id));
    }

    private void route(String id) {
        String table = textProp(id, "RouteTableId");
        String cidr = textProp(id, "DestinationCidrBlock");
        String prefixList = textProp(id, "DestinationPrefixListId");
        if (cidr == null && prefixList == null) {
            return; // an IPv6 route: Glue's ENIs use IPv4
        }
        String gateway = textProp(id, "GatewayId");
        if (gateway == null) {
            gateway = textProp(id, "VpcEndpointId");
        }
        if (gateway == null) {
            gateway = Optional.ofNullable(textProp(id, "CarrierGatewayId")).orElse(textProp(id, "LocalGatewayId"));
        }
        String instance = Optional.ofNullable(textProp(id, "InstanceId")).orElse(textProp(id, "NetworkInterfaceId"));
        Route route = new Route(cidr, prefixList, gateway, textProp(id, "NatGatewayId"), textProp(id, "TransitGatewayId"),
                instance, textProp(id, "VpcPeeringConnectionId"), "active");
        network.table(table, null, null).routes.add(route);
    }

    private void endpoint(String id) {
        String type = Optional.ofNullable(Intrinsics.text(prop(id, "VpcEndpointType"))).orElse("Gateway");
        DesignNetwork.Endpoint e = new DesignNetwork.Endpoint(idOf(id), textProp(id, "VpcId"), type,
                textProp(id, "ServiceName"));
        for (String t : texts(id, "RouteTableIds")) {
            e.routeTableIds.add(t);
        }
        e.subnetIds.addAll(texts(id, "SubnetIds"));
        network.endpoints.put(e.id, e);
        if ("Gateway".equalsIgnoreCase(type)) {
            network.assume(e.id, "prefixListId", TEXT.get("assume.prefixList", e.service));
        }
    }

    private List<String> texts(String id, String name) {
        Object v = prop(id, name);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Unknown u) {
                    warn(id, TEXT.get("warn.unknownValue", name, u.name()));
                }
                String s = shown(o);
                if (s != null) {
                    out.add(s);
                }
            }
        } else if (v instanceof Unknown u) {
            warn(id, TEXT.get("warn.unknownValue", name, u.name()));
        }
        return out;
    }

    private void securityGroup(String id) {
        String vpc = textProp(id, "VpcId");
        if (vpc == null) {
            warn(id, TEXT.get("warn.groupNoVpc"));
        }
        String name = Optional.ofNullable(Intrinsics.text(prop(id, "GroupName"))).orElse(tags(id).get("Name"));
        DesignNetwork.Group g = network.group(idOf(id), vpc, name);
        if (prop(id, "SecurityGroupIngress") instanceof List<?> in) {
            for (Object rule : in) {
                if (rule instanceof Map<?, ?> m) {
                    rule(id, m, true).ifPresent(g.ingress::add);
                }
            }
        }
        if (prop(id, "SecurityGroupEgress") instanceof List<?> out && !out.isEmpty()) {
            for (Object rule : out) {
                if (rule instanceof Map<?, ?> m) {
                    rule(id, m, false).ifPresent(g.egress::add);
                }
            }
        } else {
            // AWS gives a new VPC group an allow-all outbound rule unless the template lists its own.
            g.egress.add(SecurityGroupRule.allTrafficTo("0.0.0.0/0"));
        }
    }

    private void groupRule(String id, boolean ingress) {
        String groupId = textProp(id, "GroupId");
        if (groupId == null) {
            warn(id, TEXT.get("warn.ruleNoGroup"));
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        props(id).fieldNames().forEachRemaining(f -> m.put(f, prop(id, f)));
        DesignNetwork.Group g = network.groups.get(groupId);
        if (g == null) {
            // a rule on a group the template does not declare (an existing group): kept on a group of that id
            g = network.group(groupId, null, groupId);
        }
        DesignNetwork.Group target = g;
        rule(id, m, ingress).ifPresent(ingress ? target.ingress::add : target.egress::add);
    }

    /** One rule, inline or a resource: protocol, ports and one peer (CIDR, group or prefix list). */
    private Optional<SecurityGroupRule> rule(String id, Map<?, ?> m, boolean ingress) {
        String protocol = Intrinsics.text(m.get("IpProtocol"));
        if (protocol == null) {
            warn(id, TEXT.get("warn.ruleNoProtocol"));
            return Optional.empty();
        }
        protocol = switch (protocol.toLowerCase(java.util.Locale.ROOT)) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            default -> protocol.toLowerCase(java.util.Locale.ROOT);
        };
        Integer from = "-1".equals(protocol) ? null : integer(m.get("FromPort"));
        Integer to = "-1".equals(protocol) ? null : integer(m.get("ToPort"));
        List<String> cidrs = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> prefixLists = new ArrayList<>();
        String cidr = shown(m.get("CidrIp"));
        if (cidr != null) {
            cidrs.add(cidr);
        }
        String group = shown(m.get(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"));
        if (group != null) {
            groups.add(group);
        }
        String pl = shown(m.get(ingress ? "SourcePrefixListId" : "DestinationPrefixListId"));
        if (pl != null) {
            prefixLists.add(pl);
        }
        if (cidrs.isEmpty() && groups.isEmpty() && prefixLists.isEmpty()) {
            return Optional.empty(); // an IPv6-only rule (CidrIpv6): Glue's ENIs use IPv4
        }
        return Optional.of(new SecurityGroupRule(protocol, from, to, cidrs, groups, prefixLists));
    }

    private static Integer integer(Object v) {
        String t = Intrinsics.text(v);
        try {
            return t == null ? null : new BigDecimal(t).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private String connectionName(String id) {
        Object input = prop(id, "ConnectionInput");
        if (input instanceof Map<?, ?> m && Intrinsics.text(m.get("Name")) != null) {
            return Intrinsics.text(m.get("Name"));
        }
        return id;
    }

    private void connection(String id) {
        // Only the fields the engine reads: the credentials (PASSWORD, USERNAME…) are never evaluated or kept.
        JsonNode input = props(id).path("ConnectionInput");
        String name = connectionName(id);
        String type = Optional.ofNullable(Intrinsics.text(fn.eval(input.get("ConnectionType"), id))).orElse("JDBC");
        Object url = fn.eval(input.path("ConnectionProperties").get("JDBC_CONNECTION_URL"), id);
        JsonNode placement = input.path("PhysicalConnectionRequirements");
        String subnet = null;
        String zone = null;
        List<String> groups = new ArrayList<>();
        if (!placement.isMissingNode()) {
            subnet = placementText(id, placement, "SubnetId");
            zone = placementText(id, placement, "AvailabilityZone");
            Object list = fn.eval(placement.get("SecurityGroupIdList"), id);
            if (list instanceof List<?> l) {
                l.forEach(o -> groups.add(shown(o)));
            } else if (list instanceof Unknown u) {
                warn(id, TEXT.get("warn.unknownValue", "SecurityGroupIdList", u.name()));
            }
        }
        network.connections.add(new GlueConnection(name, type, subnet, groups, zone, shown(url), null, null));
    }

    private String placementText(String id, JsonNode placement, String field) {
        Object v = fn.eval(placement.get(field), id);
        if (v instanceof Unknown u) {
            warn(id, TEXT.get("warn.unknownValue", "PhysicalConnectionRequirements." + field, u.name()));
        }
        return shown(v);
    }

    private String jobName(String id) {
        String n = Intrinsics.text(prop(id, "Name"));
        return n != null ? n : id;
    }

    private void job(String id) {
        String name = Intrinsics.text(prop(id, "Name"));
        if (name == null) {
            name = id;
            network.assume(id, "name", TEXT.get("assume.jobName", id));
        }
        List<String> connections = new ArrayList<>();
        if (prop(id, "Connections") instanceof Map<?, ?> m && m.get("Connections") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Unknown u) {
                    warn(id, TEXT.get("warn.unknownValue", "Connections", u.name()));
                }
                connections.add(shown(o));
            }
        }
        Map<String, String> arguments = new HashMap<>();
        if (prop(id, "DefaultArguments") instanceof Map<?, ?> args) {
            args.forEach((k, v) -> {
                if (GlueJob.NETWORK_ARGUMENTS.contains(String.valueOf(k))) {
                    arguments.put(String.valueOf(k), shown(v));
                }
            });
        }
        Integer concurrent = null;
        if (prop(id, "ExecutionProperty") instanceof Map<?, ?> ep) {
            concurrent = integer(ep.get("MaxConcurrentRuns"));
        }
        Double capacity = Optional.ofNullable(Intrinsics.text(prop(id, "MaxCapacity"))).map(Double::valueOf).orElse(null);
        String role = role(id, name);
        network.jobs.add(new GlueJob(name, connections, Intrinsics.text(prop(id, "WorkerType")),
                integer(prop(id, "NumberOfWorkers")), capacity, integer(prop(id, "MaxRetries")),
                Intrinsics.text(prop(id, "GlueVersion")), role, arguments, concurrent));
    }

    /** The job's role; its permissions when it is the template's with Glue's managed policy, else a named unknown. */
    private String role(String jobId, String jobName) {
        JsonNode node = props(jobId).get("Role");
        Object v = fn.eval(node, jobId);
        String role = shown(v);
        if (role == null) {
            return null;
        }
        String logical = roleByValue.get(role);
        if (logical != null && hasGluePolicy(logical)) {
            for (String action : dev.gluefailover.model.RolePermission.GLUE_ACTIONS) {
                network.permissions.add(new dev.gluefailover.model.RolePermission(role, action, "allowed"));
            }
            network.assume(logical, "rolePermissions", TEXT.get("assume.gluePolicy", role));
        } else if (options.base() == null || options.base().rolePermissions().stream()
                .noneMatch(p -> p.role().equals(role))) {
            String why = logical != null ? TEXT.get("role.noPolicy", logical) : TEXT.get("role.notInTemplate", role);
            network.problems.add(new dev.gluefailover.model.LoadProblem("iam:SimulatePrincipalPolicy",
                    dev.gluefailover.model.LoadProblem.NOT_IN_DESIGN, why + " " + TEXT.get("role.grant",
                            String.join(", ", dev.gluefailover.model.RolePermission.GLUE_ACTIONS)), List.of(role)));
        }
        return role;
    }

    private boolean hasGluePolicy(String roleId) {
        Object arns = prop(roleId, "ManagedPolicyArns");
        if (arns instanceof List<?> list) {
            for (Object a : list) {
                String t = a instanceof Unknown u ? u.name() : Intrinsics.text(a);
                if (t != null && t.endsWith(GLUE_POLICY)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ref and Fn::GetAtt over this template's resources. */
    private final class Refs implements Intrinsics.Resources {
        @Override
        public Optional<Object> ref(String logicalId) {
            if (!resources.has(logicalId)) {
                return Optional.empty();
            }
            String type = type(logicalId);
            if (!idOf(logicalId).equals(logicalId)) {
                return Optional.of(idOf(logicalId));
            }
            return Optional.of(switch (type) {
                case "AWS::Glue::Connection" -> connectionName(logicalId);
                case "AWS::Glue::Job" -> jobName(logicalId);
                case "AWS::IAM::Role" -> roleName(logicalId);
                default -> new Unknown("Ref " + logicalId);
            });
        }

        @Override
        public Optional<Object> getAtt(String logicalId, String attribute, String where) {
            if (!resources.has(logicalId)) {
                return Optional.empty();
            }
            String type = type(logicalId);
            Object v = switch (type + "." + attribute) {
                case "AWS::EC2::Subnet.AvailabilityZone", "AWS::EC2::Subnet.AvailabilityZoneId",
                        "AWS::EC2::Subnet.CidrBlock", "AWS::EC2::Subnet.VpcId", "AWS::EC2::VPC.CidrBlock",
                        "AWS::EC2::SecurityGroup.VpcId" -> {
                    Object p = prop(logicalId, attribute);
                    yield p != null ? p : new Unknown("Fn::GetAtt " + logicalId + "." + attribute);
                }
                case "AWS::EC2::Subnet.SubnetId", "AWS::EC2::VPC.VpcId", "AWS::EC2::SecurityGroup.GroupId",
                        "AWS::EC2::NatGateway.NatGatewayId", "AWS::EC2::VPCEndpoint.Id",
                        "AWS::EC2::InternetGateway.InternetGatewayId", "AWS::EC2::RouteTable.RouteTableId",
                        "AWS::EC2::EIP.AllocationId" -> idOf(logicalId);
                case "AWS::IAM::Role.Arn" -> {
                    String arn = "arn:" + (region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-")
                            ? "aws-us-gov" : "aws") + ":iam::" + accountText() + ":role/" + roleName(logicalId);
                    roleByValue.put(arn, logicalId);
                    yield arn;
                }
                case "AWS::Glue::Connection.Name" -> connectionName(logicalId);
                default -> new Unknown("Fn::GetAtt " + logicalId + "." + attribute);
            };
            return Optional.of(v);
        }
    }

    private String accountText() {
        String account = options.base() != null ? options.base().region().accountId() : null;
        return account != null ? account : "{AWS::AccountId}";
    }

    private String roleName(String logicalId) {
        String n = Intrinsics.text(prop(logicalId, "RoleName"));
        String name = n != null ? n : logicalId;
        roleByValue.put(name, logicalId);
        return name;
    }
}
