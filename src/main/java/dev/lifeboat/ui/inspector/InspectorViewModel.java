package dev.lifeboat.ui.inspector;

import dev.lifeboat.engine.cost.ComponentCost;
import dev.lifeboat.engine.cost.CostLine;
import dev.lifeboat.engine.cost.CostModel;
import dev.lifeboat.engine.cost.PerformanceNote;
import dev.lifeboat.engine.cost.PerformanceNotes;
import dev.lifeboat.model.Choice;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Durations;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.ListSetting;
import dev.lifeboat.model.Objectives;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Setting;
import dev.lifeboat.model.SettingGroup;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.TopologyEvent;
import dev.lifeboat.model.TopologyListener;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.ui.state.DesignerModel;
import dev.lifeboat.ui.command.Command;
import dev.lifeboat.ui.command.JourneyCommand;
import dev.lifeboat.ui.command.RenameCommand;
import dev.lifeboat.ui.command.SetPlacementCommand;
import dev.lifeboat.ui.command.SetStrengthCommand;
import dev.lifeboat.ui.command.UpdatePlaceCommand;
import dev.lifeboat.ui.document.Document;
import dev.lifeboat.ui.inspector.InspectorItem.Editor;
import dev.lifeboat.ui.inspector.InspectorItem.ListEdit;
import dev.lifeboat.ui.inspector.InspectorItem.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * What the inspector shows: rows for the selected component (its kind's settings grouped by
 * {@link SettingGroup}, plus name, kind and placement), dependency, zone/region, or journey. Edits are
 * validated here; an accepted edit becomes one command, a refused one a message on its row. Names are shown
 * through {@link Printable} (the heading here, values, choices and refusals in {@link InspectorItem}).
 */
public final class InspectorViewModel {

    private static final String NONE = "none";
    /** The journey's section of objectives per failure. */
    public static final String PER_FAILURE = "Objectives per failure";
    private static final List<String> COLUMNS = List.of("RPO", "RTO");
    private final DesignerModel model;
    private final ReadOnlyObjectWrapper<Object> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper(this, "subheading", "");
    private final ObservableList<InspectorItem> items = FXCollections.observableArrayList();
    private final TopologyListener listener = this::topologyChanged;
    private Document document;

    public InspectorViewModel(DesignerModel model) {
        this.model = model;
        model.selection().items().addListener((SetChangeListener<Object>) c -> fromSelection());
        model.documentProperty().addListener((o, a, b) -> attach(b));
        model.journeyProperty().addListener((o, a, b) -> {
            if (model.selection().isEmpty()) {
                inspect(b);
            }
        });
        attach(model.document());
    }

    private void attach(Document d) {
        if (document != null) {
            document.topology().removeListener(listener);
        }
        document = d;
        d.topology().addListener(listener);
        inspect(model.selection().isEmpty() ? model.journey() : null);
    }

    private void fromSelection() {
        // with nothing selected on the canvas, the inspector edits the selected journey
        inspect(model.selection().isEmpty() ? model.journey() : model.selection().single());
        if (model.selection().items().size() > 1) {
            heading.set(model.selection().items().size() + " items selected");
            subheading.set("Select one item to edit it");
        }
    }

    /** Shows a component, dependency, place or journey (null: nothing). */
    public void inspect(Object item) {
        target.set(item);
        rebuild();
    }

    private void topologyChanged(TopologyEvent e) {
        Object t = target.get();
        // the inspector shows no positions (a layout moving a thousand cards refreshes nothing here), and what it
        // shows of one item reads none of another component's settings (an edit elsewhere leaves its fields alone)
        if (t == null || e.type() == TopologyEvent.Type.COMPONENT_MOVED || e.type() == TopologyEvent.Type.PLACE_MOVED
                || (e.type() == TopologyEvent.Type.SETTING_CHANGED && e.subject() != t)) {
            return;
        }
        boolean gone = switch (e.type()) {
            case COMPONENT_REMOVED, DEPENDENCY_REMOVED, PLACE_REMOVED, JOURNEY_REMOVED -> e.subject() == t;
            default -> false;
        };
        if (gone) {
            inspect(null);
            return;
        }
        switch (e.type()) {
            case PLACE_ADDED, PLACE_REMOVED, COMPONENT_ADDED, COMPONENT_REMOVED, COMPONENT_RENAMED, PLACE_CHANGED -> {
                if (!(t instanceof Component) || e.type().name().startsWith("PLACE")) {
                    rebuild();
                    return;
                }
            }
            default -> {
            }
        }
        items.forEach(InspectorItem::refresh);
        updateHeading();
    }

