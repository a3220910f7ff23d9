package dev.lifeboat.model;

import dev.lifeboat.model.TopologyEvent.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The aggregate: components, the dependencies between them, user journeys and the places (regions,
 * zones) components live in. Every change goes through this class, which keeps the model valid (no
 * dangling link, no duplicate id, no invalid setting value) and tells its listeners.
 *
 * <p>Not thread-safe: change it from one thread.
 */
public final class Topology {

    private String name = "Untitled";
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, List<Dependency>> outgoing = new LinkedHashMap<>();
    private final Map<String, List<Dependency>> incoming = new LinkedHashMap<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final Map<String, Journey> journeys = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final List<Variant> variants = new ArrayList<>();
    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    /** Per id base, the next suffix to try when an id is derived from a name, for each kind of item. */
    private final Map<String, Integer> nextComponentSuffix = new HashMap<>();
    private final Map<String, Integer> nextJourneySuffix = new HashMap<>();
    private final Map<String, Integer> nextPlaceSuffix = new HashMap<>();
    private long modCount;

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = requireText(name, "name");
    }

    // ---------------------------------------------------------------- assumptions of the whole design

    /** The assumed time until someone notices logical corruption when no component says otherwise: 30 minutes. */
    public static final long DEFAULT_DETECTION_TIME = 30 * 60;

    private Long detectionTime;

    /**
     * How long until someone notices logical corruption (a bad migration, a wrong DELETE), for every store
     * that does not set its own {@code detection_time}: the user's number, or the assumed
     * {@link #DEFAULT_DETECTION_TIME}. It decides whether a delayed replica still holds the data from before.
     */
    public long detectionTime() {
        return detectionTime != null ? detectionTime : DEFAULT_DETECTION_TIME;
    }

    /** Whether the user gave the detection time (else it is the assumed default). */
    public boolean isDetectionTimeSet() {
        return detectionTime != null;
    }

    /**
     * Sets the design's detection time, or returns it to the assumed default with null.
     *
     * @throws InvalidValueException when it is negative or longer than ten years
     */
    public void setDetectionTime(Long seconds) {
        Long v = seconds == null ? null : Settings.DETECTION_TIME.coerce(seconds);
        if (Objects.equals(v, detectionTime)) {
            return;
        }
        detectionTime = v;
        fire(Type.ASSUMPTIONS_CHANGED, this, null);
    }

    /** The detection time that applies to a store: its own {@code detection_time}, else the design's. */
    public long detectionTime(Component c) {
        Setting.DurationSetting own = Settings.DETECTION_TIME;
        if (c.kind().has(own) && c.get(own) != null) {
            return c.get(own);
        }
        return detectionTime();
    }

    /** Whether the detection time that applies to a store was given by the user (its own, or the design's). */
    public boolean isDetectionTimeSet(Component c) {
        Setting.DurationSetting own = Settings.DETECTION_TIME;
        return c.kind().has(own) && c.get(own) != null || isDetectionTimeSet();
    }

    // ---------------------------------------------------------------- unit prices

    private Prices prices = Prices.DEFAULTS;

    /** The unit prices the design's costs are computed with; {@link Prices#DEFAULTS} unless the user changed them. */
    public Prices prices() {
        return prices;
    }

    /** Sets the design's unit prices ({@link Prices#DEFAULTS} to return to the defaults); tells listeners. */
    public void setPrices(Prices prices) {
        Objects.requireNonNull(prices, "prices");
        if (prices.equals(this.prices)) {
            return;
        }
        this.prices = prices;
        fire(Type.PRICES_CHANGED, this, null);
    }

    // ---------------------------------------------------------------- listeners

    public void addListener(TopologyListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(TopologyListener l) {
        listeners.remove(l);
    }

    /** Counts changes; any change increments it. */
    public long modCount() {
        return modCount;
    }

    private void fire(Type type, Object subject, String key) {
        modCount++;
        TopologyEvent e = new TopologyEvent(type, subject, key);
        for (TopologyListener l : listeners) {
            l.topologyChanged(e);
        }
    }

    // ---------------------------------------------------------------- components

    /** All components, in the order they were added. */
    public Collection<Component> components() {
        return Collections.unmodifiableCollection(components.values());
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public int size() {
        return components.size();
    }

    /**
     * Adds a component.
     *
     * @param id   a stable id, or null to derive one from the name
     * @param kind its kind
     * @param name its display name
     * @throws IllegalArgumentException when the id is malformed or taken
     */
    public Component addComponent(String id, ComponentKind kind, String name) {
        Objects.requireNonNull(kind, "kind");
        String n = requireText(name, "component name");
        String cid = id == null ? uniqueId(n) : checkId(id);
        if (components.containsKey(cid)) {
            throw new IllegalArgumentException("a component with id '" + cid + "' already exists");
        }
        Component c = new Component(this, cid, kind, n);
        components.put(cid, c);
        outgoing.put(cid, new ArrayList<>());
        incoming.put(cid, new ArrayList<>());
        fire(Type.COMPONENT_ADDED, c, null);
        return c;
    }

    /**
     * Removes a component with its dependencies (both ways), and drops it from journey entries.
     * Listeners hear of each removed dependency and changed journey first.
     */
    public void removeComponent(Component c) {
        requireOwn(c);
        for (Dependency d : new ArrayList<>(outgoing.get(c.id()))) {
            removeDependency(d);
        }
        for (Dependency d : new ArrayList<>(incoming.get(c.id()))) {
            removeDependency(d);
        }
        for (Journey j : journeys.values()) {
            if (j.entries().contains(c)) {
                List<Component> rest = new ArrayList<>(j.entries());
                rest.remove(c);
                j.setEntries(rest);
                fire(Type.JOURNEY_CHANGED, j, null);
            }
        }
        components.remove(c.id());
        outgoing.remove(c.id());
        incoming.remove(c.id());
        fire(Type.COMPONENT_REMOVED, c, null);
    }

    public void rename(Component c, String newName) {
        requireOwn(c);
        c.setName(requireText(newName, "component name"));
        fire(Type.COMPONENT_RENAMED, c, null);
    }

    public void move(Component c, double x, double y) {
        requireOwn(c);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position must be a finite number");
        }
        c.setPosition(x, y);
        fire(Type.COMPONENT_MOVED, c, null);
    }

    /** Places a component in a zone or region, or unplaces it with null. */
    public void place(Component c, Place place) {
        requireOwn(c);
        if (place != null && places.get(place.id()) != place) {
            throw new IllegalArgumentException("place " + place.id() + " is not part of this topology");
        }
        c.setPlace(place);
        fire(Type.COMPONENT_PLACED, c, null);
    }

    /**
     * Sets a setting after checking the value; {@code null} resets optional durations to "none".
     *
     * @throws InvalidValueException when the value is refused (the model is left unchanged)
     * @throws IllegalArgumentException when the component's kind has no such setting
     */
    public void set(Component c, String key, Object value) {
        requireOwn(c);
        Setting<?> s = c.kind().setting(key).orElseThrow(() -> new InvalidValueException(key,
                c.kind().label() + " has no setting '" + key + "'"));
        Object v = s.coerce(value);
        if (s instanceof Setting.ZoneListSetting z) {
            checkZones(z, z.coerce(v));
        }
        c.putValue(key, v);
        fire(Type.SETTING_CHANGED, c, key);
        if (s instanceof Setting.ZoneListSetting) {
            // where its members run changes which zone and region losses hit it
            fire(Type.COMPONENT_PLACED, c, null);
        }
    }

    /** Refuses a zone list naming anything but a zone of this topology, in one line. */
    private void checkZones(Setting.ZoneListSetting s, List<String> ids) {
        for (String id : ids) {
            Place p = places.get(id);
            if (p == null || p.kind() != PlaceKind.ZONE) {
                List<String> zones = places.values().stream().filter(z -> z.kind() == PlaceKind.ZONE)
                        .map(Place::id).toList();
                String what = p == null ? "no zone" : "a region, not a zone";
                throw new InvalidValueException(s.key(), s.label() + ": " + what + " with id \"" + Printable.echo(id)
                        + "\"" + (zones.isEmpty() ? "; the topology has no zones"
                        : "; its zones are " + String.join(", ", zones)));
            }
        }
    }

    /** Sets a typed setting; see {@link #set(Component, String, Object)}. */
    public <T> void set(Component c, Setting<T> setting, T value) {
        set(c, setting.key(), value);
    }

    /** Returns a setting to its kind's default. */
    public void reset(Component c, String key) {
        requireOwn(c);
        c.kind().setting(key).orElseThrow(() -> new InvalidValueException(key,
                c.kind().label() + " has no setting '" + key + "'"));
        c.clearValue(key);
        fire(Type.SETTING_CHANGED, c, key);
        if (c.kind().zoneList() != null && c.kind().zoneList().key().equals(key)) {
            fire(Type.COMPONENT_PLACED, c, null);
        }
    }

    // ---------------------------------------------------------------- dependencies

    public List<Dependency> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    /** The dependencies of a component (arrows leaving it). */
    public List<Dependency> dependenciesOf(Component c) {
        requireOwn(c);
        return Collections.unmodifiableList(outgoing.get(c.id()));
    }

    /** The components' dependencies on this one (arrows arriving at it). */
    public List<Dependency> dependentsOf(Component c) {
        requireOwn(c);
        return Collections.unmodifiableList(incoming.get(c.id()));
    }

    public Optional<Dependency> dependency(Component source, Component target) {
        requireOwn(source);
        for (Dependency d : outgoing.get(source.id())) {
            if (d.target() == target) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Records that {@code source} depends on {@code target}. Cycles are allowed here (the engine reports
     * them); a component cannot depend on itself, nor twice on the same component.
     */
    public Dependency addDependency(Component source, Component target, Strength strength) {
        requireOwn(source);
        requireOwn(target);
        Objects.requireNonNull(strength, "strength");
        if (source == target) {
            throw new IllegalArgumentException(source.name() + " cannot depend on itself");
        }
        if (dependency(source, target).isPresent()) {
            throw new IllegalArgumentException(source.name() + " already depends on " + target.name());
        }
        Dependency d = new Dependency(source, target, strength);
        dependencies.add(d);
        outgoing.get(source.id()).add(d);
        incoming.get(target.id()).add(d);
        fire(Type.DEPENDENCY_ADDED, d, null);
        return d;
    }

    public void removeDependency(Dependency d) {
        if (!dependencies.remove(d)) {
            throw new IllegalArgumentException("dependency " + d + " is not part of this topology");
        }
        outgoing.get(d.source().id()).remove(d);
        incoming.get(d.target().id()).remove(d);
        fire(Type.DEPENDENCY_REMOVED, d, null);
    }

    public void setStrength(Dependency d, Strength strength) {
        if (!dependencies.contains(d)) {
            throw new IllegalArgumentException("dependency " + d + " is not part of this topology");
        }
        d.setStrength(Objects.requireNonNull(strength));
        fire(Type.DEPENDENCY_CHANGED, d, null);
    }

    // ---------------------------------------------------------------- journeys

    public Collection<Journey> journeys() {
        return Collections.unmodifiableCollection(journeys.values());
    }

    public Optional<Journey> journey(String id) {
        return Optional.ofNullable(journeys.get(id));
    }

    /**
     * Adds a journey.
     *
     * @param id           a stable id, or null to derive one from the name
     * @param rpoObjective null when none
     * @param rtoObjective null when none
     */
    public Journey addJourney(String id, String name, List<Component> entries, TimeBound rpoObjective,
                              TimeBound rtoObjective) {
        String n = requireText(name, "journey name");
        String jid = id == null ? uniqueJourneyId(n) : checkId(id);
        if (journeys.containsKey(jid)) {
            throw new IllegalArgumentException("a journey with id '" + jid + "' already exists");
        }
        entries.forEach(this::requireOwn);
        Journey j = new Journey(jid, n, entries, rpoObjective, rtoObjective);
        journeys.put(jid, j);
        fire(Type.JOURNEY_ADDED, j, null);
        return j;
    }

    public void removeJourney(Journey j) {
        if (journeys.get(j.id()) != j) {
            throw new IllegalArgumentException("journey " + j.id() + " is not part of this topology");
        }
        journeys.remove(j.id());
        fire(Type.JOURNEY_REMOVED, j, null);
    }

    /** Changes a journey's name, entries and objectives at once (null objective = none). */
    public void updateJourney(Journey j, String name, List<Component> entries, TimeBound rpoObjective,
                              TimeBound rtoObjective) {
        if (journeys.get(j.id()) != j) {
            throw new IllegalArgumentException("journey " + j.id() + " is not part of this topology");
        }
        String n = requireText(name, "journey name");
        entries.forEach(this::requireOwn);
        j.setName(n);
        j.setEntries(entries);
        j.setRpoObjective(rpoObjective);
        j.setRtoObjective(rtoObjective);
        fire(Type.JOURNEY_CHANGED, j, null);
    }

    /**
     * Sets a journey's objectives for particular failures, by scenario id (which the caller has checked),
     * replacing the ones it had; an empty pair is dropped.
     */
    public void setScenarioObjectives(Journey j, Map<String, Objectives> objectives) {
        if (journeys.get(j.id()) != j) {
            throw new IllegalArgumentException("journey " + j.id() + " is not part of this topology");
        }
        j.setScenarioObjectives(Objects.requireNonNull(objectives, "objectives"));
        fire(Type.JOURNEY_CHANGED, j, null);
    }

    // ---------------------------------------------------------------- places

    public Collection<Place> places() {
        return Collections.unmodifiableCollection(places.values());
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /**
     * Adds a region, or a zone (optionally inside a region).
     *
     * @param region for a zone, its region or null; must be null for a region
     */
    public Place addPlace(String id, PlaceKind kind, String name, Place region, Bounds bounds) {
        Objects.requireNonNull(kind, "kind");
        String n = requireText(name, kind.label().toLowerCase(Locale.ROOT) + " name");
        String pid = id == null ? uniquePlaceId(n) : checkId(id);
        if (places.containsKey(pid)) {
            throw new IllegalArgumentException("a place with id '" + pid + "' already exists");
        }
        checkRegion(kind, region);
        Place p = new Place(pid, kind, n, region, bounds == null ? new Bounds(0, 0, 300, 200) : bounds);
        places.put(pid, p);
        fire(Type.PLACE_ADDED, p, null);
        return p;
    }

    /**
     * Removes a place; components in it become unplaced (or move up to its region), zones in it lose it, and a
     * removed zone is dropped from every list of member zones (a list left empty returns to its default).
     */
    public void removePlace(Place p) {
        requireOwn(p);
        for (Component c : components.values()) {
            Setting.ZoneListSetting z = c.kind().zoneList();
            if (z != null && c.get(z).contains(p.id())) {
                List<String> kept = c.get(z).stream().filter(id -> !id.equals(p.id())).toList();
                if (kept.isEmpty()) {
                    reset(c, z.key());
                } else {
                    c.putValue(z.key(), kept);
                    fire(Type.SETTING_CHANGED, c, z.key());
                    fire(Type.COMPONENT_PLACED, c, null);
                }
            }
        }
        for (Component c : components.values()) {
            if (c.place() == p) {
                c.setPlace(p.kind() == PlaceKind.ZONE ? p.region() : null);
                fire(Type.COMPONENT_PLACED, c, null);
            }
        }
        for (Place z : places.values()) {
            if (z.region() == p) {
                z.setRegion(null);
                fire(Type.PLACE_CHANGED, z, null);
            }
        }
        places.remove(p.id());
        fire(Type.PLACE_REMOVED, p, null);
    }

    /**
     * Renames a zone or region, puts it in a region (a zone) and gives it bounds. Fires {@code PLACE_CHANGED} when the
     * name or the region changed (or nothing did), {@code PLACE_MOVED} when the bounds did.
     */
    public void updatePlace(Place p, String name, Place region, Bounds bounds) {
        requireOwn(p);
        String n = requireText(name, p.kind().label().toLowerCase(Locale.ROOT) + " name");
        checkRegion(p.kind(), region);
        boolean renamed = !n.equals(p.name()) || region != p.region();
        boolean moved = !Objects.requireNonNull(bounds, "bounds").equals(p.bounds());
        p.setName(n);
        p.setRegion(region);
        p.setBounds(bounds);
        // new bounds alone change the drawing, not the analysis (a layout moves every container at once)
        if (renamed || !moved) {
            fire(Type.PLACE_CHANGED, p, null);
        }
        if (moved) {
            fire(Type.PLACE_MOVED, p, null);
        }
    }

    private void checkRegion(PlaceKind kind, Place region) {
        if (region == null) {
            return;
        }
        if (kind == PlaceKind.REGION) {
            throw new IllegalArgumentException("a region cannot be inside another place");
        }
        requireOwn(region);
        if (region.kind() != PlaceKind.REGION) {
            throw new IllegalArgumentException("a zone can only be inside a region, not in " + region);
        }
    }

    // ---------------------------------------------------------------- variants

    /** The named variants of the design (proposals over this baseline), in their order. */
    public List<Variant> variants() {
        return Collections.unmodifiableList(variants);
    }

    /** The variant of this name, ignoring the case of ASCII letters. */
    public Optional<Variant> variant(String name) {
        for (Variant v : variants) {
            if (InputText.equalsIgnoreCase(v.name(), name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a variant with no changes at the end.
     *
     * @throws IllegalArgumentException when the name is empty, too long, "Baseline" or taken (case aside)
     */
    public Variant addVariant(String name) {
        return addVariant(variants.size(), new Variant(checkVariantName(name, null), Map.of()));
    }

    /** Puts back a variant, changes and all, at an index (undoing its removal). */
    public Variant addVariant(int index, Variant variant) {
        Objects.requireNonNull(variant, "variant");
        checkVariantName(variant.name(), null);
        if (index < 0 || index > variants.size()) {
            throw new IndexOutOfBoundsException("no variant position " + index);
        }
        variants.add(index, variant);
        fire(Type.VARIANT_CHANGED, new TopologyEvent.VariantChange(null, variant, null), null);
        return variant;
    }

    /** Removes a variant; returns the index it had. */
    public int removeVariant(Variant variant) {
        int index = indexOf(variant);
        variants.remove(index);
        fire(Type.VARIANT_CHANGED, new TopologyEvent.VariantChange(variant, null, null), null);
        return index;
    }

    /** Renames a variant; returns it under its new name. */
    public Variant renameVariant(Variant variant, String newName) {
        int index = indexOf(variant);
        return replace(index, variant.withName(checkVariantName(newName, variant)), null, null);
    }

    /**
     * Makes a variant give a setting of a component a value, or its kind's default with {@link Variant#DEFAULT}.
     * The value is checked as {@link #set(Component, String, Object)} checks it; the baseline is not changed.
     *
     * @return the variant with the change
     * @throws InvalidValueException when the value is refused (nothing changes)
     */
    public Variant setVariantValue(Variant variant, Component c, String key, Object value) {
        int index = indexOf(variant);
        requireOwn(c);
        Setting<?> s = c.kind().setting(key).orElseThrow(() -> new InvalidValueException(key,
                c.kind().label() + " has no setting '" + key + "'"));
        Object v = value;
        if (value != Variant.DEFAULT) {
            v = s.coerce(value);
            if (s instanceof Setting.ZoneListSetting z) {
                checkZones(z, z.coerce(v));
            }
        }
        return replace(index, variant.with(c.id(), key, v), c.id(), key);
    }

    /** Drops a variant's change of a setting, so that the baseline's value applies again. */
    public Variant clearVariantValue(Variant variant, String componentId, String key) {
        int index = indexOf(variant);
        if (!variant.isChanged(componentId, key)) {
            return variant;
        }
        return replace(index, variant.without(componentId, key), componentId, key);
    }

    private Variant replace(int index, Variant next, String componentId, String key) {
        Variant before = variants.set(index, next);
        fire(Type.VARIANT_CHANGED, new TopologyEvent.VariantChange(before, next, componentId), key);
        return next;
    }

    private int indexOf(Variant variant) {
        Objects.requireNonNull(variant, "variant");
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i) == variant) {
                return i;
            }
        }
        throw new IllegalArgumentException("variant " + Printable.echo(variant.name()) + " is not part of this "
                + "topology (any more)");
    }

    private String checkVariantName(String name, Variant renamed) {
        String n = requireText(name, "variant name");
        InputText.requireLength(n, InputText.MAX_NAME, "a variant name");
        if (InputText.equalsIgnoreCase(n, Variant.BASELINE)) {
            throw new IllegalArgumentException("\"" + Variant.BASELINE + "\" names the design without variants; "
                    + "choose another name");
        }
        Optional<Variant> same = variant(n);
        if (same.isPresent() && same.get() != renamed) {
            throw new IllegalArgumentException("a variant named \"" + Printable.echo(same.get().name())
                    + "\" already exists");
        }
        return n;
    }

    // ---------------------------------------------------------------- copying

    /**
     * A deep copy: the same places, components with their settings and positions, dependencies, journeys,
     * assumptions and, with {@code withVariants}, variants; it shares nothing that can change with this one and
     * has no listeners. Linear in the size of the topology.
     */
    public Topology copy(boolean withVariants) {
        Topology t = new Topology();
        t.name = name;
        t.detectionTime = detectionTime;
        t.prices = prices;
        for (PlaceKind kind : List.of(PlaceKind.REGION, PlaceKind.ZONE)) {
            for (Place p : places.values()) {
                if (p.kind() == kind) {
                    Place region = p.region() == null ? null : t.places.get(p.region().id());
                    t.addPlace(p.id(), p.kind(), p.name(), region, p.bounds());
                }
            }
        }
        for (Component c : components.values()) {
            Component copy = t.addComponent(c.id(), c.kind(), c.name());
            copy.setPosition(c.x(), c.y());
            copy.setPlace(c.place() == null ? null : t.places.get(c.place().id()));
            copy.copyValuesFrom(c);
        }
        for (Dependency d : dependencies) {
            t.addDependency(t.components.get(d.source().id()), t.components.get(d.target().id()), d.strength());
        }
        for (Journey j : journeys.values()) {
            List<Component> entries = j.entries().stream().map(c -> t.components.get(c.id())).toList();
            Journey copy = t.addJourney(j.id(), j.name(), entries, j.rpoObjective(), j.rtoObjective());
            copy.setScenarioObjectives(j.scenarioObjectives());
        }
        if (withVariants) {
            t.variants.addAll(variants);
        }
        return t;
    }

    // ---------------------------------------------------------------- helpers

    private void requireOwn(Component c) {
        Objects.requireNonNull(c, "component");
        if (components.get(c.id()) != c) {
            throw new IllegalArgumentException("component " + c.id() + " is not part of this topology");
        }
    }

    private void requireOwn(Place p) {
        Objects.requireNonNull(p, "place");
        if (places.get(p.id()) != p) {
            throw new IllegalArgumentException("place " + p.id() + " is not part of this topology");
        }
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a " + what + " cannot be empty");
        }
        return text.trim();
    }

    /**
     * Checks that an id is usable: ASCII letters, digits and {@code . _ : -}, starting with a letter or digit,
     * at most {@link InputText#MAX_ID} characters. Checked in one pass, longest first.
     */
    public static String checkId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id cannot be empty");
        }
        InputText.requireLength(id, InputText.MAX_ID, "an id");
        boolean valid = isIdLetter(id.charAt(0));
        for (int i = 1; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = isIdLetter(c) || c == '.' || c == '_' || c == ':' || c == '-';
        }
        if (!valid) {
            throw new IllegalArgumentException("'" + Printable.echo(id) + "' is not a valid id: use letters, digits,"
                    + " '.', '_', ':' or '-', starting with a letter or digit");
        }
        return id;
    }

    private static boolean isIdLetter(char c) {
        return InputText.isLetter(c) || InputText.isDigit(c);
    }

    /**
     * A valid id from a name: ASCII letters in small, digits and {@code . _ : -} kept, every run of other
     * characters one {@code -}, no {@code -} at either end, at most 100 characters. One pass, no regular
     * expression (stripping dashes with one backtracked on long runs of them).
     */
    private static String slug(String name) {
        StringBuilder sb = new StringBuilder(Math.min(name.length(), 128));
        boolean inRun = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isIdLetter(c) || c == '.' || c == '_' || c == ':' || c == '-') {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                inRun = false;
            } else if (!inRun) {
                sb.append('-');
                inRun = true;
            }
        }
        int from = 0;
        int to = sb.length();
        while (from < to && sb.charAt(from) == '-') {
            from++;
        }
        while (to > from && sb.charAt(to - 1) == '-') {
            to--;
        }
        if (from == to) {
            return "item";
        }
        return sb.substring(from, Math.min(to, from + 100));
    }

    private String uniqueId(String name) {
        return unique(slug(name), components, nextComponentSuffix);
    }

    private String uniqueJourneyId(String name) {
        return unique(slug(name), journeys, nextJourneySuffix);
    }

    private String uniquePlaceId(String name) {
        return unique(slug(name), places, nextPlaceSuffix);
    }

    /**
     * The base if free, else {@code base-2}, {@code base-3}... The next suffix to try is kept per base, so that
     * n names with the same base cost n steps in all, not n squared.
     */
    private static String unique(String base, Map<String, ?> taken, Map<String, Integer> nextSuffix) {
        if (!taken.containsKey(base)) {
            return base;
        }
        int i = nextSuffix.getOrDefault(base, 2);
        while (taken.containsKey(base + "-" + i)) {
            i++;
        }
        nextSuffix.put(base, i + 1);
        return base + "-" + i;
    }
}
