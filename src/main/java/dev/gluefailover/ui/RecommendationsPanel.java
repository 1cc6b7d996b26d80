package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.review.Recommendation;
import dev.gluefailover.review.Recommendations;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Recommendations tab: each proven recommendation with its reason, before → after, the
 * elements it proposes, the AWS CLI commands (copyable, never run) and a Preview button; while a
 * preview shows, a banner with Keep and Leave preview (Ctrl+Z leaves it too).
 */
final class RecommendationsPanel extends ScrollPane {
    private static final Messages TEXT = Messages.of("review");
    private static final String STYLESHEET =
            RecommendationsPanel.class.getResource("recommendations.css").toExternalForm();

    private final RecommendationsViewModel model;
    private final Consumer<String> say;
    private final VBox content = new VBox(10);
    private final Label header = SectionHeader.of("");
    private final Label intro = new Label();
    private final Label status = new Label();
    private final Label now = new Label();
    private final VBox banner = new VBox(6);
    private final Label bannerText = new Label();
    private final Button keep = new Button();
    private final Button leave = new Button();
    private final VBox cards = new VBox(10);

    /**
     * @param say where a one-line confirmation goes (the status line): "commands copied"
     */
    RecommendationsPanel(RecommendationsViewModel model, Consumer<String> say) {
        this.model = model;
        this.say = say;
        getStyleClass().addAll("recommendations-panel", "edge-to-edge");
        getStylesheets().add(STYLESHEET);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8, 12, 12, 12));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        status.setWrapText(true);
        status.setId("recStatus");
        status.getStyleClass().add("rec-status");
        now.setWrapText(true);
        now.setId("recNow");
        now.getStyleClass().add("rec-now");

        keep.setId("recKeep");
        keep.setGraphic(new FontIcon("mdi2c-check"));
        keep.getStyleClass().add("accent");
        keep.setOnAction(e -> model.keep());
        leave.setId("recLeave");
        leave.setGraphic(new FontIcon("mdi2u-undo"));
        leave.setOnAction(e -> model.leavePreview());
        bannerText.setWrapText(true);
        HBox bannerButtons = new HBox(8, keep, leave);
        banner.getChildren().addAll(bannerText, bannerButtons);
        banner.setId("recBanner");
        banner.getStyleClass().add("rec-banner");
        banner.managedProperty().bind(banner.visibleProperty());

        content.getChildren().addAll(header, intro, status, now, banner, cards);
        setContent(content);

        model.resultProperty().addListener((o, a, b) -> render());
        model.computingProperty().addListener((o, a, b) -> render());
        model.previewingProperty().addListener((o, a, b) -> render());
        Messages.onChange(l -> javafx.application.Platform.runLater(this::render));
        render();
    }

    /** The tab that holds the panel: its title and content, its recomputation while it shows. */
    static RecommendationsPanel install(Tab tab, RecommendationsViewModel model, Consumer<String> say) {
        RecommendationsPanel panel = new RecommendationsPanel(model, say);
        tab.setText(TEXT.get("ui.tab"));
        tab.setContent(panel);
        model.activeProperty().bind(tab.selectedProperty());
        Messages.onChange(l -> javafx.application.Platform.runLater(() -> tab.setText(TEXT.get("ui.tab"))));
        return panel;
    }

    private void render() {
        header.setText(TEXT.get("ui.section").toUpperCase(Locale.ROOT));
        intro.setText(TEXT.get("ui.intro"));
        keep.setText(TEXT.get("ui.keep"));
        leave.setText(TEXT.get("ui.leave"));
        Recommendation previewing = model.getPreviewing();
        banner.setVisible(previewing != null);
        if (previewing != null) {
            bannerText.setText(TEXT.get("ui.previewing", previewing.title()));
        }
        Recommendations.Result r = model.getResult();
        status.getStyleClass().removeAll("rec-nothing", "rec-some");
        if (model.computingProperty().get()) {
            status.setText(TEXT.get("ui.computing"));
        } else if (r == null) {
            status.setText(model.activeProperty().get() ? TEXT.get("ui.failed") : "");
        } else if (r.isEmpty()) {
            status.setText(TEXT.get("report.nothing"));
            status.getStyleClass().add("rec-nothing");
        } else {
            status.setText(TEXT.get("ui.count", r.recommendations().size()));
            status.getStyleClass().add("rec-some");
        }
        now.setVisible(r != null);
        now.setManaged(r != null);
        if (r != null) {
            now.setText(TEXT.get("report.now") + " " + dev.gluefailover.review.RecommendationReport.standingLine(r.now()));
        }
        cards.getChildren().clear();
        if (r == null) {
            return;
        }
        List<Recommendation> list = r.recommendations();
        for (int i = 0; i < list.size(); i++) {
            cards.getChildren().add(card(i, list.get(i), previewing));
        }
    }

    private VBox card(int i, Recommendation r, Recommendation previewing) {
        Label title = new Label((i + 1) + ". " + r.title());
        title.setWrapText(true);
        title.getStyleClass().add("rec-title");
        Label kind = new Label(r.kind().name());
        kind.getStyleClass().add("rec-kind");
        Label reason = new Label(r.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add("rec-reason");
        VBox changes = new VBox(2);
        Label withFix = new Label(TEXT.get("report.withFix"));
        withFix.getStyleClass().add("rec-subhead");
        changes.getChildren().add(withFix);
        for (String line : r.changes()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.setGraphic(new FontIcon("mdi2a-arrow-right-bold"));
            l.getStyleClass().add("rec-change");
            changes.getChildren().add(l);
        }
        VBox card = new VBox(6, title, kind, reason, changes);
        if (!r.proposed().isEmpty()) {
            Label proposed = new Label(TEXT.get("report.proposed") + " " + proposedText(r));
            proposed.setWrapText(true);
            proposed.getStyleClass().addAll("hint", "rec-proposed");
            card.getChildren().add(proposed);
        }
        Label commandsHead = new Label(TEXT.get("report.commands"));
        commandsHead.setWrapText(true);
        commandsHead.getStyleClass().add("rec-subhead");
        TextArea commands = new TextArea(r.fix().commandText());
        commands.setEditable(false);
        commands.setWrapText(false);
        commands.setPrefRowCount(Math.min(8, Math.max(2, r.fix().commands().size())));
        commands.getStyleClass().add("rec-commands");
        commands.setId("recCommands-" + i);
        card.getChildren().addAll(commandsHead, commands);
        for (String note : r.fix().notes()) {
            Label n = new Label(note);
            n.setWrapText(true);
            n.getStyleClass().addAll("hint", "rec-note");
            card.getChildren().add(n);
        }
        Button preview = new Button(TEXT.get("ui.preview"), new FontIcon("mdi2e-eye-outline"));
        preview.setId("recPreview-" + i);
        boolean thisOne = previewing != null && previewing.id().equals(r.id());
        preview.setDisable(thisOne);
        preview.setOnAction(e -> model.preview(r));
        Button copy = new Button(TEXT.get("ui.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId("recCopy-" + i);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(r.fix().commandText());
            Clipboard.getSystemClipboard().setContent(c);
            say.accept(TEXT.get("ui.copied", r.fix().commands().size()));
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, preview, copy, grow);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(buttons);
        card.getStyleClass().add("rec-card");
        if (thisOne) {
            card.getStyleClass().add("rec-card-previewing");
        }
        card.setId("rec-" + i);
        return card;
    }

    private static String proposedText(Recommendation r) {
        StringBuilder b = new StringBuilder();
        r.fix().added().forEach(e -> b.append(b.isEmpty() ? "" : ", ").append(TEXT.get("report.added", e.id())));
        r.fix().changed().forEach(e -> b.append(b.isEmpty() ? "" : ", ").append(TEXT.get("report.changed", e.id())));
        return b.toString();
    }
}
