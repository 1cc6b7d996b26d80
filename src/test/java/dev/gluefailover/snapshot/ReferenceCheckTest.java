package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dangling and duplicate ids, through the reader, so that positions are checked too. */
class ReferenceCheckTest {
    private final SnapshotReader reader = new SnapshotReader();

    /** A valid network; each test breaks one reference in it. */
    private static final String NET = """
            {"schemaVersion": 1, "region": {"name": "us-east-1"},
             "availabilityZones": [{"name": "us-east-1a", "zoneId": "use1-az1"}],
             "vpcs": [{"vpcId": "vpc-1"}],
             "subnets": [{"subnetId": "subnet-1", "vpcId": "vpc-1", "availabilityZone": "us-east-1a"},
                         {"subnetId": "subnet-2", "vpcId": "vpc-1", "availabilityZone": "us-east-1z"}],
             "routeTables": [{"routeTableId": "rtb-1", "vpcId": "vpc-1",
                              "associations": [{"main": true}, {"subnetId": "subnet-1"}],
                              "routes": [{"destinationCidrBlock": "10.0.0.0/16", "gatewayId": "local"},
                                         {"destinationCidrBlock": "0.0.0.0/0", "natGatewayId": "nat-1"},
                                         {"destinationPrefixListId": "pl-1", "gatewayId": "vpce-1"},
                                         {"destinationCidrBlock": "10.9.0.0/16", "natGatewayId": "nat-old", "state": "blackhole"}]}],
             "natGateways": [{"natGatewayId": "nat-1", "vpcId": "vpc-1", "subnetId": "subnet-2"}],
             "vpcEndpoints": [{"vpcEndpointId": "vpce-1", "vpcId": "vpc-1", "vpcEndpointType": "Gateway",
                               "serviceName": "com.amazonaws.us-east-1.s3", "routeTableIds": ["rtb-1"], "subnetIds": []}],
             "securityGroups": [{"groupId": "sg-1", "vpcId": "vpc-1"}],
             "jobs": [{"name": "job", "connectionNames": ["c1", "c2"]}],
             "connections": [{"name": "c1", "subnetId": "subnet-1", "securityGroupIds": ["sg-1"]},
                             {"name": "c2", "subnetId": "subnet-deleted", "securityGroupIds": ["sg-gone"]}],
             "problems": []}
            """;

