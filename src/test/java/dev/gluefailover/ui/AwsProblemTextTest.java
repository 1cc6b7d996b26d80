package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.aws.AwsLoadException;
import dev.gluefailover.aws.AwsLoadException.Reason;
import java.net.URI;
import dev.gluefailover.i18n.Messages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The window's wording of a failed Load from AWS, per {@link Reason}, for messages as the loader
 * writes them (for the command line, with the SDK's text in brackets).
 */
class AwsProblemTextTest {
    private static final List<String> PROFILES = List.of("dev", "default");
    private static final String NO_CREDENTIALS_HELP = "No AWS credentials found: set AWS_PROFILE or use --profile, run "
            + "`aws configure` or `aws sso login`, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";
    /** What the SDK's default chain says when no provider has credentials (abridged from a real run). */
    private static final String CHAIN = NO_CREDENTIALS_HELP + " (Unable to load credentials from any of the providers "
            + "in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), "
            + "EnvironmentVariableCredentialsProvider(), ProfileCredentialsProvider(profileName=default, "
            + "profileFile=ProfileFile(sections=[profiles], profiles=[]))]) : [SystemPropertyCredentialsProvider(): …)";

    private static AwsProblemText.Choice choice(String profile) {
        return new AwsProblemText.Choice(profile, "us-east-1", null, PROFILES);
    }

    private static AwsProblemText.Problem problem(Reason reason, String message, AwsProblemText.Choice choice) {
        return AwsProblemText.of(new AwsLoadException(reason, message), choice);
    }

    /** What the window shows (header and advice) speaks of its fields, never of CLI options or SDK classes. */
    private static void assertInTheWindowsWords(AwsProblemText.Problem p) {
        String shown = p.header() + "\n" + p.whatToDo();
        for (String cliOrSdk : List.of("use --profile", "--region", "--endpoint-url", "`jobs`",
                "AwsCredentialsProviderChain", "ProfileFile(", "Provider(")) {
            assertFalse(shown.contains(cliOrSdk), "'" + cliOrSdk + "' in: " + shown);
        }
    }

    @Test
    void anUnknownProfileIsNamedWithTheProfilesThereAre() {
        String raw = NO_CREDENTIALS_HELP + " (Profile file contained no credentials for profile 'nosuch': "
                + "ProfileFile(sections=[profiles], profiles=[Profile(name=default, properties=[region])]))";
        AwsProblemText.Problem p = problem(Reason.NO_CREDENTIALS, raw, choice("nosuch"));
        assertEquals("The profile 'nosuch' does not exist.", p.header());
        assertTrue(p.whatToDo().startsWith("Profiles in ~/.aws: default, dev."), p.whatToDo());
        assertFalse(p.whatToDo().contains("--profile"), p.whatToDo());
        assertEquals(raw, p.details(), "the raw message goes to Details");
        assertInTheWindowsWords(p);

        // The SDK does not get as far as credentials without a region: the same cause, the same words.
        AwsProblemText.Problem noRegion = problem(Reason.NO_REGION, "No AWS region: use --region, set AWS_REGION, "
                + "or set `region` in profile 'nosuch' (aws configure).", choice("nosuch"));
        assertEquals("The profile 'nosuch' does not exist.", noRegion.header());
        assertInTheWindowsWords(noRegion);

        AwsProblemText.Problem none = AwsProblemText.of(new AwsLoadException(Reason.NO_CREDENTIALS, raw),
                new AwsProblemText.Choice("nosuch", "us-east-1", null, List.of()));
        assertTrue(none.whatToDo().startsWith("There are no profiles in ~/.aws/config or ~/.aws/credentials."),
                none.whatToDo());
    }

    @Test
    void noCredentialsForAKnownProfileSaysHowToSignIn() {
        String raw = NO_CREDENTIALS_HELP + " (Profile file contained no credentials for profile 'dev': ProfileFile(…))";
        AwsProblemText.Problem p = problem(Reason.NO_CREDENTIALS, raw, choice("dev"));
        assertEquals("No credentials for profile 'dev'.", p.header());
        assertTrue(p.whatToDo().contains("`aws sso login --profile dev`"), p.whatToDo());
        assertTrue(p.whatToDo().contains("choose another profile"), p.whatToDo());
        assertInTheWindowsWords(p);
        assertEquals(raw, p.details());
    }

    @Test
    void noCredentialsInTheDefaultChainHidesTheChain() {
        AwsLoadException e = new AwsLoadException(Reason.NO_CREDENTIALS, CHAIN,
                SdkClientException.create("Unable to load credentials from any of the providers in the chain "
                        + "AwsCredentialsProviderChain(credentialsProviders=[…])"));
        AwsProblemText.Problem p = AwsProblemText.of(e, choice(null));
        assertEquals("No AWS credentials were found.", p.header());
        assertTrue(p.whatToDo().startsWith("Profiles in ~/.aws: default, dev. Choose one in the Profile field"),
                p.whatToDo());
        assertInTheWindowsWords(p);
        assertTrue(p.details().startsWith(CHAIN), p.details());
        assertTrue(p.details().contains("Caused by software.amazon.awssdk.core.exception.SdkClientException"),
                p.details());
    }

    @Test
    void rejectedCredentialsNameTheCodeAndTheProfile() {
        AwsServiceException expired = AwsServiceException.builder().message("The security token expired")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ExpiredTokenException")
                        .errorMessage("The security token included in the request is expired").build())
                .build();
        AwsLoadException e = new AwsLoadException(Reason.NO_CREDENTIALS, "AWS rejected the credentials "
                + "(ExpiredTokenException): refresh them, e.g. `aws sso login`, or choose another profile with "
                + "--profile. AWS said: The security token included in the request is expired", expired);
        AwsProblemText.Problem p = AwsProblemText.of(e, choice("dev"));
        assertEquals("AWS did not accept the credentials of profile 'dev' (ExpiredTokenException).", p.header());
        assertTrue(p.whatToDo().contains("`aws sso login --profile dev`"), p.whatToDo());
        assertInTheWindowsWords(p);
    }

    @Test
    void anExpiredSsoSessionSaysToSignInAgain() {
        AwsProblemText.Problem p = problem(Reason.NO_CREDENTIALS, NO_CREDENTIALS_HELP + " (The SSO session associated "
                + "with this profile has expired or is otherwise invalid.)", choice("dev"));
        assertEquals("The SSO session of profile 'dev' has expired.", p.header());
        assertTrue(p.whatToDo().startsWith("Run `aws sso login --profile dev`"), p.whatToDo());
        assertInTheWindowsWords(p);
    }

    @Test
    void noRegionPointsAtTheRegionField() {
        AwsProblemText.Problem p = problem(Reason.NO_REGION, "No AWS region: use --region, set AWS_REGION, or set "
                + "`region` in profile 'dev' (aws configure).", new AwsProblemText.Choice("dev", null, null, PROFILES));
        assertEquals("No region is set for profile 'dev'.", p.header());
        assertTrue(p.whatToDo().startsWith("Type a region in the Region field"), p.whatToDo());
        assertInTheWindowsWords(p);
    }

    @Test
    void accessDeniedNamesTheCallAndTheRightsToAskFor() {
        String raw = "Access denied for glue:GetJob (AccessDeniedException): grant glue:GetJob to these credentials. "
                + "AWS said: User: arn:aws:iam::123456789012:user/test is not authorized to perform: glue:GetJob";
        AwsProblemText.Problem p = problem(Reason.ACCESS_DENIED, raw, choice("dev"));
        assertEquals("Access denied for glue:GetJob (AccessDeniedException).", p.header());
        assertTrue(p.whatToDo().contains("profile 'dev'") && p.whatToDo().contains("ec2:Describe*"), p.whatToDo());
        assertInTheWindowsWords(p);
        assertEquals(raw, p.details(), "AWS's own words (the user ARN) stay in Details");
    }

    @Test
    void aNetworkFailureNamesTheEndpoint() {
        String raw = "Could not reach Glue at http://127.0.0.1:4566 (region us-east-1): ConnectException: "
                + "Connection refused";
        AwsProblemText.Problem typed = AwsProblemText.of(new AwsLoadException(Reason.NETWORK, raw),
                new AwsProblemText.Choice("dev", "us-east-1", URI.create("http://127.0.0.1:4566"), PROFILES));
        assertEquals("Could not reach Glue at http://127.0.0.1:4566 (region us-east-1).", typed.header());
        assertTrue(typed.whatToDo().contains("runs at http://127.0.0.1:4566 (the Endpoint URL field)"),
                typed.whatToDo());
        assertInTheWindowsWords(typed);

        AwsProblemText.Problem aws = problem(Reason.NETWORK, "No answer from Glue at https://glue.eu-west-1.amazonaws.com"
                + " (region eu-west-1) in time: check that the endpoint URL is right", choice("dev"));
        assertEquals("No answer from Glue at https://glue.eu-west-1.amazonaws.com (region eu-west-1) in time.",
                aws.header());
        assertTrue(aws.whatToDo().startsWith("Check your network connection, VPN or proxy: "
                + "https://glue.eu-west-1.amazonaws.com must be reachable"), aws.whatToDo());
        assertInTheWindowsWords(aws);
    }

    @Test
    void aBadEndpointUrlKeepsTheSentenceThatShowsAGoodOne() {
        AwsProblemText.Problem p = problem(Reason.BAD_SETTINGS,
                "The endpoint URL 'localhost:4566' needs a scheme and a host, e.g. http://localhost:4566", choice("dev"));
        assertEquals("The endpoint URL 'localhost:4566' needs a scheme and a host, e.g. http://localhost:4566.",
                p.header());
        assertTrue(p.whatToDo().contains("Endpoint URL"), p.whatToDo());
        assertInTheWindowsWords(p);
    }

    @Test
    void aMissingJobPointsAtListJobs() {
        AwsProblemText.Problem p = problem(Reason.JOB_NOT_FOUND, "No Glue job named 'orders' in region us-east-1: "
                + "check the name (`jobs` lists them) and the region.", choice("dev"));
        assertEquals("There is no Glue job named 'orders' in us-east-1.", p.header());
        assertTrue(p.whatToDo().startsWith("List jobs shows the jobs of the region"), p.whatToDo());
        assertInTheWindowsWords(p);
    }

    @Test
    void otherAwsErrorsAndBugsSayWhatHappened() {
        AwsProblemText.Problem throttled = problem(Reason.AWS_ERROR, "glue:GetJobs failed (ThrottlingException): "
                + "Rate exceeded", choice("dev"));
        assertEquals("AWS answered glue:GetJobs with an error (ThrottlingException).", throttled.header());
        assertTrue(throttled.whatToDo().endsWith("AWS said: Rate exceeded"), throttled.whatToDo());
        assertInTheWindowsWords(throttled);

        AwsProblemText.Problem refused = problem(Reason.WRITE_REFUSED, "ReadOnlyGuard refused DeleteConnection",
                choice("dev"));
        assertTrue(refused.whatToDo().contains("Nothing was changed in AWS"), refused.whatToDo());

        AwsProblemText.Problem unexpected = AwsProblemText.of(new IllegalStateException("boom"), choice("dev"));
        assertEquals("The load stopped on an unexpected error.", unexpected.header());
        assertEquals("java.lang.IllegalStateException: boom", unexpected.details());
    }

    // --- the same problems in Japanese -------------------------------------------------------------

    /** The English-only words of the dialogs' bundle: none may be left in a Japanese problem text. */
    private static final Set<String> ENGLISH = EnglishLeftovers.wordsOf("dialogs");

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage("en");
    }

    /** Header and advice are Japanese, with no English of the bundle left, and still in the window's words. */
    private static void assertJapanese(AwsProblemText.Problem p) {
        assertInTheWindowsWords(p);
        for (String shown : List.of(p.header(), p.whatToDo())) {
            assertTrue(EnglishLeftovers.isJapanese(shown), "not Japanese: " + shown);
            assertEquals(Set.of(), EnglishLeftovers.in(shown, ENGLISH), "English left in: " + shown);
        }
    }

    @Test
    void inJapaneseAnUnknownProfileIsNamedWithTheProfilesThereAre() {
        Messages.setLanguage("ja");
        String raw = NO_CREDENTIALS_HELP + " (Profile file contained no credentials for profile 'nosuch': ProfileFile(…))";
        AwsProblemText.Problem p = problem(Reason.NO_CREDENTIALS, raw, choice("nosuch"));
        assertEquals("プロファイル 'nosuch' は存在しません。", p.header());
        assertTrue(p.whatToDo().startsWith("~/.aws のプロファイル: default, dev。"), p.whatToDo());
        assertTrue(p.whatToDo().contains("`aws configure sso`"), p.whatToDo());
        assertEquals(raw, p.details(), "the raw message stays as AWS and the loader wrote it");
        assertJapanese(p);

        AwsProblemText.Problem none = AwsProblemText.of(new AwsLoadException(Reason.NO_CREDENTIALS, raw),
                new AwsProblemText.Choice("nosuch", "us-east-1", null, List.of()));
        assertTrue(none.whatToDo().startsWith("~/.aws/config にも ~/.aws/credentials にもプロファイルがありません。"),
                none.whatToDo());
        assertJapanese(none);
    }

    @Test
    void inJapaneseEveryReasonSpeaksJapanese() {
        Messages.setLanguage("ja");
        AwsProblemText.Problem noCredentials = AwsProblemText.of(new AwsLoadException(Reason.NO_CREDENTIALS, CHAIN),
                choice(null));
        assertEquals("AWS の認証情報が見つかりません。", noCredentials.header());
        assertJapanese(noCredentials);

        AwsProblemText.Problem known = problem(Reason.NO_CREDENTIALS, NO_CREDENTIALS_HELP + " (no credentials)",
                choice("dev"));
        assertEquals("プロファイル 'dev' に認証情報がありません。", known.header());
        assertTrue(known.whatToDo().contains("`aws sso login --profile dev`"), known.whatToDo());
        assertJapanese(known);

        AwsProblemText.Problem sso = problem(Reason.NO_CREDENTIALS, NO_CREDENTIALS_HELP + " (The SSO session "
                + "associated with this profile has expired or is otherwise invalid.)", choice("dev"));
        assertEquals("プロファイル 'dev' の SSO セッションの有効期限が切れています。", sso.header());
        assertJapanese(sso);

        AwsProblemText.Problem noRegion = problem(Reason.NO_REGION, "No AWS region: use --region.",
                new AwsProblemText.Choice("dev", null, null, PROFILES));
        assertEquals("プロファイル 'dev' にリージョンが設定されていません。", noRegion.header());
        assertTrue(noRegion.whatToDo().startsWith("リージョン欄"), noRegion.whatToDo());
        assertJapanese(noRegion);

        AwsProblemText.Problem denied = problem(Reason.ACCESS_DENIED, "Access denied for glue:GetJob "
                + "(AccessDeniedException): grant glue:GetJob to these credentials.", choice("dev"));
        assertEquals("glue:GetJob へのアクセスが拒否されました（AccessDeniedException）。", denied.header());
        assertTrue(denied.whatToDo().contains("プロファイル 'dev'") && denied.whatToDo().contains("ec2:Describe*"),
                denied.whatToDo());
        assertJapanese(denied);

        AwsProblemText.Problem network = AwsProblemText.of(new AwsLoadException(Reason.NETWORK, "Could not reach Glue "
                + "at http://127.0.0.1:4566 (region us-east-1): ConnectException: Connection refused"),
                new AwsProblemText.Choice("dev", "us-east-1", URI.create("http://127.0.0.1:4566"), PROFILES));
        assertEquals("http://127.0.0.1:4566 の Glue（リージョン us-east-1） に接続できませんでした。", network.header());
        assertTrue(network.whatToDo().contains("エンドポイント URL 欄"), network.whatToDo());
        assertJapanese(network);

        AwsProblemText.Problem endpoint = problem(Reason.BAD_SETTINGS,
                "The endpoint URL 'localhost:4566' needs a scheme and a host, e.g. http://localhost:4566", choice("dev"));
        assertEquals("エンドポイント URL 'localhost:4566' にはスキームとホストが必要です（例: http://localhost:4566）。",
                endpoint.header());
        assertJapanese(endpoint);

        AwsProblemText.Problem noJob = problem(Reason.JOB_NOT_FOUND, "No Glue job named 'orders' in region us-east-1: "
                + "check the name (`jobs` lists them) and the region.", choice("dev"));
        assertEquals("us-east-1 に Glue ジョブ 'orders' はありません。", noJob.header());
        assertJapanese(noJob);

        AwsProblemText.Problem throttled = problem(Reason.AWS_ERROR, "glue:GetJobs failed (ThrottlingException): "
                + "Rate exceeded", choice("dev"));
        assertEquals("AWS が glue:GetJobs にエラーを返しました（ThrottlingException）。", throttled.header());
        assertTrue(throttled.whatToDo().endsWith("AWS の応答: Rate exceeded"), throttled.whatToDo());
        assertJapanese(new AwsProblemText.Problem(throttled.header(),
                throttled.whatToDo().replace("Rate exceeded", ""), "")); // AWS's own words are AWS's

        AwsProblemText.Problem refused = problem(Reason.WRITE_REFUSED, "ReadOnlyGuard refused DeleteConnection",
                choice("dev"));
        assertJapanese(refused);
        assertJapanese(AwsProblemText.of(new IllegalStateException("boom"), choice("dev")));
    }

    @Test
    void theEndpointSentenceUnderTheFieldFollowsTheLanguage() {
        String raw = "The endpoint URL 'ftp://x' must start with http:// or https://, e.g. http://localhost:4566";
        assertEquals(raw, AwsProblemText.endpointProblem(raw), "English: the CLI's own sentence");
        Messages.setLanguage("ja");
        assertEquals("エンドポイント URL 'ftp://x' は http:// か https:// で始めてください（例: http://localhost:4566）",
                AwsProblemText.endpointProblem(raw));
        assertEquals("something new", AwsProblemText.endpointProblem("something new"), "an unknown sentence stays");
    }
}
