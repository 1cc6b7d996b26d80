package dev.gluefailover.engine.checks;

import static dev.gluefailover.engine.checks.CheckNetwork.DEFAULTS;
import static dev.gluefailover.engine.checks.CheckNetwork.check;
import static dev.gluefailover.engine.checks.CheckNetwork.nat;
import static dev.gluefailover.engine.checks.CheckNetwork.withNat;
import static dev.gluefailover.snapshot.SnapshotBuilder.defaultToNat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gluefailover.engine.CheckResult;
import dev.gluefailover.engine.CheckStatus;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.snapshot.SnapshotBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DNS_DISABLED: both VPC DNS attributes on. */
class DnsEnabledTest {
    @Test
    void dnsAttributesMustBeOn() {
        SnapshotBuilder b = new SnapshotBuilder("us-east-1").zone("us-east-1a", "use1-az1").zone("us-east-1b", "use1-az2")
                .vpc(new Vpc("vpc-1", "10.0.0.0/16", true, false, Map.of()))
                .subnet("subnet-1", "vpc-1", "us-east-1a", "10.0.1.0/24", 100, "private-1a")
                .subnet("subnet-pub", "vpc-1", "us-east-1b", "10.0.0.0/24", 100, "public-1b")
                .glueSecurityGroup("sg-1", "vpc-1", "glue").job("job", 2, 0, "conn")
                .jdbcConnection("conn", "subnet-1", "us-east-1a", "sg-1", null);
        withNat(b, nat("available", "public"), defaultToNat("nat-1"));
        CheckResult r = check(b, "DNS_DISABLED", DEFAULTS);
        assertEquals(CheckStatus.FAIL, r.status());
        assertEquals("false", r.evidence().get("enableDnsHostnames"));
    }
}
