package dev.gluefailover.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gluefailover.engine.Engine;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.rules.RuleSettings;
import dev.gluefailover.snapshot.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** FIS experiment templates for simulated failures: the right subnets, FIS's documented shape, the runbook. */
class FisExperimentTest {
    private static final Messages FIS = Messages.of("fis");
    private static final String ARN = "arn:aws:ec2:us-east-1:111122223333:subnet/";

    private static FisExperiment experiment(String sample, FisExperiment.Options options, String... failures) {
        Engine engine = new Engine(Samples.get(sample));
        Simulation sim = Simulation.NONE;
        for (String f : failures) {
            sim = sim.with(SimulatedFailure.parse(f));
        }
        sim = engine.failureTargets().resolve(sim);
        return FisExperiment.of(engine.index(), engine.job(null), sim, options);
    }

    private static Set<String> arns(JsonNode template) {
        Set<String> all = new TreeSet<>();
        template.get("targets").forEach(t -> t.get("resourceArns").forEach(a -> all.add(a.asText())));
        return all;
    }

    @Test
    void azOutageOnSingleNatCutsTheJobsSubnetInThatZoneAndTheNatsSubnet() throws Exception {
        // by zone name: resolved to use1-az1 once, as the CLI and the window do
        FisExperiment x = experiment("single-nat", FisExperiment.Options.defaults(), "az=us-east-1a");
        JsonNode t = new ObjectMapper().readTree(x.json());
        assertEquals(Set.of(ARN + "subnet-0c33private001a", ARN + "subnet-0c33public0001a"), arns(t));
        assertEquals(1, x.actions().size());
        assertEquals(new SimulatedFailure.AzOutage("use1-az1"), x.actions().get(0).failure());
        assertTrue(x.notInjected().isEmpty());
        assertShape(t);
        assertEquals("all", t.at("/actions/az-outage-use1-az1/parameters/scope").asText());
        assertEquals("PT10M", t.at("/actions/az-outage-use1-az1/parameters/duration").asText());
    }

    @Test
    void natFailureOnSingleNatCutsExactlyTheNatsSubnet() throws Exception {
        FisExperiment x = experiment("single-nat", new FisExperiment.Options(Duration.ofMinutes(5),
                "arn:aws:iam::111122223333:role/fis-runner", FisExperiment.NO_STOP_CONDITION), "nat=nat-0c33natgw00001a");
        JsonNode t = new ObjectMapper().readTree(x.json());
        assertEquals(Set.of(ARN + "subnet-0c33public0001a"), arns(t));
        assertShape(t);
        assertEquals("PT5M", t.at("/actions/nat-failure-nat-0c33natgw00001a/parameters/duration").asText());
        assertEquals("none", t.at("/stopConditions/0/source").asText());
        assertTrue(t.at("/stopConditions/0/value").isMissingNode(), "source none has no value");
        assertEquals("arn:aws:iam::111122223333:role/fis-runner", t.get("roleArn").asText());
        assertFalse(x.hasPlaceholders(), "everything given: nothing to fill in");
        assertEquals("orders-nightly-etl", t.at("/tags/GlueJob").asText());
        assertEquals(FisExperiment.TOOL, t.at("/tags/CreatedBy").asText());
    }

    @Test
    void aSubnetIsCutOnceAndEndpointsAndFreeIpsAreNotInjected() {
        FisExperiment x = experiment("single-nat", FisExperiment.Options.defaults(), "az=use1-az1",
                "nat=nat-0c33natgw00001a", "subnet-ips=subnet-0c33private001b:0");
        assertEquals(1, x.actions().size());
        assertEquals(List.of(FisExperiment.Reason.ALREADY_CUT, FisExperiment.Reason.FREE_IPS_HAVE_NO_FIS_ACTION),
                x.notInjected().stream().map(FisExperiment.NotInjected::reason).toList());
        assertEquals("az-outage-use1-az1", x.notInjected().get(0).coveredBy());

        FisExperiment endpoint = experiment("endpoint-wrong-table", FisExperiment.Options.defaults(),
                "endpoint=vpce-0e55s3gateway01");
        assertTrue(endpoint.actions().isEmpty());
        assertEquals(FisExperiment.Reason.ENDPOINT_HAS_NO_FIS_ACTION, endpoint.notInjected().get(0).reason());
    }

