package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotReaderTest {
    private final SnapshotReader reader = new SnapshotReader();
    private final SnapshotWriter writer = new SnapshotWriter();

    private static final String MINIMAL = """
            {
              "schemaVersion": 1,
              "region": {"name": "us-east-1"},
              "vpcs": [{"vpcId": "vpc-1"}],
              "subnets": [
                {"subnetId": "subnet-1", "vpcId": "vpc-1", "availableIpAddressCount": 10},
                {"subnetId": "subnet-2", "vpcId": "vpc-1", "availableIpAddressCount": "many"}
              ]
            }
            """;

    private SnapshotFormatException fails(String text, String name) {
        return assertThrows(SnapshotFormatException.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8), name));
    }

    private static SnapshotProblem only(SnapshotFormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void readsTheExampleFromTheBrief() throws Exception {
        String json = """
                {"schemaVersion":1,"capturedAt":"2026-11-21T10:00:00Z","source":"sample:seed-article",
                 "region":{"name":"us-east-1","accountId":"123456789012"},
                 "availabilityZones":[{"name":"us-east-1a","zoneId":"use1-az1","state":"available"}],
                 "vpcs":[{"vpcId":"vpc-1","cidrBlock":"10.0.0.0/16","enableDnsSupport":true,"enableDnsHostnames":true,"tags":{"Name":"x"}}],
                 "subnets":[{"subnetId":"subnet-1","vpcId":"vpc-1","availabilityZone":"us-east-1a","availableIpAddressCount":5}],
                 "routeTables":[{"routeTableId":"rtb-1","vpcId":"vpc-1","associations":[{"subnetId":null,"main":true}],
                    "routes":[{"destinationCidrBlock":"0.0.0.0/0","natGatewayId":"nat-1","state":"active"}]}],
                 "natGateways":[{"natGatewayId":"nat-1","vpcId":"vpc-1","subnetId":"subnet-1"}],
                 "internetGateways":[],"vpcEndpoints":[],"securityGroups":[],
                 "jobs":[{"name":"j","connectionNames":["c"],"workerType":"G.1X","numberOfWorkers":2,"maxCapacity":null,"maxRetries":1,"glueVersion":"4.0"}],
                 "connections":[{"name":"c","connectionType":"JDBC","subnetId":"subnet-1","securityGroupIds":["sg-1"],"availabilityZone":"us-east-1a","jdbcUrl":"jdbc:postgresql://h:5432/d"}],
                 "problems":[{"action":"ec2:DescribeRouteTables","errorCode":"UnauthorizedOperation","message":"...","resourceIds":[]}]}
                """;
        Snapshot s = reader.read(json.getBytes(StandardCharsets.UTF_8), "seed.json");
        assertEquals("us-east-1", s.region().name());
        assertEquals(5, s.subnets().get(0).availableIpAddressCount());
        assertTrue(s.routeTables().get(0).isMain());
        assertEquals(List.of("c"), s.jobs().get(0).connectionNames());
        assertEquals("nat-1", s.routeTables().get(0).routes().get(0).natGatewayId());
        assertEquals("available", s.natGateways().get(0).state(), "model default for an absent state");
    }

    @Test
    void wrongTypeNamesFileLineColumnPathAndWhatWasFound() {
        SnapshotFormatException e = fails(MINIMAL, "net.json");
        SnapshotProblem p = only(e);
        assertEquals("subnets[1].availableIpAddressCount", p.path());
        assertEquals(7, p.line());
        assertEquals(75, p.column());
        assertEquals("net.json:7:75: subnets[1].availableIpAddressCount: expected a whole number, found \"many\"",
                e.getMessage());
    }

    @Test
    void otherWrongTypes() {
        String base = "{\"schemaVersion\":1,\"region\":{\"name\":\"eu-west-1\"},";
        assertTrue(fails(base + "\"vpcs\":{}}", "a.json").getMessage().contains("vpcs: expected a list, found an object"));
        assertTrue(fails(base + "\"vpcs\":[{\"vpcId\":\"vpc-1\",\"enableDnsSupport\":\"yes\"}]}", "a.json").getMessage()
                .contains("vpcs[0].enableDnsSupport: expected true or false, found \"yes\""));
        assertTrue(fails(base + "\"vpcs\":[{\"vpcId\":42}]}", "a.json").getMessage()
                .contains("vpcs[0].vpcId: expected a string, found 42 (put it in quotes)"));
        assertTrue(fails(base + "\"jobs\":[{\"name\":\"j\",\"numberOfWorkers\":2.5}]}", "a.json").getMessage()
                .contains("jobs[0].numberOfWorkers: expected a whole number, found 2.5"));
        assertTrue(fails(base + "\"jobs\":[{\"name\":\"j\",\"numberOfWorkers\":99999999999}]}", "a.json").getMessage()
                .contains("expected a whole number, found 99999999999"));
        assertTrue(fails(base + "\"vpcs\":[{\"vpcId\":\"v\",\"tags\":{\"Name\":null}}]}", "a.json").getMessage()
                .contains("vpcs[0].tags.Name: expected a string, found null"));
        assertTrue(fails("[1,2]", "a.json").getMessage().contains("expected an object with the fields schemaVersion, capturedAt"));
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnce() {
        String text = """
                {"schemaVersion": 1, "region": {"name": "us-east-1"},
                 "subnets": [{"subnetId": 1}, {"subnetId": "s", "state": false}]}
                """;
        SnapshotFormatException e = fails(text, "x.json");
        assertEquals(List.of("subnets[0].subnetId", "subnets[1].state"),
                e.problems().stream().map(SnapshotProblem::path).toList());
        assertTrue(e.getMessage().startsWith("x.json: 2 problems\n"), e.getMessage());
    }

    @Test
    void truncatedJson() {
        String cut = MINIMAL.substring(0, MINIMAL.indexOf("\"subnet-2\""));
        SnapshotProblem p = only(fails(cut, "cut.json"));
        assertTrue(p.message().startsWith("the file ends too early (truncated?)"), p.message());
        assertTrue(p.line() == 7, "points at the end of the text, not the start: " + p);
        assertTrue(p.path().startsWith("subnets[1]"), "says where in the structure it stopped: " + p.path());
    }

    @Test
    void syntaxErrorAndEmptyFile() {
        SnapshotProblem p = only(fails("{\"schemaVersion\": 1,\n \"region\": {\"name\": 'x'}}", "bad.json"));
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("not valid JSON"), p.message());
        assertTrue(only(fails("  \n", "empty.json")).message().startsWith("the file is empty"));
    }

    @Test
    void missingRequiredFields() {
        String text = """
                {"schemaVersion": 1,
                 "region": {"accountId": "123456789012"},
                 "vpcs": [{"cidrBlock": "10.0.0.0/16"}],
                 "jobs": [{"connectionNames": []}],
                 "connections": [{"name": null, "subnetId": "subnet-1"}]}
                """;
        SnapshotFormatException e = fails(text, "m.json");
        List<String> messages = e.problems().stream().map(SnapshotProblem::describe).toList();
        assertEquals(List.of(
                "line 2, column 12: region.name: missing required field \"name\" in this Region",
                "line 3, column 11: vpcs[0].vpcId: missing required field \"vpcId\" in this Vpc",
                "line 4, column 11: jobs[0].name: missing required field \"name\" in this GlueJob",
                "line 5, column 27: connections[0].name: required field \"name\" is null"), messages);
        assertTrue(only(fails("{\"schemaVersion\": 1}", "r.json")).message().contains("missing required field \"region\""));
    }

    @Test
    void unknownSchemaVersionSaysWhichVersionsAreRead() {
        SnapshotProblem p = only(fails("{\"schemaVersion\": 7, \"region\": {}, \"whatever\": []}", "v.json"));
        assertEquals("schemaVersion", p.path());
        assertEquals("schemaVersion 7 is not supported: this build reads schemaVersion 1; "
                + "the file was probably written by a newer Glue Failover Explorer", p.message());
        assertTrue(only(fails("{\"region\": {\"name\": \"x\"}}", "v.json")).message()
                .contains("missing required field \"schemaVersion\" (this build reads schemaVersion 1)"));
        assertTrue(only(fails("{\"schemaVersion\": \"1\"}", "v.json")).message()
                .startsWith("expected a whole number, found \"1\""));
    }

    @Test
    void unknownFieldIsAnErrorThatListsTheAllowedOnes() {
        String text = "{\"schemaVersion\": 1, \"region\": {\"name\": \"us-east-1\"},\n"
                + " \"subnets\": [{\"subnetId\": \"s\", \"availableIPAddressCount\": 3}]}";
        SnapshotProblem p = only(fails(text, "u.json"));
        assertEquals("subnets[0].availableIPAddressCount", p.path());
        assertEquals(2, p.line());
        assertEquals(32, p.column(), "points at the field name");
        assertEquals("unknown field \"availableIPAddressCount\" (did you mean \"availableIpAddressCount\"?); allowed here: "
                + "subnetId, vpcId, availabilityZone, availabilityZoneId, cidrBlock, state, availableIpAddressCount, "
                + "mapPublicIpOnLaunch, tags", p.message());
    }

    @Test
    void duplicateFieldInOneObject() {
        SnapshotProblem p = only(fails("{\"schemaVersion\": 1,\n\"schemaVersion\": 1}", "d.json"));
        assertEquals("schemaVersion", p.path());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("given twice (first on line 1)"));
    }

    /** Jackson would read {@code *a} as the text "a" (and never expand it): refused with its position, bombs included. */
    @Test
    void aYamlAliasIsRefusedWithItsPositionNeverReadAsItsAnchorsName() {
        SnapshotProblem p = only(fails("schemaVersion: 1\nregion: &r {name: us-east-1}\ncapturedAt: 2026-11-21T10:00:00Z\n"
                + "vpcs: [{vpcId: v, cidrBlock: 10.0.0.0/16, tags: *r}]\n", "a.yaml"));
        assertEquals("vpcs[0].tags", p.path());
        assertEquals(4, p.line());
        assertEquals(49, p.column());
        assertEquals("YAML alias *r is not read: write the value out in full (anchors and aliases are not supported)",
                p.message());
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        SnapshotProblem bombed = only(fails(bomb.toString(), "bomb.yaml"));
        assertEquals(2, bombed.line(), "refused at the first alias, nothing expanded: " + bombed);
    }

    @Test
    void yamlByExtensionAndBySniffing(@TempDir Path dir) throws Exception {
        String yaml = """
                schemaVersion: 1
                capturedAt: 2026-11-21T10:00:00Z
                region:
                  name: us-east-1
                  accountId: "012345678901"
                vpcs:
                  - vpcId: vpc-1
                    enableDnsSupport: true
                subnets:
                  - subnetId: subnet-1
                    vpcId: vpc-1
                    availableIpAddressCount: lots
                """;
        Path file = dir.resolve("net.yml");
        Files.writeString(file, yaml);
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> reader.read(file));
        SnapshotProblem p = only(e);
        assertEquals("subnets[0].availableIpAddressCount", p.path());
        assertEquals(12, p.line());
        assertEquals(30, p.column());
        assertTrue(e.getMessage().startsWith(file + ":12:30: "), e.getMessage());

        byte[] good = yaml.replace("lots", "3").getBytes(StandardCharsets.UTF_8);
        Snapshot s = reader.read(good, "snapshot.txt"); // no telling extension: content decides
        assertEquals("012345678901", s.region().accountId());
        assertEquals("2026-11-21T10:00:00Z", s.capturedAt());
        assertEquals(SnapshotFormat.YAML, SnapshotFormat.sniff(good));
        assertEquals(SnapshotFormat.JSON, SnapshotFormat.sniff("\uFEFF  {}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unquotedNumberWhereYamlNeedsAStringGetsAHint() {
        String yaml = "schemaVersion: 1\nregion:\n  name: us-east-1\n  accountId: 123456789012\n";
        SnapshotProblem p = only(fails(yaml, "a.yaml"));
        assertEquals("region.accountId", p.path());
        assertEquals(4, p.line());
        assertEquals("expected a string, found 123456789012 (put it in quotes)", p.message());
    }

    @Test
    void writtenFileReadsBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("snap");
        Files.writeString(f, writer.toText(Fixtures.rich(), SnapshotFormat.JSON));
        assertEquals(Fixtures.rich(), reader.read(f));
    }
}
