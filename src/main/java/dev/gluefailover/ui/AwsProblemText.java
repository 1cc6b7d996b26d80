package dev.gluefailover.ui;

import dev.gluefailover.aws.AwsLoadException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What a failed Load from AWS says in the window. {@link AwsLoadException}'s message is written for
 * the command line ("use --profile", "`jobs` lists them") and may carry the SDK's own text (a
 * credentials provider chain, a profile file dump); the window speaks of its own fields (Profile,
 * Region, Endpoint URL, List jobs) and keeps the raw message for the Details expander. Pure: the
 * dialog passes what the user chose and the profiles it lists.
 */
final class AwsProblemText {
    /** Error codes AWS uses for credentials it does not accept (as the loader's classification). */
    private static final Set<String> REJECTED = Set.of("ExpiredToken", "ExpiredTokenException",
            "InvalidClientTokenId", "UnrecognizedClientException", "AuthFailure", "SignatureDoesNotMatch",
            "InvalidAccessKeyId");
    private static final Pattern NETWORK = Pattern.compile(
            "^(Could not reach|No answer from) (\\S+) at (\\S+) \\(region ([^)]+)\\)");
    private static final Pattern DENIED = Pattern.compile("^Access denied for (\\S+) \\(([^)]+)\\)");
    private static final Pattern REJECTED_CODE = Pattern.compile("^AWS rejected the credentials \\(([^)]+)\\)");
    private static final Pattern NO_JOB = Pattern.compile("^No Glue job named '(.*)' in region (\\S+?):");
    private static final Pattern FAILED_CALL = Pattern.compile("^(\\S+:\\S+) failed(?: \\(([^)]+)\\))?: (.*)$",
            Pattern.DOTALL);
    private static final String RIGHTS = "glue:GetJob, glue:GetJobs, glue:GetConnection(s) and ec2:Describe*";

    /** What the user chose in the dialog: profile as typed (null: the default credential chain), region, endpoint. */
    record Choice(String profile, String region, URI endpoint, Collection<String> knownProfiles) {
        Choice {
            profile = profile == null || profile.isBlank() ? null : profile.strip();
            region = region == null || region.isBlank() ? null : region.strip();
            knownProfiles = List.copyOf(new TreeSet<>(knownProfiles));
        }
    }

    /**
     * The dialog's text: a header (what is wrong), what to do, and the raw message for Details.
     * Header and advice never name command-line options or SDK classes.
     */
    record Problem(String header, String whatToDo, String details) {
    }

    private AwsProblemText() {
    }

