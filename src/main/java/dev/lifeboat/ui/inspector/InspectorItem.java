package dev.lifeboat.ui.inspector;

import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Printable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of the inspector: reads its value from the model, and turns an edited value into a command
 * through the view model, which refuses invalid input with a message (the model is never touched then).
 * What the row shows (its value as text, its choices, its refusal) goes through {@link Printable}: names and
 * echoed values may hold control or bidi characters, shown escaped.
 */
public final class InspectorItem implements PropertySheet.Item {

    /**
     * Which editor the row needs. {@code LIST}: a {@link ListSetting}'s entries, one card each, edited by
     * {@link ListEdit}s. {@code PAIR}: two text fields side by side (a {@link Pair}). {@code HEADER}: the column
     * titles ({@link #choices()}) of the {@code PAIR} rows under it.
     */
    public enum Editor { TEXT, CHOICE, BOOLEAN, READ_ONLY, MULTI_CHOICE, LIST, PAIR, HEADER }

    /**
     * The value of a {@code PAIR} row: the two texts as typed (empty: the default), and the default each shows
     * greyed when empty. An edit hands back a pair with new texts; the prompts are ignored then.
     */
    public record Pair(String first, String second, String firstPrompt, String secondPrompt) {
        public Pair {
            first = first == null ? "" : first;
            second = second == null ? "" : second;
        }

        /** This pair with other texts (what the user typed). */
        public Pair typed(String newFirst, String newSecond) {
            return new Pair(newFirst, newSecond, firstPrompt, secondPrompt);
        }
    }

    /** One edit of a {@code LIST} row, handed to {@link #setValue}; the view model turns it into the new list. */
    public sealed interface ListEdit {
        /**
         * Gives one field of one entry a value: text as typed (blank: back to the field's default), or a choice
         * or boolean as picked.
         */
        record SetField(int index, String field, Object input) implements ListEdit {
        }

        /** Appends an entry with every field at its default. */
        record Add() implements ListEdit {
        }

        /** Removes an entry. */
        record Remove(int index) implements ListEdit {
        }
    }

    /** How long a refusal may grow before it is cut: a sentence with a few echoed values. */
    private static final int REFUSAL_LIMIT = 4 * Printable.ECHO_LIMIT;

    private final String id;
    private final String category;
    private final String name;
    private final String description;
    private final Editor editor;
    private final String unit;
    private final List<?> choices;
    private final Function<Object, String> label;
    private final Supplier<Object> read;
    private final Function<Object, String> write;
    private final ListSetting list;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** For a read-only row whose explanation follows the model (a cost line's basis): the current one, or null. */
    private Supplier<String> detail;

    /**
     * @param write applies an edited value and returns null, or returns the message of a refusal
     */
    InspectorItem(String id, String category, String name, String description, Editor editor, String unit,
                  List<?> choices, Function<Object, String> label, Supplier<Object> read,
                  Function<Object, String> write) {
        this(id, category, name, description, editor, unit, choices, label, read, write, null);
    }

    /** @param list the list setting a {@code LIST} row edits */
    InspectorItem(String id, String category, String name, String description, Editor editor, String unit,
                  List<?> choices, Function<Object, String> label, Supplier<Object> read,
                  Function<Object, String> write, ListSetting list) {
        this.id = id;
        this.list = list;
        this.category = category;
        this.name = name;
        this.description = description;
        this.editor = editor;
        this.unit = unit;
        // not List.copyOf: "none" is a legitimate choice (e.g. unplaced), held as null
        this.choices = choices == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(choices));
        this.label = label == null ? String::valueOf : label;
        this.read = read;
        this.write = write;
        refresh();
    }

    /** A stable id for the editor node ("field-backup_interval"), for tests and accessibility. */
    public String id() {
        return id;
    }

    public Editor editor() {
        return editor;
    }

    /** The unit shown after a number, or null. */
    public String unit() {
        return unit;
    }

    /** The list setting of a {@code LIST} row, else null. */
    public ListSetting list() {
        return list;
    }

    /** The choices of a choice row; the column titles of a {@code HEADER} row. */
    public List<?> choices() {
        return choices;
    }

    /** How a choice is shown: escaped, and cut when long (a list of choices is no place for a whole page). */
    public String label(Object choice) {
        return choice == null ? "(none)" : Printable.echo(label.apply(choice));
    }

    /**
     * The value as a text field or label shows it (escaped). An edit that leaves this text as it is changes
     * nothing: a name with control characters is not renamed to its escaped form by a field losing focus.
     */
    public String text() {
        return Printable.of(String.valueOf(value.get()));
    }

    /** A read-only row's explanation that follows the model, shown on its value; returns this row. */
    InspectorItem withDetail(Supplier<String> detail) {
        this.detail = detail;
        return this;
    }

    /** The row's explanation as it is now (escaped), or null when it has none beyond its description. */
    public String detail() {
        if (detail == null) {
            return null;
        }
        // one line per part, each escaped: the line breaks are the row's own, any other control character is shown
        StringBuilder out = new StringBuilder();
        for (String line : detail.get().split("\n", -1)) {
            out.append(out.length() == 0 ? "" : "\n").append(Printable.of(line));
        }
        return out.toString();
    }

    /** Re-reads the value from the model (after an undo, for example). */
    public void refresh() {
        value.set(read.get());
    }

    /** The refusal message of the last edit (escaped and cut), or null when it was accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    @Override
    public Class<?> getType() {
        return Object.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** Applies an edit: on refusal keeps the model as it was and shows the message. */
    @Override
    public void setValue(Object newValue) {
        if (!isEditable()) {
            return;
        }
        String refusal = write.apply(newValue);
        error.set(refusal == null ? null : Printable.echo(refusal, REFUSAL_LIMIT));
        refresh();
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return editor != Editor.READ_ONLY && editor != Editor.HEADER;
    }
}
