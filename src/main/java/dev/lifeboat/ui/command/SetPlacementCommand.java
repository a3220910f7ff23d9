package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/**
 * Places a component in a zone or region, or unplaces it (null). The card follows, so that the canvas never
 * shows it where it is not placed (see {@link Containment}): into the container when it lies outside it, out
 * of every container when it is unplaced.
 */
public final class SetPlacementCommand implements Command {

    private final String componentId;
    private final String name;
    private final String placeId;
    private final String placeName;
    private String oldPlaceId;
    private double oldX;
    private double oldY;

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
        oldX = c.x();
        oldY = c.y();
        double[] at = placeId == null ? Containment.spotOutside(t, c)
                : Containment.spotInside(t, c, Refs.place(t, placeId));
        t.place(c, Refs.place(t, placeId));
        if (at[0] != c.x() || at[1] != c.y()) {
            t.move(c, at[0], at[1]);
        }
    }

    @Override
    public void undo(Topology t) {
        Component c = Refs.component(t, componentId);
        t.place(c, Refs.place(t, oldPlaceId));
        if (oldX != c.x() || oldY != c.y()) {
            t.move(c, oldX, oldY);
        }
    }

    @Override
    public String description() {
        return placeId == null ? "Unplace " + name : "Place " + name + " in " + placeName;
    }
}