    static Problem of(Throwable failure, Choice choice) {
        String details = details(failure);
        if (!(failure instanceof AwsLoadException e)) {
            return new Problem("The load stopped on an unexpected error.",
                    "Nothing was changed. Try again; if it happens again, save what you see and report it with the "
                            + "details below.", details);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean unknownProfile = choice.profile() != null && !choice.knownProfiles().contains(choice.profile());
        if (unknownProfile && (e.reason() == AwsLoadException.Reason.NO_CREDENTIALS
                || e.reason() == AwsLoadException.Reason.NO_REGION)) {
            return new Problem("The profile '" + choice.profile() + "' does not exist.",
                    knownProfilesSentence(choice) + " Choose one in the Profile field, or set up '" + choice.profile()
                            + "' with the AWS CLI (`aws configure` or `aws configure sso`) first.", details);
        }
        return switch (e.reason()) {
            case NO_CREDENTIALS -> credentials(e, message, choice, details);
            case NO_REGION -> new Problem(choice.profile() == null ? "No region is set."
                    : "No region is set for profile '" + choice.profile() + "'.",
                    "Type a region in the Region field, e.g. us-east-1"
                            + (choice.profile() == null ? "." : ", or set `region` for '" + choice.profile()
                                    + "' in ~/.aws/config."), details);
            case BAD_SETTINGS -> new Problem(firstSentence(message),
                    "Correct the Endpoint URL or the setting named above and try again.", details);
            case NETWORK -> network(message, choice, details);
            case ACCESS_DENIED -> denied(message, choice, details);
            case JOB_NOT_FOUND -> {
                Matcher m = NO_JOB.matcher(message);
                yield new Problem(m.find() ? "There is no Glue job named '" + m.group(1) + "' in " + m.group(2) + "."
                        : "The Glue job does not exist in that region.",
                        "List jobs shows the jobs of the region; check the Region field and pick the job from the "
                                + "list.", details);
            }
            case WRITE_REFUSED -> new Problem("A call that would change AWS was stopped before it was sent.",
                    "Nothing was changed in AWS: the explorer only reads. This is a bug in Glue Failover Explorer; "
                            + "please report it with the details below.", details);
            case AWS_ERROR -> awsError(message, details);
        };
    }

    private static Problem credentials(AwsLoadException e, String message, Choice choice, String details) {
        String who = choice.profile() == null ? "" : " of profile '" + choice.profile() + "'";
        Optional<String> rejected = rejectedCode(e, message);
        if (rejected.isPresent()) {
            return new Problem("AWS did not accept the credentials" + who + " (" + rejected.get() + ").",
                    "They may have expired. " + signIn(choice) + ", then try again; or choose another profile.",
                    details);
        }
        if (choice.profile() == null) {
            return new Problem("No AWS credentials were found.",
                    knownProfilesSentence(choice) + " Choose one in the Profile field, or sign in: run "
                            + "`aws sso login` (SSO) or `aws configure` (access keys), or start the explorer with "
                            + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY set.", details);
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("session"))) {
            return new Problem("The SSO session" + who + " has expired.",
                    signIn(choice) + ", then try again; or choose another profile.", details);
        }
        return new Problem("No credentials for profile '" + choice.profile() + "'.",
                signIn(choice) + " (SSO) or give it access keys with `aws configure`, or choose another profile.",
                details);
    }

    private static String signIn(Choice choice) {
        return choice.profile() == null ? "Run `aws sso login`" : "Run `aws sso login --profile " + choice.profile() + "`";
    }

    private static Optional<String> rejectedCode(Throwable e, String message) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof AwsServiceException s && s.awsErrorDetails() != null
                    && REJECTED.contains(s.awsErrorDetails().errorCode())) {
                return Optional.of(s.awsErrorDetails().errorCode());
            }
        }
        Matcher m = REJECTED_CODE.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Problem network(String message, Choice choice, String details) {
        Matcher m = NETWORK.matcher(message);
        String service = m.find() ? m.group(2) : null;
        String endpoint = service != null ? m.group(3) : choice.endpoint() == null ? null : choice.endpoint().toString();
        String region = service != null ? m.group(4) : choice.region();
        String where = (service == null ? "AWS" : service) + (endpoint == null ? "" : " at " + endpoint)
                + (region == null ? "" : " (region " + region + ")");
        boolean noAnswer = service != null && m.group(1).startsWith("No answer");
        String header = noAnswer ? "No answer from " + where + " in time." : "Could not reach " + where + ".";
        String todo = choice.endpoint() != null
                ? "Check that the emulator or service runs at " + choice.endpoint()
                        + " (the Endpoint URL field), or clear the field to reach AWS itself."
                : "Check your network connection, VPN or proxy" + (endpoint == null ? "" : ": " + endpoint
                        + " must be reachable from this computer") + ". An endpoint_url in ~/.aws/config or an "
                        + "AWS_ENDPOINT_URL variable can also send the calls elsewhere.";
        return new Problem(header, todo, details);
    }

    private static Problem denied(String message, Choice choice, String details) {
        Matcher m = DENIED.matcher(message);
        String header = m.find() ? "Access denied for " + m.group(1) + " (" + m.group(2) + ")."
                : "AWS denied a call the load needs.";
        String who = choice.profile() == null ? "these credentials" : "profile '" + choice.profile() + "'";
        return new Problem(header, "Ask your AWS administrator to allow " + who + " the read-only calls " + RIGHTS
                + " (docs/aws-loading.md has the policy), or choose a profile that has them.", details);
    }

    private static Problem awsError(String message, String details) {
        Matcher m = FAILED_CALL.matcher(message);
        if (m.find()) {
            String said = m.group(2) == null ? "" : " AWS said: " + firstLine(m.group(3));
            return new Problem("AWS answered " + m.group(1) + " with an error"
                    + (m.group(2) == null ? "." : " (" + m.group(2) + ")."),
                    "Try again in a moment; if it persists, check the AWS Health Dashboard." + said, details);
        }
        return new Problem("AWS answered with an error.",
                "Try again in a moment; if it persists, check the AWS Health Dashboard. The details hold AWS's answer.",
                details);
    }

    private static String knownProfilesSentence(Choice choice) {
        return choice.knownProfiles().isEmpty() ? "There are no profiles in ~/.aws/config or ~/.aws/credentials."
                : "Profiles in ~/.aws: " + String.join(", ", choice.knownProfiles()) + ".";
    }

    /** The message's first line as a sentence (the loader's BAD_SETTINGS messages are one sentence in the user's words). */
    private static String firstSentence(String message) {
        String line = firstLine(message);
        return line.endsWith(".") ? line : line + ".";
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse(s).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The raw message and its causes, as the SDK and the loader wrote them: for the Details expander. */
    static String details(Throwable failure) {
        StringBuilder b = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable c = failure.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            b.append("\n\nCaused by ").append(c.getClass().getName()).append(": ").append(c.getMessage());
        }
        if (!(failure instanceof AwsLoadException)) {
            b.insert(0, failure.getClass().getName() + ": ");
        }
        return b.toString();
    }
}
