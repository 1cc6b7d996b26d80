package dev.gluefailover.aws;

import java.net.URI;
import java.util.Locale;

/**
 * Where and as whom to talk to AWS, as the user gave it (the CLI's {@code --profile},
 * {@code --region}, {@code --endpoint-url}; the desktop's Load from AWS fields). Every field may
 * be null: null means "as the AWS CLI would decide" (AWS_PROFILE, AWS_REGION, the profile's
 * region, AWS_ENDPOINT_URL*).
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
        return new AwsConnectionOptions(profile, region, endpoint(endpointUrl));
    }

    /**
     * An endpoint URL as typed: null or blank gives null (the SDK's own resolution); otherwise
     * an http(s) URL with a host, as the AWS CLI's {@code --endpoint-url} demands. One place for
     * the rule, so the CLI and the desktop dialog say the same thing about a bad URL.
     *
     * @throws AwsLoadException {@link AwsLoadException.Reason#BAD_SETTINGS} with a sentence that
     *         names the URL and shows a good one
     */
    public static URI endpoint(String endpointUrl) {
        if (endpointUrl == null || endpointUrl.isBlank()) {
            return null;
        }
        String text = endpointUrl.trim();
        URI endpoint;
        try {
            endpoint = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                    "The endpoint URL '" + text + "' is not a valid URL (" + e.getMessage()
                            + "); write it like http://localhost:4566", e);
        }
        String scheme = endpoint.getScheme() == null ? null : endpoint.getScheme().toLowerCase(Locale.ROOT);
        // "localhost:4566" parses with scheme "localhost" and no host: the same mistake as no scheme.
        if (scheme == null || endpoint.getHost() == null) {
            throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                    "The endpoint URL '" + text + "' needs a scheme and a host, e.g. http://localhost:4566");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                    "The endpoint URL '" + text + "' must start with http:// or https://, e.g. http://localhost:4566");
        }
        return endpoint;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
