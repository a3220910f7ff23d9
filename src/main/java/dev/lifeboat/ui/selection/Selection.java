package dev.lifeboat.ui.selection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What is selected on the canvas: components, zones/regions and dependencies (model objects).
 * Views observe {@link #items()}; changes go through the methods so that a change is one event.
 */
public final class Selection {

    private final ObservableSet<Object> items = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<Object> readOnly = FXCollections.unmodifiableObservableSet(items);
    private final ReadOnlyObjectWrapper<Object> nameRequest = new ReadOnlyObjectWrapper<>(this, "nameRequest");

    public ObservableSet<Object> items() {
        return readOnly;
    }

    public void select(Object item) {
        if (items.size() == 1 && items.contains(item)) {
            return;
        }
        items.clear();
        if (item != null) {
            items.add(item);
        }
    }

    /**
     * Selects a freshly created item and asks for its name to be edited: the inspector opens it on General
     * with the name field focused, so that what the user types next names it instead of reaching the canvas's
     * keys.
     */
    public void selectToName(Object item) {
        select(item);
        nameRequest.set(null);
        nameRequest.set(item);
    }

    /**
     * The item whose name the user should type now (set by {@link #selectToName}; it changes with every
     * request, passing through null), or null.
     */
    public ReadOnlyObjectProperty<Object> nameRequestProperty() {
        return nameRequest.getReadOnlyProperty();
    }

    public void selectAll(Collection<?> all) {
        items.retainAll(all);
        items.addAll(all);
    }

    public void toggle(Object item) {
        if (!items.remove(item)) {
            items.add(item);
        }
    }

    public void add(Object item) {
        items.add(item);
    }

    public void remove(Object item) {
        items.remove(item);
    }

    public void clear() {
        items.clear();
    }

    public boolean contains(Object item) {
        return items.contains(item);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The selected items of a type, in selection order. */
    public <T> List<T> of(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The single selected item, or null when none or several are selected. */
    public Object single() {
        return items.size() == 1 ? items.iterator().next() : null;
    }
}
