package dev.gluefailover.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.layout.Rect;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.snapshot.Redactor;
import dev.gluefailover.ui.diagram.DiagramView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The main window on the {@code single-nat} sample in one language, for the picture tests at
 * projector sizes: resizing and waiting for the size, the diagram's fit as Fit to window computes
 * it, the NAT zone's outage that makes the headline long, and pictures to target/screenshots.
 */
abstract class SingleNatWindowTest extends ApplicationTest {
    protected MainViewModel vm;
    protected MainWindow window;
    protected Stage stage;
    private Locale languageBefore;

    /** The language the window is built in. */
    protected abstract Locale language();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        languageBefore = Messages.language();
        Messages.setLanguage(language());
        vm = new MainViewModel(RecentFiles.inMemory());
        vm.openSample("single-nat");
        window = new MainWindow(vm, new WindowServices(url -> { }, new Redactor()::redact));
        stage.setWidth(1280);
        stage.setHeight(720);
        window.show(stage);
    }

    @AfterEach
    void leaveAndRestoreTheLanguage() throws Exception {
        UiWait.onFx(() -> {
            window.controller().presentation().leave();
            // TestFX shares the stage with the next test class: leave it no larger than the headless
            // screen (1600×1000), whose frame buffer overflows for a larger window
            stage.setWidth(1280);
            stage.setHeight(720);
            return null;
        });
        Messages.setLanguage(languageBefore);
    }

    protected void resize(double w, double h) throws Exception {
        UiWait.onFx(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
        UiWait.until("the window is " + w + "×" + h, () -> Math.abs(window.scene().getWidth() - w) < 40
                && Math.abs(window.scene().getHeight() - h) < 60);
    }

    protected DiagramView diagram() {
        return window.controller().diagram();
    }

    /** The zoom at which the whole drawing fits the view with its margin, as Fit to window computes it. */
    protected boolean fitted() {
        DiagramView d = diagram();
        if (d.diagram() == null || d.getWidth() <= 0) {
            return false;
        }
        Rect r = d.diagram().bounds();
        double expected = Math.min(1.5, Math.min((d.getWidth() - 24) / r.width(), (d.getHeight() - 24) / r.height()));
        return Math.abs(d.getZoom() - expected) < expected * 0.01;
    }

    /** The zone of the only NAT gateway fails: Glue picks #2 orders-db-1b and the run fails (the long headline). */
    protected void failNatZone() throws Exception {
        UiWait.onFx(() -> {
            vm.setFailure(new SimulatedFailure.AzOutage("use1-az1"), true);
            return null;
        });
        UiWait.until("orders-db-1b is chosen", () -> vm.getEvaluation().chosen().map(c -> c.name().equals("orders-db-1b"))
                .orElse(false));
    }

    /** The headline label, asserted drawn whole (a cut label draws less than its text, ending in "…"). */
    protected Label headlineDrawnWhole() {
        Label label = lookup(".headline-text").queryAs(Label.class);
        assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), "the headline is drawn whole");
        return label;
    }

    /**
     * The texts under the node (the selector) drawn cut: a label that draws less than its text, ending
     * in "…". Only what is showing counts.
     */
    protected List<String> cutTexts(String selector) {
        List<String> cut = new ArrayList<>();
        window.scene().getRoot().applyCss();
        window.scene().getRoot().layout(); // what was just selected is measured as it will be drawn
        for (Node root : lookup(selector).queryAll()) {
            for (Node n : root.lookupAll("*")) {
                if (n instanceof Labeled l && l.isVisible() && l.getWidth() > 0
                        && l.getScene() != null && l.getText() != null && !l.getText().isEmpty()
                        && l.lookup(".text") instanceof Text drawn && !drawn.getText().equals(l.getText())
                        && visibleThroughParents(l)) {
                    cut.add("\"" + l.getText() + "\" drawn as \"" + drawn.getText() + "\"");
                }
            }
        }
        return cut;
    }

    private static boolean visibleThroughParents(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * At 1280×720 with the side columns at their narrowest, nothing of the job column, the headline
     * or the Details tab is cut, for each kind of element selected, with and without the NAT zone
     * down; nor of any tab of the right column, each shown in turn.
     */
    protected void assertNothingCutInTheNarrowestColumns() throws Exception {
        resize(1280, 720);
        SplitPane split = lookup("#mainSplit").queryAs(SplitPane.class);
        UiWait.onFx(() -> {
            split.setDividerPositions(0.0, 1.0); // each side column clamps at its minimum width
            return null;
        });
        UiWait.until("the side columns are at their narrowest", () -> lookup(".right-tabs").queryAs(
                TabPane.class).getWidth() < 360);
        UiWait.until("the diagram is fitted", this::fitted);
        List<String> cut = new ArrayList<>();
        List<ElementRef> selections = List.of(
                new ElementRef(ElementKind.CONNECTION, "orders-db-1a"), new ElementRef(ElementKind.CONNECTION, "orders-db-1b"),
                new ElementRef(ElementKind.SUBNET, "subnet-0c33private001a"),
                new ElementRef(ElementKind.NAT_GATEWAY, "nat-0c33natgw00001a"),
                new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33private000001"),
                new ElementRef(ElementKind.ROUTE_TABLE, "rtb-0c33main00000001"),
                new ElementRef(ElementKind.INTERNET_GATEWAY, "igw-0c33data00000001"),
                new ElementRef(ElementKind.VPC, "vpc-0c33data000000001"),
                new ElementRef(ElementKind.AVAILABILITY_ZONE, "use1-az1"));
        for (boolean natZoneDown : new boolean[] {false, true}) {
            if (natZoneDown) {
                failNatZone();
            }
            for (ElementRef ref : selections) {
                UiWait.onFx(() -> {
                    vm.selectedElementProperty().set(ref);
                    return null;
                });
                UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
                UiWait.until("the details show " + ref.id(), () -> lookup(".details-panel .label").queryAll().stream()
                        .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().contains(ref.id())));
                UiWait.onFx(() -> {
                    String where = (natZoneDown ? "NAT zone down, " : "") + ref.id() + ": ";
                    Stream.of(".left-column", ".headline", ".details-panel")
                            .flatMap(sel -> cutTexts(sel).stream()).map(t -> where + t).forEach(cut::add);
                    return null;
                });
            }
        }
        TabPane tabs = lookup(".right-tabs").queryAs(TabPane.class);
        for (javafx.scene.control.Tab tab : List.copyOf(tabs.getTabs())) {
            UiWait.onFx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            UiWait.until("the " + tab.getId() + " tab shows", () -> tab.getContent() != null
                    && visibleThroughParents(tab.getContent()));
            UiWait.onFx(() -> {
                cutTexts(".right-tabs").stream().map(t -> tab.getId() + ": " + t).forEach(cut::add);
                return null;
            });
        }
        assertTrue(cut.isEmpty(), "cut: " + String.join("\n", cut));
    }

    /** The window as drawn, once the headline has faded in, to target/screenshots/NAME. */
    protected Path shoot(String name) throws Exception {
        UiWait.until("the headline has faded in", () -> lookup(".headline").query().getOpacity() == 1.0);
        WritableImage[] image = new WritableImage[1];
        UiWait.onFx(() -> image[0] = window.scene().snapshot(null));
        Path file = write(image[0], name);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals((int) Math.round(window.scene().getWidth()), png.getWidth());
        return file;
    }

    /** A picture to target/screenshots/NAME. */
    protected static Path write(WritableImage image, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
