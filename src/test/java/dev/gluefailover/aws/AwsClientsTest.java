package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class AwsClientsTest {

    @Test
    void regionFollowsTheAwsCliOrder() {
        Map<String, String> env = Map.of("AWS_REGION", "eu-central-1", "AWS_DEFAULT_REGION", "us-west-2");
        assertEquals(Optional.of("ap-south-1"), AwsClients.resolveRegion("ap-south-1", env, Optional.of("x")));
        assertEquals(Optional.of("eu-central-1"), AwsClients.resolveRegion(null, env, Optional.of("x")));
        assertEquals(Optional.of("us-west-2"),
                AwsClients.resolveRegion(null, Map.of("AWS_DEFAULT_REGION", "us-west-2"), Optional.of("x")));
        assertEquals(Optional.of("x"), AwsClients.resolveRegion(null, Map.of(), Optional.of("x")));
        assertEquals(Optional.empty(), AwsClients.resolveRegion(null, Map.of(), Optional.empty()));
    }

    @Test
    void profileFollowsTheAwsCliOrder() {
        assertEquals("cli", AwsClients.resolveProfileName("cli", Map.of("AWS_PROFILE", "env")));
        assertEquals("env", AwsClients.resolveProfileName(null, Map.of("AWS_PROFILE", "env")));
        assertEquals("default", AwsClients.resolveProfileName(null, Map.of()));
    }

    @Test
    void theProfilesRegionIsUsedWhenNoneIsGiven() {
        String config = "[profile dev]\nregion = sa-east-1\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n";
        try (AwsClients clients = AwsClients.builder().options(AwsConnectionOptions.of("dev", null, null))
                .profileFile(() -> FakeAws.profileFile(config)).environment(Map.of()).build()) {
            assertEquals("sa-east-1", clients.region());
        }
    }

    @Test
    void noRegionIsAUserSetupProblem() {
        AwsLoadException e = assertThrows(AwsLoadException.class, () -> AwsClients.builder()
                .profileFile(FakeAws::emptyProfileFile).environment(Map.of()).build());
        assertEquals(AwsLoadException.Reason.NO_REGION, e.reason());
        assertTrue(e.isUserSetupProblem());
        assertTrue(e.getMessage().contains("--region"), e.getMessage());
    }

    @Test
    void noCredentialsIsOneClearSentence() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1));
                AwsClients clients = AwsClients.builder()
                        .options(new AwsConnectionOptions("nobody", FakeAws.REGION, fake.endpoint()))
                        .profileFile(FakeAws::emptyProfileFile).environment(Map.of())
                        .retryStrategy(FakeAws.quickRetries()).build()) {
            AwsLoadException e = assertThrows(AwsLoadException.class,
                    () -> new GlueNetworkLoader(clients).load(List.of(TestNetworks.JOB)));
            assertEquals(AwsLoadException.Reason.NO_CREDENTIALS, e.reason(), e.getMessage());
            assertTrue(e.isUserSetupProblem());
            assertTrue(e.getMessage().startsWith("No AWS credentials found: set AWS_PROFILE or use --profile"),
                    e.getMessage());
            assertEquals(0, fake.totalCalls(), "nothing is sent unsigned");
        }
    }

    @Test
    void aNetworkFailureNamesEndpointAndRegion() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort);
        try (AwsClients clients = AwsClients.builder()
                .options(new AwsConnectionOptions(null, "eu-north-1", endpoint))
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "s")))
                .retryStrategy(FakeAws.quickRetries()).profileFile(FakeAws::emptyProfileFile)
                .environment(Map.of()).build()) {
            AwsLoadException e = assertThrows(AwsLoadException.class,
                    () -> new GlueNetworkLoader(clients).listJobs());
            assertEquals(AwsLoadException.Reason.NETWORK, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
            assertTrue(e.getMessage().contains("eu-north-1"), e.getMessage());
        }
    }

    @Test
    void aMalformedEndpointUrlIsAUserSetupProblem() {
        AwsLoadException e = assertThrows(AwsLoadException.class, () -> AwsConnectionOptions.of(null, null, "localhost"));
        assertEquals(AwsLoadException.Reason.BAD_SETTINGS, e.reason());
        for (String bad : List.of("localhost:4566", "http://", "http://local host:4566", "ftp://localhost:4566")) {
            AwsLoadException b = assertThrows(AwsLoadException.class, () -> AwsConnectionOptions.endpoint(bad), bad);
            assertEquals(AwsLoadException.Reason.BAD_SETTINGS, b.reason(), bad);
            assertTrue(b.getMessage().contains("http://localhost:4566"), "shows a good one: " + b.getMessage());
        }
        assertEquals(null, AwsConnectionOptions.endpoint("  "), "blank: the SDK's own resolution");
        assertEquals(URI.create("http://127.0.0.1:4566"), AwsConnectionOptions.endpoint(" http://127.0.0.1:4566 "));
        assertEquals(URI.create("HTTPS://glue.example.com"), AwsConnectionOptions.endpoint("HTTPS://glue.example.com"));
    }

    @Test
    void theProfileFilesAreReadOncePerLoadAndTheProfileStillDecides() {
        // An explicit profile: its keys are the only credentials (without them the load fails) and its region
        // is used, so the one read serves the region, the credentials and every setting the SDK resolves.
        String config = "[profile dev]\nregion = " + FakeAws.REGION
                + "\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n";
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(2));
                AwsClients clients = AwsClients.builder()
                        .options(AwsConnectionOptions.of("dev", null, fake.endpoint().toString()))
                        .retryStrategy(FakeAws.quickRetries())
                        .profileFile(() -> {
                            reads.incrementAndGet();
                            return FakeAws.profileFile(config);
                        }).environment(Map.of()).build()) {
            assertEquals(FakeAws.REGION, clients.region());
            new GlueNetworkLoader(clients).load(List.of(TestNetworks.JOB));
            assertTrue(fake.totalCalls() >= 3, "the load went to the endpoint");
        }
        assertEquals(1, reads.get(), "~/.aws/config and credentials read and parsed once, not per setting");
    }

    @Test
    void aFailedProfileReadIsNotKept() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        var once = AwsClients.Builder.readOnce(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("unreadable");
            }
            return FakeAws.emptyProfileFile();
        });
        assertThrows(IllegalStateException.class, once::get);
        var first = once.get();
        assertEquals(first, once.get());
        assertEquals(2, reads.get());
    }

    @Test
    void iamTalksToThePartitionsGlobalRegion() {
        assertEquals(software.amazon.awssdk.regions.Region.AWS_GLOBAL, AwsClients.iamRegion("eu-west-1"));
        assertEquals(software.amazon.awssdk.regions.Region.AWS_CN_GLOBAL, AwsClients.iamRegion("cn-north-1"));
        assertEquals(software.amazon.awssdk.regions.Region.AWS_US_GOV_GLOBAL, AwsClients.iamRegion("us-gov-west-1"));
    }

    @Test
    void theIamClientHonoursTheEndpointOverride() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)); AwsClients clients = fake.clients()) {
            String arn = clients.iam().getRole(r -> r.roleName(TestNetworks.ROLE)).role().arn();
            assertEquals("arn:aws:iam::" + TestNetworks.ACCOUNT + ":role/" + TestNetworks.ROLE, arn);
            assertEquals(1, fake.calls("GetRole"));
        }
    }

    @Test
    void theFakeRejectsASubnetIdListWithAMissingIdLikeEc2() {
        // Guards the deleted-subnet test: if the fake were lenient, that test would prove nothing.
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)); AwsClients clients = fake.clients()) {
            AwsServiceException e = assertThrows(AwsServiceException.class, () -> clients.ec2()
                    .describeSubnets(r -> r.subnetIds("subnet-a1", "subnet-gone")));
            assertEquals("InvalidSubnetID.NotFound", e.awsErrorDetails().errorCode());
            assertEquals(1, clients.ec2().describeSubnets(r -> r.subnetIds("subnet-a1")).subnets().size());
        }
    }
}
