package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Renames a zone or region, or changes the region a zone belongs to. */
public final class UpdatePlaceCommand implements Command {

    private final String id;
    private final String name;
    private final String regionId;
    private String oldName;
    private String oldRegionId;
    private Bounds oldBounds;

    public UpdatePlaceCommand(Place p, String name, String regionId) {
        this.id = p.id();
        this.name = name;
        this.regionId = regionId;
    }

    @Override
    public void execute(Topology t) {
        Place p = Refs.place(t, id);
        oldName = p.name();
        oldRegionId = p.region() == null ? null : p.region().id();
        oldBounds = p.bounds();
        t.updatePlace(p, name, Refs.place(t, regionId), p.bounds());
    }

    @Override
    public void undo(Topology t) {
        t.updatePlace(Refs.place(t, id), oldName, Refs.place(t, oldRegionId), oldBounds);
    }

    @Override
    public String description() {
        return "Edit " + Printable.echo(name);
    }
}