    private void rebuild() {
        Object t = target.get();
        List<InspectorItem> list = new ArrayList<>();
        if (t instanceof Component c) {
            componentItems(c, list);
        } else if (t instanceof Dependency d) {
            dependencyItems(d, list);
        } else if (t instanceof Place p) {
            placeItems(p, list);
        } else if (t instanceof Journey j) {
            journeyItems(j, list);
        }
        items.setAll(list);
        updateHeading();
    }

    private void updateHeading() {
        Object t = target.get();
        if (t instanceof Component c) {
            heading.set(Printable.echo(c.name()));
            subheading.set(c.kind().label());
        } else if (t instanceof Dependency d) {
            heading.set(Printable.echo(d.source().name()) + " \u2192 " + Printable.echo(d.target().name()));
            subheading.set("Dependency (" + d.strength().id() + ")");
        } else if (t instanceof Place p) {
            heading.set(Printable.echo(p.name()));
            subheading.set(p.kind().label());
        } else if (t instanceof Journey j) {
            heading.set(Printable.echo(j.name()));
            subheading.set("User journey");
        } else {
            heading.set("Nothing selected");
            subheading.set("Select a component, dependency, zone or journey");
        }
    }

    // ---------------------------------------------------------------- rows

    private Topology topology() {
        return model.topology();
    }

    private InspectorItem item(String id, String category, String name, String description, Editor editor,
                               String unit, List<?> choices, Function<Object, String> label, Supplier<Object> read,
                               Function<Object, Command> toCommand) {
        return new InspectorItem(id, category, name, description, editor, unit, choices, label, read, v ->
                Objects.equals(v, read.get()) ? null : edit(toCommand).apply(v));
    }