    private Snapshot read(String text) throws SnapshotFormatException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "net.json");
    }

    private SnapshotProblem onlyProblem(String text) {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> read(text));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static String lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return String.valueOf(text.substring(0, at).split("\n", -1).length);
    }

    @Test
    void validNetworkReads() throws Exception {
        // a connection's missing subnet and SG, and a subnet's unknown AZ, are the engine's business
        Snapshot s = read(NET);
        assertEquals("subnet-deleted", s.connection("c2").orElseThrow().subnetId());
    }

    private void assertDangling(String from, String to, String path, String section) {
        String broken = NET.replace(from, to);
        SnapshotProblem p = onlyProblem(broken);
        assertEquals(path, p.path());
        assertEquals(lineOf(broken, to), String.valueOf(p.line()), "line of the offending value");
        assertTrue(p.column() > 0);
        assertTrue(p.message().contains("is not the") && p.message().contains(section), p.message());
    }

    @Test
    void subnetVpc() {
        assertDangling("\"subnetId\": \"subnet-2\", \"vpcId\": \"vpc-1\"", "\"subnetId\": \"subnet-2\", \"vpcId\": \"vpc-X\"",
                "subnets[1].vpcId", "vpcs");
    }

    @Test
    void routeTableVpc() {
        assertDangling("\"routeTableId\": \"rtb-1\", \"vpcId\": \"vpc-1\"", "\"routeTableId\": \"rtb-1\", \"vpcId\": \"vpc-X\"",
                "routeTables[0].vpcId", "vpcs");
    }

    @Test
    void associationSubnet() {
        assertDangling("{\"subnetId\": \"subnet-1\"}", "{\"subnetId\": \"subnet-X\"}",
                "routeTables[0].associations[1].subnetId", "subnets");
    }

    @Test
    void routeNat() {
        assertDangling("\"natGatewayId\": \"nat-1\"}", "\"natGatewayId\": \"nat-X\"}",
                "routeTables[0].routes[1].natGatewayId", "natGateways");
    }

    @Test
    void routeEndpoint() {
        assertDangling("\"gatewayId\": \"vpce-1\"", "\"gatewayId\": \"vpce-X\"", "routeTables[0].routes[2].gatewayId",
                "vpcEndpoints");
    }

    @Test
    void natSubnet() {
        assertDangling("\"vpcId\": \"vpc-1\", \"subnetId\": \"subnet-2\"", "\"vpcId\": \"vpc-1\", \"subnetId\": \"subnet-X\"",
                "natGateways[0].subnetId", "subnets");
    }

    @Test
    void endpointRouteTablesAndSubnets() {
        assertDangling("\"routeTableIds\": [\"rtb-1\"]", "\"routeTableIds\": [\"rtb-X\"]",
                "vpcEndpoints[0].routeTableIds[0]", "routeTables");
        assertDangling("\"subnetIds\": []", "\"subnetIds\": [\"subnet-X\"]", "vpcEndpoints[0].subnetIds[0]", "subnets");
    }

    @Test
    void securityGroupVpc() {
        assertDangling("\"groupId\": \"sg-1\", \"vpcId\": \"vpc-1\"", "\"groupId\": \"sg-1\", \"vpcId\": \"vpc-X\"",
                "securityGroups[0].vpcId", "vpcs");
    }

    @Test
    void jobConnectionUnlessALoadProblemNamesIt() throws Exception {
        String broken = NET.replace("[\"c1\", \"c2\"]", "[\"c1\", \"c2\", \"c3\"]");
        SnapshotProblem p = onlyProblem(broken);
        assertEquals("jobs[0].connectionNames[2]", p.path());
        assertTrue(p.message().startsWith("\"c3\" is not the name of any entry in connections (known: c1, c2)"),
                p.message());

        String excused = broken.replace("\"problems\": []", "\"problems\": [{\"action\": \"glue:GetConnection\","
                + " \"errorCode\": \"AccessDeniedException\", \"resourceIds\": [\"c3\"]}]");
        assertEquals(List.of("c1", "c2", "c3"), read(excused).jobs().get(0).connectionNames());

        String otherName = broken.replace("\"problems\": []", "\"problems\": [{\"action\": \"glue:GetConnection\","
                + " \"resourceIds\": [\"c4\"]}]");
        assertEquals("jobs[0].connectionNames[2]", onlyProblem(otherName).path());
    }

    @Test
    void aFailedListCallExcusesReferencesToWhatItWouldHaveListed() throws Exception {
        String noNats = NET.replace("\"natGateways\": [{\"natGatewayId\": \"nat-1\", \"vpcId\": \"vpc-1\", \"subnetId\": \"subnet-2\"}]",
                "\"natGateways\": []");
        assertEquals("routeTables[0].routes[1].natGatewayId", onlyProblem(noNats).path());
        read(noNats.replace("\"problems\": []",
                "\"problems\": [{\"action\": \"ec2:DescribeNatGateways\", \"errorCode\": \"UnauthorizedOperation\"}]"));
    }

    @Test
    void duplicateIds() {
        String dup = NET.replace("{\"groupId\": \"sg-1\", \"vpcId\": \"vpc-1\"}",
                "{\"groupId\": \"sg-1\", \"vpcId\": \"vpc-1\"},\n   {\"groupId\": \"sg-1\"}");
        SnapshotProblem p = onlyProblem(dup);
        assertEquals("securityGroups[1].groupId", p.path());
        assertEquals("duplicate groupId \"sg-1\": securityGroups[0] has it too", p.message());
        assertEquals(Integer.parseInt(lineOf(dup, "{\"groupId\": \"sg-1\"}")), p.line());

        String dupConn = NET.replace("{\"name\": \"c2\"", "{\"name\": \"c1\"");
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> read(dupConn));
        assertTrue(e.getMessage().contains("connections[1].name: duplicate name \"c1\""), e.getMessage());
    }

    @Test
    void allDanglingIdsAreListedInFileOrder() {
        String broken = NET.replace("\"vpcs\": [{\"vpcId\": \"vpc-1\"}]", "\"vpcs\": [{\"vpcId\": \"vpc-2\"}]");
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> read(broken));
        assertEquals(List.of("subnets[0].vpcId", "subnets[1].vpcId", "routeTables[0].vpcId", "securityGroups[0].vpcId"),
                e.problems().stream().map(SnapshotProblem::path).toList());
    }
}
