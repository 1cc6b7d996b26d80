package dev.gluefailover.ui;

import atlantafx.base.theme.Styles;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.ui.EditorViewModel.Choice;
import dev.gluefailover.ui.EditorViewModel.Field;
import dev.gluefailover.ui.EditorViewModel.Target;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right column's Edit tab: a chooser of the element to edit (it follows the diagram's selection),
 * its properties in a ControlsFX {@link PropertySheet}, and under the chooser why the last change was
 * refused and which drill steps the scenario no longer passes. Thin: the fields, their values and what
 * a change does are {@link EditorViewModel}'s. Text fields commit on Enter or when they lose focus,
 * choices, check boxes and spinners when they change; every editor has the id {@code edit-KEY}.
 */
final class EditorPanel extends VBox {
    private static final Messages T = Messages.of("editor-window");

    private final EditorViewModel editor;
    private final ComboBox<Target> chooser = new ComboBox<>();
    private final PropertySheet sheet = new PropertySheet();
    private final Label refusal = new Label();
    private final Label drills = new Label();
    private final Label hint = new Label();
    private final Button remove = new Button();
    private boolean rebuildQueued;
    private boolean choosing;

    EditorPanel(EditorViewModel editor) {
        super(8);
        this.editor = editor;
        setId("editorPanel");
        getStyleClass().add("editor-panel");
        getStylesheets().add(EditorPanel.class.getResource("editor.css").toExternalForm());
        setPadding(new Insets(10));

        chooser.setId("editTarget");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Target t) {
                return t == null ? "" : editor.label(t);
            }

