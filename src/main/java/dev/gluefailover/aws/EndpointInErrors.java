package dev.gluefailover.aws;

import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;

/**
 * Puts the endpoint and region into network failures. The SDK's own message ("Unable to execute
 * HTTP request: Connection refused") does not say where it tried to go, and with
 * AWS_ENDPOINT_URL* or a profile's endpoint_url the user may not know either.
 */
final class EndpointInErrors implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        boolean timedOut = failure instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException
                || failure instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException
                || ioCause(failure).filter(io -> io instanceof java.net.SocketTimeoutException).isPresent();
        if (!(failure instanceof SdkClientException) || (ioCause(failure).isEmpty() && !timedOut)) {
            return failure;
        }
        String endpoint = context.httpRequest().map(EndpointInErrors::endpointOf).orElse("the AWS endpoint");
        Region region = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String message;
        if (timedOut) {
            message = "No answer from " + service + " at " + endpoint + " (region " + region + ") in time: check that "
                    + "the endpoint URL is right and that the service answers there (a wrong port, or a proxy or "
                    + "firewall that accepts connections but never replies, looks like this), or allow a longer "
                    + "read timeout.";
        } else {
            IOException io = ioCause(failure).get();
            message = "Could not reach " + service + " at " + endpoint + " (region " + region + "): "
                    + io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
        }
        // The SDK insists on the same exception class; the NetworkFailure cause carries the facts.
        NetworkFailure cause = new NetworkFailure(message, endpoint, String.valueOf(region), failure);
        if (failure instanceof software.amazon.awssdk.core.exception.ApiCallTimeoutException) {
            return software.amazon.awssdk.core.exception.ApiCallTimeoutException.builder().message(message).cause(cause)
                    .build();
        }
        if (failure instanceof software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException) {
            return software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException.builder().message(message)
                    .cause(cause).build();
        }
        return SdkClientException.builder().message(message).cause(cause).build();
    }

    static String endpointOf(SdkHttpRequest request) {
        int standard = "https".equals(request.protocol()) ? 443 : 80;
        return request.protocol() + "://" + request.host() + (request.port() == standard ? "" : ":" + request.port());
    }

    static Optional<IOException> ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** A network failure that knows the endpoint and region it was for. */
    static final class NetworkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String endpoint;
        private final String region;

        NetworkFailure(String message, String endpoint, String region, Throwable cause) {
            super(message, cause);
            this.endpoint = endpoint;
            this.region = region;
        }

        String endpoint() {
            return endpoint;
        }

        String region() {
            return region;
        }
    }
}
