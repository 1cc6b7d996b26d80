package dev.gluefailover.export;

import dev.gluefailover.ui.diagram.DiagramView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Dimension2D;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * File ▸ Export diagram as PNG: the same drawing as on screen, at 1× or 2×. Written to a
 * temporary file beside the target and moved into place, so a failed export never leaves a
 * half-written PNG where the old one was.
 */
public final class DiagramPng {
    private DiagramPng() {
    }

    /**
     * Renders the view (on the FX thread; waits for it when called from elsewhere) and writes the PNG.
     *
     * @param scale 1 for 100 %, 2 for a sharp image on high-density screens and slides
     * @return the size of the image written, in pixels
     */
    public static Dimension2D write(DiagramView view, Path target, double scale) throws IOException {
        WritableImage image = render(view, scale);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", png)) {
            throw new IOException("no PNG writer available in this Java runtime");
        }
        ExportFile.write(target, png.toByteArray());
        return new Dimension2D(image.getWidth(), image.getHeight());
    }

    private static WritableImage render(DiagramView view, double scale) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return view.renderImage(scale);
        }
        FutureTask<WritableImage> task = new FutureTask<>(() -> view.renderImage(scale));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the diagram", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("could not render the diagram: " + c, c);
        }
    }
}
