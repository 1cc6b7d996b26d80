package dev.gluefailover.aws;

/**
 * A load that cannot go on, with one sentence a user can act on ({@link #getMessage()}).
 * Partial failures (one describe denied, a deleted subnet) are not exceptions: they become
 * {@link dev.gluefailover.model.LoadProblem}s in the snapshot.
 */
public class AwsLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the load stopped; the CLI maps {@link #isUserSetupProblem()} reasons to exit code 2. */
    public enum Reason {
        /** No credentials anywhere in the chain, or an expired SSO session. */
        NO_CREDENTIALS,
        /** No region from --region, AWS_REGION, AWS_DEFAULT_REGION or the profile. */
        NO_REGION,
        /** A malformed option, e.g. an endpoint URL without a host. */
        BAD_SETTINGS,
        /** The endpoint could not be reached (DNS, refused, timeout). */
        NETWORK,
        /** A call the load cannot do without was denied (e.g. glue:GetJob). */
        ACCESS_DENIED,
        /** The job asked for does not exist in that region. */
        JOB_NOT_FOUND,
        /** The read-only guard refused an operation: a programming error, never expected. */
        WRITE_REFUSED,
        /** Anything else AWS answered with. */
        AWS_ERROR
    }

    private final Reason reason;

    public AwsLoadException(Reason reason, String message) {
        this(reason, message, null);
    }

    public AwsLoadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when the user must fix credentials, region or options (exit code 2 in the CLI). */
    public boolean isUserSetupProblem() {
        return reason == Reason.NO_CREDENTIALS || reason == Reason.NO_REGION || reason == Reason.BAD_SETTINGS;
    }
}
