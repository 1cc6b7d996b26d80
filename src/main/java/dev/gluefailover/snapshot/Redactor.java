package dev.gluefailover.snapshot;

import dev.gluefailover.model.Assumption;
import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.LoadProblem;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Region;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a snapshot safe to share (in a bug report, a blog post, a sample): account ids,
 * resource ids, names, tags, CIDRs, JDBC hosts and database names, ARNs and the ids inside
 * error messages are replaced by stable stand-ins, the same everywhere they occur, so the
 * engine reaches the same verdicts on the redacted snapshot as on the original.
 *
 * <p>Kept, because the story needs them and they are not secret: the region, AZ names and
 * zone ids, states, types, counts, worker figures, Glue versions, AWS service names
 * ({@code com.amazonaws.us-east-1.s3}), the {@code local} gateway, {@code 0.0.0.0/0},
 * ports, the JDBC scheme, the {@code default} security group name, and the capture time.
 */
public final class Redactor {

    /** Redacts; deterministic (the same snapshot always gives the same result). */
    public Snapshot redact(Snapshot s) {
        return new Run(s).redact();
    }

    /** One redaction's state; never shared, so Redactor itself stays stateless. */
    private static final class Run {
        private static final Pattern ARN = Pattern.compile("arn:(aws[a-z-]*):([a-z0-9-]*):([a-z0-9-]*):(\\d{12})?:([^\\s\"',;)]+)");
        private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9])\\d{12}(?![0-9])");
        private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?(?![0-9])");
        private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.:-]*?(?://@?|@))(\\[[^\\]]+\\]|[^:/;?@\\[]+)(:\\d+)?(.*)$",
                Pattern.DOTALL);
        private static final Pattern URL_VALUE = Pattern.compile("([/=:])([^/;?&=:]+)");

        private final Snapshot s;
        private final Pseudonyms p = new Pseudonyms();
        private final FakeCidrs cidrs = new FakeCidrs();

        Run(Snapshot s) {
            this.s = s;
        }

        Snapshot redact() {
            // Number definitions first, in section order, so ids read r0001, r0002... down the file.
            s.vpcs().forEach(v -> p.id(v.vpcId()));
            s.subnets().forEach(x -> p.id(x.subnetId()));
            s.routeTables().forEach(t -> p.id(t.routeTableId()));
            s.natGateways().forEach(n -> p.id(n.natGatewayId()));
            s.internetGateways().forEach(g -> p.id(g.internetGatewayId()));
            s.vpcEndpoints().forEach(e -> p.id(e.vpcEndpointId()));
            s.securityGroups().forEach(g -> p.id(g.groupId()));
            s.connections().forEach(c -> p.name("connection", c.name()));
            s.jobs().forEach(j -> j.connectionNames().forEach(n -> p.name("connection", n)));
            s.jobs().forEach(j -> p.name("job", j.name()));
            cidrs.register(allCidrs());

            return new Snapshot(s.schemaVersion(), s.capturedAt(), source(s.source()),
                    new Region(s.region().name(), p.account(s.region().accountId())),
                    s.availabilityZones(),
                    map(s.vpcs(), v -> new Vpc(p.id(v.vpcId()), cidr(v.cidrBlock()), v.enableDnsSupport(),
                            v.enableDnsHostnames(), tags(v.tags()))),
                    map(s.subnets(), x -> new Subnet(p.id(x.subnetId()), p.id(x.vpcId()), x.availabilityZone(),
                            x.availabilityZoneId(), cidr(x.cidrBlock()), x.state(), x.availableIpAddressCount(),
                            x.mapPublicIpOnLaunch(), tags(x.tags()))),
                    map(s.routeTables(), this::routeTable),
                    map(s.natGateways(), n -> new NatGateway(p.id(n.natGatewayId()), p.id(n.vpcId()), p.id(n.subnetId()),
                            n.state(), n.connectivityType(), tags(n.tags()))),
                    map(s.internetGateways(), g -> new InternetGateway(p.id(g.internetGatewayId()),
                            map(g.attachedVpcIds(), p::id), tags(g.tags()))),
                    map(s.vpcEndpoints(), e -> new VpcEndpoint(p.id(e.vpcEndpointId()), p.id(e.vpcId()),
                            e.vpcEndpointType(), text(e.serviceName()), e.state(), map(e.routeTableIds(), p::id),
                            map(e.subnetIds(), p::id))),
                    map(s.securityGroups(), this::securityGroup),
                    map(s.jobs(), j -> new GlueJob(p.name("job", j.name()),
                            map(j.connectionNames(), n -> p.name("connection", n)), j.workerType(), j.numberOfWorkers(),
                            j.maxCapacity(), j.maxRetries(), j.glueVersion(), role(j.role()), j.defaultArguments(),
                            j.maxConcurrentRuns())),
                    map(s.connections(), c -> new GlueConnection(p.name("connection", c.name()), c.connectionType(),
                            p.id(c.subnetId()), map(c.securityGroupIds(), p::id), c.availabilityZone(),
                            jdbcUrl(c.jdbcUrl()), c.status(), text(c.statusReason()))),
                    map(s.problems(), this::problem),
                    map(s.rolePermissions(), r -> new RolePermission(role(r.role()), r.action(), r.decision())),
                    map(s.assumptions(), a -> new Assumption(a.elementId() == null ? null : p.id(a.elementId()),
                            a.field(), text(a.text()))),
                    map(s.drills(), d -> new Drill(d.name(), d.titleEn(), d.titleJa(), map(d.steps(),
                            st -> new DrillStep(map(st.fail(), this::failure), st.captionEn(), st.captionJa(),
                                    st.expectedChosen() == null ? null : p.name("connection", st.expectedChosen()),
                                    st.expectedRunWorks())))));
        }

        /** A drill's {@code KIND=ID} failure with the id replaced like everywhere else (zones stay). */
        private String failure(String f) {
            int eq = f.indexOf('=');
            if (eq < 0 || f.startsWith("az=")) {
                return f;
            }
            String kind = f.substring(0, eq + 1);
            String target = f.substring(eq + 1);
            int colon = target.indexOf(':');
            return colon < 0 ? kind + p.id(target) : kind + p.id(target.substring(0, colon)) + target.substring(colon);
        }

        /** A job's role, as a name or an ARN; the same role always gets the same stand-in. */
        private String role(String role) {
            if (role == null) {
                return null;
            }
            return role.startsWith("arn:") ? text(role) : p.name("role", role);
        }

        private List<String> allCidrs() {
            List<String> all = new ArrayList<>();
            s.vpcs().forEach(v -> all.add(v.cidrBlock()));
            s.subnets().forEach(x -> all.add(x.cidrBlock()));
            s.routeTables().forEach(t -> t.routes().forEach(r -> all.add(r.destinationCidrBlock())));
            s.securityGroups().forEach(g -> Stream.concat(g.ingress().stream(), g.egress().stream())
                    .forEach(r -> all.addAll(r.cidrs())));
            all.removeIf(c -> c == null);
            return all;
        }

        private RouteTable routeTable(RouteTable t) {
            return new RouteTable(p.id(t.routeTableId()), p.id(t.vpcId()),
                    map(t.associations(), a -> new RouteTableAssociation(p.id(a.subnetId()), a.main())),
                    map(t.routes(), r -> new Route(cidr(r.destinationCidrBlock()), p.id(r.destinationPrefixListId()),
                            p.id(r.gatewayId()), p.id(r.natGatewayId()), p.id(r.transitGatewayId()),
                            p.id(r.instanceId()), p.id(r.vpcPeeringConnectionId()), r.state())),
                    tags(t.tags()));
        }

        private SecurityGroup securityGroup(SecurityGroup g) {
            // "default" is AWS's own name for the VPC's default group: it says something and hides nothing
            String name = g.groupName() == null || "default".equals(g.groupName()) ? g.groupName()
                    : p.name("group", g.groupName());
            return new SecurityGroup(p.id(g.groupId()), p.id(g.vpcId()), name, map(g.ingress(), this::rule),
                    map(g.egress(), this::rule));
        }

        private SecurityGroupRule rule(SecurityGroupRule r) {
            return new SecurityGroupRule(r.ipProtocol(), r.fromPort(), r.toPort(), map(r.cidrs(), this::cidr),
                    map(r.groupIds(), p::id), map(r.prefixListIds(), p::id));
        }

        private LoadProblem problem(LoadProblem lp) {
            return new LoadProblem(lp.action(), lp.errorCode(), text(lp.message()), map(lp.resourceIds(), this::resource));
        }

        /** A LoadProblem resource: a connection or job name, an id, an ARN, or something else to hide. */
        private String resource(String r) {
            if (p.knows("connection", r)) {
                return p.name("connection", r);
            }
            if (p.knows("job", r)) {
                return p.name("job", r);
            }
            String t = text(r);
            return t.equals(r) ? p.name("resource", r) : t;
        }

        private Map<String, String> tags(Map<String, String> tags) {
            Map<String, String> out = new LinkedHashMap<>();
            // the Name tag keeps its key: the UI shows it in place of the id
            tags.forEach((k, v) -> out.put("Name".equals(k) ? k : p.name("tag", k),
                    "Name".equals(k) ? p.name("name", v) : p.name("value", v)));
            return out;
        }

        private String cidr(String c) {
            return c == null ? null : cidrs.map(c).orElseGet(() -> p.name("cidr", c));
        }

        /** Where the snapshot came from, reduced to its kind ("aws", "sample", "file"), which is not secret. */
        private static String source(String source) {
            if (source == null) {
                return null;
            }
            int colon = source.indexOf(':');
            return colon > 0 ? "redacted:" + source.substring(0, colon) : "redacted";
        }

        /** Keeps the URL's scheme, port and shape; replaces host, database and parameter values. */
        private String jdbcUrl(String url) {
            if (url == null) {
                return null;
            }
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                return p.name("url", url);
            }
            String host = m.group(2);
            String fakeHost = cidrs.map(host).orElseGet(() -> p.name("host", host) + ".invalid");
            Matcher v = URL_VALUE.matcher(m.group(4));
            StringBuilder rest = new StringBuilder();
            while (v.find()) {
                String kind = "=".equals(v.group(1)) ? "param" : "db";
                v.appendReplacement(rest, Matcher.quoteReplacement(v.group(1) + p.name(kind, v.group(2))));
            }
            v.appendTail(rest);
            return m.group(1) + fakeHost + (m.group(3) == null ? "" : m.group(3)) + rest;
        }

        /**
         * Free text (error messages, service names): ARNs, resource ids, account ids, addresses
         * and the names of connections and jobs are replaced in one scan, so a stand-in is never
         * itself rewritten.
         */
        private String text(String t) {
            if (t == null) {
                return null;
            }
            List<String> names = Stream.concat(p.all("connection").keySet().stream(), p.all("job").keySet().stream())
                    .filter(n -> n.length() >= 3).sorted(Comparator.comparingInt(String::length).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .map(Pattern::quote).toList();
            String any = ARN.pattern() + "|(?<![A-Za-z0-9])(?:" + Pseudonyms.ID.pattern() + ")(?![A-Za-z0-9])|"
                    + IPV4.pattern() + "|" + ACCOUNT.pattern()
                    + (names.isEmpty() ? "" : "|(?<![A-Za-z0-9_-])(?:" + String.join("|", names) + ")(?![A-Za-z0-9_-])");
            Matcher m = Pattern.compile(any).matcher(t);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group())));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String replacement(String found) {
            Matcher arn = ARN.matcher(found);
            if (arn.matches()) {
                String resource = arn.group(5);
                int cut = Math.max(resource.indexOf('/'), resource.indexOf(':'));
                String type = cut > 0 ? resource.substring(0, cut + 1) : "";
                return "arn:" + arn.group(1) + ":" + arn.group(2) + ":" + arn.group(3) + ":"
                        + (arn.group(4) == null ? "" : p.account(arn.group(4))) + ":" + type + p.name("resource", resource);
            }
            if (Pseudonyms.ID.matcher(found).matches()) {
                return p.id(found);
            }
            if (p.knows("connection", found)) {
                return p.name("connection", found);
            }
            if (p.knows("job", found)) {
                return p.name("job", found);
            }
            if (ACCOUNT.matcher(found).matches()) {
                return p.account(found);
            }
            return cidrs.map(found).orElseGet(() -> p.name("address", found));
        }

        private static <A, B> List<B> map(List<A> list, java.util.function.Function<A, B> f) {
            return list.stream().map(f).toList();
        }
    }
}