            @Override
            public Target fromString(String s) {
                return null;
            }
        });
        chooser.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Target item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : editor.label(item));
            }
        });
        chooser.setOnShowing(e -> fillChooser());
        chooser.valueProperty().addListener((o, a, b) -> {
            if (!choosing && b != null && !b.equals(editor.targetProperty().get())) {
                editor.targetProperty().set(b);
            }
        });
        remove.setId("editRemove");
        remove.setGraphic(new FontIcon("mdi2d-delete-outline"));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> {
            Target t = editor.targetProperty().get();
            if (t != null) {
                editor.remove(t);
            }
        });
        HBox top = new HBox(6, chooser, remove);
        HBox.setHgrow(chooser, Priority.ALWAYS);

        refusal.setId("editRefusal");
        refusal.setWrapText(true);
        refusal.setGraphic(new FontIcon("mdi2c-cancel"));
        refusal.getStyleClass().add("editor-refusal");
        drills.setId("editDrillWarning");
        drills.setWrapText(true);
        drills.setGraphic(new FontIcon("mdi2a-alert"));
        drills.getStyleClass().add("editor-drills");
        hint.setWrapText(true);
        hint.getStyleClass().add("editor-hint");
        showText(refusal, editor.refusalProperty());
        showText(drills, editor.drillWarningProperty());

        setMinWidth(0);
        sheet.setMinWidth(0);
        sheet.setId("editSheet");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> ((FieldItem) item).editorNode());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        // The sheet's rows take the column's width: no sideways scrolling in a narrow right column.
        sheet.skinProperty().addListener((o, a, skin) -> Platform.runLater(() -> {
            if (sheet.lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane scroll) {
                scroll.setFitToWidth(true);
                scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            }
        }));

        getChildren().addAll(top, refusal, drills, sheet, hint);
        editor.fieldsProperty().addListener((ListChangeListener<Field>) c -> queueRebuild());
        editor.targetProperty().addListener((o, a, b) -> showTarget());
        Messages.onChange(l -> Platform.runLater(() -> {
            editor.relabel();
            relabel();
        }));
        relabel();
        showTarget();
        rebuild();
    }

    /** The sheet (tests read its items). */
    PropertySheet sheet() {
        return sheet;
    }

    private void relabel() {
        remove.setTooltip(new javafx.scene.control.Tooltip(T.get("panel.remove")));
        hint.setText(T.get("panel.hint"));
        showTarget();
    }

    private void showText(Label label, ObservableValue<String> text) {
        Runnable show = () -> {
            String t = text.getValue();
            boolean on = t != null && !t.isBlank();
            label.setText(on ? t : "");
            label.setVisible(on);
            label.setManaged(on);
        };
        text.addListener((o, a, b) -> show.run());
        show.run();
    }

    private void fillChooser() {
        choosing = true;
        try {
            Target now = editor.targetProperty().get();
            chooser.getItems().setAll(editor.targets());
            chooser.setValue(now);
        } finally {
            choosing = false;
        }
    }

    private void showTarget() {
        choosing = true;
        try {
            Target t = editor.targetProperty().get();
            if (t != null && !chooser.getItems().contains(t)) {
                chooser.getItems().setAll(editor.targets());
            }
            chooser.setValue(t);
            chooser.getButtonCell().setText(t == null ? "" : editor.label(t)); // a relabelled name, a new language
            remove.setDisable(t == null || t.kind() == EditorViewModel.Kind.JOB);
        } finally {
            choosing = false;
        }
    }

    /**
     * After the event that changed the fields: an editor's own value listener may be what made the
     * change, and its control must not be taken out of the scene while it is still handling it.
     */
    private void queueRebuild() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        sheet.getItems().forEach(i -> ((FieldItem) i).stale = true);
        sheet.getItems().setAll(editor.fieldsProperty().stream().map(FieldItem::new).toList());
        showTarget();
    }

    /** One field as a property sheet item; its value goes back through the view-model. */
    final class FieldItem implements PropertySheet.Item {
        private final Field field;
        /** Replaced by newer fields: its editor may still report (losing focus as it leaves the scene). */
        private boolean stale;

        FieldItem(Field field) {
            this.field = field;
        }

        Field field() {
            return field;
        }

        @Override
        public Class<?> getType() {
            return field.value() == null ? String.class : field.value().getClass();
        }

        @Override
        public String getCategory() {
            return "";
        }

        @Override
        public String getName() {
            return field.label();
        }

        @Override
        public String getDescription() {
            return T.has("help." + field.key()) ? T.get("help." + field.key()) : field.label();
        }

        @Override
        public Object getValue() {
            return field.value();
        }

        @Override
        public void setValue(Object value) {
            if (!stale) {
                editor.change(field, value);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            // A read-only value is a label, not a disabled editor: it stays readable (the sheet greys disabled ones).
            return field.editable() || field.editor() == EditorViewModel.Editor.READ_ONLY;
        }

        PropertyEditor<Object> editorNode() {
            Node node = switch (field.editor()) {
                case TEXT, CIDR, LIST -> text();
                case FLAG -> check();
                case NUMBER -> spinner();
                case CHOICE -> choice();
                case READ_ONLY -> readOnly();
            };
            node.setId(field.nodeId());
            if (node instanceof javafx.scene.layout.Region r) {
                // Narrow right column: editors shrink before the sheet needs a horizontal scroll bar.
                r.setMinWidth(60);
                r.setPrefWidth(100);
                r.setMaxWidth(Double.MAX_VALUE);
            }
            return new PropertyEditor<>() {
                @Override
                public Node getEditor() {
                    return node;
                }

                @Override
                public Object getValue() {
                    return field.value();
                }

                @Override
                public void setValue(Object value) {
                    // The node shows the field's value from the start; a new value comes as new fields.
                }
            };
        }

        private Node text() {
            TextField t = new TextField(field.value() == null ? "" : field.value().toString());
            t.setOnAction(e -> setValue(t.getText()));
            t.focusedProperty().addListener((o, was, now) -> {
                if (!now && t.getScene() != null) {
                    setValue(t.getText());
                }
            });
            t.setPromptText(T.has("prompt." + field.key()) ? T.get("prompt." + field.key())
                    : field.editor() == EditorViewModel.Editor.CIDR ? "10.0.1.0/24" : "");
            return t;
        }

        private Node check() {
            CheckBox c = new CheckBox();
            c.setSelected(Boolean.TRUE.equals(field.value()));
            c.setDisable(!field.editable());
            c.selectedProperty().addListener((o, a, b) -> setValue(b));
            return c;
        }

        private Node spinner() {
            int v = field.value() instanceof Integer i ? i : field.min();
            Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(field.min(),
                    field.max(), Math.max(field.min(), Math.min(field.max(), v))));
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
            s.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    setValue(b);
                }
            });
            return s;
        }

        private Node choice() {
            ComboBox<Choice> box = new ComboBox<>();
            box.getItems().setAll(field.choices());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Choice c) {
                    return c == null ? "" : c.label();
                }

                @Override
                public Choice fromString(String s) {
                    return null;
                }
            });
            List<Choice> match = field.choices().stream().filter(c -> c.value().equals(field.value())).toList();
            if (!match.isEmpty()) {
                box.setValue(match.get(0));
            }
            box.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    setValue(b.value());
                }
            });
            return box;
        }

        private Node readOnly() {
            String text = field.value() == null ? "" : field.value().toString();
            Label l = new Label(text);
            l.setWrapText(text.contains(" ")); // sentences and rule lists wrap; an id is cut at its end, with a tooltip
            l.setTooltip(new javafx.scene.control.Tooltip(text));
            return l;
        }
    }
}
