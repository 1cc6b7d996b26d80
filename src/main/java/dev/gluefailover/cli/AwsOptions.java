package dev.gluefailover.cli;

import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.AwsTimeouts;
import picocli.CommandLine.Option;

/** The AWS CLI-style options of the commands that only talk to AWS (jobs, capture). */
public class AwsOptions {
    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: AWS_REGION or the profile's).")
    String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS profile (default: AWS_PROFILE).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send AWS calls to this endpoint (local emulators).")
    String endpointUrl;

    @Option(names = "--cli-connect-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for a connection to AWS (default 3), as the AWS CLI's option.")
    Integer connectTimeout;

    @Option(names = "--cli-read-timeout", paramLabel = "SECONDS",
            description = "Seconds to wait for an answer once connected (default 10), as the AWS CLI's option.")
    Integer readTimeout;

    AwsConnectionOptions connection() {
        return AwsConnectionOptions.of(profile, region, endpointUrl);
    }

    /** The timeouts given, else the defaults; a zero or negative number is a usage error. */
    AwsTimeouts timeouts() {
        return AwsTimeouts.ofSeconds(connectTimeout, readTimeout);
    }
}
