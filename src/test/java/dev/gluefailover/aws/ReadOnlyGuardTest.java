package dev.gluefailover.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyGuardTest {
    /** Every operation the loader sends, as the SDK names them. */
    static final Set<String> LOADER_OPERATIONS = Set.of("GetJob", "GetJobs", "GetConnection", "GetConnections",
            "DescribeSubnets", "DescribeVpcs", "DescribeVpcAttribute", "DescribeRouteTables", "DescribeNatGateways",
            "DescribeVpcEndpoints", "DescribeInternetGateways", "DescribeSecurityGroups", "DescribeAvailabilityZones",
            "GetRole", "SimulatePrincipalPolicy");

    @Test
    void everyOperationTheLoaderUsesPasses() {
        LOADER_OPERATIONS.forEach(op -> assertTrue(ReadOnlyGuard.isReadOnly(op), op));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DeleteConnection", "CreateTags", "UpdateJob", "StartJobRun", "ModifyVpcAttribute",
            "GetawayCar", "Describe", "BatchDeleteConnection", "ListenerCreate", ""})
    void writesAndLookAlikesAreNotReads(String operation) {
        assertFalse(ReadOnlyGuard.isReadOnly(operation));
    }

    @Test
    void aFullLoadSendsOnlyOperationsThatPassTheGuard() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(20)).pageSize(3); AwsClients clients = fake.clients()) {
            GlueNetworkLoader loader = new GlueNetworkLoader(clients);
            loader.load(List.of(TestNetworks.JOB));
            loader.listJobs();
            new GlueNetworkLoader(clients, GlueNetworkLoader.Options.defaults().withMaxConnectionReadsPerName(100))
                    .load(List.of(TestNetworks.JOB));
            Set<String> sent = new TreeSet<>(fake.callCounts().keySet());
            assertEquals(new TreeSet<>(LOADER_OPERATIONS), sent, "the loader uses exactly the documented operations");
        }
    }

    @Test
    void theRoleSimulationIsAllowedByItsExactName() {
        assertTrue(ReadOnlyGuard.isReadOnly("SimulatePrincipalPolicy"));
        assertTrue(ReadOnlyGuard.isReadOnly("GetRole"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PutRolePolicy", "CreateRole", "AttachRolePolicy", "DeleteRole", "UpdateAssumeRolePolicy",
            "SimulateCustomPolicy", "SimulatePrincipalPolicies", "simulatePrincipalPolicy", "CreatePolicyVersion"})
    void iamWritesAndOtherSimulationsAreRefused(String operation) {
        // SimulateCustomPolicy changes nothing either, but the loader does not send it: the allow-list stays exact.
        assertFalse(ReadOnlyGuard.isReadOnly(operation));
    }

    @Test
    void anIamWriteIsRefusedBeforeAnyRequestIsSent() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)); AwsClients clients = fake.clients()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> clients.iam()
                    .putRolePolicy(r -> r.roleName(TestNetworks.ROLE).policyName("p").policyDocument("{}")));
            assertEquals("PutRolePolicy",
                    AwsErrors.find(e, ReadOnlyGuard.WriteRefusedException.class).orElseThrow().operation());
            RuntimeException custom = assertThrows(RuntimeException.class, () -> clients.iam()
                    .simulateCustomPolicy(r -> r.policyInputList("{}").actionNames("ec2:DescribeSubnets")));
            assertEquals("SimulateCustomPolicy",
                    AwsErrors.find(custom, ReadOnlyGuard.WriteRefusedException.class).orElseThrow().operation());
            assertEquals(0, fake.totalCalls(), "nothing reached the endpoint");
            // and the one simulation the loader needs does go through the same guarded client
            assertEquals(1, clients.iam().simulatePrincipalPolicy(r -> r.policySourceArn(
                    "arn:aws:iam::" + TestNetworks.ACCOUNT + ":role/" + TestNetworks.ROLE)
                    .actionNames("ec2:DescribeSubnets")).evaluationResults().size());
        }
    }

    @Test
    void stsAllowsTheOneRoleAssumptionAndTheCallersAccountOnly() {
        assertTrue(ReadOnlyGuard.isAllowed("Sts", "AssumeRole"));
        assertTrue(ReadOnlyGuard.isAllowed("Sts", "GetCallerIdentity"));
        // Get* by name, but STS's other reads either hand out credentials or are not what a scan sends.
        for (String op : List.of("AssumeRoleWithSAML", "AssumeRoleWithWebIdentity", "AssumeRoot", "GetFederationToken",
                "GetSessionToken", "GetServiceBearerToken", "GetWebIdentityToken", "GetDelegatedAccessToken",
                "GetAccessKeyInfo", "DecodeAuthorizationMessage")) {
            assertFalse(ReadOnlyGuard.isAllowed("Sts", op), op);
            assertFalse(ReadOnlyGuard.isAllowed("STS", op), op);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GetFederationToken", "GetSessionToken", "GetServiceBearerToken", "GetWebIdentityToken",
            "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity", "AssumeRoot", "GetPasswordData", "GetSecretValue",
            "GetRoleCredentials", "GetCredentialsForIdentity", "GetAuthorizationToken", "GetClusterCredentials",
            "GetTemporaryGlueTableCredentials"})
    void readsThatHandOutCredentialsAreRefusedOnEveryService(String operation) {
        assertFalse(ReadOnlyGuard.isReadOnly(operation), operation);
        assertFalse(ReadOnlyGuard.isAllowed("Ec2", operation), operation);
        assertFalse(ReadOnlyGuard.isAllowed("Glue", operation), operation);
    }

    @Test
    void theScansStsClientSendsAssumeRoleButRefusesEveryOtherWayToGetCredentials() {
        dev.gluefailover.model.Snapshot a = dev.gluefailover.fleet.FleetNetworks.account("111111111111", 1, 1);
        try (FakeAws fake = FakeAws.serve(a).account("111111111111", a);
                software.amazon.awssdk.http.SdkHttpClient http =
                        software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create();
                software.amazon.awssdk.services.sts.StsClient sts = AccountScanTest.clients(fake).sts(http, null,
                        FakeAws.REGION)) {
            List<Runnable> refused = List.of(
                    () -> sts.getFederationToken(r -> r.name("x")),
                    () -> sts.getSessionToken(r -> { }),
                    () -> sts.assumeRoleWithSAML(r -> r.roleArn("arn:aws:iam::111111111111:role/R")
                            .principalArn("arn:aws:iam::111111111111:saml-provider/P").samlAssertion("x".repeat(4))),
                    () -> sts.assumeRoleWithWebIdentity(r -> r.roleArn("arn:aws:iam::111111111111:role/R")
                            .roleSessionName("s").webIdentityToken("x".repeat(4))),
                    () -> sts.getAccessKeyInfo(r -> r.accessKeyId("AKIAIOSFODNN7EXAMPLE")));
            for (Runnable call : refused) {
                RuntimeException e = assertThrows(RuntimeException.class, call::run);
                assertTrue(AwsErrors.find(e, ReadOnlyGuard.WriteRefusedException.class).isPresent(), e.toString());
            }
            assertEquals(0, fake.totalCalls(), "nothing reached the endpoint: " + fake.callCounts());
            String key = sts.assumeRole(r -> r.roleArn("arn:aws:iam::111111111111:role/GlueFailoverReadOnly")
                    .roleSessionName(ScanClients.SESSION_NAME)).credentials().accessKeyId();
            assertEquals(FakeAws.accessKeyFor("111111111111"), key);
            assertEquals(1, fake.calls("AssumeRole"));
        }
    }

    @Test
    void aGlueWriteIsRefusedBeforeAnyRequestIsSent() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)); AwsClients clients = fake.clients()) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> clients.glue().deleteConnection(r -> r.connectionName("conn-00")));
            assertTrue(AwsErrors.find(e, ReadOnlyGuard.WriteRefusedException.class).isPresent(), e.toString());
            assertEquals(0, fake.totalCalls(), "nothing reached the endpoint");
        }
    }

    @Test
    void anEc2WriteIsRefusedBeforeAnyRequestIsSent() {
        try (FakeAws fake = FakeAws.serve(TestNetworks.world(1)); AwsClients clients = fake.clients()) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> clients.ec2()
                    .createTags(r -> r.resources("subnet-a1").tags(t -> t.key("k").value("v"))));
            var refused = AwsErrors.find(e, ReadOnlyGuard.WriteRefusedException.class).orElseThrow();
            assertEquals("CreateTags", refused.operation());
            assertEquals(0, fake.totalCalls());
            assertEquals(AwsLoadException.Reason.WRITE_REFUSED, AwsErrors.toLoadException(e, "ec2:CreateTags").reason());
        }
    }
}
