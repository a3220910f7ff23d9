package dev.lifeboat.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named alternative to the baseline design ("Proposal A"): a set of setting values over the baseline, by
 * component id and setting key. A change is a value of the setting's type or {@link #DEFAULT}, "back to the
 * kind's default". Structure (components, dependencies, places, journeys) is the baseline's: a variant only
 * changes settings.
 *
 * <p>Immutable: a {@link Topology} holds its variants and replaces one when it changes, telling its listeners,
 * so a variant is referred to by its {@link #name()}. A change of a component the baseline no longer has, or
 * of a setting its kind no longer has, is kept (an undo may bring the component back) but ignored by
 * {@link #apply} and not written to files.
 */
public final class Variant {

    /** The change "return this setting to its kind's default". */
    public static final Object DEFAULT = new Object() {
        @Override
        public String toString() {
            return "default";
        }
    };

    /** The name the baseline goes by wherever variants are listed; no variant may take it. */
    public static final String BASELINE = "Baseline";

    private final String name;
    private final Map<String, Map<String, Object>> changes;

    Variant(String name, Map<String, Map<String, Object>> changes) {
        this.name = Objects.requireNonNull(name, "name");
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        changes.forEach((id, values) -> {
            if (!values.isEmpty()) {
                copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
            }
        });
        this.changes = Collections.unmodifiableMap(copy);
    }

    public String name() {
        return name;
    }

    /** The changes by component id, then by setting key: a value of the setting's type, or {@link #DEFAULT}. */
    public Map<String, Map<String, Object>> changes() {
        return changes;
    }

    /** The ids of the components it changes a setting of (including ones the baseline may no longer have). */
    public Set<String> changedComponentIds() {
        return changes.keySet();
    }

    /** Whether it changes any setting of the component. */
    public boolean changes(Component c) {
        return applicable(c).size() > 0;
    }

    /** Whether it changes this setting of the component with this id. */
    public boolean isChanged(String componentId, String key) {
        Map<String, Object> values = changes.get(componentId);
        return values != null && values.containsKey(key);
    }

    /**
     * The value it gives the setting: a value of the setting's type (null for "none"), or {@link #DEFAULT}.
     * Only meaningful when {@link #isChanged} is true.
     */
    public Object value(String componentId, String key) {
        Map<String, Object> values = changes.get(componentId);
        return values == null ? null : values.get(key);
    }

    /** Its changes of the component that the component's kind has, in the kind's order of settings. */
    public Map<String, Object> applicable(Component c) {
        Map<String, Object> values = changes.get(c.id());
        if (values == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Setting<?> s : c.kind().settings()) {
            if (values.containsKey(s.key())) {
                out.put(s.key(), values.get(s.key()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether it changes nothing the baseline has. */
    public boolean isEmpty(Topology baseline) {
        return baseline.components().stream().noneMatch(this::changes);
    }

    /**
     * The baseline with this variant's changes applied: a new topology (without variants) that shares nothing
     * with the baseline. Changes of components or settings the baseline does not have, and values the
     * baseline would now refuse (a zone list naming a removed zone), are left out.
     */
    public Topology apply(Topology baseline) {
        Topology t = baseline.copy(false);
        for (Component c : t.components()) {
            applicable(c).forEach((key, value) -> applyOne(t, c, key, value));
        }
        return t;
    }

    /**
     * Brings one setting of {@code applied} (this variant {@link #apply applied} to {@code baseline} earlier) in
     * step after the baseline or this variant changed it: this variant's value, else the baseline's.
     *
     * @return false when either topology has no such component (the copy must be made again)
     */
    public boolean refresh(Topology baseline, Topology applied, String componentId, String key) {
        Component base = baseline.component(componentId).orElse(null);
        Component shown = applied.component(componentId).orElse(null);
        if (base == null || shown == null || base.kind() != shown.kind()) {
            return false;
        }
        Object value;
        if (isChanged(componentId, key)) {
            value = value(componentId, key);
        } else {
            value = base.isSet(key) ? base.value(key) : DEFAULT;
        }
        applyOne(applied, shown, key, value);
        return true;
    }

    /** Sets one setting of a copy to what this variant says, leaving it as it was when the value is refused. */
    static void applyOne(Topology t, Component c, String key, Object value) {
        try {
            if (value == DEFAULT) {
                t.reset(c, key);
            } else {
                t.set(c, key, value);
            }
        } catch (IllegalArgumentException e) {
            // the baseline changed under the variant (a zone removed): the baseline's value stands
        }
    }

    Variant withName(String newName) {
        return new Variant(newName, changes);
    }

    Variant with(String componentId, String key, Object value) {
        Map<String, Map<String, Object>> next = mutableCopy();
        next.computeIfAbsent(componentId, k -> new LinkedHashMap<>()).put(key, value);
        return new Variant(name, next);
    }

    Variant without(String componentId, String key) {
        Map<String, Map<String, Object>> next = mutableCopy();
        Map<String, Object> values = next.get(componentId);
        if (values != null) {
            values.remove(key);
        }
        return new Variant(name, next);
    }

    private Map<String, Map<String, Object>> mutableCopy() {
        Map<String, Map<String, Object>> next = new LinkedHashMap<>();
        changes.forEach((id, values) -> next.put(id, new LinkedHashMap<>(values)));
        return next;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variant v && v.name.equals(name) && v.changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, changes);
    }

    @Override
    public String toString() {
        return name;
    }
}
