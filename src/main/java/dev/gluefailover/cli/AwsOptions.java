package dev.gluefailover.cli;

import dev.gluefailover.aws.AwsConnectionOptions;
import picocli.CommandLine.Option;

/** The AWS CLI-style options of the commands that only talk to AWS (jobs, capture). */
public class AwsOptions {
    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: AWS_REGION or the profile's).")
    String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS profile (default: AWS_PROFILE).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send AWS calls to this endpoint (local emulators).")
    String endpointUrl;

    AwsConnectionOptions connection() {
        return AwsConnectionOptions.of(profile, region, endpointUrl);
    }
}
