package dev.lifeboat.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A table's rows as slots that follow a list of values: a value replaced in the list is set in its slot, so that
 * only the cells showing that slot draw it again, while only values added or removed change the table's rows. A
 * {@code TableView} treats a replaced item as a change of its rows and redraws, restyles and measures every visible
 * row; an edit that changes one step of a thousand must not cost that.
 */
final class Slots {

    private Slots() {
    }

    /** One row of a table: the value it shows now. */
    static final class Slot<T> extends ReadOnlyObjectWrapper<T> {

        Slot(T value) {
            super(value);
        }
    }

    /** The slots of a list of values, kept in step with it (the values list holds the truth; the slots follow). */
    static <T> ObservableList<Slot<T>> following(ObservableList<T> values) {
        ObservableList<Slot<T>> slots = FXCollections.observableArrayList();
        for (T v : values) {
            slots.add(new Slot<>(v));
        }
        values.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                int from = c.getFrom();
                if (c.wasPermutated()) {
                    for (int i = from; i < c.getTo(); i++) {
                        slots.get(i).set(values.get(i));
                    }
                    continue;
                }
                int removed = c.getRemovedSize();
                int added = c.getAddedSize();
                int common = Math.min(removed, added);
                for (int i = 0; i < common; i++) {
                    slots.get(from + i).set(values.get(from + i));
                }
                if (removed > common) {
                    slots.remove(from + common, from + removed);
                }
                if (added > common) {
                    List<Slot<T>> more = new ArrayList<>(added - common);
                    for (int i = from + common; i < from + added; i++) {
                        more.add(new Slot<>(values.get(i)));
                    }
                    slots.addAll(from + common, more);
                }
            }
        });
        return slots;
    }
}
