package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.FakeAws;
import dev.gluefailover.aws.JobSummary;
import dev.gluefailover.engine.ConnectionEvaluation;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.snapshot.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * File ▸ Load from AWS driven as a user would (headless, Monocle), against {@link FakeAws} on
 * 127.0.0.1 instead of AWS. The window gets an {@link AwsClientFactory} that builds real SDK
 * clients with fixed keys, a fixed region and no profile file, pointed at the endpoint the user
 * types into the dialog: nothing reads ~/.aws or the environment's credentials, nothing leaves
 * the machine.
 */
class AwsLoadDialogTest extends ApplicationTest {
    private static final String JOB = "orders-nightly-etl";
    /** Every wait is on state; this only bounds how long a broken feature takes to fail. */
    private static final long TIMEOUT_SECONDS = UiWait.SECONDS;

    /** three-az plus two more jobs on the same connections, so the search has something to filter. */
    private static final Snapshot SERVED = withExtraJobs(Samples.get("three-az"), "inventory-hourly-sync",
            "orders-weekly-report");

    /** The ~/.aws the dialog lists: two profiles, neither with credentials. */
    private static final java.util.function.Supplier<ProfileFile> PROFILES = () -> ProfileFile.builder()
            .content(new java.io.ByteArrayInputStream(("[default]\nregion = us-east-1\n[profile dev]\nregion = "
                    + "eu-west-1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .type(ProfileFile.Type.CONFIGURATION).build();

    private final FakeAws fake = FakeAws.serve(SERVED);
    /** The clients take their credentials from the chosen profile instead of fixed keys. */
    private volatile boolean credentialsFromProfiles;
    /** Every set of options the dialog asked clients for. */
    private final Queue<AwsConnectionOptions> asked = new ConcurrentLinkedQueue<>();
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("seed-article");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact, new AwsClientFactory() {
            @Override
            public AwsClients open(AwsConnectionOptions options) {
                return fakeClients(options);
            }

            @Override
            public Map<String, Profile> profiles() {
                return PROFILES.get().profiles();
            }
        }));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    /**
     * As the aws tests build clients: static keys, a fixed region, quick retries, no profile file or
     * env. With {@link #credentialsFromProfiles} the credentials come from {@link #PROFILES} as the
     * app's would (none there has keys), or, with no profile chosen, from a chain that finds none.
     */
    private AwsClients fakeClients(AwsConnectionOptions options) {
        asked.add(options);
        // Only the endpoint typed into the dialog leads to the fake; without it this would be real AWS.
        Objects.requireNonNull(options.endpointUrl(), "the dialog passes the endpoint URL typed in");
        if (credentialsFromProfiles) {
            AwsClients.Builder b = AwsClients.builder()
                    .options(new AwsConnectionOptions(options.profile(), SERVED.region().name(), options.endpointUrl()))
                    .retryStrategy(FakeAws.quickRetries())
                    .profileFile(PROFILES)
                    .environment(Map.of());
            if (options.profile() == null) {
                // The SDK's default chain, without the environment and instance-metadata steps a test must not take.
                b.credentials(AwsCredentialsProviderChain.of(
                        ProfileCredentialsProvider.builder().profileFile(PROFILES).profileName("default").build(),
                        SystemPropertyCredentialsProvider.create()));
            }
            return b.build();
        }
        return AwsClients.builder()
                .options(new AwsConnectionOptions(null, SERVED.region().name(), options.endpointUrl()))
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .retryStrategy(FakeAws.quickRetries())
                .profileFile(FakeAws::emptyProfileFile)
                .environment(Map.of())
                .build();
    }

    @AfterEach
    void closeDialogsAndTheFake() throws TimeoutException {
        // A failed test must not leave a modal dialog (and its nested event loop) to the next one.
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        fake.close();
    }

    private static Snapshot withExtraJobs(Snapshot s, String... names) {
        List<GlueJob> jobs = new ArrayList<>(s.jobs());
        GlueJob template = s.jobs().get(0);
        for (String name : names) {
            jobs.add(new GlueJob(name, template.connectionNames(), template.workerType(), template.numberOfWorkers(),
                    template.maxCapacity(), template.maxRetries(), template.glueVersion()));
        }
        return new Snapshot(s.schemaVersion(), s.capturedAt(), s.source(), s.region(), s.availabilityZones(),
                s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), jobs, s.connections(), s.problems());
    }

