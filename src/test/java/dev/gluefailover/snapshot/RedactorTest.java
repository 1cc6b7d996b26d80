package dev.gluefailover.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = new Redactor();
    private final SnapshotWriter writer = new SnapshotWriter();
    private final Snapshot original = Fixtures.rich();
    private final Snapshot redacted = redactor.redact(original);

    /** Values the redactor promises to keep: they carry the story and are not secret. */
    private static final Set<String> KEPT = Set.of("us-east-1", "us-east-1a", "us-east-1b", "use1-az1", "use1-az2",
            "available", "impaired", "active", "blackhole", "public", "Gateway", "Interface", "local", "0.0.0.0/0",
            "com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.glue", "JDBC", "NETWORK", "G.1X", "4.0", "2.0",
            "-1", "tcp", "default", "2026-11-21T10:00:00Z", "glue:GetConnection", "AccessDeniedException",
            "ec2:DescribeVpcAttribute", "UnauthorizedOperation", "Name");

    /** Every string value, and the keys of tag maps (they can be secret too). */
    private static void strings(JsonNode n, boolean tagMap, List<String> out) {
        if (n.isTextual()) {
            out.add(n.textValue());
        }
        n.properties().forEach(e -> {
            if (tagMap) {
                out.add(e.getKey());
            }
            strings(e.getValue(), "tags".equals(e.getKey()), out);
        });
        if (n.isArray()) {
            n.forEach(e -> strings(e, false, out));
        }
    }

    private static List<String> strings(Snapshot s) {
        List<String> out = new ArrayList<>();
        strings(RecordEncoder.encode(s), false, out);
        return out;
    }

    @Test
    void nothingSecretSurvives() {
        List<String> after = strings(redacted);
        String text = writer.toText(redacted, SnapshotFormat.JSON);
        List<String> secrets = new ArrayList<>(strings(original));
        secrets.removeIf(KEPT::contains);
        assertTrue(secrets.contains("subnet-0a1b") && secrets.contains("10.20.1.0/24") && secrets.contains("prod-vpc"));
        for (String secret : secrets) {
            assertFalse(after.contains(secret), "still there: " + secret + "\n" + text);
            if (secret.length() >= 6) {
                assertFalse(text.contains(secret), "still inside some value: " + secret + "\n" + text);
            }
        }
        // pieces of composite values
        for (String piece : List.of("123456789012", "alice", "c9akciq32", "orders", "sales", "10.20.", "203.0.113")) {
            assertFalse(text.contains(piece), piece + "\n" + text);
        }
    }

    @Test
    void keepsWhatTheStoryNeeds() {
        assertEquals("us-east-1", redacted.region().name());
        assertEquals(original.availabilityZones(), redacted.availabilityZones());
        assertEquals("com.amazonaws.us-east-1.s3", redacted.vpcEndpoints().get(0).serviceName());
        assertEquals(Route.local("10.0.0.0/16"), redacted.routeTables().get(0).routes().get(0));
        assertEquals("0.0.0.0/0", redacted.routeTables().get(0).routes().get(1).destinationCidrBlock());
        assertEquals(original.subnets().get(0).availableIpAddressCount(), redacted.subnets().get(0).availableIpAddressCount());
        assertEquals(original.jobs().get(0).numberOfWorkers(), redacted.jobs().get(0).numberOfWorkers());
        assertEquals("default", redacted.securityGroups().get(1).groupName());
        assertEquals("blackhole", redacted.routeTables().get(2).routes().get(1).state());
        assertEquals("redacted:aws", redacted.source());
    }

    @Test
    void idsBecomeNumberedStandInsWithTheirPrefix() {
        assertEquals("subnet-r0001", redacted.subnets().get(0).subnetId());
        assertEquals("subnet-r0002", redacted.subnets().get(1).subnetId());
        assertEquals("vpc-r0001", redacted.vpcs().get(0).vpcId());
        assertEquals("igw-r0001", redacted.internetGateways().get(0).internetGatewayId());
        assertEquals("vpce-r0001", redacted.vpcEndpoints().get(0).vpcEndpointId());
        assertEquals("000000000001", redacted.region().accountId());
        assertEquals("connection-0001", redacted.connections().get(0).name());
        assertEquals("job-0001", redacted.jobs().get(0).name());
        assertTrue(redacted.routeTables().get(1).routes().get(1).targetsInternetGateway());
        assertTrue(redacted.routeTables().get(0).routes().get(2).targetsVpcEndpoint());
    }

    @Test
    void referencesStayConsistent() throws Exception {
        // the reader's reference check passes on the redacted snapshot, and reads it back unchanged
        byte[] json = writer.toText(redacted, SnapshotFormat.JSON).getBytes(StandardCharsets.UTF_8);
        assertEquals(redacted, new SnapshotReader().read(json, "redacted.json"));

        Snapshot r = redacted;
        assertEquals(r.connections().get(0).name(), r.jobs().get(0).connectionNames().get(0));
        assertEquals(r.connections().get(1).name(), r.jobs().get(1).connectionNames().get(0));
        String missing = r.jobs().get(0).connectionNames().get(2);
        assertEquals(List.of(missing), r.problems().get(0).resourceIds(), "LoadProblem names the same stand-in");
        assertTrue(r.problems().get(0).message().endsWith("on resource " + missing), r.problems().get(0).message());
        assertTrue(r.problems().get(0).message().startsWith("User: arn:aws:iam::000000000001:user/"),
                "same account inside ARNs: " + r.problems().get(0).message());
        assertEquals(r.vpcs().get(1).vpcId(), r.problems().get(1).resourceIds().get(0));
        assertEquals("denied for " + r.vpcs().get(1).vpcId(), r.problems().get(1).message());
        assertEquals(r.natGateways().get(0).natGatewayId(), r.routeTables().get(0).routes().get(1).natGatewayId());
        assertEquals(r.subnets().get(2).subnetId(), r.natGateways().get(0).subnetId());
        assertEquals(r.subnets().get(2).subnetId(), r.routeTables().get(1).associations().get(0).subnetId());
        assertEquals(List.of(r.routeTables().get(0).routeTableId()), r.vpcEndpoints().get(0).routeTableIds());
        assertEquals(List.of(r.subnets().get(0).subnetId(), r.subnets().get(1).subnetId()), r.vpcEndpoints().get(1).subnetIds());
        assertEquals(r.securityGroups().get(0).groupId(), r.securityGroups().get(0).ingress().get(0).groupIds().get(0));
        assertEquals(r.routeTables().get(0).routes().get(2).destinationPrefixListId(),
                r.securityGroups().get(0).ingress().get(1).prefixListIds().get(0));
        GlueConnection a = r.connections().get(0);
        assertEquals(r.subnets().get(0).subnetId(), a.subnetId());
        assertEquals(List.of(r.securityGroups().get(0).groupId()), a.securityGroupIds());
        // a dangling reference stays dangling (the engine reports SUBNET_INVALID on it), under a stand-in
        GlueConnection b = r.connections().get(1);
        assertTrue(b.subnetId().startsWith("subnet-r") && r.subnet(b.subnetId()).isEmpty());
        assertEquals("sg-r0003", b.securityGroupIds().get(1));
    }

    @Test
    void cidrsKeepPrefixLengthAndContainment() {
        assertEquals("10.0.0.0/16", redacted.vpcs().get(0).cidrBlock());
        assertEquals("10.0.1.0/24", redacted.subnets().get(0).cidrBlock());
        assertEquals("10.0.2.0/24", redacted.subnets().get(1).cidrBlock());
        assertEquals("10.0.0.0/28", redacted.subnets().get(2).cidrBlock());
        assertEquals("10.1.0.0/16", redacted.vpcs().get(1).cidrBlock());
        assertEquals(List.of("10.0.0.0/16", "10.3.0.0/32"), redacted.securityGroups().get(0).ingress().get(1).cidrs());
        assertEquals("10.2.0.0/16", redacted.routeTables().get(2).routes().get(2).destinationCidrBlock());
        // an address in a JDBC URL stays inside the (fake) subnet that holds the real one
        assertEquals("jdbc:mysql://10.0.1.17:3306/db-0002?useSSL=param-0001", redacted.connections().get(1).jdbcUrl());
    }

    @Test
    void fakeCidrsPreserveEveryRelation() {
        List<String> real = List.of("10.0.0.0/8", "10.20.0.0/16", "10.20.4.0/22", "10.20.5.0/24", "10.20.7.128/25",
                "10.21.0.0/16", "192.168.1.0/24", "192.168.1.0/24", "2001:db8::/32", "2001:db8:1::/48");
        FakeCidrs f = new FakeCidrs();
        f.register(real);
        List<String> fake = real.stream().map(c -> f.map(c).orElseThrow()).toList();
        for (int i = 0; i < real.size(); i++) {
            assertEquals(prefix(real.get(i)), prefix(fake.get(i)));
            for (int j = 0; j < real.size(); j++) {
                assertEquals(contains(real.get(i), real.get(j)), contains(fake.get(i), fake.get(j)),
                        real.get(i) + " / " + real.get(j) + " -> " + fake);
            }
        }
        assertEquals("0.0.0.0/0", f.map("0.0.0.0/0").orElseThrow());
        assertTrue(f.map("db.example.com").isEmpty(), "host names are not addresses (and are never resolved)");
    }

    private static int prefix(String cidr) {
        return Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    }

    private static boolean contains(String outer, String inner) {
        try {
            byte[] o = java.net.InetAddress.getByName(outer.substring(0, outer.indexOf('/'))).getAddress();
            byte[] i = java.net.InetAddress.getByName(inner.substring(0, inner.indexOf('/'))).getAddress();
            int p = prefix(outer);
            if (o.length != i.length || prefix(inner) < p) {
                return false;
            }
            return new java.math.BigInteger(1, o).shiftRight(o.length * 8 - p)
                    .equals(new java.math.BigInteger(1, i).shiftRight(i.length * 8 - p));
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jdbcUrlsKeepSchemePortAndShape() {
        assertEquals("jdbc:postgresql://host-0001.invalid:5432/db-0001", redacted.connections().get(0).jdbcUrl());
        Snapshot other = original.withJob(original.jobs().get(0));
        assertEquals(redacted, redactor.redact(other));
    }

    @Test
    void deterministic() {
        assertEquals(redacted, redactor.redact(Fixtures.rich()));
        assertEquals(writer.toText(redacted, SnapshotFormat.JSON),
                writer.toText(new Redactor().redact(Fixtures.rich()), SnapshotFormat.JSON));
        assertNotEquals(original, redacted);
    }

    @Test
    void tagsAreRedactedButNameStaysTheNameTag() {
        assertEquals(Set.of("Name", "tag-0001"), redacted.vpcs().get(0).tags().keySet());
        assertEquals("name-0001", redacted.vpcs().get(0).name());
        assertEquals("value-0001", redacted.vpcs().get(0).tags().get("tag-0001"));
    }
}
