package dev.gluefailover.review;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Subnet;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An AWS FIS experiment that reproduces a simulation on the real network, as plain data: which
 * failure becomes which {@code aws:network:disrupt-connectivity} action on which subnets, and which
 * failures FIS cannot inject (with the reason, so the runbook can give the manual way). The tool
 * never calls FIS: {@link #json()} is the experiment template a user creates with
 * {@code aws fis create-experiment-template --cli-input-json file://experiment-template.json}.
 *
 * <p>What FIS can do, from its action reference: {@code aws:network:disrupt-connectivity} denies the
 * traffic of the target subnets (resource type {@code aws:ec2:subnet}, target key {@code Subnets})
 * for {@code duration}, with {@code scope} one of {@code all}, {@code availability-zone},
 * {@code dynamodb}, {@code prefix-list}, {@code s3}. An AZ outage is {@code scope=all} on the job's
 * subnets in that zone and on the subnets of the NAT gateways there; a NAT gateway failure is the
 * same on the NAT's subnet (which cuts everything else in that subnet too). FIS has no action that
 * removes a VPC endpoint or changes a subnet's free IPs.
 *
 * @param accountId the account of the subnet ARNs: the snapshot's, or {@link #ACCOUNT_PLACEHOLDER}
 */
public record FisExperiment(GlueJob job, Simulation simulation, String region, String accountId, String partition,
        Options options, List<Action> actions, List<NotInjected> notInjected) {

    public static final String ACTION_ID = "aws:network:disrupt-connectivity";
    public static final String RESOURCE_TYPE = "aws:ec2:subnet";
    /** The key an action of {@link #ACTION_ID} names its target under. */
    public static final String TARGET_KEY = "Subnets";
    public static final String ALARM_SOURCE = "aws:cloudwatch:alarm";
    /** {@code --stop-alarm none}: the experiment runs its whole duration unless stopped by hand. */
    public static final String NO_STOP_CONDITION = "none";
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);
    /** The action's documented range of durations. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(1);
    public static final Duration MAX_DURATION = Duration.ofHours(12);
    /** Every placeholder the user must replace contains this. */
    public static final String PLACEHOLDER_MARK = "REPLACE_WITH_";
    public static final String ACCOUNT_PLACEHOLDER = PLACEHOLDER_MARK + "ACCOUNT_ID";
    public static final String TOOL = "glue-failover-explorer";
    private static final int MAX_NAME = 64;
    private static final int MAX_DESCRIPTION = 512;
    private static final int MAX_TAG_VALUE = 256;
    private static final Messages TEXT = Messages.of("fis");

    public FisExperiment {
        actions = List.copyOf(actions);
        notInjected = List.copyOf(notInjected);
    }

    /**
     * The experiment's settings.
     *
     * @param roleArn      the role FIS runs as; null: a placeholder to fill in
     * @param stopAlarmArn the CloudWatch alarm that stops it; {@link #NO_STOP_CONDITION}: none; null: a placeholder
     */
    public record Options(Duration duration, String roleArn, String stopAlarmArn) {
        public Options {
            duration = duration == null ? DEFAULT_DURATION : duration;
            if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
                throw new IllegalArgumentException(TEXT.get("error.durationRange", duration));
            }
            if (roleArn != null && !(roleArn.startsWith("arn:") && roleArn.contains(":iam::")
                    && roleArn.contains(":role/"))) {
                throw new IllegalArgumentException(TEXT.get("error.roleArn", roleArn));
            }
            if (stopAlarmArn != null && !stopAlarmArn.equals(NO_STOP_CONDITION)
                    && !(stopAlarmArn.startsWith("arn:") && stopAlarmArn.contains(":cloudwatch:")
                            && stopAlarmArn.contains(":alarm:"))) {
                throw new IllegalArgumentException(TEXT.get("error.stopAlarm", stopAlarmArn));
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_DURATION, null, null);
        }

        /** Reads an ISO-8601 duration ({@code PT10M}); the message says what was expected. */
        public static Duration parseDuration(String text) {
            try {
                return Duration.parse(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException(TEXT.get("error.duration", text));
            }
        }
    }

    /**
     * One subnet an action cuts, and what of the job sits in it.
     *
     * @param carries the job's connections (kind CONNECTION, by name) and NAT gateways in this subnet
     */
    public record TargetSubnet(String subnetId, String name, String availabilityZone, String zoneId,
            List<ElementRef> carries) {
        public TargetSubnet {
            carries = List.copyOf(carries);
        }
    }

    /** One {@code aws:network:disrupt-connectivity} action, for one simulated failure. */
    public record Action(String name, SimulatedFailure failure, String targetName, List<TargetSubnet> subnets) {
        public Action {
            subnets = List.copyOf(subnets);
        }
    }

    /** Why a simulated failure has no action in the template. */
    public enum Reason {
        /** FIS has no action that removes or detaches a VPC endpoint. */
        ENDPOINT_HAS_NO_FIS_ACTION,
        /** FIS cannot change how many IPs a subnet has free. */
        FREE_IPS_HAVE_NO_FIS_ACTION,
        /** FIS cannot delete a subnet (and cutting its traffic is not the same). */
        SUBNET_DELETION_HAS_NO_FIS_ACTION,
        /** Neither a connection of the job nor a NAT gateway of its VPCs has a subnet in that zone. */
        NOTHING_IN_ZONE,
        /** The snapshot does not say which subnet the NAT gateway is in. */
        NAT_SUBNET_UNKNOWN,
        /** Every subnet it would cut is already cut by an earlier action. */
        ALREADY_CUT
    }

    /** A failure of the simulation the template does not inject. */
    public record NotInjected(SimulatedFailure failure, Reason reason, String coveredBy) {
    }

    /**
     * The experiment for a simulation: one action per failure FIS can inject, in the simulation's
     * order; a subnet is cut by one action only (FIS cannot disrupt one subnet twice at once).
     */
    public static FisExperiment of(SnapshotIndex index, GlueJob job, Simulation simulation, Options options) {
        String region = index.snapshot().region().name();
        String account = index.snapshot().region().accountId();
        account = account == null || account.isBlank() ? ACCOUNT_PLACEHOLDER : account;
        List<Action> actions = new ArrayList<>();
        List<NotInjected> skipped = new ArrayList<>();
        Map<String, String> cutBy = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (SimulatedFailure f : simulation.failures()) {
            List<TargetSubnet> subnets;
            if (f instanceof SimulatedFailure.AzOutage az) {
                subnets = zoneSubnets(index, job, az.target());
                if (subnets.isEmpty()) {
                    skipped.add(new NotInjected(f, Reason.NOTHING_IN_ZONE, null));
                    continue;
                }
            } else if (f instanceof SimulatedFailure.NatGatewayFailure nat) {
                Optional<Subnet> s = index.natGateway(nat.target()).map(NatGateway::subnetId).flatMap(index::subnet);
                if (s.isEmpty()) {
                    skipped.add(new NotInjected(f, Reason.NAT_SUBNET_UNKNOWN, null));
                    continue;
                }
                subnets = List.of(target(index, job, s.get()));
            } else if (f instanceof SimulatedFailure.EndpointRemoved) {
                skipped.add(new NotInjected(f, Reason.ENDPOINT_HAS_NO_FIS_ACTION, null));
                continue;
            } else if (f instanceof SimulatedFailure.SubnetIps) {
                skipped.add(new NotInjected(f, Reason.FREE_IPS_HAVE_NO_FIS_ACTION, null));
                continue;
            } else {
                skipped.add(new NotInjected(f, Reason.SUBNET_DELETION_HAS_NO_FIS_ACTION, null));
                continue;
            }
            String name = uniqueName(names, actionName(f));
            List<TargetSubnet> fresh = subnets.stream().filter(t -> !cutBy.containsKey(t.subnetId())).toList();
            if (fresh.isEmpty()) {
                skipped.add(new NotInjected(f, Reason.ALREADY_CUT, cutBy.get(subnets.get(0).subnetId())));
                names.remove(name);
                continue;
            }
            fresh.forEach(t -> cutBy.put(t.subnetId(), name));
            actions.add(new Action(name, f, name + "-subnets", fresh));
        }
        return new FisExperiment(job, simulation, region, account, partition(region), options, actions, skipped);
    }

    /** The job's connection subnets in the zone, then the subnets of its VPCs' NAT gateways there. */
    private static List<TargetSubnet> zoneSubnets(SnapshotIndex index, GlueJob job, String zone) {
        Set<String> seen = new LinkedHashSet<>();
        List<TargetSubnet> out = new ArrayList<>();
        List<Subnet> candidates = new ArrayList<>();
        for (String name : job.connectionNames()) {
            index.connection(name).filter(GlueConnection::hasNetworkPlacement).map(GlueConnection::subnetId)
                    .flatMap(index::subnet).ifPresent(candidates::add);
        }
        Set<String> vpcs = index.vpcsOf(job);
        for (NatGateway n : index.snapshot().natGateways()) {
            if (vpcs.contains(index.vpcIdOf(n)) && n.subnetId() != null) {
                index.subnet(n.subnetId()).ifPresent(candidates::add);
            }
        }
        for (Subnet s : candidates) {
            if (inZone(index, s, zone) && seen.add(s.subnetId())) {
                out.add(target(index, job, s));
            }
        }
        return out;
    }

    private static boolean inZone(SnapshotIndex index, Subnet s, String zone) {
        String id = index.zoneIdOf(s);
        return zone.equals(id) || zone.equals(s.availabilityZone());
    }

    private static TargetSubnet target(SnapshotIndex index, GlueJob job, Subnet s) {
        List<ElementRef> carries = new ArrayList<>();
        for (String name : job.connectionNames()) {
            index.connection(name).filter(c -> s.subnetId().equals(c.subnetId()))
                    .ifPresent(c -> carries.add(new ElementRef(ElementKind.CONNECTION, c.name())));
        }
        for (NatGateway n : index.snapshot().natGateways()) {
            if (s.subnetId().equals(n.subnetId())) {
                carries.add(new ElementRef(ElementKind.NAT_GATEWAY, n.natGatewayId()));
            }
        }
        return new TargetSubnet(s.subnetId(), s.name(), s.availabilityZone(), index.zoneIdOf(s), carries);
    }

    /** "az-outage-use1-az1", "nat-failure-nat-0abc": FIS names are at most 64 characters. */
    private static String actionName(SimulatedFailure f) {
        String kind = f instanceof SimulatedFailure.AzOutage ? "az-outage-" : "nat-failure-";
        String name = kind + f.target().replaceAll("[^A-Za-z0-9_-]", "-");
        return name.length() > MAX_NAME - "-subnets".length() ? name.substring(0, MAX_NAME - "-subnets".length())
                : name;
    }

    private static String uniqueName(Set<String> names, String name) {
        String n = name;
        for (int i = 2; !names.add(n); i++) {
            String suffix = "-" + i;
            n = (name.length() + suffix.length() > MAX_NAME - 8 ? name.substring(0, MAX_NAME - 8 - suffix.length())
                    : name) + suffix;
        }
        return n;
    }

    /** The ARN partition of a region: aws-cn in China, aws-us-gov in GovCloud, aws elsewhere. */
    static String partition(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    public String subnetArn(String subnetId) {
        return "arn:" + partition + ":ec2:" + region + ":" + accountId + ":subnet/" + subnetId;
    }

    /** The role FIS runs as: the one given, or a placeholder. */
    public String roleArn() {
        return options.roleArn() != null ? options.roleArn()
                : "arn:" + partition + ":iam::" + accountId + ":role/" + PLACEHOLDER_MARK + "FIS_EXPERIMENT_ROLE";
    }

    /** The stop alarm: the one given, {@link #NO_STOP_CONDITION}, or a placeholder. */
    public String stopAlarm() {
        return options.stopAlarmArn() != null ? options.stopAlarmArn()
                : "arn:" + partition + ":cloudwatch:" + region + ":" + accountId + ":alarm:" + PLACEHOLDER_MARK
                        + "STOP_ALARM";
    }

    /** The template still holds a value the user must fill in (role, alarm or account). */
    public boolean hasPlaceholders() {
        return json().contains(PLACEHOLDER_MARK);
    }

    /** The failures the template injects, in order. */
    public List<SimulatedFailure> injected() {
        return actions.stream().map(Action::failure).toList();
    }

    /** Every subnet the experiment cuts, in action order. */
    public List<TargetSubnet> subnets() {
        return actions.stream().flatMap(a -> a.subnets().stream()).toList();
    }

    /**
     * The experiment template as FIS's {@code CreateExperimentTemplate} reads it: description,
     * targets, actions, stopConditions, roleArn, experimentOptions and tags.
     */
    public Map<String, Object> template() {
        Map<String, Object> t = new LinkedHashMap<>();
        String failures = String.join("; ", injected().stream().map(SimulatedFailure::describe).toList());
        t.put("description", cut(TEXT.get("template.description", failures, job.name()), MAX_DESCRIPTION));
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Object> actionMap = new LinkedHashMap<>();
        for (Action a : actions) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("resourceType", RESOURCE_TYPE);
            target.put("resourceArns", a.subnets().stream().map(s -> subnetArn(s.subnetId())).toList());
            target.put("selectionMode", "ALL");
            targets.put(a.targetName(), target);
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("actionId", ACTION_ID);
            action.put("description", cut(TEXT.get("template.action", a.failure().describe(),
                    String.join(", ", a.subnets().stream().map(TargetSubnet::subnetId).toList())), MAX_DESCRIPTION));
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("duration", options.duration().toString());
            parameters.put("scope", "all");
            action.put("parameters", parameters);
            action.put("targets", Map.of(TARGET_KEY, a.targetName()));
            actionMap.put(a.name(), action);
        }
        t.put("targets", targets);
        t.put("actions", actionMap);
        Map<String, Object> stop = new LinkedHashMap<>();
        if (NO_STOP_CONDITION.equals(stopAlarm())) {
            stop.put("source", NO_STOP_CONDITION);
        } else {
            stop.put("source", ALARM_SOURCE);
            stop.put("value", stopAlarm());
        }
        t.put("stopConditions", List.of(stop));
        t.put("roleArn", roleArn());
        Map<String, Object> experimentOptions = new LinkedHashMap<>();
        experimentOptions.put("accountTargeting", "single-account");
        // A subnet that no longer exists should stop the experiment, not silently shrink it.
        experimentOptions.put("emptyTargetResolutionMode", "fail");
        t.put("experimentOptions", experimentOptions);
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("Name", tagValue(TOOL + " " + job.name()));
        tags.put("GlueJob", tagValue(job.name()));
        tags.put("CreatedBy", TOOL);
        tags.put("SimulatedFailures", tagValue(String.join(" ", injected().stream().map(SimulatedFailure::spec)
                .toList())));
        t.put("tags", tags);
        return t;
    }

    /** {@link #template()} as JSON text. */
    public String json() {
        return FisJson.write(template());
    }

    /** AWS tag values take letters, digits, spaces and {@code _.:/=+-@}; anything else becomes '_'. */
    private static String tagValue(String s) {
        return cut(s.replaceAll("[^\\p{L}\\p{N}\\p{Zs}_.:/=+\\-@]", "_"), MAX_TAG_VALUE);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
