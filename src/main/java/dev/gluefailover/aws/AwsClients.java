package dev.gluefailover.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The EC2, Glue and IAM clients of one load target, built the way the AWS CLI decides things:
 * profile from {@code --profile}, else AWS_PROFILE, else "default"; region from {@code --region},
 * else AWS_REGION / AWS_DEFAULT_REGION, else the profile's {@code region}; endpoint from
 * {@code --endpoint-url}, else whatever the SDK finds itself (AWS_ENDPOINT_URL,
 * AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_GLUE, AWS_ENDPOINT_URL_IAM, the profile's endpoint_url). IAM
 * is global: its client talks to the partition's global region ({@code aws-global} for the commercial
 * regions). Every client carries the {@link ReadOnlyGuard}. Close it when done: it owns the HTTP client.
 */
public final class AwsClients implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AwsClients.class);

    /** Built on its own thread while the first Glue call is in flight: a cold SDK client takes a while to build. */
    private final java.util.concurrent.CompletableFuture<Ec2Client> ec2;
    private final GlueClient glue;
    /** Likewise: the role simulation is only asked after GetJob has answered. */
    private final java.util.concurrent.CompletableFuture<IamClient> iam;
    private final String region;
    private final SdkHttpClient http;

    private AwsClients(java.util.concurrent.CompletableFuture<Ec2Client> ec2, GlueClient glue,
            java.util.concurrent.CompletableFuture<IamClient> iam, String region, SdkHttpClient http) {
        this.ec2 = ec2;
        this.glue = glue;
        this.iam = iam;
        this.region = region;
        this.http = http;
    }

    /** Clients for the user's environment, as the AWS CLI would pick credentials, region and endpoint. */
    public static AwsClients open(AwsConnectionOptions options) {
        return builder().options(options).build();
    }

    /** The same, with the connect and read timeouts given (the CLI's --cli-connect-timeout / --cli-read-timeout). */
    public static AwsClients open(AwsConnectionOptions options, AwsTimeouts timeouts) {
        return builder().options(options).timeouts(timeouts).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Ec2Client ec2() {
        return joined(ec2);
    }

    /** The IAM client (global endpoint of the region's partition), for the job roles' policy simulation. */
    public IamClient iam() {
        return joined(iam);
    }

    private static <T> T joined(java.util.concurrent.CompletableFuture<T> client) {
        try {
            return client.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public GlueClient glue() {
        return glue;
    }

    /** The region name the clients talk to, e.g. {@code eu-west-1}. */
    public String region() {
        return region;
    }

    @Override
    public void close() {
        try {
            ec2.join().close();
        } catch (RuntimeException e) {
            LOG.debug("EC2 client was never built: {}", e.toString());
        }
        try {
            iam.join().close();
        } catch (RuntimeException e) {
            LOG.debug("IAM client was never built: {}", e.toString());
        }
        glue.close();
        http.close();
    }

    /**
     * The region, in the AWS CLI's order: explicit, {@code aws.region} system property,
     * AWS_REGION, AWS_DEFAULT_REGION (the CLI's name, which the SDK ignores), the profile's region.
     */
    static Optional<String> resolveRegion(String explicit, Map<String, String> env, Optional<String> profileRegion) {
        return firstNonBlank(explicit, System.getProperty("aws.region"), env.get("AWS_REGION"),
                env.get("AWS_DEFAULT_REGION"), profileRegion.orElse(null));
    }

    /**
     * IAM has one endpoint per partition, addressed through the partition's global region:
     * {@code aws-cn-global} for the China regions, {@code aws-us-gov-global} for GovCloud,
     * else {@code aws-global}.
     */
    static Region iamRegion(String regionName) {
        if (regionName.startsWith("cn-")) {
            return Region.AWS_CN_GLOBAL;
        }
        if (regionName.startsWith("us-gov-")) {
            return Region.AWS_US_GOV_GLOBAL;
        }
        return Region.AWS_GLOBAL;
    }

    /** The profile name: explicit, else AWS_PROFILE, else {@code aws.profile}, else "default". */
    static String resolveProfileName(String explicit, Map<String, String> env) {
        return firstNonBlank(explicit, env.get("AWS_PROFILE"), System.getProperty("aws.profile")).orElse("default");
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.trim());
            }
        }
        return Optional.empty();
    }

    /** Options for tests and special set-ups; {@link AwsClients#open} covers normal use. */
    public static final class Builder {
        private AwsConnectionOptions options = AwsConnectionOptions.defaults();
        private AwsCredentialsProvider credentials;
        private RetryStrategy retryStrategy;
        private Supplier<ProfileFile> profileFile;
        private Map<String, String> environment = System.getenv();
        private Duration callTimeout;
        private AwsTimeouts timeouts = AwsTimeouts.defaults();

        private Builder() {
        }

        public Builder options(AwsConnectionOptions options) {
            this.options = Objects.requireNonNull(options);
            return this;
        }

        /** Fixed credentials instead of the profile / default chain (tests, emulators). */
        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Replaces adaptive retry; tests use standard retry with {@code BackoffStrategy.retryImmediately()}. */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = retryStrategy;
            return this;
        }

        /** The ~/.aws/config + credentials to read instead of the user's own (tests). */
        public Builder profileFile(Supplier<ProfileFile> profileFile) {
            this.profileFile = profileFile;
            return this;
        }

        /** Environment variables to consult for AWS_PROFILE / AWS_REGION (tests). */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** Connect and read timeouts (the CLI's --cli-connect-timeout / --cli-read-timeout). */
        public Builder timeouts(AwsTimeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts);
            return this;
        }

        /** The time a whole call may take, retries included; by default two attempts' worth of the timeouts. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        public AwsClients build() {
            Supplier<ProfileFile> profiles = readOnce(profileFile != null ? profileFile : ProfileFile::defaultProfileFile);
            String profileName = resolveProfileName(options.profile(), environment);
            String regionName = resolveRegion(options.region(), environment, profileRegion(profiles, profileName))
                    .orElseThrow(() -> new AwsLoadException(AwsLoadException.Reason.NO_REGION,
                            "No AWS region: use --region, set AWS_REGION, or set `region` in profile '" + profileName
                                    + "' (aws configure)."));
            AwsCredentialsProvider credentialsProvider = credentials != null ? credentials
                    : credentialsFor(options.profile(), profiles, profileName);
            // Adaptive retry backs off client-side after throttling, which Describe* calls hit
            // under load in big accounts.
            RetryStrategy retry = retryStrategy != null ? retryStrategy : AwsRetryStrategy.adaptiveRetryStrategy();
            ClientOverrideConfiguration override = ClientOverrideConfiguration.builder()
                    .retryStrategy(retry)
                    .apiCallTimeout(callTimeout != null ? callTimeout : timeouts.call())
                    .apiCallAttemptTimeout(timeouts.attempt())
                    .defaultProfileFileSupplier(profiles)
                    .defaultProfileName(profileName)
                    .addExecutionInterceptor(new ReadOnlyGuard())
                    .addExecutionInterceptor(new EndpointInErrors())
                    .build();
            SdkHttpClient http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(timeouts.connect())
                    .socketTimeout(timeouts.read())
                    .build();
            Region region = Region.of(regionName);
            URI endpoint = options.endpointUrl();
            var ec2Builder = Ec2Client.builder().httpClient(http).region(region)
                    .credentialsProvider(credentialsProvider).overrideConfiguration(override);
            var glueBuilder = GlueClient.builder().httpClient(http).region(region)
                    .credentialsProvider(credentialsProvider).overrideConfiguration(override);
            var iamBuilder = IamClient.builder().httpClient(http).region(iamRegion(regionName))
                    .credentialsProvider(credentialsProvider).overrideConfiguration(override);
            if (endpoint != null) {
                ec2Builder.endpointOverride(endpoint);
                glueBuilder.endpointOverride(endpoint);
                iamBuilder.endpointOverride(endpoint);
            }
            LOG.debug("AWS clients: profile {}, region {}, endpoint {}", profileName, regionName,
                    endpoint == null ? "(SDK default / AWS_ENDPOINT_URL*)" : endpoint);
            // One builder thread, EC2 first (DescribeAvailabilityZones goes out beside GetJob), then IAM
            // (needed only once GetJob has named the role): start-up competes for the CPU with one
            // client build, as before, not two.
            var ec2 = new java.util.concurrent.CompletableFuture<Ec2Client>();
            var iam = new java.util.concurrent.CompletableFuture<IamClient>();
            Thread building = new Thread(() -> {
                build(ec2, ec2Builder::build);
                build(iam, iamBuilder::build);
            }, "aws-client-build");
            building.setDaemon(true);
            building.start();
            return new AwsClients(ec2, glueBuilder.build(), iam, regionName, http);
        }

        /**
         * The profile files read and parsed once for these clients: the SDK asks its supplier again for
         * every setting it resolves (about 30 times for the three clients and the first call), and
         * {@link ProfileFile#defaultProfileFile()} reads both files from disk each time. The clients
         * live for one load, so a change to ~/.aws during it is seen by the next load. A failed read
         * is not kept: it fails again where the SDK asks.
         */
        static Supplier<ProfileFile> readOnce(Supplier<ProfileFile> read) {
            return new Supplier<>() {
                private volatile ProfileFile file;

                @Override
                public ProfileFile get() {
                    ProfileFile f = file;
                    if (f == null) {
                        synchronized (this) {
                            f = file;
                            if (f == null) {
                                f = read.get();
                                file = f;
                            }
                        }
                    }
                    return f;
                }
            };
        }

        private static <T> void build(java.util.concurrent.CompletableFuture<T> client, Supplier<T> build) {
            try {
                client.complete(build.get());
            } catch (RuntimeException | Error e) {
                client.completeExceptionally(e);
            }
        }

        private static Optional<String> profileRegion(Supplier<ProfileFile> profiles, String profileName) {
            try {
                return profiles.get().profile(profileName).flatMap(p -> p.property(ProfileProperty.REGION));
            } catch (RuntimeException e) {
                // A broken ~/.aws/config should not hide a region given another way.
                LOG.debug("Could not read the AWS profile file: {}", e.toString());
                return Optional.empty();
            }
        }

        /**
         * An explicit profile wins over AWS_ACCESS_KEY_ID & co., as in the AWS CLI; without one the
         * SDK's default chain runs (environment, web identity, AWS_PROFILE incl. SSO, containers, IMDS).
         */
        private static AwsCredentialsProvider credentialsFor(String explicitProfile, Supplier<ProfileFile> profiles,
                String profileName) {
            if (explicitProfile != null) {
                return ProfileCredentialsProvider.builder().profileFile(profiles).profileName(profileName).build();
            }
            return DefaultCredentialsProvider.builder().profileFile(profiles).profileName(profileName).build();
        }
    }
}
