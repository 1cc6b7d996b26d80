package dev.gluefailover.ui;

import dev.gluefailover.export.DiagramPng;
import dev.gluefailover.export.DrawioDiagram;
import dev.gluefailover.export.ExportFile;
import dev.gluefailover.export.HtmlReport;
import dev.gluefailover.export.SvgDiagram;
import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.Resilience;
import dev.gluefailover.engine.WhatIfMatrix;
import dev.gluefailover.i18n.Messages;
import java.time.Instant;
import dev.gluefailover.layout.Diagram;
import dev.gluefailover.ui.diagram.DiagramView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Dimension2D;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every File ▸ Export of the window in one place: the diagram as PNG (1×, 2×), SVG and draw.io,
 * and the Markdown review. Each asks for a file, writes it atomically (through
 * {@code export.ExportFile}, as a snapshot save: the old file or the new one, never half of one),
 * says so in the status bar, or shows the error dialog.
 */
final class Exports {
    private static final Logger LOG = LoggerFactory.getLogger(Exports.class);
    private static final Messages T = Messages.of("dialogs");

    private final MainViewModel vm;
    private final DiagramView diagram;
    private final Supplier<Window> window;
    private final Consumer<String> status;

    /**
     * @param window the owner of the file choosers and error dialogs (may give null)
     * @param status where a confirmation goes (the status bar)
     */
    Exports(MainViewModel vm, DiagramView diagram, Supplier<Window> window, Consumer<String> status) {
        this.vm = vm;
        this.diagram = diagram;
        this.window = window;
        this.status = status;
    }

    // --- the menu items ---------------------------------------------------------------------

    void choosePng(double scale) {
        File f = chooseDiagramFile("PNG", T.get("export.filterPng"), (scale > 1 ? "@2x" : "") + ".png");
        if (f != null) {
            png(f.toPath(), scale);
        }
    }

    void chooseSvg() {
        File f = chooseDiagramFile("SVG", T.get("export.filterSvg"), ".svg");
        if (f != null) {
            vector(f.toPath(), false);
        }
    }

    void chooseDrawio() {
        File f = chooseDiagramFile("draw.io", T.get("export.filterDrawio"), ".drawio");
        if (f != null) {
            vector(f.toPath(), true);
        }
    }

    void chooseReview() {
        if (vm.getEvaluation() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(T.get("export.reviewTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(T.get("export.filterMarkdown"), "*.md"));
        chooser.setInitialFileName(vm.getSelectedJob().name() + "-review.md");
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showSaveDialog(window.get());
        if (f != null) {
            review(f.toPath());
        }
    }

    /** File ▸ Export review…: the self-contained HTML review (or Markdown, by the filter chosen). */
    void chooseHtmlReview() {
        if (vm.getEvaluation() == null) {
            return;
        }
        Messages text = Messages.of("report");
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.exportTitle"));
        FileChooser.ExtensionFilter html = new FileChooser.ExtensionFilter(text.get("ui.filterHtml"), "*.html");
        chooser.getExtensionFilters().addAll(html,
                new FileChooser.ExtensionFilter(text.get("ui.filterMarkdown"), "*.md"));
        chooser.setSelectedExtensionFilter(html);
        chooser.setInitialFileName(vm.getSelectedJob().name() + "-review.html");
        Path current = vm.snapshotFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File f = chooser.showSaveDialog(window.get());
        if (f != null) {
            if (f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                review(f.toPath());
            } else {
                htmlReview(f.toPath());
            }
        }
    }

    /** The HTML review of what the window shows: its diagram as drawn, the matrix on top of the simulation. */
    void htmlReview(Path file) {
        try {
            Evaluation e = vm.getEvaluation();
            if (e == null) {
                return;
            }
            WhatIfMatrix m = WhatIfMatrix.compute(vm.engine(), vm.getSelectedJob(), vm.getSimulation(),
                    vm.getSettings(), false);
            // the proven recommendations, each applied to a fork and checked again with this simulation
            Resilience resilience = Resilience.of(vm.getIndex(), e, m);
            var proven = dev.gluefailover.export.HtmlRecommendations.of(dev.gluefailover.review.Recommendations.review(
                    vm.engine(), vm.getSelectedJob(), vm.getSimulation(), vm.getSettings(),
                    new dev.gluefailover.review.Recommendation.Standing(e, resilience)).recommendations());
            ExportFile.write(file, HtmlReport.render(new HtmlReport.Input(vm.getSnapshot(), e, m,
                    resilience, vm.getSettings(), diagram.diagram(), proven, Instant.now())));
            status.accept(Messages.of("report").get("ui.exported", file.getFileName(), vm.getSelectedJob().name()));
        } catch (IOException | RuntimeException e) {
            failed(T.get("export.what.review"), file, e);
        }
    }

    /** The save dialog of every diagram export: one filter, the job's name as the file name. */
    private File chooseDiagramFile(String format, String filterName, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(T.get("export.diagramTitle", format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName,
                "*" + suffix.substring(suffix.lastIndexOf('.'))));
        String job = vm.getSelectedJob() == null ? T.get("export.diagramFile") : vm.getSelectedJob().name();
        chooser.setInitialFileName(job + suffix);
        return chooser.showSaveDialog(window.get());
    }

    // --- the writes (tests call these with a path) ------------------------------------------

    /** The diagram, as drawn, as a PNG at the given scale (1 or 2). */
    void png(Path file, double scale) {
        try {
            Dimension2D size = DiagramPng.write(diagram, file, scale);
            status.accept(T.get("export.exportedPng", file.getFileName(), String.valueOf((int) size.getWidth()),
                    String.valueOf((int) size.getHeight())));
        } catch (IOException | RuntimeException e) {
            failed("PNG", file, e);
        }
    }

    /** The diagram as drawn (same arrangement, the window's theme for SVG) as SVG or draw.io. */
    void vector(Path file, boolean drawio) {
        String what = drawio ? "draw.io" : "SVG";
        try {
            Diagram d = diagram.diagram();
            if (d == null) {
                return;
            }
            ExportFile.write(file, drawio ? DrawioDiagram.render(vm.getIndex(), d, vm.getEvaluation())
                    : SvgDiagram.render(vm.getIndex(), d, vm.getEvaluation(), diagram.darkProperty().get()));
            status.accept(T.get("export.exportedVector", file.getFileName(), what));
        } catch (IOException | RuntimeException e) {
            failed(what, file, e);
        }
    }

    /** The Markdown review of what the window shows (the view-model renders and writes it). */
    void review(Path file) {
        try {
            vm.exportReview(file);
            int failures = vm.getSimulation().failures().size();
            String job = vm.getSelectedJob().name();
            status.accept(failures == 0 ? T.get("export.exportedReview", file.getFileName(), job)
                    : failures == 1 ? T.get("export.exportedReviewFailures.one", file.getFileName(), job)
                    : T.get("export.exportedReviewFailures.many", file.getFileName(), job, String.valueOf(failures)));
        } catch (IOException | RuntimeException e) {
            failed(T.get("export.what.review"), file, e);
        }
    }

    private void failed(String what, Path file, Exception e) {
        LOG.warn("cannot export {} {}", what, file, e);
        ErrorDialog.show(window.get(), T.get("export.cannotExport", what), T.get("error.cannotWrite", file.getFileName()),
                e.toString(),
                ErrorDialog.writeAdvice());
    }
}
