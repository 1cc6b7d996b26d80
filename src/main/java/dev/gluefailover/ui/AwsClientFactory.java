package dev.gluefailover.ui;

import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * How File ▸ Load from AWS reaches AWS: clients for what the user typed, and the profiles to
 * offer. The app uses the user's environment ({@link #userEnvironment()}: ~/.aws/config and
 * credentials, the SDK's credential chain); a test passes clients pointed at a local stand-in
 * with fixed keys, so the dialog runs without AWS and without reading ~/.aws.
 *
 * <p>{@link #open} and {@link #scanClients} are called on a background thread, never on the JavaFX thread.
 */
@FunctionalInterface
public interface AwsClientFactory {
    /** Clients for one list or load; the caller closes them. May throw {@code AwsLoadException}. */
    AwsClients open(AwsConnectionOptions options);

    /**
     * How File ▸ Scan account reaches each profile and region ({@code endpoint}: the Endpoint URL
     * typed, null for AWS itself); the user's environment unless a test points it elsewhere.
     */
    default dev.gluefailover.aws.ScanClients scanClients(java.net.URI endpoint) {
        return dev.gluefailover.aws.ScanClients.standard(endpoint, dev.gluefailover.aws.AwsTimeouts.defaults());
    }

    /** The profiles the dialog offers, by name; none unless the factory reads a profile file. */
    default Map<String, Profile> profiles() {
        return Map.of();
    }

    /** The user's own set-up, as the AWS CLI would see it. */
    static AwsClientFactory userEnvironment() {
        return new AwsClientFactory() {
            private static final Logger LOG = LoggerFactory.getLogger(AwsClientFactory.class);

            @Override
            public AwsClients open(AwsConnectionOptions options) {
                return AwsClients.open(options);
            }

            @Override
            public Map<String, Profile> profiles() {
                try {
                    return ProfileFile.defaultProfileFile().profiles();
                } catch (RuntimeException e) {
                    LOG.info("cannot read AWS profiles: {}", e.toString());
                    return Map.of();
                }
            }
        };
    }
}
