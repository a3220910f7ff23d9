package dev.lifeboat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A part of the system: a service, a data store, a queue or an external provider. Created and changed
 * only through its {@link Topology}, which tells listeners about every change.
 */
public final class Component {

    private final Topology topology;
    private final String id;
    private final ComponentKind kind;
    private String name;
    private Place place;
    private double x;
    private double y;
    /** The explicitly set values by setting slot ({@link #UNSET} where none): rules read them in a hot path. */
    private Object[] slots = new Object[0];
    private static final Object UNSET = new Object();

    Component(Topology topology, String id, ComponentKind kind, String name) {
        this.topology = topology;
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    /** The topology it belongs to. */
    public Topology topology() {
        return topology;
    }

    /** The stable id, used in files and links. */
    public String id() {
        return id;
    }

    public ComponentKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The innermost zone or region the component is placed in, or null when unplaced. */
    public Place place() {
        return place;
    }

    /** The zone it is placed in, or null. */
    public Place zone() {
        return place != null && place.kind() == PlaceKind.ZONE ? place : null;
    }

    /** The region it is placed in (directly or through its zone), or null. */
    public Place region() {
        if (place == null) {
            return null;
        }
        return place.kind() == PlaceKind.REGION ? place : place.region();
    }

    /**
     * The zones its members run in, one entry per member in turn (a zone listed twice holds twice as many), as
     * its kind's zone list says (the Raft store's {@code member_zones}); empty when the kind has none or none is
     * set. Ids that name no zone of its topology (any more) are left out.
     */
    public List<Place> memberZones() {
        Setting.ZoneListSetting s = kind.zoneList();
        if (s == null) {
            return List.of();
        }
        List<String> ids = get(s);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Place> out = new ArrayList<>(ids.size());
        for (String zid : ids) {
            topology.place(zid).filter(p -> p.kind() == PlaceKind.ZONE).ifPresent(out::add);
        }
        return out;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /**
     * The value of a setting of this component's kind: the one set, or the kind's default.
     *
     * @throws IllegalArgumentException when this kind has no such setting
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        int slot = setting.slot();
        Setting<?> own = kind.settingInSlot(slot);
        if (own == null) {
            throw new IllegalArgumentException(kind.label() + " has no setting " + setting.key());
        }
        Object v = explicit(slot);
        return (T) (v != UNSET ? v : own.defaultValue());
    }

    /** The value of the setting with this key, or its default. */
    public Object value(String key) {
        return get(kind.setting(key).orElseThrow(() ->
                new IllegalArgumentException(kind.label() + " has no setting " + key)));
    }

    /** Whether the setting was set explicitly (rather than left at its default). */
    public boolean isSet(String key) {
        return kind.setting(key).map(s -> explicit(s.slot()) != UNSET).orElse(false);
    }

    /**
     * Whether the setting was set explicitly, by a person or a file, rather than left at its kind's default: an
     * explicit value is the user's statement, a default where no documentation gives the number an assumption.
     */
    public boolean isSet(Setting<?> setting) {
        return explicit(setting.slot()) != UNSET;
    }

    /** The explicitly set values, by key, in the kind's order of settings. */
    public Map<String, Object> explicitValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Setting<?> s : kind.settings()) {
            Object v = explicit(s.slot());
            if (v != UNSET) {
                out.put(s.key(), v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Object explicit(int slot) {
        return slot < slots.length ? slots[slot] : UNSET;
    }

    void setName(String name) {
        this.name = name;
    }

    void setPlace(Place place) {
        this.place = place;
    }

    void setPosition(double x, double y) {
        this.x = x;
        this.y = y;
    }

    void putValue(String key, Object value) {
        int slot = kind.setting(key).orElseThrow().slot();
        if (slot >= slots.length) {
            int old = slots.length;
            slots = java.util.Arrays.copyOf(slots, Math.max(slot + 1, Setting.slots()));
            java.util.Arrays.fill(slots, old, slots.length, UNSET);
        }
        slots[slot] = value;
    }

    /** Takes over another component's explicit values (of the same kind): values are immutable, so sharing is safe. */
    void copyValuesFrom(Component other) {
        slots = other.slots.clone();
    }

    void clearValue(String key) {
        int slot = kind.setting(key).orElseThrow().slot();
        if (slot < slots.length) {
            slots[slot] = UNSET;
        }
    }

    @Override
    public String toString() {
        return name + " (" + kind.label() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
