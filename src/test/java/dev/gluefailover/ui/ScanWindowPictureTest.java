package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.ScanFile;
import dev.gluefailover.fleet.FleetNetworks;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.snapshot.Samples;
import dev.gluefailover.ui.diagram.WindowFont;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The account view at a projector's 1280x720, in English and Japanese, from a scan file of two
 * accounts (one generated account of nine jobs; the samples as a second account; one account that
 * could not be read), rendered headless to target/screenshots/scan-window-en.png and -ja.png.
 * Checked: the picture's size, that it is not blank, and that the texts above the table are whole
 * (no ellipsis), so a Japanese label that does not fit fails here.
 */
class ScanWindowPictureTest extends ApplicationTest {
    private MainViewModel vm;
    private Stage mainStage;
    private ScanWindow scan;
    private final Locale before = Messages.language();

    @Override
    public void start(Stage stage) {
        mainStage = stage;
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("seed-article");
        MainWindow window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        stage.setWidth(1280);
        stage.setHeight(720);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        if (scan != null) {
            UiWait.onFx(() -> {
                scan.stage().hide();
                return null;
            });
        }
        Messages.setLanguage(before);
    }

    /** The samples as the jobs of a second account, each in its own region's part. */
    static Path scanFile(Path dir) throws Exception {
        List<ScanFile.Entry> entries = new ArrayList<>();
        entries.add(new ScanFile.Entry("111111111111", FleetNetworks.REGION, FleetNetworks.account("111111111111", 9, 3),
                null, null));
        for (String name : List.of("seed-article", "three-az", "single-nat", "ip-exhaustion", "endpoint-wrong-table")) {
            Snapshot s = Samples.get(name);
            entries.add(new ScanFile.Entry("444455556666", s.region().name(), s, null, null));
        }
        entries.add(new ScanFile.Entry("777788889999", "eu-west-1", null, "ACCESS_DENIED",
                "Access denied for glue:GetJobs (AccessDeniedException)"));
        Path file = dir.resolve("scan.json");
        ScanFile.write(entries, file);
        return file;
    }

    /** An English scan that lists a job named in Japanese draws the windows in the Japanese family (on Linux). */
    @Test
    void aJobNamedInJapaneseInAnEnglishScanIsDrawnInTheJapaneseFamily(@TempDir Path dir) throws Exception {
        assumeTrue(WindowFont.japaneseSans().isPresent(),
                "this machine's logical fonts draw Japanese by themselves");
        Messages.setLanguage("en");
        Snapshot seed = Samples.get("seed-article");
        GlueJob job = seed.jobs().get(0);
        GlueJob named = new GlueJob("夜間集計", job.connectionNames(),
                job.workerType(), job.numberOfWorkers(), job.maxCapacity(), job.maxRetries(), job.glueVersion(),
                job.role(), job.defaultArguments(), job.maxConcurrentRuns());
        Path file = dir.resolve("ja-scan.json");
        ScanFile.write(List.of(new ScanFile.Entry("444455556666", seed.region().name(), seed.withJobs(List.of(named)),
                null, null)), file);
        scan = UiWait.onFx(this::scanWindow);
        UiWait.until("an English scan with English names: the logical fonts", () -> !WindowFont
                .drawsJapanese(scan.stage().getScene()));
        UiWait.onFx(() -> {
            scan.openScanFile(file);
            return null;
        });
        UiWait.until("the job is listed", () -> scan.table().getItems().size() == 1);
        UiWait.until("the Japanese family draws the scan", () -> WindowFont.drawsJapanese(
                scan.stage().getScene()));
    }

    /** The account window over the main one, shown, with no AWS behind it (scan files only). */
    private ScanWindow scanWindow() {
        ScanWindow w = new ScanWindow(mainStage, vm, new AwsClientFactory() {
            @Override
            public AwsClients open(AwsConnectionOptions options) {
                throw new AssertionError("no AWS here: the scans are read from files");
            }
        });
        w.show();
        return w;
    }

    private void shoot(String language, Path dir) throws Exception {
        Messages.setLanguage(language);
        Path file = scanFile(dir);
        scan = UiWait.onFx(() -> {
            ScanWindow w = scanWindow();
            w.stage().setWidth(1280);
            w.stage().setHeight(720);
            w.openScanFile(file);
            return w;
        });
        UiWait.until("the scan file's jobs are listed", () -> scan.table().getItems().size() > 9);
        UiWait.until("the window is laid out at 1280x720", () -> scan.stage().getScene().getWidth() == 1280);
        // A selected row shows its single points of failure and recommendation in full under the table.
        interact(() -> scan.table().getSelectionModel().select(0));
        UiWait.until("the selection line names the job", () -> lookup("#scanSelection").queryAs(Labeled.class).getText()
                .startsWith(scan.table().getItems().get(0).key()));
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scan.stage().getScene().snapshot(null));
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Path png = out.resolve("scan-window-" + language + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1280, read.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < read.getHeight(); y += 16) {
            for (int x = 0; x < read.getWidth(); x += 16) {
                colours.add(read.getRGB(x, y));
            }
        }
        assertTrue(colours.size() >= 12, "not blank: " + colours.size() + " colours sampled");
        // The texts above the table and the badges read whole at this size.
        for (String query : List.of(".scan-header", "#scanCount", "#scanAtRisk", "#scanStart", "#scanOpenFile",
                "#scanExportCsv", "#scanExportHtml", ".scan-cause", ".scan-notice", ".scan-risk", ".scan-badge",
                "#scanSelection", ".column-header .label")) {
            for (Node n : from(scan.stage().getScene().getRoot()).lookup(query).queryAll()) {
                Labeled l = (Labeled) n;
                Text shown = (Text) l.lookup(".text");
                if (shown != null && l.isVisible()) {
                    assertEquals(l.getText(), shown.getText(), query + " is cut");
                }
            }
        }
    }

    @Test
    void englishAt1280x720(@TempDir Path dir) throws Exception {
        shoot("en", dir);
        assertTrue(lookup("#scanCount").queryAs(Labeled.class).getText().endsWith("jobs"));
    }

    @Test
    void japaneseAt1280x720(@TempDir Path dir) throws Exception {
        shoot("ja", dir);
        assertTrue(lookup("#scanCount").queryAs(Labeled.class).getText().contains("件中"));
        assertEquals("リスク", scan.table().getColumns().get(1).getText());
    }
}
