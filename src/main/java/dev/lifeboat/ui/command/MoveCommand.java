package dev.lifeboat.ui.command;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves components (and may change where they are placed) and zone/region containers, as one step:
 * one drag gesture, or an automatic layout.
 */
public final class MoveCommand implements Command {

    private final List<ComponentMove> components = new ArrayList<>();
    private final List<PlaceMove> places = new ArrayList<>();
    private final String verb;
    private String label;

    /** A component's position and placement before and after. */
    public record ComponentMove(String id, double fromX, double fromY, String fromPlace, double toX, double toY,
                                String toPlace) {
    }

    /** A container's bounds, and for a zone the region it belongs to, before and after. */
    public record PlaceMove(String id, Bounds from, Bounds to, String fromRegion, String toRegion) {
    }

    public MoveCommand(String verb) {
        this.verb = verb;
    }

    /** Adds a component move; the placement follows {@code toPlace} (null = unplaced). */
    public MoveCommand move(Component c, double toX, double toY, Place toPlace) {
        components.add(new ComponentMove(c.id(), c.x(), c.y(), c.place() == null ? null : c.place().id(), toX, toY,
                toPlace == null ? null : toPlace.id()));
        label = label == null ? Printable.echo(c.name()) : label;
        return this;
    }

    /** Adds a container move; a zone keeps its region. */
    public MoveCommand move(Place p, Bounds to) {
        return move(p, to, p.region());
    }

    /** Adds a container move; a zone then belongs to {@code toRegion} (null: to none). */
    public MoveCommand move(Place p, Bounds to, Place toRegion) {
        String from = p.region() == null ? null : p.region().id();
        places.add(new PlaceMove(p.id(), p.bounds(), to, from, toRegion == null ? null : toRegion.id()));
        label = label == null ? Printable.echo(p.name()) : label;
        return this;
    }

    /** Whether anything actually changes. */
    public boolean isEmpty() {
        return components.stream().allMatch(m -> m.fromX() == m.toX() && m.fromY() == m.toY()
                && java.util.Objects.equals(m.fromPlace(), m.toPlace()))
                && places.stream().allMatch(m -> m.from().equals(m.to())
                && java.util.Objects.equals(m.fromRegion(), m.toRegion()));
    }

    @Override
    public void execute(Topology t) {
        for (PlaceMove m : places) {
            Place p = Refs.place(t, m.id());
            t.updatePlace(p, p.name(), Refs.place(t, m.toRegion()), m.to());
        }
        for (ComponentMove m : components) {
            Component c = Refs.component(t, m.id());
            t.move(c, m.toX(), m.toY());
            if (!java.util.Objects.equals(m.fromPlace(), m.toPlace())) {
                t.place(c, Refs.place(t, m.toPlace()));
            }
        }
    }

    @Override
    public void undo(Topology t) {
        for (ComponentMove m : components) {
            Component c = Refs.component(t, m.id());
            t.move(c, m.fromX(), m.fromY());
            if (!java.util.Objects.equals(m.fromPlace(), m.toPlace())) {
                t.place(c, Refs.place(t, m.fromPlace()));
            }
        }
        for (PlaceMove m : places) {
            Place p = Refs.place(t, m.id());
            t.updatePlace(p, p.name(), Refs.place(t, m.fromRegion()), m.from());
        }
    }

    @Override
    public String description() {
        int n = components.size() + places.size();
        return verb + " " + (n == 1 ? label : n + " items");
    }
}