    // --- what the user sees ---------------------------------------------------------------------

    private static void await(String what, Callable<Boolean> condition) {
        UiWait.until(what, condition);
    }

    private boolean dialogShowing() {
        // The field leaves its scene while the dialog closes: no scene or window means not showing.
        return lookup("#awsEndpoint").tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private ListView<JobSummary> jobList() {
        return lookup("#awsJobList").queryAs(ListView.class);
    }

    private List<String> shownJobs() {
        return jobList().getItems().stream().map(JobSummary::name).toList();
    }

    private String step() {
        return lookup("#awsLoadStep").queryAs(Label.class).getText();
    }

    private String statusText() {
        return lookup("#statusBar").queryAs(StatusBar.class).getText();
    }

    /** The name in the connection list's row that shows the CHOSEN chip. */
    private String chosenRow() {
        List<String> names = new ArrayList<>();
        for (Node n : lookup(".connection-cell.row-chip-chosen").queryAll()) {
            @SuppressWarnings("unchecked")
            ListCell<ConnectionEvaluation> cell = (ListCell<ConnectionEvaluation>) n;
            if (cell.getItem() != null && !from(cell).lookup(".chip-chosen").queryAll().isEmpty()) {
                names.add(cell.getItem().name());
            }
        }
        assertTrue(names.size() <= 1, "at most one chosen row: " + names);
        return names.isEmpty() ? null : names.get(0);
    }

    private List<String> badge(int order) {
        return List.copyOf(lookup("#badge-" + order).query().getStyleClass());
    }

    private void assertPreviousViewStays() {
        assertEquals("sample: seed-article", vm.snapshotLabelProperty().get());
        assertEquals("nayuts-sample-connection", chosenRow());
        assertTrue(badge(2).contains("verdict-chosen"), badge(2).toString());
    }

    /** The text a user can see in a window: labels, texts and fields that are showing, not folded-away ones. */
    private static String visibleText(Node n) {
        if (!n.isVisible()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (n instanceof Labeled l && l.getText() != null) {
            b.append(l.getText()).append('\n');
        }
        if (n instanceof Text t && t.getText() != null) {
            b.append(t.getText()).append('\n');
        }
        if (n instanceof TextInputControl t && t.getText() != null) {
            b.append(t.getText()).append('\n');
        }
        if (n instanceof DialogPane d && d.getHeaderText() != null) {
            b.append(d.getHeaderText()).append('\n');
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(visibleText(c)));
        }
        return b.toString();
    }

    /** The error dialog over Load from AWS, once it shows. */
    private DialogPane errorPane() {
        await("the error dialog shows", () -> lookup("#awsWhatToDo").tryQuery().isPresent());
        return (DialogPane) lookup("#awsWhatToDo").query().getScene().getRoot();
    }

    private void chooseProfile(String name) {
        javafx.scene.control.ComboBox<?> box = lookup("#awsProfile").queryAs(javafx.scene.control.ComboBox.class);
        clickOn(box.getEditor());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (name.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(name);
        }
        await("the profile field reads '" + name + "'", () -> box.getEditor().getText().equals(name));
    }

    // --- steps ------------------------------------------------------------------------------------

    /** Ctrl+L, the fake's endpoint typed in, List jobs, until the jobs are listed. */
    private void openDialogAndListJobs() {
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the Load from AWS dialog opens", this::dialogShowing);
        clickOn("#awsEndpoint").write(fake.endpoint().toString());
        assertFalse(lookup("#awsEndpointError").query().isVisible(), "a good URL gives no message");
        clickOn("#awsListJobs");
        await("the jobs are listed", () -> jobList().getItems().size() == 3);
        assertEquals(List.of("inventory-hourly-sync", JOB, "orders-weekly-report"),
                shownJobs().stream().sorted().toList());
    }

    private void selectJob(String name) {
        clickOn(lookup("#awsJobList .list-cell")
                .match(n -> n instanceof ListCell<?> c && c.getItem() instanceof JobSummary j && j.name().equals(name))
                .queryAs(Node.class));
        await(name + " is selected", () -> jobList().getSelectionModel().getSelectedItems().size() == 1);
        assertEquals(List.of(name), jobList().getSelectionModel().getSelectedItems().stream()
                .map(JobSummary::name).toList());
    }

    // --- tests ----------------------------------------------------------------------------------

    @Test
    void listsSearchesAndLoadsAJobFromTheEndpointTypedIn() {
        assertPreviousViewStays();
        openDialogAndListJobs();

        clickOn("#awsJobSearch").write("nightly");
        await("the search leaves one job", () -> jobList().getItems().size() == 1);
        assertEquals(List.of(JOB), shownJobs());
        selectJob(JOB);
        clickOn("#awsLoad");
        await("the load finishes and the dialog closes", () -> !dialogShowing()
                && vm.snapshotLabelProperty().get().startsWith("AWS:"));

        assertEquals(fake.endpoint(), asked.peek().endpointUrl(), "the typed endpoint reaches the clients");
        assertTrue(asked.stream().allMatch(o -> fake.endpoint().equals(o.endpointUrl())), asked.toString());
        assertEquals(1, fake.calls("GetJob"), "only the selected job is read");
        assertEquals(JOB, vm.getSelectedJob().name());
        assertEquals("orders-db-1a", chosenRow());
        assertTrue(badge(1).contains("verdict-chosen"), badge(1).toString());
        assertTrue(statusText().startsWith("AWS: " + JOB + " in us-east-1 via " + fake.endpoint()), statusText());
    }

    @Test
    void deniedGetJobGivesAnErrorThatSaysWhatToDoAndKeepsTheView() {
        fake.deny("GetJob");
        openDialogAndListJobs();
        selectJob(JOB);
        clickOn("#awsLoad");
        await("the error dialog shows", () -> lookup("#awsWhatToDo").tryQuery().isPresent());

        Label todo = lookup("#awsWhatToDo").queryAs(Label.class);
        DialogPane pane = (DialogPane) todo.getScene().getRoot();
        assertTrue(pane.getHeaderText().contains("glue:GetJob"), pane.getHeaderText());
        assertTrue(pane.getHeaderText().contains("AccessDeniedException"), pane.getHeaderText());
        assertTrue(todo.getText().contains("glue:GetJob") && todo.getText().contains("ec2:Describe*"),
                "names the rights to ask for: " + todo.getText());
        assertPreviousViewStays();

        Window alert = pane.getScene().getWindow();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        await("the error dialog closes", () -> !alert.isShowing());
        assertFalse(alert.isShowing());
        assertTrue(dialogShowing(), "the Load from AWS dialog stays open to try again");
        assertTrue(step().startsWith("Failed: "), step());
        clickOn("#awsCancel");
        await("the dialog closes", () -> !dialogShowing());
        assertPreviousViewStays();
        assertEquals(0, fake.calls("DescribeSubnets"), "nothing is read after the failed GetJob");
    }

    @Test
    void cancelStopsASlowLoadAndKeepsTheView() {
        openDialogAndListJobs();
        selectJob(JOB);
        // Every call from now on takes far longer than any wait here: only Cancel can end the load.
        Duration slowCall = Duration.ofSeconds(TIMEOUT_SECONDS * 4);
        fake.delay(slowCall);
        clickOn("#awsLoad");
        await("GetJob reaches the fake", () -> fake.calls("GetJob") == 1);
        await("progress shows while loading", () -> lookup("#awsLoadProgress").query().isVisible());
        assertTrue(lookup("#awsLoadProgress").query().isVisible(), "progress shows while loading");

        long start = System.nanoTime();
        clickOn("#awsCancel");
        await("the load reports it was cancelled", () -> step().equals("Cancelled. Nothing was changed."));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Cancel, not the slow call ending, stopped the load (a wall-clock bound of a few seconds
        // failed on a busy 2-core machine; the call would have taken minutes).
        assertTrue(millis < slowCall.toMillis(), "cancelled after " + millis + " ms");
        assertTrue(dialogShowing(), "the first Cancel stops the load, the dialog stays");
        await("the progress bar hides", () -> !lookup("#awsLoadProgress").query().isVisible());
        assertFalse(lookup("#awsLoadProgress").query().isVisible());
        assertPreviousViewStays();

        clickOn("#awsCancel");
        await("the dialog closes", () -> !dialogShowing());
        assertPreviousViewStays();
        assertEquals(0, fake.calls("DescribeSubnets"), "no EC2 call after the cancel");
    }

    @Test
    void aMalformedEndpointUrlIsExplainedUnderTheFieldAndBlocksListing() {
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the Load from AWS dialog opens", this::dialogShowing);
        Label error = lookup("#awsEndpointError").queryAs(Label.class);
        Button list = lookup("#awsListJobs").queryAs(Button.class);
        assertFalse(error.isVisible(), "empty is fine: the SDK's own endpoint resolution");
        assertFalse(list.isDisabled());

        clickOn("#awsEndpoint").write("localhost:4566");
        await("the URL is explained", () -> error.isVisible() && list.isDisabled());
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("needs a scheme and a host, e.g. http://localhost:4566"), error.getText());
        assertTrue(list.isDisabled(), "List jobs waits for a valid URL");

        interact(() -> lookup("#awsEndpoint").queryAs(javafx.scene.control.TextField.class).clear());
        clickOn("#awsEndpoint").write(fake.endpoint().toString());
        await("the explanation goes", () -> !error.isVisible() && !list.isDisabled());
        assertFalse(error.isVisible());
        assertFalse(list.isDisabled());
        assertTrue(asked.isEmpty(), "no clients were built for the bad URL");
    }

    @Test
    void anUnknownProfileIsExplainedInTheWindowsWordsAndTheRawMessageWaitsUnderDetails() {
        credentialsFromProfiles = true;
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the Load from AWS dialog opens", this::dialogShowing);
        Window loadDialog = lookup("#awsEndpoint").query().getScene().getWindow();
        clickOn("#awsEndpoint").write(fake.endpoint().toString());
        chooseProfile("nosuch");
        clickOn("#awsListJobs");

        DialogPane pane = errorPane();
        assertEquals("The profile 'nosuch' does not exist.", pane.getHeaderText());
        String todo = lookup("#awsWhatToDo").queryAs(Label.class).getText();
        assertTrue(todo.startsWith("Profiles in ~/.aws: default, dev."), todo);
        String shown = visibleText(pane) + visibleText(loadDialog.getScene().getRoot());
        assertFalse(shown.contains("--profile"), shown);
        assertFalse(shown.contains("AwsCredentialsProviderChain"), shown);
        assertFalse(shown.contains("ProfileFile("), shown);
        assertTrue(step().equals("Failed: The profile 'nosuch' does not exist."), step());

        TextArea details = (TextArea) pane.getExpandableContent();
        assertFalse(pane.isExpanded(), "the raw message is folded away");
        assertTrue(details.getText().contains("Profile file contained no credentials for profile 'nosuch'"),
                details.getText());
        clickOn(pane.lookup(".details-button"));
        await("Details unfolds", () -> pane.isExpanded() && details.isVisible());
        assertTrue(visibleText(pane).contains("contained no credentials for profile 'nosuch'"), visibleText(pane));
        assertEquals(0, fake.calls("GetJobs"), "nothing is sent without credentials");
        Window alert = pane.getScene().getWindow();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        await("the error dialog closes", () -> !alert.isShowing());
        assertPreviousViewStays();
    }

    @Test
    void noCredentialsAnywhereDoesNotShowTheSdksProviderChain() {
        credentialsFromProfiles = true;
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the Load from AWS dialog opens", this::dialogShowing);
        Window loadDialog = lookup("#awsEndpoint").query().getScene().getWindow();
        clickOn("#awsEndpoint").write(fake.endpoint().toString());
        chooseProfile("");
        clickOn("#awsListJobs");

        DialogPane pane = errorPane();
        assertEquals("No AWS credentials were found.", pane.getHeaderText());
        String shown = visibleText(pane) + visibleText(loadDialog.getScene().getRoot());
        assertFalse(shown.contains("--profile"), shown);
        assertFalse(shown.contains("AwsCredentialsProviderChain"), shown);
        assertTrue(shown.contains("Profiles in ~/.aws: default, dev."), shown);
        String details = ((TextArea) pane.getExpandableContent()).getText();
        assertTrue(details.contains("AwsCredentialsProviderChain(credentialsProviders=["), details);
        assertEquals(0, fake.calls("GetJobs"));
    }

    @Test
    void theStatusBarShowsProgressOnceAndTheSourceAgainAfterACancelOrAFailure() {
        String source = statusText();
        assertTrue(source.startsWith("sample: seed-article  ·  "), source);
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await("the Load from AWS dialog opens", this::dialogShowing);
        clickOn("#awsEndpoint").write(fake.endpoint().toString());
        fake.delay(Duration.ofSeconds(TIMEOUT_SECONDS * 4));
        clickOn("#awsListJobs");
        await("the list reports its step", () -> step().equals("Listing Glue jobs"));
        assertEquals("Listing Glue jobs…", statusText(), "the progress text reads once");

        clickOn("#awsCancel");
        await("the list reports it was cancelled", () -> step().equals("Cancelled. Nothing was changed."));
        assertEquals(source, statusText(), "after a cancel the bar says where the shown snapshot came from");

        fake.delay(Duration.ZERO);
        fake.deny("GetJobs");
        clickOn("#awsListJobs");
        DialogPane pane = errorPane();
        assertTrue(pane.getHeaderText().startsWith("Access denied for glue:GetJobs"), pane.getHeaderText());
        assertEquals(source, statusText(), "after a failure too");
        Window alert = pane.getScene().getWindow();
        clickOn((Button) pane.lookupButton(ButtonType.OK));
        await("the error dialog closes", () -> !alert.isShowing());
        clickOn("#awsCancel");
        await("the dialog closes", () -> !dialogShowing());
        assertEquals(source, statusText());
        assertPreviousViewStays();
    }

    @Test
    void inJapaneseTheDialogItsEndpointCheckAndAnUnknownProfileSpeakJapanese() {
        java.util.Set<String> english = EnglishLeftovers.wordsOf("dialogs");
        credentialsFromProfiles = true;
        dev.gluefailover.i18n.Messages.setLanguage("ja");
        try {
            press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            await("the Load from AWS dialog opens", this::dialogShowing);
            Window loadDialog = lookup("#awsEndpoint").query().getScene().getWindow();
            assertEquals("AWS から読み込む", ((Stage) loadDialog).getTitle());
            DialogPane load = (DialogPane) loadDialog.getScene().getRoot();
            assertTrue(load.getHeaderText().startsWith("Glue ジョブとそのネットワークを読み取り専用で"), load.getHeaderText());
            String form = EnglishLeftovers.visibleText(load);
            for (String label : List.of("プロファイル", "リージョン", "エンドポイント URL", "ジョブを一覧表示", "読み込む",
                    "キャンセル", "まだジョブを一覧表示していません。")) {
                assertTrue(form.contains(label), label + " not in: " + form);
            }
            assertEquals(java.util.Set.of(), EnglishLeftovers.in(form, english), form);

            Label error = lookup("#awsEndpointError").queryAs(Label.class);
            clickOn("#awsEndpoint").write("localhost:4566");
            await("the URL is explained", error::isVisible);
            assertEquals("エンドポイント URL 'localhost:4566' にはスキームとホストが必要です（例: http://localhost:4566）",
                    error.getText());
            interact(() -> lookup("#awsEndpoint").queryAs(javafx.scene.control.TextField.class).clear());
            clickOn("#awsEndpoint").write(fake.endpoint().toString());
            await("the explanation goes", () -> !error.isVisible());
            chooseProfile("nosuch");
            clickOn("#awsListJobs");

            DialogPane pane = errorPane();
            assertEquals("AWS から読み込めませんでした", ((Stage) pane.getScene().getWindow()).getTitle());
            assertEquals("プロファイル 'nosuch' は存在しません。", pane.getHeaderText());
            String todo = lookup("#awsWhatToDo").queryAs(Label.class).getText();
            assertTrue(todo.startsWith("~/.aws のプロファイル: default, dev。"), todo);
            assertEquals("失敗しました: プロファイル 'nosuch' は存在しません。", step());
            assertEquals("OK", ((Button) pane.lookupButton(ButtonType.OK)).getText());
            javafx.scene.control.Hyperlink details = (javafx.scene.control.Hyperlink) pane.lookup(".details-button");
            await("the details link reads Japanese", () -> "詳細を表示".equals(details.getText()));
            String shown = EnglishLeftovers.visibleText(pane) + EnglishLeftovers.visibleText(load);
            assertEquals(java.util.Set.of(), EnglishLeftovers.in(shown, english), shown);
            clickOn(details);
            await("Details unfolds, its link reads Japanese", () -> pane.isExpanded()
                    && "詳細を隠す".equals(details.getText()));
            Window alert = pane.getScene().getWindow();
            clickOn((Button) pane.lookupButton(ButtonType.OK));
            await("the error dialog closes", () -> !alert.isShowing());
            clickOn("#awsCancel");
            await("the dialog closes", () -> !dialogShowing());
            assertEquals(0, fake.calls("GetJobs"), "nothing is sent without credentials");
        } finally {
            dev.gluefailover.i18n.Messages.setLanguage("en");
        }
    }
}