    /** Runs the command an edit becomes (none: nothing to do); returns null, or the refusal's message. */
    private Function<Object, String> edit(Function<Object, Command> toCommand) {
        return v -> {
            try {
                Command cmd = toCommand.apply(v);
                return cmd == null ? null : model.run(cmd);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }

    /**
     * Entries are numbered as the explanations number replica groups and backup copies: the store's own
     * settings are number 1 ({@link dev.lifeboat.model.ReplicaGroup#number()},
     * {@link dev.lifeboat.model.BackupCopy#number()}), so the first entry of the list is number 2.
     */
    public static int entryNumber(int index) {
        return index + 2;
    }

    /**
     * The list after one edit, each field checked by its own setting.
     *
     * @throws IllegalArgumentException naming the entry and the field when the input is refused
     */
    static List<ListSetting.Entry> edited(ListSetting ls, List<ListSetting.Entry> now, ListEdit edit) {
        List<ListSetting.Entry> next = new ArrayList<>(now);
        if (edit instanceof ListEdit.Add) {
            if (now.size() >= ListSetting.MAX_ENTRIES) {
                throw new IllegalArgumentException("a design has at most " + ListSetting.MAX_ENTRIES + " "
                        + ls.noun() + "s");
            }
            next.add(ls.entry(Map.of(), entryNumber(now.size())));
        } else if (edit instanceof ListEdit.Remove r) {
            next.remove(r.index());
        } else if (edit instanceof ListEdit.SetField f) {
            Setting<?> field = ls.field(f.field());
            Map<String, Object> raw = new LinkedHashMap<>(now.get(f.index()).values());
            try {
                if (f.input() instanceof String text) {
                    if (text.isBlank()) {
                        raw.remove(field.key());
                    } else {
                        raw.put(field.key(), field.parse(text.trim()));
                    }
                } else {
                    raw.put(field.key(), field.coerce(f.input()));
                }
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(capitalized(ls.noun()) + " " + entryNumber(f.index()) + ": "
                        + ex.getMessage(), ex);
            }
            next.set(f.index(), ls.entry(raw, entryNumber(f.index())));
        }
        return List.copyOf(next);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void componentItems(Component c, List<InspectorItem> list) {
        String general = SettingGroup.GENERAL.label();
        list.add(item("field-name", general, "Name", "The name shown on the canvas and in reports.", Editor.TEXT,
                null, null, null, c::name, v -> new RenameCommand(c, requireText(v, "a name cannot be empty"))));
        list.add(item("field-kind", general, "Kind", "The technology; it decides which settings apply.",
                Editor.READ_ONLY, null, null, null, () -> c.kind().label(), v -> null));
        list.add(item("field-id", general, "Id", "The stable id used in files and links.", Editor.READ_ONLY, null,
                null, null, c::id, v -> null));
        List<Place> places = new ArrayList<>();
        places.add(null);
        places.addAll(topology().places());
        list.add(item("field-place", SettingGroup.PLACEMENT.label(), "Placed in",
                "The zone or region the component runs in; zone and region loss take out what is placed only there.",
                Editor.CHOICE, null, places, p -> p == null ? "(unplaced)" : p.toString(), c::place,
                v -> new SetPlacementCommand(c, (Place) v)));
        for (SettingGroup g : SettingGroup.values()) {
            for (Setting<?> s : c.kind().settings()) {
                if (s.group() == g) {
                    list.add(settingItem(c, s));
                }
            }
        }
        costItems(c, list);
    }

    /**
     * The component's monthly cost, its parts (instances, storage, backups, archived logs, transfer: the same rows
     * for every component of a kind, so an edit never rebuilds the sheet) with their lines on each row's value, and
     * what its settings add to each write. Read-only, computed once per change however many rows read them.
     */
    private void costItems(Component c, List<InspectorItem> list) {
        String category = SettingGroup.COST.label();
        Supplier<ComponentCost> cost = perChange(() -> CostModel.estimate(c));
        list.add(item("field-cost-total", category, "Monthly cost", "What this component costs a month at the "
                + "design's prices; the rows below say what it is made of (point at a value for its computation).",
                Editor.READ_ONLY, null, null, null, () -> money(cost.get().total()), v -> null)
                .withDetail(() -> describe(cost.get().lines())));
        for (CostLine.Part part : CostModel.parts(c.kind())) {
            Supplier<List<CostLine>> lines = () -> cost.get().lines().stream().filter(l -> l.part() == part).toList();
            list.add(item("field-cost-" + part.name().toLowerCase(java.util.Locale.ROOT), category, part.label(),
                    "Part of the monthly cost; point at the value for how it is computed.", Editor.READ_ONLY, null,
                    null, null, () -> money(lines.get().stream().mapToDouble(CostLine::amount).sum()), v -> null)
                    .withDetail(() -> lines.get().isEmpty() ? "Nothing with these settings." : describe(lines.get())));
        }
        Supplier<List<PerformanceNote>> notes = perChange(() -> PerformanceNotes.of(c));
        list.add(item("field-write-latency", category, "Write latency", "What the settings add to each write or "
                + "commit: synchronous replicas, flushes to disk; point at the value for why.", Editor.READ_ONLY, null,
                null, null, () -> latency(notes.get()), v -> null)
                .withDetail(() -> notes.get().isEmpty() ? "No setting makes a write wait for another host or the disk."
                        : String.join("\n", notes.get().stream().map(PerformanceNote::text).toList())));
    }

    private String money(double amount) {
        return topology().prices().format(amount);
    }

    /** "Disks $16.00: 2 disks x 100 GB = ...", one line each. */
    private String describe(List<CostLine> lines) {
        return String.join("\n", lines.stream().map(l -> l.what() + " " + money(l.amount()) + ": " + l.basis())
                .toList());
    }

    /** "+1.5 ms, +1 ms (assumed)" or "none". */
    private static String latency(List<PerformanceNote> notes) {
        List<String> parts = new ArrayList<>();
        boolean assumed = false;
        for (PerformanceNote n : notes) {
            if (n.latencyMs() != null) {
                double ms = n.latencyMs();
                parts.add("+" + (ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms)) + " ms");
                assumed |= n.assumed();
            }
        }
        if (parts.isEmpty()) {
            return notes.isEmpty() ? "none" : "yes";
        }
        return String.join(", ", parts) + (assumed ? " (assumed)" : "") + " per write";
    }

    /** A value computed at most once per change of the topology. */
    private <T> Supplier<T> perChange(Supplier<T> compute) {
        return new Supplier<>() {
            private long at = -1;
            private T value;

            @Override
            public T get() {
                long now = topology().modCount();
                if (now != at) {
                    value = compute.get();
                    at = now;
                }
                return value;
            }
        };
    }

    private InspectorItem settingItem(Component c, Setting<?> s) {
        String description = s.description() + "  (default: " + s.format(s.defaultValue()) + ")";
        String id = "field-" + s.key();
        String category = s.group().label();
        if (s instanceof Setting.BoolSetting) {
            return item(id, category, s.label(), description, Editor.BOOLEAN, null, null, null,
                    () -> c.value(s.key()), v -> model.setSetting(c, s.key(), s.coerce(v)));
        }
        if (s instanceof Setting.ChoiceSetting<?> cs) {
            return item(id, category, s.label(), description, Editor.CHOICE, null, cs.choices(),
                    v -> ((Choice) v).label(), () -> c.value(s.key()),
                    v -> model.setSetting(c, s.key(), s.coerce(v)));
        }
        if (s instanceof ListSetting ls) {
            return new InspectorItem(id, category, s.label(), s.description(), Editor.LIST, null, ls.fields(), null,
                    () -> c.value(s.key()), edit(v -> {
                        List<ListSetting.Entry> now = c.get(ls);
                        List<ListSetting.Entry> next = edited(ls, now, (ListEdit) v);
                        return next.equals(now) ? null : model.setSetting(c, s.key(), next);
                    }), ls);
        }
        String unit = s instanceof Setting.NumberSetting ns ? ns.unit() : null;
        return item(id, category, s.label(), description, Editor.TEXT, unit, null, null,
                () -> s.format(c.value(s.key())), v -> model.setSetting(c, s.key(), s.parse((String) v)));
    }

    private void dependencyItems(Dependency d, List<InspectorItem> list) {
        String general = SettingGroup.GENERAL.label();
        list.add(item("field-from", general, "Dependent", "The component that needs the other.", Editor.READ_ONLY,
                null, null, null, () -> d.source().name(), v -> null));
        list.add(item("field-to", general, "Depends on", "The component it needs.", Editor.READ_ONLY, null, null,
                null, () -> d.target().name(), v -> null));
        list.add(item("field-strength", general, "Strength",
                "Hard: the dependent cannot work without it, so it counts towards journey RTO. Soft: it degrades.",
                Editor.CHOICE, null, Arrays.asList(Strength.values()), v -> ((Strength) v).label(), d::strength,
                v -> new SetStrengthCommand(d, (Strength) v)));
    }

    private void placeItems(Place p, List<InspectorItem> list) {
        String general = SettingGroup.GENERAL.label();
        list.add(item("field-name", general, "Name", "The zone or region name.", Editor.TEXT, null, null, null,
                p::name, v -> new UpdatePlaceCommand(p, requireText(v, "a name cannot be empty"),
                        p.region() == null ? null : p.region().id())));
        list.add(item("field-kind", general, "Kind", "Region or availability zone.", Editor.READ_ONLY, null, null,
                null, () -> p.kind().label(), v -> null));
        if (p.kind() == PlaceKind.ZONE) {
            List<Place> regions = new ArrayList<>();
            regions.add(null);
            topology().places().stream().filter(r -> r.kind() == PlaceKind.REGION).forEach(regions::add);
            list.add(item("field-region", SettingGroup.PLACEMENT.label(), "Region", "The region this zone is in.",
                    Editor.CHOICE, null, regions, r -> r == null ? "(none)" : ((Place) r).name(), p::region,
                    v -> new UpdatePlaceCommand(p, p.name(), v == null ? null : ((Place) v).id())));
        }
    }

    private void journeyItems(Journey j, List<InspectorItem> list) {
        String general = SettingGroup.GENERAL.label();
        String objectives = general;
        list.add(item("field-name", general, "Name", "The journey's name.", Editor.TEXT, null, null, null, j::name,
                v -> JourneyCommand.update(j, fields(j, requireText(v, "a name cannot be empty"), null, null, null))));
        list.add(item("field-entries", general, "Entries",
                "Where the journey starts; it needs everything these reach through hard dependencies.",
                Editor.MULTI_CHOICE, null, new ArrayList<>(topology().components()), v -> ((Component) v).name(),
                j::entries, v -> {
                    List<?> chosen = (List<?>) v;
                    return JourneyCommand.update(j, fields(j, null,
                            chosen.stream().map(x -> ((Component) x).id()).toList(), null, null));
                }));
        list.add(item("field-rpo-objective", objectives, "RPO objective",
                "The most data, as time before the failure, this journey may lose (e.g. 5m, 1h; none = no objective).",
                Editor.TEXT, null, null, null, () -> objective(j.rpoObjective()),
                v -> JourneyCommand.update(j, fields(j, null, null, bound(v), null))));
        list.add(item("field-rto-objective", objectives, "RTO objective",
                "How long this journey may be down (e.g. 15m; none = no objective).", Editor.TEXT, null, null, null,
                () -> objective(j.rtoObjective()),
                v -> JourneyCommand.update(j, fields(j, null, null, null, bound(v)))));
        String perFailure = PER_FAILURE;
        list.add(new InspectorItem("field-objectives-header", perFailure, "Failure",
                "Objectives of their own for particular failures; an empty field uses the journey's objective "
                        + "(shown greyed).", Editor.HEADER, null, COLUMNS, null, () -> "",
                v -> null));
        for (Scenario sc : Scenario.values()) {
            list.add(item("field-objectives-" + sc.id(), perFailure, sc.label(), sc.description()
                            + " Empty: the journey's objective; e.g. 1h, 4h.", Editor.PAIR, null, COLUMNS, null,
                    () -> objectivesOf(j, sc), v -> scenarioObjectives(j, sc, (Pair) v)));
        }
    }

    /** The objectives a journey has of its own under a failure, with its defaults as the prompts. */
    private static Pair objectivesOf(Journey j, Scenario sc) {
        Objectives own = j.scenarioObjectives().getOrDefault(sc.id(), Objectives.NONE);
        return new Pair(own.rpo() == null ? "" : own.rpo().toString(), own.rto() == null ? "" : own.rto().toString(),
                objective(j.rpoObjective()), objective(j.rtoObjective()));
    }

    /** One command setting a journey's objectives under one failure; an empty field drops that objective. */
    private static Command scenarioObjectives(Journey j, Scenario sc, Pair typed) {
        Objectives own = new Objectives(bound(typed.first(), "RPO", sc), bound(typed.second(), "RTO", sc));
        Map<String, Objectives> all = new LinkedHashMap<>(j.scenarioObjectives());
        if (own.isEmpty()) {
            all.remove(sc.id());
        } else {
            all.put(sc.id(), own);
        }
        if (all.equals(j.scenarioObjectives())) {
            return null;
        }
        JourneyCommand.Fields f = JourneyCommand.Fields.of(j);
        return JourneyCommand.update(j, new JourneyCommand.Fields(f.name(), f.entries(), f.rpoObjective(),
                f.rtoObjective(), all));
    }

    private static JourneyCommand.Fields fields(Journey j, String name, List<String> entries, Bound rpo, Bound rto) {
        JourneyCommand.Fields f = JourneyCommand.Fields.of(j);
        return new JourneyCommand.Fields(name == null ? f.name() : name, entries == null ? f.entries() : entries,
                rpo == null ? f.rpoObjective() : rpo.value(), rto == null ? f.rtoObjective() : rto.value());
    }

    /** A parsed objective; {@code value} null means "no objective". */
    private record Bound(TimeBound value) {
    }

    private static Bound bound(Object v) {
        String t = v == null ? "" : v.toString().trim();
        if (t.isEmpty() || t.equalsIgnoreCase(NONE)) {
            return new Bound(null);
        }
        return new Bound(TimeBound.ofSeconds(Durations.parseSeconds(t)));
    }

    /** An objective under one failure: empty (or none) for the journey's own. */
    private static TimeBound bound(String text, String what, Scenario sc) {
        try {
            return bound(text).value();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " under " + sc.label().toLowerCase(java.util.Locale.ROOT)
                    + ": " + e.getMessage(), e);
        }
    }

    private static String objective(TimeBound b) {
        return b == null ? NONE : b.toString();
    }

    private static String requireText(Object v, String message) {
        String t = v == null ? "" : v.toString().trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        return t;
    }

    // ---------------------------------------------------------------- for the view

    public ObservableList<InspectorItem> items() {
        return items;
    }

    /** The row with an id, for tests. */
    public InspectorItem item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + id + " in " + items.stream()
                        .map(InspectorItem::id).toList()));
    }

    public ReadOnlyObjectProperty<Object> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subheadingProperty() {
        return subheading.getReadOnlyProperty();
    }

}
