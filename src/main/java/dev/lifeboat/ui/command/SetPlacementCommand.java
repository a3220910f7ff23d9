package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Places a component in a zone or region, or unplaces it (null). */
public final class SetPlacementCommand implements Command {

    private final String componentId;
    private final String name;
    private final String placeId;
    private final String placeName;
    private String oldPlaceId;

    /** @param place where to place the component, or null to unplace it */
    public SetPlacementCommand(Component c, Place place) {
        this.componentId = c.id();
        this.name = Printable.echo(c.name());
        this.placeId = place == null ? null : place.id();
        this.placeName = place == null ? null : Printable.echo(place.name());
    }

    @Override
    public void execute(Topology t) {
        Component c = Refs.component(t, componentId);
        oldPlaceId = c.place() == null ? null : c.place().id();
        t.place(c, Refs.place(t, placeId));
    }

    @Override
    public void undo(Topology t) {
        t.place(Refs.component(t, componentId), Refs.place(t, oldPlaceId));
    }

    @Override
    public String description() {
        return placeId == null ? "Unplace " + name : "Place " + name + " in " + placeName;
    }
}
