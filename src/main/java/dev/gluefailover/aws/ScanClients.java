package dev.gluefailover.aws;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * How a scan reaches each target: the clients of one account and region ({@link AwsClients}), STS
 * for the assumed roles and AWS Config for the aggregator, all with the {@link ReadOnlyGuard}, the
 * same endpoint override and timeouts, and the SDK's adaptive retry (it backs off client-side when
 * AWS throttles, which many parallel describes in big accounts do).
 */
public final class ScanClients {
    /** The session name in the accounts' CloudTrail: who read. */
    static final String SESSION_NAME = "glue-failover-explorer-scan";

    private final URI endpoint;
    private final AwsTimeouts timeouts;
    private final Function<String, AwsCredentialsProvider> baseCredentials;
    private final UnaryOperator<AwsClients.Builder> customize;
    private final RetryStrategy retry;

    /**
     * @param baseCredentials the credentials of a profile (null: the default chain), used directly or to
     *                        assume roles
     * @param customize       applied to every {@link AwsClients.Builder} before the credentials are set (tests:
     *                        quick retries, no profile files)
     * @param retry           the retry strategy of the STS and Config clients; null: adaptive
     */
    public ScanClients(URI endpoint, AwsTimeouts timeouts, Function<String, AwsCredentialsProvider> baseCredentials,
            UnaryOperator<AwsClients.Builder> customize, RetryStrategy retry) {
        this.endpoint = endpoint;
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.baseCredentials = Objects.requireNonNull(baseCredentials, "baseCredentials");
        this.customize = Objects.requireNonNull(customize, "customize");
        this.retry = retry;
    }

    /** The user's environment, as the AWS CLI picks credentials. */
    public static ScanClients standard(URI endpoint, AwsTimeouts timeouts) {
        return new ScanClients(endpoint, timeouts, ScanClients::profileCredentials, UnaryOperator.identity(), null);
    }

    private static AwsCredentialsProvider profileCredentials(String profile) {
        return profile == null ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
    }

    /** The EC2, Glue and IAM clients of a target; with {@code credentials}, those (an assumed role's). */
    AwsClients open(String profile, String region, AwsCredentialsProvider credentials) {
        AwsClients.Builder b = customize.apply(AwsClients.builder()
                .options(new AwsConnectionOptions(profile, region, endpoint)).timeouts(timeouts));
        if (credentials != null) {
            b.credentials(credentials);
        } else if (profile != null) {
            b.credentials(baseCredentials.apply(profile));
        }
        return b.build();
    }

    /** The region a target without one resolves to (AWS_REGION, the profile's). */
    String resolveRegion(String profile, String region) {
        try (AwsClients c = open(profile, region, null)) {
            return c.region();
        }
    }

    /**
     * The session credentials of the role, from one {@code sts:AssumeRole} with the profile's
     * credentials. Valid for the role's default hour, longer than a scan takes.
     */
    AwsCredentialsProvider assumeRole(String profile, String region, String roleArn) {
        SdkHttpClient http = http();
        try (StsClient sts = sts(http, profile, region)) {
            Credentials c = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME)).credentials();
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(),
                    c.sessionToken()));
        } finally {
            http.close();
        }
    }

    /** The profile's own account ({@code sts:GetCallerIdentity}), for a target named by profile alone. */
    String callerAccount(String profile, String region) {
        SdkHttpClient http = http();
        try (StsClient sts = sts(http, profile, region)) {
            return sts.getCallerIdentity(r -> { }).account();
        } finally {
            http.close();
        }
    }

    /** STS with the profile's credentials and the guard: it allows AssumeRole and GetCallerIdentity only. */
    StsClient sts(SdkHttpClient http, String profile, String region) {
        return StsClient.builder().httpClient(http).region(Region.of(region))
                .credentialsProvider(baseCredentials.apply(profile)).overrideConfiguration(override())
                .applyMutation(b -> {
                    if (endpoint != null) {
                        b.endpointOverride(endpoint);
                    }
                }).build();
    }

    /** A Config client in the aggregator's region, with the profile's credentials; it owns its HTTP client. */
    ConfigClient config(String profile, String region) {
        return ConfigClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(timeouts.connect()).socketTimeout(timeouts.read()))
                .region(Region.of(region))
                .credentialsProvider(baseCredentials.apply(profile)).overrideConfiguration(override())
                .applyMutation(b -> {
                    if (endpoint != null) {
                        b.endpointOverride(endpoint);
                    }
                }).build();
    }

    private SdkHttpClient http() {
        return UrlConnectionHttpClient.builder().connectionTimeout(timeouts.connect()).socketTimeout(timeouts.read())
                .build();
    }

    private ClientOverrideConfiguration override() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(retry != null ? retry : AwsRetryStrategy.adaptiveRetryStrategy())
                .apiCallTimeout(timeouts.call()).apiCallAttemptTimeout(timeouts.attempt())
                .addExecutionInterceptor(new ReadOnlyGuard())
                .addExecutionInterceptor(new EndpointInErrors())
                .build();
    }
}