    @Test
    void placeholdersWhenNothingIsGivenAndTheAccountIsUnknown() throws Exception {
        Snapshot s = Samples.get("single-nat");
        Snapshot noAccount = new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(),
                new dev.gluefailover.model.Region("cn-north-1", null), s.availabilityZones(), s.vpcs(), s.subnets(),
                s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(), s.securityGroups(), s.jobs(),
                s.connections(), s.problems(), s.rolePermissions(), s.assumptions(), s.drills());
        Engine engine = new Engine(noAccount);
        FisExperiment x = FisExperiment.of(engine.index(), engine.job(null),
                Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a")),
                FisExperiment.Options.defaults());
        JsonNode t = new ObjectMapper().readTree(x.json());
        assertEquals("arn:aws-cn:ec2:cn-north-1:" + FisExperiment.ACCOUNT_PLACEHOLDER + ":subnet/subnet-0c33public0001a",
                t.at("/targets/nat-failure-nat-0c33natgw00001a-subnets/resourceArns/0").asText());
        assertTrue(t.get("roleArn").asText().contains(FisExperiment.PLACEHOLDER_MARK));
        assertEquals(FisExperiment.ALARM_SOURCE, t.at("/stopConditions/0/source").asText());
        assertTrue(t.at("/stopConditions/0/value").asText().contains(":alarm:" + FisExperiment.PLACEHOLDER_MARK));
        assertTrue(x.hasPlaceholders());
    }

    @Test
    void optionsRefuseWhatFisWouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> new FisExperiment.Options(Duration.ofSeconds(30), null, null));
        assertThrows(IllegalArgumentException.class, () -> new FisExperiment.Options(Duration.ofHours(13), null, null));
        assertThrows(IllegalArgumentException.class, () -> FisExperiment.Options.parseDuration("10 minutes"));
        assertEquals(Duration.ofMinutes(90), FisExperiment.Options.parseDuration("pt1h30m"));
        assertThrows(IllegalArgumentException.class,
                () -> new FisExperiment.Options(null, "arn:aws:iam::1:user/bob", null));
        assertThrows(IllegalArgumentException.class,
                () -> new FisExperiment.Options(null, null, "arn:aws:sns:us-east-1:1:topic"));
        assertEquals(FisExperiment.DEFAULT_DURATION, new FisExperiment.Options(null, null, "none").duration());
    }

    @Test
    void hostileJobNamesStayInsideTheirJsonStringsAndTagsTakeOnlyWhatAwsAllows() throws Exception {
        Snapshot s = Samples.get("single-nat");
        GlueJob job = s.jobs().get(0);
        String hostile = "etl\"}, \"roleArn\": \"arn:aws:iam::666:role/evil\\\n<&>";
        GlueJob renamed = new GlueJob(hostile, job.connectionNames(), job.workerType(), job.numberOfWorkers(),
                job.maxCapacity(), job.maxRetries(), job.glueVersion(), job.role(), job.defaultArguments(),
                job.maxConcurrentRuns());
        Engine engine = new Engine(s.withJobs(List.of(renamed)));
        FisExperiment x = FisExperiment.of(engine.index(), engine.job(null),
                Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a")),
                FisExperiment.Options.defaults());
        JsonNode t = new ObjectMapper().readTree(x.json());
        assertTrue(t.get("roleArn").asText().contains(FisExperiment.PLACEHOLDER_MARK), "the name cannot set the role");
        assertTrue(t.get("description").asText().contains(hostile));
        assertTrue(t.at("/tags/GlueJob").asText().matches("[\\p{L}\\p{N}\\p{Zs}_.:/=+\\-@]*"));
    }

    @Test
    void theRunbookSaysWhichConnectionTheEngineExpectsAndHowToConfirmIt() {
        Engine engine = new Engine(Samples.get("single-nat"));
        Simulation az = engine.failureTargets().resolve(Simulation.of(new SimulatedFailure.AzOutage("use1-az1")));
        FisExperiment x = FisExperiment.of(engine.index(), engine.job(null), az, FisExperiment.Options.defaults());
        String md = FisRunbook.markdown(engine, x, FisRunbook.expect(engine, x, RuleSettings.defaults()),
                "sample:single-nat", "2026-12-02T08:00:00Z");
        assertTrue(md.contains(FIS.get("runbook.expectSubnet", "#2 orders-db-1b", "`subnet-0c33private001b`",
                "us-east-1b")), md);
        assertTrue(md.contains(FIS.get("runbook.runFails", "NAT_IN_FAILED_AZ")), md);
        assertTrue(md.contains("GlueJobRunnerSession"), md);
        assertTrue(md.contains("aws fis stop-experiment --id <experiment-id> --region us-east-1"), md);
        assertTrue(md.contains("aws glue start-job-run --job-name orders-nightly-etl"), md);
        assertTrue(md.contains(FIS.get("runbook.blastAll")), md);
        assertTrue(md.contains(FIS.get("runbook.azCaveat")), md);

        Simulation nat = Simulation.of(new SimulatedFailure.NatGatewayFailure("nat-0c33natgw00001a"));
        FisExperiment n = FisExperiment.of(engine.index(), engine.job(null), nat, FisExperiment.Options.defaults());
        String natMd = FisRunbook.markdown(engine, n, FisRunbook.expect(engine, n, RuleSettings.defaults()),
                "sample:single-nat", "2026-12-02T08:00:00Z");
        assertTrue(natMd.contains(FIS.get("runbook.noStart")), natMd);
        assertTrue(natMd.contains(FIS.get("runbook.blastNat", "nat-0c33natgw00001a", "subnet-0c33public0001a")), natMd);
    }

    @Test
    void theRunbookGivesTheManualWayForAnEndpoint() {
        Engine engine = new Engine(Samples.get("endpoint-wrong-table"));
        FisExperiment x = FisExperiment.of(engine.index(), engine.job(null),
                Simulation.of(new SimulatedFailure.EndpointRemoved("vpce-0e55s3gateway01"), new SimulatedFailure.AzOutage(
                        engine.snapshot().availabilityZones().get(0).zoneId())), FisExperiment.Options.defaults());
        String md = FisRunbook.markdown(engine, x, FisRunbook.expect(engine, x, RuleSettings.defaults()), "x", "now");
        assertTrue(md.contains("aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0e55s3gateway01 "
                + "--remove-route-table-ids rtb-0e55private001b"), md);
        assertTrue(md.contains("--add-route-table-ids rtb-0e55private001b"), md);
        assertTrue(md.contains("`scope: s3`"), md);
    }

    @Test
    void theToolHasNoFisClient() {
        // Read-only towards AWS: the experiment is a file the user creates; no FIS SDK is even on the class path.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("software.amazon.awssdk.services.fis.FisClient"));
    }

    /** FIS's documented template structure (CreateExperimentTemplate, "experiment template components"). */
    static void assertShape(JsonNode t) {
        List<String> problems = new ArrayList<>();
        for (String key : List.of("description", "targets", "actions", "stopConditions", "roleArn")) {
            if (!t.has(key)) {
                problems.add("no " + key);
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(t.get("description").isTextual() && t.get("description").asText().length() <= 512);
        assertTrue(t.get("roleArn").asText().startsWith("arn:"));
        assertTrue(t.get("stopConditions").isArray() && !t.get("stopConditions").isEmpty());
        t.get("stopConditions").forEach(sc -> {
            String source = sc.get("source").asText();
            assertTrue(source.equals("none") || source.equals("aws:cloudwatch:alarm") && sc.get("value").asText()
                    .matches("arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:[^:]+:alarm:.+"), sc.toString());
        });
        assertFalse(t.get("actions").isEmpty());
        for (Iterator<String> it = t.get("actions").fieldNames(); it.hasNext();) {
            String name = it.next();
            assertTrue(name.length() <= 64, name);
            JsonNode a = t.get("actions").get(name);
            assertEquals(FisExperiment.ACTION_ID, a.get("actionId").asText());
            assertTrue(a.at("/parameters/duration").asText().matches("PT\\d+[HMS].*"));
            assertTrue(Set.of("all", "availability-zone", "dynamodb", "prefix-list", "s3")
                    .contains(a.at("/parameters/scope").asText()));
            JsonNode targets = a.get("targets");
            assertEquals(1, targets.size());
            String target = targets.get("Subnets").asText();
            assertTrue(t.get("targets").has(target), "action " + name + " names target " + target);
        }
        for (Iterator<String> it = t.get("targets").fieldNames(); it.hasNext();) {
            String name = it.next();
            assertTrue(name.length() <= 64, name);
            JsonNode target = t.get("targets").get(name);
            assertEquals("aws:ec2:subnet", target.get("resourceType").asText());
            assertEquals("ALL", target.get("selectionMode").asText());
            assertTrue(target.has("resourceArns") ^ target.has("resourceTags"), "ARNs or tags, not both");
            target.get("resourceArns").forEach(arn -> assertTrue(arn.asText()
                    .matches("arn:aws[a-z-]*:ec2:[a-z0-9-]+:[^:]+:subnet/subnet-[0-9a-z]+"), arn.asText()));
        }
        t.get("tags").fields().forEachRemaining(en -> assertTrue(en.getValue().asText().length() <= 256));
    }
}
