package dev.gluefailover.aws;

import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Pure classification of SDK failures into what the user should hear. */
final class AwsErrors {
    /** Error codes that mean "your IAM policy does not allow this call". */
    static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
            "UnauthorizedAccess", "UnauthorizedException");
    /** Error codes that mean "the credentials themselves are bad or expired". */
    static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId",
            "UnrecognizedClientException", "AuthFailure", "SignatureDoesNotMatch", "InvalidAccessKeyId");

    static final String NO_CREDENTIALS_HELP = "No AWS credentials found: set AWS_PROFILE or use --profile, run "
            + "`aws configure` or `aws sso login`, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";

    private AwsErrors() {
    }

    static Optional<AwsServiceException> serviceException(Throwable t) {
        return find(t, AwsServiceException.class);
    }

    static boolean isAccessDenied(Throwable t) {
        return serviceException(t).map(e -> ACCESS_DENIED.contains(errorCode(e))).orElse(false);
    }

    static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
    }

    static String errorMessage(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
    }

    /**
     * What a failure that stops the load means for the user. {@code action} is the IAM action of
     * the call that failed, e.g. {@code glue:GetJob}.
     */
    static AwsLoadException toLoadException(Throwable t, String action) {
        if (t instanceof AwsLoadException le) {
            return le;
        }
        Optional<ReadOnlyGuard.WriteRefusedException> refused = find(t, ReadOnlyGuard.WriteRefusedException.class);
        if (refused.isPresent()) {
            return new AwsLoadException(AwsLoadException.Reason.WRITE_REFUSED, refused.get().getMessage(), t);
        }
        Optional<EndpointInErrors.NetworkFailure> network = find(t, EndpointInErrors.NetworkFailure.class);
        if (network.isPresent()) {
            return new AwsLoadException(AwsLoadException.Reason.NETWORK, network.get().getMessage(), t);
        }
        Optional<AwsServiceException> service = serviceException(t);
        if (service.isPresent()) {
            String code = errorCode(service.get());
            String message = errorMessage(service.get());
            if (ACCESS_DENIED.contains(code)) {
                return new AwsLoadException(AwsLoadException.Reason.ACCESS_DENIED,
                        "Access denied for " + action + " (" + code + "): grant " + action
                                + " to these credentials. AWS said: " + message, t);
            }
            if (BAD_CREDENTIALS.contains(code)) {
                return new AwsLoadException(AwsLoadException.Reason.NO_CREDENTIALS,
                        "AWS rejected the credentials (" + code + "): refresh them, e.g. `aws sso login`, or "
                                + "choose another profile with --profile. AWS said: " + message, t);
            }
            return new AwsLoadException(AwsLoadException.Reason.AWS_ERROR,
                    action + " failed (" + code + "): " + message, t);
        }
        Optional<SdkClientException> client = find(t, SdkClientException.class);
        if (client.isPresent() && looksLikeMissingCredentials(client.get().getMessage())) {
            return new AwsLoadException(AwsLoadException.Reason.NO_CREDENTIALS,
                    NO_CREDENTIALS_HELP + " (" + firstLine(client.get().getMessage()) + ")", t);
        }
        return new AwsLoadException(AwsLoadException.Reason.AWS_ERROR,
                action + " failed: " + firstLine(String.valueOf(t.getMessage())), t);
    }

    static boolean looksLikeMissingCredentials(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("unable to load credentials") || m.contains("contained no credentials")
                || m.contains("profile file contained no") || m.contains("sso session")
                || m.contains("token has expired") || m.contains("unable to load an sso token")
                || (m.contains("profile") && m.contains("not found"));
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse(s);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
