package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.AwsTimeouts;
import dev.gluefailover.aws.FakeAws;
import dev.gluefailover.aws.ScanClients;
import dev.gluefailover.aws.ScanFile;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.fleet.Risk;
import dev.gluefailover.snapshot.Redactor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * File ▸ Scan account… driven as a user would (headless, Monocle) against {@link FakeAws} on
 * 127.0.0.1: the window's scan clients have fixed keys, quick retries and no profile file, and
 * reach the fake only through the Endpoint URL typed into the window. One account of nine jobs over
 * three VPCs (FleetNetworks): the jobs of two VPCs share one NAT gateway in eu-west-1a.
 */
class ScanWindowTest extends ApplicationTest {
    private static final String ACCOUNT = "111111111111";
    private static final String REGION = FleetNetworks.REGION;

    /** The ~/.aws the window lists: the default profile is ticked at first. */
    private static final Map<String, Profile> PROFILES = ProfileFile.builder()
            .content(new java.io.ByteArrayInputStream("[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .type(ProfileFile.Type.CONFIGURATION).build().profiles();

    private final FakeAws fake = FakeAws.serve(FleetNetworks.account(ACCOUNT, 9, 3));
    /** The endpoints the window asked scan clients for. */
    private final Queue<String> asked = new ConcurrentLinkedQueue<>();
    private MainViewModel vm;
    private MainWindow window;
    private Stage mainStage;

    @Override
    public void start(Stage stage) {
        mainStage = stage;
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("seed-article");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact, new AwsClientFactory() {
            @Override
            public AwsClients open(AwsConnectionOptions options) {
                throw new AssertionError("the scan window builds scan clients, not load clients");
            }

            @Override
            public ScanClients scanClients(URI endpoint) {
                // Only the endpoint typed into the window leads to the fake; without it this would be real AWS.
                Objects.requireNonNull(endpoint, "the window passes the endpoint URL typed in");
                asked.add(endpoint.toString());
                var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret"));
                return new ScanClients(endpoint, AwsTimeouts.defaults(), profile -> creds,
                        b -> b.credentials(creds).retryStrategy(FakeAws.quickRetries())
                                .profileFile(FakeAws::emptyProfileFile).environment(Map.of()), FakeAws.quickRetries());
            }

            @Override
            public Map<String, Profile> profiles() {
                return PROFILES;
            }
        }));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1560, screen.getWidth()));
        stage.setHeight(Math.min(940, screen.getHeight()));
        window.show(stage);
    }

    @AfterEach
    void closeScanWindow() throws Exception {
        fake.release();
        ScanWindow w = window.controller().scanWindow();
        if (w != null) {
            UiWait.onFx(() -> {
                w.stage().hide();
                return null;
            });
        }
        fake.close();
    }

    /** Ctrl+Shift+A on the main window, as the menu's accelerator. */
    private ScanWindow openScanWindow() {
        clickOn(mainStage.getScene().getRoot());
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        UiWait.until("the scan window shows", () -> window.controller().scanWindow() != null
                && window.controller().scanWindow().stage().isShowing());
        return window.controller().scanWindow();
    }

    private void typeInto(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field);
        interact(field::clear);
        write(text);
    }

    private TableView<ScanViewModel.Row> table() {
        return window.controller().scanWindow().table();
    }

    private List<String> shownJobs() {
        return table().getItems().stream().map(ScanViewModel.Row::job).toList();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private Node rowOf(String job) {
        return lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof ScanViewModel.Row
                row && row.job().equals(job)).query();
    }

    private void scanTheFake() {
        typeInto("#scanRegions", REGION);
        typeInto("#scanEndpoint", fake.endpoint().toString());
        clickOn("#scanStart");
    }

    @Test
    void aScanRanksTheJobsWhichSortFilterAndOpenInTheExplorer() {
        ScanWindow scan = openScanWindow();
        assertEquals(List.of("default"), List.copyOf(lookup("#scanProfiles")
                .queryAs(org.controlsfx.control.CheckComboBox.class).getCheckModel().getCheckedItems()));
        scanTheFake();
        UiWait.until("the nine jobs are listed", () -> table().getItems().size() == 9);
        assertEquals(List.of(fake.endpoint().toString()), List.copyOf(asked));
        assertTrue(fake.calls("GetJobs") >= 1);
        assertEquals("9 of 9 jobs", text("#scanCount"));
        // Ranked worst first: the six jobs on one NAT gateway before the three that survive.
        assertEquals(Risk.FAILS_UNDER_SINGLE_FAILURE, table().getItems().get(0).risk());
        assertEquals(Risk.SURVIVES, table().getItems().get(8).risk());
        assertTrue(lookup(".scan-cause").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("nat-0001-a") && l.getText().contains("3 jobs")));
        // The badges say it in words as well as in colour.
        assertTrue(lookup(".scan-badge.resilience-fail").queryAllAs(Label.class).stream()
                .allMatch(l -> l.getText().equals("no")));
        assertFalse(lookup(".scan-badge.resilience-ok").queryAll().isEmpty());

        // Sorting by job name, both ways.
        @SuppressWarnings("unchecked")
        TableColumn<ScanViewModel.Row, ?> job = (TableColumn<ScanViewModel.Row, ?>) table().getColumns().stream()
                .filter(c -> "scanColumn-job".equals(c.getId())).findFirst().orElseThrow();
        clickOn(lookup(".column-header").match(n -> n.getId() != null && n.getId().equals("scanColumn-job")).queryAs(Node.class));
        UiWait.until("sorted by job", () -> table().getSortOrder().contains(job));
        assertEquals("job-0000", shownJobs().get(0));
        assertEquals("job-0008", shownJobs().get(8));
        clickOn(lookup(".column-header").match(n -> "scanColumn-job".equals(n.getId())).queryAs(Node.class));
        UiWait.until("sorted by job, descending", () -> shownJobs().get(0).equals("job-0008"));

        // Ctrl+F focuses the filter; a connection's name finds the jobs that list it.
        clickOn(rowOf("job-0004"));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        UiWait.until("the filter has the focus", () -> lookup("#scanFilter").query().isFocused());
        write("db-0001-a");
        UiWait.until("three jobs use db-0001-a", () -> table().getItems().size() == 3);
        assertEquals(List.of("job-0007", "job-0004", "job-0001"), shownJobs());
        assertEquals("3 of 9 jobs", text("#scanCount"));
        interact(() -> lookup("#scanFilter").queryAs(TextField.class).clear());
        clickOn("#scanAtRisk");
        UiWait.until("only the six jobs at risk", () -> table().getItems().size() == 6);
        assertTrue(table().getItems().stream().allMatch(r -> r.risk().atRisk()));
        assertEquals("6 of 9 jobs", text("#scanCount"));

        // A double-click opens the job (and only it) with its network in the explorer.
        String first = shownJobs().get(0);
        doubleClickOn(rowOf(first));
        UiWait.until("the explorer shows " + first, () -> vm.getSelectedJob() != null
                && vm.getSelectedJob().name().equals(first));
        assertEquals(List.of(first), vm.jobNamesProperty());
        assertEquals("scan: " + first + " (" + ACCOUNT + ", " + REGION + ")", vm.snapshotLabelProperty().get());
        assertNotNull(vm.getEvaluation());
        // Enter on a selected row does the same.
        String second = shownJobs().get(1);
        interact(() -> {
            scan.stage().requestFocus();
            table().requestFocus();
            table().getSelectionModel().select(1);
        });
        UiWait.until("the table has the focus", () -> table().isFocused());
        type(KeyCode.ENTER);
        UiWait.until("the explorer shows " + second, () -> vm.getSelectedJob().name().equals(second));

        // Esc closes the window.
        interact(() -> {
            scan.stage().requestFocus();
            table().requestFocus();
        });
        UiWait.until("the scan window has the focus", () -> scan.stage().isFocused());
        type(KeyCode.ESCAPE);
        UiWait.until("the scan window is closed", () -> !scan.stage().isShowing());
    }

    @Test
    void cancelStopsARunningScanAndTheWindowScansAgain() {
        openScanWindow();
        fake.holdRequests();
        scanTheFake();
        // The scan is in flight: a request has reached the fake, which holds it.
        UiWait.until("a request is held by the fake", () -> fake.calls("GetJobs") + fake.calls("DescribeAvailabilityZones")
                + fake.calls("GetConnections") > 0);
        assertTrue(lookup("#scanProgress").query().isVisible());
        assertTrue(lookup("#scanStart").queryAs(Button.class).isDisabled());
        clickOn("#scanCancel");
        UiWait.until("the window says the scan was cancelled", () -> text("#scanStatus").startsWith("Scan cancelled"));
        assertFalse(lookup("#scanStart").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#scanCancel").queryAs(Button.class).isDisabled());
        assertTrue(table().getItems().isEmpty(), "nothing half-read is shown");

        fake.release();
        clickOn("#scanStart");
        UiWait.until("the second scan lists the nine jobs", () -> table().getItems().size() == 9);
        assertTrue(text("#scanStatus").startsWith("Scanned 1 account(s)/region(s)"), text("#scanStatus"));
    }

    @Test
    void aScanFileOpensWithoutAwsWithItsUnreadableAccountAndExports(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scan.json");
        ScanFile.write(List.of(new ScanFile.Entry(ACCOUNT, REGION, FleetNetworks.account(ACCOUNT, 4, 2), null, null),
                new ScanFile.Entry("222222222222", REGION, null, "ACCESS_DENIED", "Access denied for glue:GetJobs "
                        + "(AccessDeniedException): use --profile")), file);
        ScanWindow scan = openScanWindow();
        interact(() -> scan.openScanFile(file));
        UiWait.until("the file's four jobs are listed", () -> table().getItems().size() == 4);
        assertTrue(asked.isEmpty(), "no AWS call for a scan file");
        List<String> notices = lookup(".scan-notice").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("Account 222222222222 in " + REGION + ": access denied"), notices.get(0));
        assertFalse(notices.get(0).contains("--profile"));

        Path csv = dir.resolve("out/scan.csv");
        interact(() -> scan.export(csv, false));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 4 + 1, lines.size(), "header, four jobs, the unreadable account");
        Path html = dir.resolve("scan.html");
        interact(() -> scan.export(html, true));
        assertTrue(Files.readString(html).contains("job-0003"));
        assertTrue(text("#scanStatus").startsWith("Wrote "), text("#scanStatus"));
    }
}
