package dev.gluefailover.ui;

import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.AwsLoadException;
import dev.gluefailover.i18n.Messages;
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
    /** The sentences of {@link AwsConnectionOptions#endpoint}, recognised to say them in the window's language. */
    private static final Pattern ENDPOINT_INVALID = Pattern.compile(
            "The endpoint URL '(.*)' is not a valid URL \\((.*)\\); write it like http://localhost:4566", Pattern.DOTALL);
    private static final Pattern ENDPOINT_NO_HOST = Pattern.compile(
            "The endpoint URL '(.*)' needs a scheme and a host, e\\.g\\. http://localhost:4566");
    private static final Pattern ENDPOINT_NOT_HTTP = Pattern.compile(
            "The endpoint URL '(.*)' must start with http:// or https://, e\\.g\\. http://localhost:4566");
    private static final Messages T = Messages.of("dialogs");

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
            return new Problem(T.get("problem.unexpected.header"), T.get("problem.unexpected.todo"), details);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean unknownProfile = choice.profile() != null && !choice.knownProfiles().contains(choice.profile());
        if (unknownProfile && (e.reason() == AwsLoadException.Reason.NO_CREDENTIALS
                || e.reason() == AwsLoadException.Reason.NO_REGION)) {
            return new Problem(T.get("problem.unknownProfile.header", choice.profile()),
                    T.get("problem.unknownProfile.todo", knownProfilesSentence(choice), choice.profile()), details);
        }
        return switch (e.reason()) {
            case NO_CREDENTIALS -> credentials(e, message, choice, details);
            case NO_REGION -> choice.profile() == null
                    ? new Problem(T.get("problem.noRegion.header"), T.get("problem.noRegion.todo"), details)
                    : new Problem(T.get("problem.noRegion.headerProfile", choice.profile()),
                            T.get("problem.noRegion.todoProfile", choice.profile()), details);
            case BAD_SETTINGS -> new Problem(badSettings(message), T.get("problem.badSettings.todo"), details);
            case NETWORK -> network(message, choice, details);
            case ACCESS_DENIED -> denied(message, choice, details);
            case JOB_NOT_FOUND -> {
                Matcher m = NO_JOB.matcher(message);
                yield new Problem(m.find() ? T.get("problem.noJob.header", m.group(1), m.group(2))
                        : T.get("problem.noJob.headerUnknown"), T.get("problem.noJob.todo"), details);
            }
            case WRITE_REFUSED -> new Problem(T.get("problem.writeRefused.header"), T.get("problem.writeRefused.todo"),
                    details);
            case AWS_ERROR -> awsError(message, details);
        };
    }

    /**
     * What is wrong with a typed endpoint URL, in the current language: the loader's sentence
     * ({@link dev.gluefailover.aws.AwsConnectionOptions#endpoint}, written for both the CLI and the
     * dialog) recognised and said again; a sentence it does not know stays as the loader wrote it.
     */
    static String endpointProblem(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = ENDPOINT_INVALID.matcher(message);
        if (m.matches()) {
            return T.get("endpoint.invalid", m.group(1), m.group(2));
        }
        m = ENDPOINT_NO_HOST.matcher(message);
        if (m.matches()) {
            return T.get("endpoint.noHost", m.group(1));
        }
        m = ENDPOINT_NOT_HTTP.matcher(message);
        if (m.matches()) {
            return T.get("endpoint.notHttp", m.group(1));
        }
        return message;
    }

    /** The header of a BAD_SETTINGS failure: an endpoint sentence in the window's language, else the loader's. */
    private static String badSettings(String message) {
        String line = firstLine(message);
        String endpoint = endpointProblem(line);
        return endpoint.equals(line) ? T.get("problem.badSettings.header", sentence(line)) : sentence(endpoint);
    }

    private static Problem credentials(AwsLoadException e, String message, Choice choice, String details) {
        String profile = choice.profile();
        Optional<String> rejected = rejectedCode(e, message);
        if (rejected.isPresent()) {
            return profile == null
                    ? new Problem(T.get("problem.rejected.header", rejected.get()), T.get("problem.rejected.todo"),
                            details)
                    : new Problem(T.get("problem.rejected.headerProfile", profile, rejected.get()),
                            T.get("problem.rejected.todoProfile", profile), details);
        }
        if (profile == null) {
            return new Problem(T.get("problem.noCredentials.header"),
                    T.get("problem.noCredentials.todo", knownProfilesSentence(choice)), details);
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("sso") && (lower.contains("expired") || lower.contains("session"))) {
            return new Problem(T.get("problem.ssoExpired.header", profile), T.get("problem.ssoExpired.todo", profile),
                    details);
        }
        return new Problem(T.get("problem.noProfileCredentials.header", profile),
                T.get("problem.noProfileCredentials.todo", profile), details);
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
        String where = service == null ? "AWS" : service;
        if (endpoint != null) {
            where = T.get("problem.where.at", where, endpoint);
        }
        if (region != null) {
            where = T.get("problem.where.region", where, region);
        }
        boolean noAnswer = service != null && m.group(1).startsWith("No answer");
        String header = T.get(noAnswer ? "problem.noAnswer.header" : "problem.unreachable.header", where);
        String todo = choice.endpoint() != null ? T.get("problem.network.todoEndpoint", choice.endpoint().toString())
                : endpoint == null ? T.get("problem.network.todo") : T.get("problem.network.todoAt", endpoint);
        return new Problem(header, todo, details);
    }

    private static Problem denied(String message, Choice choice, String details) {
        Matcher m = DENIED.matcher(message);
        String header = m.find() ? T.get("problem.denied.header", m.group(1), m.group(2))
                : T.get("problem.denied.headerUnknown");
        String who = choice.profile() == null ? T.get("problem.denied.whoCredentials")
                : T.get("problem.denied.whoProfile", choice.profile());
        return new Problem(header, T.get("problem.denied.todo", who, T.get("problem.rights")), details);
    }

    private static Problem awsError(String message, String details) {
        Matcher m = FAILED_CALL.matcher(message);
        if (m.find()) {
            String said = m.group(2) == null ? "" : T.get("problem.awsError.said", firstLine(m.group(3)));
            return new Problem(m.group(2) == null ? T.get("problem.awsError.header", m.group(1))
                    : T.get("problem.awsError.headerCode", m.group(1), m.group(2)),
                    T.get("problem.awsError.todo") + said, details);
        }
        return new Problem(T.get("problem.awsError.headerPlain"), T.get("problem.awsError.todoDetails"), details);
    }

    private static String knownProfilesSentence(Choice choice) {
        return choice.knownProfiles().isEmpty() ? T.get("problem.noProfiles")
                : T.get("problem.profiles", String.join(", ", choice.knownProfiles()));
    }

    /** A line as a sentence: its own full stop, or the language's. */
    private static String sentence(String line) {
        return line.endsWith(".") || line.endsWith("。") ? line : T.get("problem.sentence", line);
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse(s).strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The raw message and its causes, as the SDK and the loader wrote them: for the Details expander. */
    static String details(Throwable failure) {
        StringBuilder b = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable c = failure.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            b.append("\n\n").append(T.get("problem.causedBy", c.getClass().getName(), String.valueOf(c.getMessage())));
        }
        if (!(failure instanceof AwsLoadException)) {
            b.insert(0, failure.getClass().getName() + ": ");
        }
        return b.toString();
    }
}
