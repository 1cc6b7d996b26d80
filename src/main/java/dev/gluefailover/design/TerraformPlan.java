package dev.gluefailover.design;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON of a Terraform plan ({@code terraform show -json PLAN}) read into a
 * {@link DesignNetwork}. The planned values hold what is known; a value "known after apply"
 * (its {@code after_unknown} is true) is joined through the plan's {@code configuration}: the
 * expression's {@code references} name the resource and attribute it comes from ({@code
 * aws_vpc.main.id}), which is then that resource's stand-in id. What cannot be joined is a named
 * unknown.
 */
final class TerraformPlan {
    private static final Messages TEXT = Messages.of("design");

    static final Set<String> READ = Set.of("aws_vpc", "aws_subnet", "aws_route_table", "aws_route",
            "aws_route_table_association", "aws_main_route_table_association", "aws_nat_gateway",
            "aws_internet_gateway", "aws_internet_gateway_attachment", "aws_vpc_endpoint",
            "aws_vpc_endpoint_route_table_association", "aws_security_group", "aws_security_group_rule",
            "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_glue_connection",
            "aws_glue_job", "aws_iam_role", "aws_iam_role_policy_attachment", "aws_eip");

    static final Set<String> RELEVANT_UNREAD = Set.of("aws_vpc_ipv4_cidr_block_association", "aws_network_acl",
            "aws_network_acl_rule", "aws_network_acl_association", "aws_default_route_table",
            "aws_default_security_group", "aws_default_network_acl", "aws_egress_only_internet_gateway",
            "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_vpc_attachment", "aws_ec2_transit_gateway_route",
            "aws_vpc_peering_connection", "aws_ec2_managed_prefix_list", "aws_vpc_endpoint_subnet_association",
            "aws_vpn_gateway", "aws_vpn_gateway_route_propagation", "aws_vpc_dhcp_options_association",
            "aws_glue_trigger");

    private static final String GLUE_POLICY = ":iam::aws:policy/service-role/AWSGlueServiceRole";
    private static final Pattern REFERENCE = Pattern.compile(
            "^((?:module\\.[^.\\[]+(?:\\[[^\\]]+])?\\.)*)([a-z0-9_]+)\\.([A-Za-z0-9_-]+)(\\[[^\\]]+])?(?:\\.(.+))?$");

    /** One resource instance of the plan. */
    private record Instance(String address, String type, String module, String configKey, String index,
            JsonNode values, JsonNode unknown) {
    }

    private final String source;
    private final TemplateTree tree;
    private final DesignImport.Options options;
    private final DesignNetwork network = new DesignNetwork();
    private final List<DesignWarning> warnings = new ArrayList<>();
    private final Set<String> warned = new LinkedHashSet<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, List<Instance>> byConfigKey = new HashMap<>();
    private final Map<String, JsonNode> expressions = new HashMap<>();
    private final Map<String, Integer> ignored = new TreeMap<>();

    TerraformPlan(String source, TemplateTree tree, DesignImport.Options options) {
        this.source = source;
        this.tree = tree;
        this.options = options;
    }

    DesignImport.Result read() throws DesignException {
        JsonNode root = tree.root();
        if (!root.has("planned_values")) {
            throw new DesignException(source, 1, TEXT.get("error.notPlan"));
        }
        String version = root.path("format_version").asText("");
        if (!version.isEmpty() && !version.startsWith("1.") && !version.startsWith("0.")) {
            throw new DesignException(source, tree.lineOf("format_version"), TEXT.get("error.planVersion", version));
        }
        Map<String, JsonNode> unknownByAddress = new HashMap<>();
        for (JsonNode rc : root.path("resource_changes")) {
            unknownByAddress.put(rc.path("address").asText(), rc.path("change").path("after_unknown"));
        }
        collect(root.path("planned_values").path("root_module"), unknownByAddress);
        configuration(root.path("configuration").path("root_module"), "");

        String region = options.region() != null ? options.region()
                : options.base() != null ? options.base().region().name() : regionOfPlan();
        for (String pass : List.of("aws_vpc", "aws_route_table", "aws_security_group", "aws_vpc_endpoint",
                "aws_internet_gateway", "*")) {
            for (Instance i : instances.values()) {
                boolean container = List.of("aws_vpc", "aws_route_table", "aws_security_group", "aws_vpc_endpoint",
                        "aws_internet_gateway").contains(i.type());
                if (pass.equals("*") ? !container : i.type().equals(pass)) {
                    resource(i);
                }
            }
        }
        String name = java.nio.file.Path.of(source).getFileName().toString();
        String account = options.base() != null ? options.base().region().accountId() : null;
        return new DesignImport.Result(network.build(options.base(), new Region(region, account),
                "terraform-plan:" + name), List.copyOf(warnings), ignoredLine());
    }

