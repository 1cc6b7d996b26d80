package dev.gluefailover.aws;

import java.net.URI;

/**
 * Where and as whom to talk to AWS, as the user gave it (the CLI's {@code --profile},
 * {@code --region}, {@code --endpoint-url}). Every field may be null: null means "as the AWS CLI
 * would decide" (AWS_PROFILE, AWS_REGION, the profile's region, AWS_ENDPOINT_URL*).
 */
public record AwsConnectionOptions(String profile, String region, URI endpointUrl) {
    public AwsConnectionOptions {
        profile = blankToNull(profile);
        region = blankToNull(region);
    }

    public static AwsConnectionOptions defaults() {
        return new AwsConnectionOptions(null, null, null);
    }

    /** Builds options from CLI strings; a malformed endpoint URL is a user error, reported as such. */
    public static AwsConnectionOptions of(String profile, String region, String endpointUrl) {
        URI endpoint = null;
        if (endpointUrl != null && !endpointUrl.isBlank()) {
            try {
                endpoint = URI.create(endpointUrl.trim());
            } catch (IllegalArgumentException e) {
                throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                        "The endpoint URL '" + endpointUrl + "' is not a valid URL: " + e.getMessage(), e);
            }
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                        "The endpoint URL '" + endpointUrl + "' needs a scheme and a host, e.g. http://localhost:4566");
            }
        }
        return new AwsConnectionOptions(profile, region, endpoint);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
