package dev.lifeboat.ui.inspector;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * The inspector's editor factory: a combo box for choices, a checkbox for booleans, a text field (with
 * its unit) for durations, numbers and names, committed on Enter or when focus leaves. A refused value
 * turns the field red and shows the reason under it.
 */
public final class InspectorEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {

    /**
     * The key, in a text field's {@link javafx.scene.Node#getProperties() properties}, of a
     * {@link java.util.function.BooleanSupplier} that tells whether the field holds typing not yet committed.
     * Undo and redo act on that typing while there is some, and on the document otherwise.
     */
    public static final String UNSAVED_TYPING = "lifeboat.unsavedTyping";

    @Override
    public PropertyEditor<?> call(PropertySheet.Item raw) {
        InspectorItem item = (InspectorItem) raw;
        return switch (item.editor()) {
            case TEXT -> text(item);
            case CHOICE -> choice(item);
            case BOOLEAN -> bool(item);
            case MULTI_CHOICE -> multi(item);
            case READ_ONLY -> readOnly(item);
            case LIST -> new Editor(ListEditor.of(item), () -> { });
            case PAIR -> pair(item);
            case HEADER -> header(item);
        };
    }

    private static PropertyEditor<Object> text(InspectorItem item) {
        TextField field = new TextField();
        field.setId(item.id());
        field.setPrefColumnCount(5);
        field.setText(item.text());
        Runnable commit = () -> {
            if (!Objects.equals(field.getText(), item.text()) || item.error() != null) {
                item.setValue(field.getText());
                if (item.error() == null) {
                    field.setText(item.text());
                }
            }
        };
        field.setOnAction(e -> commit.run());
        field.getProperties().put(UNSAVED_TYPING,
                (java.util.function.BooleanSupplier) () -> !Objects.equals(field.getText(), item.text()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> {
            if (item.error() == null) {
                field.setText(item.text());
            }
        });
        Node control = field;
        if (item.unit() != null) {
            Label unit = new Label(item.unit());
            unit.getStyleClass().add("field-unit");
            HBox box = new HBox(6, field, unit);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(field, Priority.ALWAYS);
            control = box;
        }
        return new Editor(withError(item, field, control), () -> field.setText(item.text()));
    }

    private static PropertyEditor<Object> choice(InspectorItem item) {
        ComboBox<Object> box = new ComboBox<>(FXCollections.observableArrayList(item.choices()));
        box.setId(item.id());
        box.setPrefWidth(112);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(labels(item));
        box.setValue(item.getValue());
        box.valueProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b, item.getValue())) {
                item.setValue(b);
                box.setValue(item.getValue());
            }
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> box.setValue(b));
        return new Editor(withError(item, box, box), () -> box.setValue(item.getValue()));
    }

    private static PropertyEditor<Object> bool(InspectorItem item) {
        CheckBox box = new CheckBox();
        box.setId(item.id());
        box.setSelected(Boolean.TRUE.equals(item.getValue()));
        box.selectedProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b, item.getValue())) {
                item.setValue(b);
            }
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> box.setSelected(Boolean.TRUE.equals(b)));
        return new Editor(withError(item, box, box), () -> box.setSelected(Boolean.TRUE.equals(item.getValue())));
    }

    private static PropertyEditor<Object> multi(InspectorItem item) {
        CheckComboBox<Object> box = new CheckComboBox<>(FXCollections.observableArrayList(item.choices()));
        box.setId(item.id());
        box.setPrefWidth(112);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(labels(item));
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            box.getCheckModel().clearChecks();
            for (Object o : (List<?>) item.getValue()) {
                box.getCheckModel().check(o);
            }
            syncing[0] = false;
        };
        sync.run();
        box.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (!syncing[0]) {
                List<Object> chosen = item.choices().stream()
                        .filter(x -> box.getCheckModel().isChecked(x)).map(x -> (Object) x).toList();
                item.setValue(chosen);
            }
        });
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> sync.run());
        return new Editor(withError(item, box, box), sync);
    }

    /** Two text fields side by side (an RPO and an RTO), each committed like a text field; empty shows the default. */
    private static PropertyEditor<Object> pair(InspectorItem item) {
        TextField first = pairField(item, 0);
        TextField second = pairField(item, 1);
        TextField[] refused = {null};
        Runnable show = () -> {
            InspectorItem.Pair p = (InspectorItem.Pair) item.getValue();
            first.setPromptText(p.firstPrompt());
            second.setPromptText(p.secondPrompt());
            if (item.error() == null) {
                first.setText(p.first());
                second.setText(p.second());
            }
        };
        show.run();
        Label message = errorLine(item);
        Runnable mark = () -> {
            for (TextField f : List.of(first, second)) {
                boolean bad = f == refused[0] && item.error() != null;
                f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
                f.setTooltip(bad ? new Tooltip(item.error()) : null);
            }
        };
        for (TextField field : List.of(first, second)) {
            Runnable commit = () -> {
                InspectorItem.Pair p = (InspectorItem.Pair) item.getValue();
                boolean changed = !first.getText().strip().equals(p.first())
                        || !second.getText().strip().equals(p.second());
                if (changed || refused[0] == field) {
                    item.setValue(p.typed(first.getText().strip(), second.getText().strip()));
                    refused[0] = item.error() == null ? null : refusedField(item, first, second, field);
                    mark.run();
                    if (item.error() == null) {
                        show.run();
                    }
                }
            };
            field.setOnAction(e -> commit.run());
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    commit.run();
                }
            });
            field.getProperties().put(UNSAVED_TYPING, (java.util.function.BooleanSupplier) () -> {
                InspectorItem.Pair p = (InspectorItem.Pair) item.getValue();
                return !first.getText().equals(p.first()) || !second.getText().equals(p.second());
            });
        }
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> show.run());
        HBox box = new HBox(6, first, second);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new Editor(new VBox(2, box, message), show);
    }

    /**
     * The field a pair's refusal is about: the one whose column title the message starts with ("RPO under
     * region loss: ..."), else the one just committed.
     */
    private static TextField refusedField(InspectorItem item, TextField first, TextField second, TextField committed) {
        String error = item.error();
        for (int i = 0; i < 2; i++) {
            if (error.startsWith(item.choices().get(i) + " ")) {
                return i == 0 ? first : second;
            }
        }
        return committed;
    }

    private static TextField pairField(InspectorItem item, int column) {
        TextField field = new TextField();
        String name = String.valueOf(item.choices().get(column));
        field.setId(item.id() + "-" + name.toLowerCase(java.util.Locale.ROOT));
        field.setAccessibleText(item.getName() + " " + name);
        field.setPrefWidth(PAIR_COLUMN);
        field.setMinWidth(0);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** The width each column of a pair starts from; the header's titles use it too, so they line up. */
    private static final double PAIR_COLUMN = 50;

    /** The titles of the pair columns under it, aligned with their fields. */
    private static PropertyEditor<Object> header(InspectorItem item) {
        HBox box = new HBox(6);
        for (Object title : item.choices()) {
            Label l = new Label(String.valueOf(title));
            l.getStyleClass().add("column-title");
            l.setPrefWidth(PAIR_COLUMN);
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(l, Priority.ALWAYS);
            box.getChildren().add(l);
        }
        box.setId(item.id());
        return new Editor(box, () -> { });
    }

    /** The message line under a field, shown while the row's last edit stands refused. */
    private static Label errorLine(InspectorItem item) {
        Label message = new Label();
        message.setId(item.id() + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        // as wide as the row, never wider: a long message wraps instead of widening the column
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable show = () -> {
            String error = item.error();
            boolean bad = error != null;
            message.setText(bad ? "\u2716 " + error : "");
            message.setVisible(bad);
            message.setManaged(bad);
        };
        item.errorProperty().addListener(o -> show.run());
        show.run();
        return message;
    }

    private static PropertyEditor<Object> readOnly(InspectorItem item) {
        Label label = new Label(item.text());
        label.setId(item.id());
        label.getStyleClass().add("read-only-value");
        Tooltip tip = item.detail() == null ? null : new Tooltip(item.detail());
        Runnable reload = () -> {
            label.setText(item.text());
            if (tip != null) {
                tip.setText(item.detail());
            }
        };
        if (tip != null) {
            // a part of the cost: how it is computed, which follows every edit, on the value itself
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            label.setTooltip(tip);
        }
        // a read-only value may follow the model too (a cost): it changes with the row's value
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> reload.run());
        return new Editor(label, reload);
    }

    /** Wraps a control with the message line that shows a refusal. */
    private static Node withError(InspectorItem item, javafx.scene.control.Control control, Node shown) {
        Label message = errorLine(item);
        VBox box = new VBox(2, shown, message);
        Runnable show = () -> {
            String error = item.error();
            boolean bad = error != null;
            control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
            control.setTooltip(bad ? new Tooltip(error) : null);
        };
        item.errorProperty().addListener(o -> show.run());
        show.run();
        return box;
    }

    /** A PropertyEditor around a node; values flow through the item itself. */
    private record Editor(Node node, Runnable reload) implements PropertyEditor<Object> {
        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            return null;
        }

        @Override
        public void setValue(Object value) {
            reload.run();
        }
    }

    /** Shows a choice by its label; choices are picked, never typed. */
    private static StringConverter<Object> labels(InspectorItem item) {
        return new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return item.label(o);
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        };
    }
}
