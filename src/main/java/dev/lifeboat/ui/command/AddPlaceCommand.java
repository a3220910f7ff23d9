package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a region, or a zone (inside a region when dropped onto one). What the new container is drawn over
 * becomes its own in the same step: the components whose cards it holds, and for a region the free zones
 * lying inside it; undo gives them back their old places.
 */
public final class AddPlaceCommand implements Command {

    private final PlaceKind kind;
    private final String name;
    private final String regionId;
    private final Bounds bounds;
    private final List<String> adoptedComponents = new ArrayList<>();
    private final List<String> oldPlaces = new ArrayList<>();
    private final List<String> adoptedZones = new ArrayList<>();
    private String id;

    public AddPlaceCommand(PlaceKind kind, String name, String regionId, Bounds bounds) {
        this.kind = kind;
        this.name = name;
        this.regionId = regionId;
        this.bounds = bounds;
    }

    /** Places these components in the new container when it is added (call before executing). */
    public AddPlaceCommand adopt(List<Component> components) {
        components.forEach(c -> adoptedComponents.add(c.id()));
        return this;
    }

    /** Puts these zones (which have no region) in the new region when it is added (call before executing). */
    public AddPlaceCommand adoptZones(List<Place> zones) {
        zones.forEach(z -> adoptedZones.add(z.id()));
        return this;
    }

    @Override
    public void execute(Topology t) {
        Place p = t.addPlace(id, kind, name, Refs.place(t, regionId), bounds);
        id = p.id();
        oldPlaces.clear();
        for (String zid : adoptedZones) {
            Place z = Refs.place(t, zid);
            t.updatePlace(z, z.name(), p, z.bounds());
        }
        for (String cid : adoptedComponents) {
            Component c = Refs.component(t, cid);
            oldPlaces.add(c.place() == null ? null : c.place().id());
            t.place(c, p);
        }
    }

    @Override
    public void undo(Topology t) {
        for (int i = adoptedComponents.size() - 1; i >= 0; i--) {
            t.place(Refs.component(t, adoptedComponents.get(i)), Refs.place(t, oldPlaces.get(i)));
        }
        for (String zid : adoptedZones) {
            Place z = Refs.place(t, zid);
            t.updatePlace(z, z.name(), null, z.bounds());
        }
        t.removePlace(Refs.place(t, id));
    }

    public String placeId() {
        return id;
    }

    @Override
    public String description() {
        return "Add " + kind.label().toLowerCase(java.util.Locale.ROOT) + " " + Printable.echo(name);
    }
}
