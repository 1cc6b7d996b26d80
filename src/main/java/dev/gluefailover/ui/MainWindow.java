package dev.gluefailover.ui;

import atlantafx.base.theme.PrimerDark;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.ui.diagram.WindowFont;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * Builds the main window: loads MainWindow.fxml with its controller and the texts of the current
 * language ({@link WindowTexts}), puts it in a scene with the theme and explorer.css, and accepts
 * snapshot files dropped onto it.
 *
 * <p>View ▸ Language changes the language without a restart: the window loads MainWindow.fxml
 * again, with a new controller on the same {@link MainViewModel}, so every text (menus, panels,
 * the check messages the engine renders when asked) is in the new language, while the snapshot,
 * the job, the simulation, the selection and the undo history, all the view-model's, stay; the
 * open tab, the column widths and a zoom the user chose are carried over.
 */
public final class MainWindow {
    private static final Messages TEXT = Messages.of("window");
    private final MainViewModel vm;
    private final WindowServices services;
    private MainWindowController controller;
    private final Scene scene;
    /** The language the window's texts are in; the title follows it. */
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Messages.language());
    private final Consumer<Locale> languageListener = l -> Platform.runLater(this::followLanguage);
    private boolean shown;
    private boolean waitingForPresentation;

    public MainWindow(MainViewModel vm, WindowServices services) {
        this.vm = vm;
        this.services = services;
        Parent root = load();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("explorer.css").toExternalForm());
        WindowFont.follow(scene);
        vm.snapshotProperty().addListener((o, was, now) -> WindowFont.showsJapaneseText(this, namesJapanese(now)));
        WindowFont.showsJapaneseText(this, namesJapanese(vm.getSnapshot()));
        applyTheme(vm.darkThemeProperty().get());
        vm.darkThemeProperty().addListener((o, a, dark) -> applyTheme(dark));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty() && controller.open(files.get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
        Messages.onChange(languageListener);
    }

    /** MainWindow.fxml in the current language, with a new controller on the view-model. */
    private Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), WindowTexts.current());
        loader.setControllerFactory(type -> new MainWindowController(vm, services));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml cannot be loaded", e);
        }
        controller = loader.getController();
        language.set(Messages.language());
        return root;
    }

    /**
     * The language changed (View ▸ Language, or anything calling {@link Messages#setLanguage}): the
     * window is built again in it. A window no longer on screen stops listening.
     */
    private void followLanguage() {
        if (shown && (scene.getWindow() == null || !scene.getWindow().isShowing())) {
            Messages.removeListener(languageListener);
            return;
        }
        if (Messages.language().equals(language.get())) {
            return;
        }
        if (controller.presentation().isActive()) {
            // Presenting: the caption bar follows the language by itself; the rest of the window is
            // built again once the presenter leaves, so the drill is not interrupted.
            if (!waitingForPresentation) {
                waitingForPresentation = true;
                controller.presentation().activeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                            Boolean now) {
                        if (!now) {
                            o.removeListener(this);
                            waitingForPresentation = false;
                            Platform.runLater(MainWindow.this::followLanguage);
                        }
                    }
                });
            }
            return;
        }
        MainWindowController.Look look = controller.look();
        controller.dispose();
        scene.setRoot(load());
        applyTheme(vm.darkThemeProperty().get());
        controller.restore(look);
    }

    /** The language the window shows now (tests wait on it after a switch). */
    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language;
    }

    public Scene scene() {
        return scene;
    }

    public MainWindowController controller() {
        return controller;
    }

    /** Shows the window on a stage, titled after the snapshot. */
    public void show(Stage stage) {
        stage.setScene(scene);
        shown = true;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> TEXT.get("window.title",
                vm.snapshotLabelProperty().get()), vm.snapshotLabelProperty(), language));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        // Styled and laid out (and the diagram fitted) before the window appears, so that its first
        // frame paints the job instead of a blank window for the second the first pass takes.
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        controller.diagram().fitToWindow();
        stage.show();
    }

    /**
     * Whether the network or the jobs of the snapshot hold Japanese (or other CJK) text, shown in
     * every language: names, ids, tags, URLs, load problems. Drills are left out: their Japanese
     * captions are shown only in Japanese.
     */
    static boolean namesJapanese(Snapshot s) {
        if (s == null) {
            return false;
        }
        return WindowFont.holdsCjk(String.valueOf(Arrays.asList(s.source(), s.region(), s.availabilityZones(),
                s.vpcs(), s.subnets(), s.routeTables(), s.natGateways(), s.internetGateways(), s.vpcEndpoints(),
                s.securityGroups(), s.jobs(), s.connections(), s.problems())));
    }

    /**
     * AtlantaFX Primer light or dark as the user-agent stylesheet (JavaFX has one per
     * application); a "dark" class on the root lets explorer.css adjust what Primer does not.
     */
    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        // the colour behind the content before its first frame: the theme's, not a white flash in the dark
        scene.setFill(dark ? javafx.scene.paint.Color.web("#0d1117") : javafx.scene.paint.Color.web("#f6f8fa"));
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }
}
