package dev.gluefailover.aws;

import java.time.Duration;

/**
 * How long to wait for AWS, as the AWS CLI's {@code --cli-connect-timeout} and
 * {@code --cli-read-timeout} set it, with defaults of a few seconds: a describe call answers in
 * well under a second, and an endpoint that accepts the connection but never answers (a wrong
 * port, a proxy that swallows the request) should be reported in seconds, not after a minute.
 *
 * @param connect how long to wait for the TCP (and TLS) connection
 * @param read    how long to wait for an answer once connected
 */
public record AwsTimeouts(Duration connect, Duration read) {
    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ = Duration.ofSeconds(10);

    public AwsTimeouts {
        if (connect == null || connect.isNegative() || connect.isZero()) {
            throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                    "The connect timeout must be a positive number of seconds");
        }
        if (read == null || read.isNegative() || read.isZero()) {
            throw new AwsLoadException(AwsLoadException.Reason.BAD_SETTINGS,
                    "The read timeout must be a positive number of seconds");
        }
    }

    public static AwsTimeouts defaults() {
        return new AwsTimeouts(DEFAULT_CONNECT, DEFAULT_READ);
    }

    /** From whole seconds as typed on a command line; null keeps the default. */
    public static AwsTimeouts ofSeconds(Integer connectSeconds, Integer readSeconds) {
        return new AwsTimeouts(connectSeconds == null ? DEFAULT_CONNECT : Duration.ofSeconds(connectSeconds),
                readSeconds == null ? DEFAULT_READ : Duration.ofSeconds(readSeconds));
    }

    /** One attempt may take a connect and a read. */
    Duration attempt() {
        return connect.plus(read);
    }

    /**
     * A whole call, retries included: two attempts' worth. Throttling retries back off within it;
     * a dead endpoint is given up on after this instead of after every retry has timed out.
     */
    Duration call() {
        return attempt().multipliedBy(2);
    }
}
