package dev.gluefailover.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * Builds the main window: loads MainWindow.fxml with its controller, puts it in a scene with
 * the theme and explorer.css, and accepts snapshot files dropped onto it.
 */
public final class MainWindow {
    private final MainViewModel vm;
    private final MainWindowController controller;
    private final Scene scene;

    public MainWindow(MainViewModel vm, WindowServices services) {
        this.vm = vm;
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> new MainWindowController(vm, services));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml cannot be loaded", e);
        }
        controller = loader.getController();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1560, screen.getWidth()), Math.min(960, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("explorer.css").toExternalForm());
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
        stage.titleProperty().bind(vm.snapshotLabelProperty().map(l -> "Glue Failover Explorer — " + l));
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