    private String regionOfPlan() {
        JsonNode region = tree.root().path("configuration").path("provider_config").path("aws").path("expressions")
                .path("region").path("constant_value");
        if (region.isTextual()) {
            return region.asText();
        }
        JsonNode variable = tree.root().path("variables").path("region").path("value");
        if (variable.isTextual()) {
            return variable.asText();
        }
        for (Instance i : instances.values()) {
            String zone = i.values().path("availability_zone").asText("");
            if (zone.matches("^[a-z]{2}(-gov)?-[a-z]+-\\d[a-z]$")) {
                return zone.substring(0, zone.length() - 1);
            }
        }
        network.assume(null, "region", TEXT.get("assume.region", "us-east-1"));
        return "us-east-1";
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

    private void warn(String address, String text) {
        if (warned.add(address + "|" + text)) {
            warnings.add(new DesignWarning(source, 0, address, text));
        }
    }

    // --- the plan's structure ----------------------------------------------------------------

    private void collect(JsonNode module, Map<String, JsonNode> unknown) {
        for (JsonNode r : module.path("resources")) {
            if (!"managed".equals(r.path("mode").asText("managed"))) {
                continue;
            }
            String address = r.path("address").asText();
            String type = r.path("type").asText();
            String modulePath = address.contains(type + ".") ? address.substring(0, address.indexOf(type + ".")) : "";
            String configKey = modulePath.replaceAll("\\[[^\\]]*]", "") + type + "." + r.path("name").asText();
            JsonNode index = r.get("index");
            Instance i = new Instance(address, type, modulePath, configKey,
                    index == null ? null : index.isTextual() ? "\"" + index.asText() + "\"" : index.asText(),
                    r.path("values"), unknown.getOrDefault(address, com.fasterxml.jackson.databind.node.MissingNode
                            .getInstance()));
            instances.put(address, i);
            byConfigKey.computeIfAbsent(configKey, k -> new ArrayList<>()).add(i);
        }
        for (JsonNode child : module.path("child_modules")) {
            collect(child, unknown);
        }
    }

    private void configuration(JsonNode module, String prefix) {
        for (JsonNode r : module.path("resources")) {
            expressions.put(prefix + r.path("address").asText(), r.path("expressions"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = module.path("module_calls").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> call = it.next();
            configuration(call.getValue().path("module"), prefix + "module." + call.getKey() + ".");
        }
    }

    // --- values and the join through references -------------------------------------------------

    /** The stand-in id of a resource instance: its id when the plan knows it (it exists), else prefix + address. */
    private String idOf(Instance i) {
        JsonNode id = i.values().get("id");
        if (id != null && id.isTextual()) {
            return id.asText();
        }
        String prefix = switch (i.type()) {
            case "aws_vpc" -> "vpc-";
            case "aws_subnet" -> "subnet-";
            case "aws_route_table" -> "rtb-";
            case "aws_nat_gateway" -> "nat-";
            case "aws_internet_gateway" -> "igw-";
            case "aws_vpc_endpoint" -> "vpce-";
            case "aws_security_group" -> "sg-";
            case "aws_eip" -> "eipalloc-";
            default -> "";
        };
        return prefix + i.address();
    }

    /**
     * The attribute at a path of an instance ({@code "vpc_id"}, {@code "physical_connection_requirements", 0,
     * "subnet_id"}): the planned value, else the value the configuration's reference names, else a named unknown.
     */
    private Object value(Instance i, Object... path) {
        JsonNode v = at(i.values(), path);
        if (v != null && !v.isNull() && !v.isMissingNode()) {
            return plain(v);
        }
        JsonNode unknown = at(i.unknown(), path);
        boolean afterApply = unknown != null && (unknown.asBoolean(false) || unknown.isArray() || unknown.isObject());
        if (!afterApply) {
            return null;
        }
        JsonNode expression = expression(i, path);
        if (expression == null && expressions.containsKey(i.configKey())) {
            // not written in the configuration: an attribute AWS computes (an ARN, a list filled by associations)
            return null;
        }
        Optional<List<String>> refs = references(i, path);
        if (refs.isPresent()) {
            List<Object> resolved = new ArrayList<>();
            for (String ref : refs.get()) {
                resolved.add(resolve(ref, i));
            }
            boolean list = unknown.isArray() || v != null && v.isArray();
            if (list) {
                return resolved;
            }
            if (!resolved.isEmpty()) {
                return resolved.get(0);
            }
        }
        return new Unknown(TEXT.get("unknown.afterApply", i.address() + "." + pathText(path)));
    }

    private static String pathText(Object... path) {
        StringBuilder b = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer n) {
                b.append('[').append(n).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(p);
            }
        }
        return b.toString();
    }

    private static JsonNode at(JsonNode node, Object... path) {
        JsonNode n = node;
        for (Object p : path) {
            if (n == null) {
                return null;
            }
            n = p instanceof Integer idx ? n.get(idx) : n.get((String) p);
        }
        return n;
    }

    private static Object plain(JsonNode v) {
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(e -> out.add(plain(e)));
            return out;
        }
        if (v.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            v.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
            return out;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return v.isNull() ? null : v.asText();
    }

    /** The references of the expression at this path that name an attribute ("aws_vpc.main.id"), in order. */
    private Optional<List<String>> references(Instance i, Object... path) {
        JsonNode n = expression(i, path);
        if (n == null || !n.has("references")) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        List<String> all = new ArrayList<>();
        n.get("references").forEach(r -> all.add(r.asText()));
        for (String r : all) {
            if (r.startsWith("var.") || r.startsWith("local.") || r.startsWith("data.") || r.startsWith("count.")
                    || r.startsWith("each.") || r.startsWith("path.")) {
                if (r.startsWith("var.") && all.size() == 1) {
                    named.add(r);
                }
                continue;
            }
            Matcher m = REFERENCE.matcher(r);
            if (!m.matches()) {
                continue;
            }
            // Terraform lists "aws_vpc.main.id" and then "aws_vpc.main": keep the most precise form of each
            String resource = m.group(1) + m.group(2) + "." + m.group(3) + (m.group(4) == null ? "" : m.group(4));
            String self = i.module() + resource;
            boolean covered = named.stream().anyMatch(x -> x.equals(self) || x.startsWith(self + ".")
                    || x.startsWith(self + "["));
            if (!covered) {
                named.add(i.module() + r);
            }
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(named);
    }

    /** The configuration's expression for the attribute at this path, or null. */
    private JsonNode expression(Instance i, Object... path) {
        JsonNode e = expressions.get(i.configKey());
        if (e == null) {
            return null;
        }
        JsonNode n = e;
        for (Object p : path) {
            if (n == null) {
                return null;
            }
            if (p instanceof Integer idx) {
                // a block list in the configuration: the same position, else its only block
                n = n.isArray() ? (n.size() > idx ? n.get(idx) : n.get(0)) : null;
            } else {
                n = n.isArray() && n.size() > 0 ? n.get(0).get((String) p) : n.get((String) p);
            }
        }
        return n;
    }

    /** A reference's value: the named instance's attribute ("id": its stand-in id), or a named unknown. */
    private Object resolve(String ref, Instance from) {
        if (ref.startsWith("var.")) {
            JsonNode v = tree.root().path("variables").path(ref.substring(4)).path("value");
            return v.isMissingNode() ? new Unknown(ref) : plain(v);
        }
        Matcher m = REFERENCE.matcher(ref);
        if (!m.matches()) {
            return new Unknown(ref);
        }
        String key = m.group(1).replaceAll("\\[[^\\]]*]", "") + m.group(2) + "." + m.group(3);
        List<Instance> candidates = byConfigKey.getOrDefault(key, List.of());
        Instance target = null;
        if (m.group(4) != null) {
            target = instances.get(m.group(1) + m.group(2) + "." + m.group(3) + m.group(4));
        } else if (candidates.size() == 1) {
            target = candidates.get(0);
        } else if (from.index() != null) {
            // count.index / each.key: the instance with the same index
            target = candidates.stream().filter(c -> from.index().equals(c.index())).findFirst().orElse(null);
        }
        if (target == null) {
            return new Unknown(ref);
        }
        // a bare resource ("aws_subnet.private" with count.index) stands for its id
        String attribute = m.group(5) == null ? "id" : m.group(5);
        if (attribute.equals("id")) {
            return idOf(target);
        }
        Object v = value(target, attribute);
        if (v == null && attribute.equals("arn") && target.type().equals("aws_iam_role")) {
            return "arn:aws:iam::{account}:role/" + Intrinsics.text(value(target, "name"));
        }
        return v == null ? new Unknown(ref) : v;
    }

    private String text(Instance i, Object... path) {
        Object v = value(i, path);
        if (v instanceof Unknown u) {
            warn(i.address(), TEXT.get("warn.unknownValue", pathText(path), u.name()));
            return u.shown();
        }
        return Intrinsics.text(v);
    }

    private List<String> texts(Instance i, Object... path) {
        Object v = value(i, path);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Unknown u) {
                    warn(i.address(), TEXT.get("warn.unknownValue", pathText(path), u.name()));
                    out.add(u.shown());
                } else if (Intrinsics.text(o) != null) {
                    out.add(Intrinsics.text(o));
                }
            }
        } else if (v instanceof Unknown u) {
            warn(i.address(), TEXT.get("warn.unknownValue", pathText(path), u.name()));
            out.add(u.shown());
        } else if (Intrinsics.text(v) != null) {
            out.add(Intrinsics.text(v));
        }
        return out;
    }

    private Map<String, String> tags(Instance i) {
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode t = i.values().path("tags");
        if (t.isObject()) {
            t.fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
        }
        tags.putIfAbsent("Name", i.address());
        return tags;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer integer(Object v) {
        String t = Intrinsics.text(v);
        try {
            return t == null ? null : new java.math.BigDecimal(t).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private boolean bool(Instance i, String attribute, boolean dflt) {
        String t = Intrinsics.text(value(i, attribute));
        return t == null ? dflt : Boolean.parseBoolean(t);
    }

    // --- resources ---------------------------------------------------------------------------

    private void resource(Instance i) {
        if (!READ.contains(i.type())) {
            if (RELEVANT_UNREAD.contains(i.type())) {
                warn(i.address(), TEXT.get("warn.type", i.type()));
            } else {
                ignored.merge(i.type(), 1, Integer::sum);
            }
            return;
        }
        switch (i.type()) {
            case "aws_vpc" -> {
                String cidr = text(i, "cidr_block");
                network.vpc(new Vpc(idOf(i), cidr, bool(i, "enable_dns_support", true),
                        bool(i, "enable_dns_hostnames", false), tags(i)), "rtb-" + i.address() + "-main");
            }
            case "aws_subnet" -> network.subnet(idOf(i), text(i, "vpc_id"), text(i, "availability_zone"),
                    blankToNull(Intrinsics.text(value(i, "availability_zone_id"))),
                    text(i, "cidr_block"), bool(i, "map_public_ip_on_launch", false), tags(i));
            case "aws_route_table" -> {
                DesignNetwork.Table t = network.table(idOf(i), text(i, "vpc_id"), tags(i));
                JsonNode routes = i.values().path("route");
                for (int n = 0; n < routes.size(); n++) {
                    route(i, t, n);
                }
            }
            case "aws_route" -> {
                DesignNetwork.Table t = network.table(text(i, "route_table_id"), null, null);
                route(i, t, -1);
            }
            case "aws_route_table_association" -> {
                String subnet = text(i, "subnet_id");
                if (subnet != null) {
                    network.table(text(i, "route_table_id"), null, null).associations
                            .add(RouteTableAssociation.subnet(subnet));
                }
            }
            case "aws_main_route_table_association" -> network.makeMain(text(i, "vpc_id"), text(i, "route_table_id"));
            case "aws_nat_gateway" -> {
                String subnet = text(i, "subnet_id");
                String vpc = network.subnets.stream().filter(s -> s.subnetId().equals(subnet)).map(s -> s.vpcId())
                        .findFirst().orElse(null);
                String connectivity = Optional.ofNullable(Intrinsics.text(value(i, "connectivity_type")))
                        .orElse("public");
                network.nats.add(new NatGateway(idOf(i), vpc, subnet, "available", connectivity, tags(i)));
            }
            case "aws_internet_gateway" -> {
                Set<String> vpcs = network.igws.computeIfAbsent(idOf(i), k -> new LinkedHashSet<>());
                String vpc = text(i, "vpc_id");
                if (vpc != null) {
                    vpcs.add(vpc);
                }
                network.igwTags.put(idOf(i), tags(i));
            }
            case "aws_internet_gateway_attachment" -> network.igws
                    .computeIfAbsent(text(i, "internet_gateway_id"), k -> new LinkedHashSet<>()).add(text(i, "vpc_id"));
            case "aws_vpc_endpoint" -> {
                String type = Optional.ofNullable(Intrinsics.text(value(i, "vpc_endpoint_type"))).orElse("Gateway");
                DesignNetwork.Endpoint e = new DesignNetwork.Endpoint(idOf(i), text(i, "vpc_id"), type,
                        text(i, "service_name"));
                e.routeTableIds.addAll(texts(i, "route_table_ids"));
                e.subnetIds.addAll(texts(i, "subnet_ids"));
                network.endpoints.put(e.id, e);
                if ("Gateway".equalsIgnoreCase(type)) {
                    network.assume(e.id, "prefixListId", TEXT.get("assume.prefixList", e.service));
                }
            }
            case "aws_vpc_endpoint_route_table_association" -> {
                DesignNetwork.Endpoint e = network.endpoints.get(text(i, "vpc_endpoint_id"));
                if (e != null) {
                    e.routeTableIds.add(text(i, "route_table_id"));
                } else {
                    warn(i.address(), TEXT.get("warn.endpointMissing", text(i, "vpc_endpoint_id")));
                }
            }
            case "aws_security_group" -> securityGroup(i);
            case "aws_security_group_rule" -> {
                String group = text(i, "security_group_id");
                boolean ingress = "ingress".equals(Intrinsics.text(value(i, "type")));
                DesignNetwork.Group g = network.group(group, null, group);
                Boolean self = (Boolean) (value(i, "self") instanceof Boolean b ? b : false);
                SecurityGroupRule r = rule(i, Intrinsics.text(value(i, "protocol")), integer(value(i, "from_port")),
                        integer(value(i, "to_port")), texts(i, "cidr_blocks"),
                        Optional.ofNullable(text(i, "source_security_group_id")).map(List::of).orElse(List.of()),
                        texts(i, "prefix_list_ids"), self, group);
                (ingress ? g.ingress : g.egress).add(r);
            }
            case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule" -> {
                String group = text(i, "security_group_id");
                DesignNetwork.Group g = network.group(group, null, group);
                List<String> cidr = Optional.ofNullable(text(i, "cidr_ipv4")).map(List::of).orElse(List.of());
                List<String> peer = Optional.ofNullable(text(i, "referenced_security_group_id")).map(List::of)
                        .orElse(List.of());
                List<String> pl = Optional.ofNullable(text(i, "prefix_list_id")).map(List::of).orElse(List.of());
                if (cidr.isEmpty() && peer.isEmpty() && pl.isEmpty()) {
                    return; // IPv6 only
                }
                SecurityGroupRule r = rule(i, Intrinsics.text(value(i, "ip_protocol")), integer(value(i, "from_port")),
                        integer(value(i, "to_port")), cidr, peer, pl, false, group);
                (i.type().endsWith("ingress_rule") ? g.ingress : g.egress).add(r);
            }
            case "aws_glue_connection" -> connection(i);
            case "aws_glue_job" -> job(i);
            default -> {
                // roles, policy attachments and EIPs are read where they are used
            }
        }
    }

    private void route(Instance i, DesignNetwork.Table t, int n) {
        Object[] at = n < 0 ? new Object[0] : new Object[] {"route", n};
        String cidr = text(i, join(at, n < 0 ? "destination_cidr_block" : "cidr_block"));
        String pl = text(i, join(at, n < 0 ? "destination_prefix_list_id" : "destination_prefix_list_id"));
        if (cidr == null && pl == null) {
            return; // IPv6
        }
        String gateway = Optional.ofNullable(text(i, join(at, "gateway_id"))).orElse(text(i, join(at,
                "vpc_endpoint_id")));
        Route r = new Route(cidr, pl, gateway, text(i, join(at, "nat_gateway_id")),
                text(i, join(at, "transit_gateway_id")), text(i, join(at, "network_interface_id")),
                text(i, join(at, "vpc_peering_connection_id")), "active");
        t.routes.add(r);
    }

    private static Object[] join(Object[] prefix, String last) {
        Object[] out = java.util.Arrays.copyOf(prefix, prefix.length + 1);
        out[prefix.length] = last;
        return out;
    }

    private SecurityGroupRule rule(Instance i, String protocol, Integer from, Integer to, List<String> cidrs,
            List<String> groups, List<String> prefixLists, boolean self, String selfId) {
        String p = protocol == null ? "-1" : switch (protocol.toLowerCase(java.util.Locale.ROOT)) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "all", "-1" -> "-1";
            default -> protocol.toLowerCase(java.util.Locale.ROOT);
        };
        List<String> g = new ArrayList<>(groups);
        if (self && selfId != null) {
            g.add(selfId);
        }
        boolean all = "-1".equals(p);
        return new SecurityGroupRule(p, all ? null : from, all ? null : to, cidrs, g, prefixLists);
    }

    private void securityGroup(Instance i) {
        String id = idOf(i);
        String name = Optional.ofNullable(Intrinsics.text(value(i, "name"))).orElse(i.address());
        DesignNetwork.Group g = network.group(id, text(i, "vpc_id"), name);
        for (String direction : List.of("ingress", "egress")) {
            JsonNode rules = i.values().path(direction);
            for (int n = 0; n < rules.size(); n++) {
                Boolean self = rules.get(n).path("self").asBoolean(false);
                SecurityGroupRule r = rule(i, Intrinsics.text(value(i, direction, n, "protocol")),
                        integer(value(i, direction, n, "from_port")), integer(value(i, direction, n, "to_port")),
                        texts(i, direction, n, "cidr_blocks"), texts(i, direction, n, "security_groups"),
                        texts(i, direction, n, "prefix_list_ids"), self, id);
                if (!r.cidrs().isEmpty() || !r.groupIds().isEmpty() || !r.prefixListIds().isEmpty()) {
                    (direction.equals("ingress") ? g.ingress : g.egress).add(r);
                }
            }
        }
        // Terraform removes the allow-all egress rule AWS adds to a new group: only the rules written here count.
    }

    private void connection(Instance i) {
        // Only the URL of connection_properties is read: PASSWORD and the rest never leave the plan.
        String name = Optional.ofNullable(Intrinsics.text(value(i, "name"))).orElse(i.address());
        String type = Optional.ofNullable(Intrinsics.text(value(i, "connection_type"))).orElse("JDBC");
        JsonNode url = i.values().path("connection_properties").path("JDBC_CONNECTION_URL");
        String subnet = null;
        String zone = null;
        List<String> groups = List.of();
        if (i.values().path("physical_connection_requirements").size() > 0
                || at(i.unknown(), "physical_connection_requirements") != null) {
            subnet = text(i, "physical_connection_requirements", 0, "subnet_id");
            zone = text(i, "physical_connection_requirements", 0, "availability_zone");
            groups = texts(i, "physical_connection_requirements", 0, "security_group_id_list");
        }
        network.connections.add(new GlueConnection(name, type, subnet, groups, zone,
                url.isTextual() ? url.asText() : null, null, null));
    }

    private void job(Instance i) {
        String name = Optional.ofNullable(Intrinsics.text(value(i, "name"))).orElse(i.address());
        List<String> connections = texts(i, "connections");
        Map<String, String> arguments = new HashMap<>();
        JsonNode args = i.values().path("default_arguments");
        for (String key : GlueJob.NETWORK_ARGUMENTS) {
            if (args.has(key)) {
                arguments.put(key, args.get(key).asText());
            }
        }
        Integer concurrent = integer(value(i, "execution_property", 0, "max_concurrent_runs"));
        Object capacity = value(i, "max_capacity");
        String role = text(i, "role_arn");
        network.jobs.add(new GlueJob(name, connections, Intrinsics.text(value(i, "worker_type")),
                integer(value(i, "number_of_workers")), capacity instanceof java.math.BigDecimal d ? d.doubleValue()
                        : null, integer(value(i, "max_retries")), Intrinsics.text(value(i, "glue_version")), role,
                arguments, concurrent));
        if (role != null) {
            rolePermissions(i, role);
        }
    }

    /** The job's role is the plan's with AWSGlueServiceRole attached: allowed, as an assumption; else unknown. */
    private void rolePermissions(Instance job, String role) {
        Optional<Instance> roleInstance = roleOf(job);
        boolean glue = false;
        if (roleInstance.isPresent()) {
            Instance r = roleInstance.get();
            glue = texts(r, "managed_policy_arns").stream().anyMatch(a -> a.endsWith(GLUE_POLICY));
            for (Instance a : instances.values()) {
                if (a.type().equals("aws_iam_role_policy_attachment")
                        && Optional.ofNullable(Intrinsics.text(value(a, "policy_arn"))).orElse("").endsWith(GLUE_POLICY)) {
                    Object attachedTo = value(a, "role");
                    Object roleName = value(r, "name");
                    boolean same = Intrinsics.text(attachedTo) != null && Intrinsics.text(attachedTo)
                            .equals(Intrinsics.text(roleName));
                    if (same || referencesRole(a, r)) {
                        glue = true;
                    }
                }
            }
        }
        if (glue) {
            for (String action : RolePermission.GLUE_ACTIONS) {
                network.permissions.add(new RolePermission(role, action, "allowed"));
            }
            network.assume(roleInstance.get().address(), "rolePermissions", TEXT.get("assume.gluePolicy", role));
        } else if (options.base() == null || options.base().rolePermissions().stream()
                .noneMatch(p -> p.role().equals(role))) {
            String why = roleInstance.isPresent() ? TEXT.get("role.noPolicy", roleInstance.get().address())
                    : TEXT.get("role.notInTemplate", role);
            network.problems.add(new LoadProblem("iam:SimulatePrincipalPolicy", LoadProblem.NOT_IN_DESIGN,
                    why + " " + TEXT.get("role.grant", String.join(", ", RolePermission.GLUE_ACTIONS)), List.of(role)));
        }
    }

    private Optional<Instance> roleOf(Instance job) {
        Optional<List<String>> refs = references(job, "role_arn");
        if (refs.isPresent()) {
            for (String ref : refs.get()) {
                Matcher m = REFERENCE.matcher(ref);
                if (m.matches() && m.group(2).equals("aws_iam_role")) {
                    String key = m.group(1).replaceAll("\\[[^\\]]*]", "") + m.group(2) + "." + m.group(3);
                    List<Instance> c = byConfigKey.getOrDefault(key, List.of());
                    if (c.size() == 1) {
                        return Optional.of(c.get(0));
                    }
                }
            }
        }
        String arn = Intrinsics.text(value(job, "role_arn"));
        return instances.values().stream().filter(r -> r.type().equals("aws_iam_role"))
                .filter(r -> arn != null && (arn.equals(Intrinsics.text(value(r, "arn")))
                        || arn.endsWith(":role/" + Intrinsics.text(value(r, "name")))))
                .findFirst();
    }

    private boolean referencesRole(Instance attachment, Instance role) {
        return references(attachment, "role").orElse(List.of()).stream()
                .anyMatch(ref -> ref.startsWith(role.configKey() + "."));
    }
}
