package dev.gluefailover.ui;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.training.DrillPosition;
import dev.gluefailover.training.DrillTexts;
import dev.gluefailover.ui.diagram.DiagramView;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Presentation mode (F5, Esc to leave): full screen, the editing chrome hidden (menus, toolbar,
 * side panels, status bar), large type and a high-contrast palette (presentation.css), and a caption
 * bar with the drill's step counter and caption. ← → and PageUp / PageDown step (what presenter
 * remotes send), Q switches the quiz, Space or Enter reveals the hidden verdict. The chosen
 * connection's change shows as elsewhere (the headline fades in, the badge pulses); in a quiz, when
 * the answer is revealed.
 */
final class PresentationMode {
    static final String STYLE_CLASS = "presentation";
    static final String QUIZ_HIDDEN = "quiz-hidden";
    private static final String STYLESHEET = PresentationMode.class.getResource("presentation.css").toExternalForm();
    private static final Messages TEXT = Messages.of("window");

    /** The window's pieces presentation mode rearranges. */
    record Parts(BorderPane root, SplitPane split, Node left, Node centre, Node right, Node headline,
            Node resilience, DiagramView diagram) {
    }

    private final MainViewModel vm;
    private final Parts parts;
    private final DrillPlayer player;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final EventHandler<KeyEvent> keys = this::onKey;

    private final HBox bar = new HBox();
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label caption = new Label();
    private final Label question = new Label();
    private final Label quizBadge = new Label();
    private final Label hint = new Label();

    // what entering changed, to put back on leaving
    private Node top;
    private Node bottom;
    private List<Node> splitItems;
    private double[] dividers;
    private boolean wasFullScreen;
    private Scene scene;

    PresentationMode(MainViewModel vm, Parts parts) {
        this.vm = vm;
        this.parts = parts;
        this.player = new DrillPlayer(vm);
        buildBar();
        player.positionProperty().addListener((o, a, b) -> showStep());
        player.revealedProperty().addListener((o, was, now) -> showVerdict(now, !was && now));
        player.quizProperty().addListener((o, a, b) -> showStep());
        vm.evaluationProperty().addListener((o, a, b) -> {
            if (active.get() && !player.revealedProperty().get()) {
                hideVerdict();
            }
        });
        Messages.onChange(l -> javafx.application.Platform.runLater(this::showStep));
    }

    private void buildBar() {
        bar.getStyleClass().add("caption-bar");
        bar.setId("captionBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        counter.getStyleClass().add("step-counter");
        counter.setId("stepCounter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("drill-title");
        caption.getStyleClass().add("drill-caption");
        caption.setId("drillCaption");
        question.getStyleClass().add("quiz-question");
        question.setId("quizQuestion");
        quizBadge.getStyleClass().add("quiz-badge");
        quizBadge.setMinWidth(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("presentation-hint");
        for (Label l : List.of(title, caption, question, hint)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox text = new VBox(4, title, caption, question, hint);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        bar.getChildren().addAll(counter, text, quizBadge);
        bar.setMinHeight(Region.USE_PREF_SIZE);
    }

    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    boolean isActive() {
        return active.get();
    }

    DrillPlayer player() {
        return player;
    }

    void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    void enter() {
        BorderPane root = parts.root();
        scene = root.getScene();
        if (active.get() || scene == null) {
            return;
        }
        active.set(true);
        top = root.getTop();
        bottom = root.getBottom();
        splitItems = new ArrayList<>(parts.split().getItems());
        dividers = parts.split().getDividerPositions();
        root.setTop(null);
        root.setBottom(bar);
        parts.split().getItems().setAll(parts.centre());
        // the single-failure badges are for the desk, not the room: their row goes to the diagram
        parts.resilience().setVisible(false);
        parts.resilience().setManaged(false);
        root.getStyleClass().add(STYLE_CLASS);
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        Window w = scene.getWindow();
        if (w instanceof Stage stage) {
            wasFullScreen = stage.isFullScreen();
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves the mode
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        player.start();
        showStep();
        parts.diagram().requestFocus();
    }

    void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        player.stop();
        BorderPane root = parts.root();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        root.getStyleClass().removeAll(STYLE_CLASS, QUIZ_HIDDEN);
        scene.getStylesheets().remove(STYLESHEET);
        root.setTop(top);
        root.setBottom(bottom);
        parts.split().getItems().setAll(splitItems);
        parts.split().setDividerPositions(dividers);
        showVerdict(true, false);
        parts.resilience().setVisible(true);
        parts.resilience().setManaged(true);
        if (scene.getWindow() instanceof Stage stage && !wasFullScreen) {
            stage.setFullScreen(false);
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        switch (code) {
            case F5, ESCAPE -> leave();
            case RIGHT, PAGE_DOWN, DOWN -> player.next();
            case LEFT, PAGE_UP, UP -> player.previous();
            case Q -> player.quizProperty().set(!player.quizProperty().get());
            case SPACE, ENTER -> player.reveal();
            default -> handled = false;
        }
        if (handled) {
            e.consume(); // Space must not also fail the selected diagram element
        }
    }

    private void showStep() {
        if (!active.get()) {
            return;
        }
        DrillPosition p = player.position();
        quizBadge.setText(player.quizProperty().get() ? TEXT.get("presentation.quizOn") : "");
        quizBadge.setVisible(player.quizProperty().get());
        hint.setText(TEXT.get("presentation.keys"));
        if (p == null) {
            counter.setText("–");
            title.setText(TEXT.get("presentation.noDrillTitle"));
            caption.setText(TEXT.get("presentation.noDrill"));
        } else {
            counter.setText(TEXT.get("presentation.counter", p.number(), p.count()));
            title.setText(DrillTexts.title(p.drill(), Messages.language()));
            caption.setText(player.problem() != null ? TEXT.get("presentation.problem", player.problem())
                    : DrillTexts.caption(p.step(), Messages.language()));
        }
        showVerdict(player.revealedProperty().get(), false);
    }

    /** Shows or hides Glue's answer; a reveal fades the headline in and pulses the new choice. */
    private void showVerdict(boolean shown, boolean reveal) {
        if (!shown && active.get()) {
            hideVerdict();
            return;
        }
        parts.root().getStyleClass().remove(QUIZ_HIDDEN);
        parts.headline().setVisible(true);
        question.setText("");
        question.setVisible(false);
        question.setManaged(false);
        if (reveal) {
            FadeTransition fade = new FadeTransition(Duration.millis(450), parts.headline());
            fade.setFromValue(0.25);
            fade.setToValue(1);
            fade.play();
            parts.diagram().pulseChoiceChange(player.beforeStep());
        }
    }

    private void hideVerdict() {
        if (!parts.root().getStyleClass().contains(QUIZ_HIDDEN)) {
            parts.root().getStyleClass().add(QUIZ_HIDDEN);
        }
        // hidden but keeping their place, so the diagram does not move when the answer comes
        parts.headline().setVisible(false);
        question.setText(TEXT.get("presentation.quizQuestion"));
        question.setVisible(true);
        question.setManaged(true);
    }
}
