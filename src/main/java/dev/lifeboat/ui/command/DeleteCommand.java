package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deletes components (with their dependencies), dependencies and zone/region containers at once. */
public final class DeleteCommand implements Command {

    private final List<String> componentIds;
    private final List<String> placeIds;
    private final List<ComponentSnapshot.Link> dependencies;
    private final String label;
    private final List<ComponentSnapshot> removed = new ArrayList<>();
    private final List<PlaceSnapshot> removedPlaces = new ArrayList<>();
    /** Member zone lists (by component id) that a removed zone is dropped from, as they were. */
    private final Map<String, List<String>> zoneLists = new LinkedHashMap<>();

    private record PlaceSnapshot(String id, PlaceKind kind, String name, String regionId, Bounds bounds,
                                 List<String> members, List<String> zones) {
    }

    public DeleteCommand(Collection<Component> components, Collection<Place> places,
                         Collection<Dependency> dependencies) {
        this.componentIds = components.stream().map(Component::id).toList();
        this.placeIds = places.stream().map(Place::id).toList();
        this.dependencies = dependencies.stream()
                .map(d -> new ComponentSnapshot.Link(d.source().id(), d.target().id(), d.strength())).toList();
        int n = componentIds.size() + placeIds.size() + this.dependencies.size();
        if (n == 1 && !components.isEmpty()) {
            label = Printable.echo(components.iterator().next().name());
        } else if (n == 1 && !places.isEmpty()) {
            label = Printable.echo(places.iterator().next().name());
        } else if (n == 1) {
            Dependency d = dependencies.iterator().next();
            label = "dependency " + Printable.echo(d.source().name()) + " \u2192 " + Printable.echo(d.target().name());
        } else {
            label = n + " items";
        }
    }

    public boolean isEmpty() {
        return componentIds.isEmpty() && placeIds.isEmpty() && dependencies.isEmpty();
    }

    @Override
    public void execute(Topology t) {
        removed.clear();
        removedPlaces.clear();
        zoneLists.clear();
        for (Component c : t.components()) {
            if (c.kind().zoneList() != null && c.get(c.kind().zoneList()).stream().anyMatch(placeIds::contains)) {
                zoneLists.put(c.id(), c.get(c.kind().zoneList()));
            }
        }
        for (String id : componentIds) {
            removed.add(ComponentSnapshot.of(t, Refs.component(t, id)));
        }
        for (String id : placeIds) {
            Place p = Refs.place(t, id);
            List<String> members = t.components().stream().filter(c -> c.place() == p).map(Component::id).toList();
            List<String> zones = t.places().stream().filter(z -> z.region() == p).map(Place::id).toList();
            removedPlaces.add(new PlaceSnapshot(p.id(), p.kind(), p.name(), p.region() == null ? null : p.region().id(),
                    p.bounds(), members, zones));
        }
        for (ComponentSnapshot.Link l : dependencies) {
            if (!componentIds.contains(l.source()) && !componentIds.contains(l.target())) {
                t.removeDependency(Refs.dependency(t, l.source(), l.target()));
            }
        }
        for (String id : componentIds) {
            t.removeComponent(Refs.component(t, id));
        }
        // zones before regions, so that a zone's components do not move up into a region being removed
        List<PlaceSnapshot> order = new ArrayList<>(removedPlaces);
        order.sort(Comparator.comparing(p -> p.kind() == PlaceKind.REGION));
        for (PlaceSnapshot p : order) {
            t.removePlace(Refs.place(t, p.id()));
        }
    }

    @Override
    public void undo(Topology t) {
        List<PlaceSnapshot> order = new ArrayList<>(removedPlaces);
        order.sort(Comparator.comparing(p -> p.kind() == PlaceKind.ZONE));
        for (PlaceSnapshot p : order) {
            t.addPlace(p.id(), p.kind(), p.name(), Refs.place(t, p.regionId()), p.bounds());
        }
        for (PlaceSnapshot p : order) {
            Place place = Refs.place(t, p.id());
            for (String z : p.zones()) {
                t.place(z).ifPresent(zone -> t.updatePlace(zone, zone.name(), place, zone.bounds()));
            }
            for (String m : p.members()) {
                t.component(m).ifPresent(c -> t.place(c, place));
            }
        }
        zoneLists.forEach((id, zones) -> t.component(id).ifPresent(c -> t.set(c, c.kind().zoneList(), zones)));
        for (ComponentSnapshot s : removed) {
            s.restore(t);
        }
        for (ComponentSnapshot s : removed) {
            s.relink(t);
        }
        for (ComponentSnapshot.Link l : dependencies) {
            Component s = Refs.component(t, l.source());
            Component d = Refs.component(t, l.target());
            if (t.dependency(s, d).isEmpty()) {
                t.addDependency(s, d, l.strength());
            }
        }
    }

    @Override
    public String description() {
        return "Delete " + label;
    }

}
