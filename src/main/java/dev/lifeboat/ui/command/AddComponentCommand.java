package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Adds a component of a kind at a position, optionally placed in a zone or region. */
public final class AddComponentCommand implements Command {

    private final ComponentKind kind;
    private final String name;
    private final double x;
    private final double y;
    private final String placeId;
    private String id;

    public AddComponentCommand(ComponentKind kind, String name, double x, double y, String placeId) {
        this.kind = kind;
        this.name = name;
        this.x = x;
        this.y = y;
        this.placeId = placeId;
    }

    @Override
    public void execute(Topology t) {
        Component c = t.addComponent(id, kind, name);
        id = c.id();
        t.move(c, x, y);
        if (placeId != null) {
            t.place(c, Refs.place(t, placeId));
        }
    }

    @Override
    public void undo(Topology t) {
        t.removeComponent(Refs.component(t, id));
    }

    /** The id of the added component, once executed. */
    public String componentId() {
        return id;
    }

    @Override
    public String description() {
        return "Add " + Printable.echo(name);
    }
}
