package dev.lifeboat.ui.inspector;

import dev.lifeboat.model.Choice;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Setting;
import dev.lifeboat.ui.inspector.InspectorItem.ListEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor of a {@link ListSetting} row: one card per entry, one line per field (a choice box for choices, a
 * check box for booleans, a text field for durations and numbers), a remove button on each card and an add button
 * under them. The inspector is narrow, so the entries stack rather than form a table whose columns would not fit.
 * Every change is one {@link ListEdit} through the row, so one command; a refused input stays where it was typed,
 * marked, with the message under its card. A field left at its default shows the default greyed (a text field's
 * prompt, "(assumed)" when the field's label says so).
 *
 * <p>Node ids, for tests: {@code field-more_replica_groups-0-lag} (row id, entry index from 0, field key),
 * {@code ...-remove-0}, {@code ...-add}, {@code ...-error}.
 */
final class ListEditor {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String AT_DEFAULT = "at-default";

    private final InspectorItem item;
    private final ListSetting setting;
    private final VBox cards = new VBox(6);
    private final Button add = new Button();
    private final Label message = new Label();
    private final VBox root;
    private final List<Card> shown = new ArrayList<>();
    /** The control whose input the last refusal is about, or null. */
    private Control refused;

    private ListEditor(InspectorItem item) {
        this.item = item;
        this.setting = item.list();
        add.setText("+ Add " + setting.noun());
        add.setId(item.id() + "-add");
        add.getStyleClass().add("list-add");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> commit(new ListEdit.Add(), null, null));
        message.setId(item.id() + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label(item.getName());
        title.getStyleClass().add("list-title");
        title.setTooltip(new Tooltip(item.getDescription()));
        title.setWrapText(true);
        root = new VBox(6, title, cards, add);
        root.getStyleClass().add("list-editor");
        root.setMinWidth(0);
        // the cards take the inspector's whole width: the row's own label gives way to the title above them
        root.parentProperty().addListener((o, was, parent) -> {
            if (parent instanceof GridPane grid) {
                spanRow(grid, root, title);
            }
        });
        showMessage(null, null);
        show(entries());
        item.getObservableValue().orElseThrow().addListener((o, a, b) -> show(entries()));
    }

    /** The editor node of a {@code LIST} row. */
    static Node of(InspectorItem item) {
        return new ListEditor(item).root;
    }

    @SuppressWarnings("unchecked")
    private List<ListSetting.Entry> entries() {
        Object v = item.getValue();
        return v == null ? List.of() : (List<ListSetting.Entry>) v;
    }

    /** Shows the entries: the cards there are keep their controls (and focus), cards are added or dropped. */
    private void show(List<ListSetting.Entry> entries) {
        while (shown.size() > entries.size()) {
            Card gone = shown.remove(shown.size() - 1);
            cards.getChildren().remove(gone.box);
        }
        while (shown.size() < entries.size()) {
            Card c = new Card(shown.size());
            shown.add(c);
            cards.getChildren().add(c.box);
        }
        for (int i = 0; i < entries.size(); i++) {
            shown.get(i).show(entries.get(i));
        }
        cards.setVisible(!entries.isEmpty());
        cards.setManaged(!entries.isEmpty());
        add.setDisable(entries.size() >= ListSetting.MAX_ENTRIES);
        if (refused != null && refused.getScene() == null) {
            showMessage(null, null);
        }
    }

    /** Applies one edit; on refusal marks the control (if any) and shows the message under the card. */
    private void commit(ListEdit edit, Control control, Card card) {
        item.setValue(edit);
        String error = item.error();
        // a refusal about the whole list (add) shows under the add button
        showMessage(error == null ? null : control, error == null ? null : card);
    }

    private void showMessage(Control control, Card card) {
        Control previous = refused;
        if (previous != null) {
            previous.pseudoClassStateChanged(INVALID, false);
            previous.setTooltip(null);
        }
        refused = control;
        String error = item.error();
        boolean bad = error != null;
        message.setText(bad ? "\u2716 " + error : "");
        message.setVisible(bad);
        message.setManaged(bad);
        if (message.getParent() instanceof VBox parent) {
            parent.getChildren().remove(message);
        }
        if (card != null) {
            card.box.getChildren().add(message);
        } else {
            root.getChildren().add(message);
        }
        if (control != null) {
            control.pseudoClassStateChanged(INVALID, true);
            control.setTooltip(new Tooltip(error));
        }
        if (previous != null && previous != control) {
            // the refused typing elsewhere is no longer marked: show the value it would have replaced
            show(entries());
        }
    }

    /**
     * Lets a row's editor take both columns of the property sheet's grid: the sheet's label for it (the one
     * {@link Label#getLabelFor() labelling} it) is hidden, and {@code title} takes over its job.
     */
    private static void spanRow(GridPane grid, Region editor, Label title) {
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && l.getLabelFor() == editor) {
                l.setVisible(false);
                l.setManaged(false);
                title.setLabelFor(editor);
            }
        }
        GridPane.setColumnIndex(editor, 0);
        GridPane.setColumnSpan(editor, 2);
    }

    /** What a field left at its default shows, greyed: its default, marked when the default is an assumption. */
    static String defaultText(Setting<?> field) {
        String text = field.format(field.defaultValue());
        return field.label().contains("(assumed)") ? text + " (assumed)" : text;
    }

    /** One entry: a title with its remove button, and a line per field. */
    private final class Card {
        private final int index;
        private final VBox box = new VBox(4);
        private final List<Runnable> syncs = new ArrayList<>();
        private ListSetting.Entry entry;
        private boolean syncing;

        Card(int index) {
            this.index = index;
            box.getStyleClass().add("list-entry");
            String name = Character.toUpperCase(setting.noun().charAt(0)) + setting.noun().substring(1) + " "
                    + InspectorViewModel.entryNumber(index);
            Label title = new Label(name);
            title.getStyleClass().add("list-entry-title");
            title.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button("\u2715");
            remove.setId(item.id() + "-remove-" + index);
            remove.getStyleClass().addAll("list-remove", "flat");
            remove.setTooltip(new Tooltip("Remove " + setting.noun() + " " + InspectorViewModel.entryNumber(index)));
            remove.setOnAction(e -> commit(new ListEdit.Remove(index), null, null));
            HBox head = new HBox(4, title, gap, remove);
            head.setAlignment(Pos.CENTER_LEFT);
            GridPane grid = new GridPane();
            grid.getStyleClass().add("list-entry-fields");
            ColumnConstraints labels = new ColumnConstraints();
            labels.setPrefWidth(96);
            labels.setMinWidth(40);
            ColumnConstraints controls = new ColumnConstraints();
            controls.setHgrow(Priority.ALWAYS);
            controls.setMinWidth(40);
            grid.getColumnConstraints().addAll(labels, controls);
            int row = 0;
            for (Setting<?> field : setting.fields()) {
                Label label = new Label(unitLabel(field));
                label.getStyleClass().add("list-field-label");
                label.setWrapText(true);
                label.setMinWidth(0);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.setTooltip(new Tooltip(field.description() + "  (default: " + defaultText(field) + ")"));
                Control control = control(field);
                control.setId(item.id() + "-" + index + "-" + field.key());
                control.setMaxWidth(Double.MAX_VALUE);
                label.setLabelFor(control);
                grid.add(label, 0, row);
                grid.add(control, 1, row);
                row++;
            }
            box.getChildren().addAll(head, grid);
        }

        private static String unitLabel(Setting<?> field) {
            return field instanceof Setting.NumberSetting ns && ns.unit() != null
                    ? field.label() + " (" + ns.unit() + ")" : field.label();
        }

        void show(ListSetting.Entry e) {
            entry = e;
            syncing = true;
            try {
                syncs.forEach(Runnable::run);
            } finally {
                syncing = false;
            }
        }

        private Control control(Setting<?> field) {
            if (field instanceof Setting.ChoiceSetting<?> cs) {
                ChoiceBox<Object> box = new ChoiceBox<>(FXCollections.observableArrayList(cs.choices()));
                box.setPrefWidth(60);
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Object o) {
                        return o == null ? "" : Printable.echo(((Choice) o).label());
                    }

                    @Override
                    public Object fromString(String s) {
                        return null;
                    }
                });
                syncs.add(() -> {
                    box.setValue(entry.get(field));
                    atDefault(box, field);
                });
                box.valueProperty().addListener((o, a, b) -> {
                    if (!syncing && b != null && !Objects.equals(b, entry.get(field))) {
                        commit(new ListEdit.SetField(index, field.key(), b), box, this);
                    }
                });
                return box;
            }
            if (field instanceof Setting.BoolSetting) {
                CheckBox box = new CheckBox();
                syncs.add(() -> {
                    box.setSelected(Boolean.TRUE.equals(entry.get(field)));
                    atDefault(box, field);
                    box.setText(entry.isSet(field) ? "" : "(default)");
                });
                box.selectedProperty().addListener((o, a, b) -> {
                    if (!syncing && !Objects.equals(b, entry.get(field))) {
                        commit(new ListEdit.SetField(index, field.key(), b), box, this);
                    }
                });
                return box;
            }
            TextField text = new TextField();
            text.setPrefColumnCount(4);
            text.setPromptText(defaultText(field));
            syncs.add(() -> {
                if (refused != text) {
                    text.setText(typed(field));
                }
            });
            Runnable commit = () -> {
                if (!Objects.equals(text.getText().trim(), typed(field)) || refused == text) {
                    commit(new ListEdit.SetField(index, field.key(), text.getText()), text, this);
                    if (item.error() == null) {
                        text.setText(typed(field));
                    }
                }
            };
            text.setOnAction(e -> commit.run());
            text.focusedProperty().addListener((o, was, is) -> {
                if (!is && text.getScene() != null) {
                    commit.run();
                }
            });
            text.getProperties().put(InspectorEditors.UNSAVED_TYPING,
                    (BooleanSupplier) () -> !Objects.equals(text.getText(), typed(field)));
            return text;
        }

        /** The text a field shows: its value when given, empty (the greyed default) when left out. */
        private String typed(Setting<?> field) {
            return entry.isSet(field) ? field.format(entry.get(field)) : "";
        }

        private void atDefault(Control control, Setting<?> field) {
            boolean dflt = !entry.isSet(field);
            if (dflt != control.getStyleClass().contains(AT_DEFAULT)) {
                if (dflt) {
                    control.getStyleClass().add(AT_DEFAULT);
                } else {
                    control.getStyleClass().remove(AT_DEFAULT);
                }
            }
        }
    }
}
