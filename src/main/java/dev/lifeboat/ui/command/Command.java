package dev.lifeboat.ui.command;

import dev.lifeboat.model.Topology;

/**
 * One edit of the document that can be undone. Commands refer to components, places and journeys by id,
 * so that they keep working after an undo re-creates what another command removed.
 */
public interface Command {

    /** Applies the edit; throws (leaving the topology unchanged) when it cannot. */
    void execute(Topology topology);

    /** Reverts exactly what {@link #execute} did. */
    void undo(Topology topology);

    /**
     * A short description for the Edit menu and the status line, e.g. "Move orders-db". Names in it are
     * written through {@code Printable.echo}: escaped and cut, since a name may hold anything.
     */
    String description();

    /**
     * Whether it may run while a variant is shown: only the commands that change variants do. Everything else
     * changes the baseline, and the designer refuses it then ("switch to the baseline to change the structure").
     */
    default boolean editsVariant() {
        return false;
    }
}
