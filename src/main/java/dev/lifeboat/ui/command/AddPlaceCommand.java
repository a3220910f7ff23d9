package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Adds a region, or a zone (inside a region when dropped onto one). */
public final class AddPlaceCommand implements Command {

    private final PlaceKind kind;
    private final String name;
    private final String regionId;
    private final Bounds bounds;
    private String id;

    public AddPlaceCommand(PlaceKind kind, String name, String regionId, Bounds bounds) {
        this.kind = kind;
        this.name = name;
        this.regionId = regionId;
        this.bounds = bounds;
    }

    @Override
    public void execute(Topology t) {
        id = t.addPlace(id, kind, name, Refs.place(t, regionId), bounds).id();
    }

    @Override
    public void undo(Topology t) {
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
