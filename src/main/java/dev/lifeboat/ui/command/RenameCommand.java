package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Renames a component (its id stays). */
public final class RenameCommand implements Command {

    private final String componentId;
    private final String newName;
    private String oldName;

    public RenameCommand(Component c, String newName) {
        this.componentId = c.id();
        this.newName = newName;
    }

    @Override
    public void execute(Topology t) {
        Component c = Refs.component(t, componentId);
        oldName = c.name();
        t.rename(c, newName);
    }

    @Override
    public void undo(Topology t) {
        t.rename(Refs.component(t, componentId), oldName);
    }

    @Override
    public String description() {
        return "Rename " + (oldName == null ? componentId : Printable.echo(oldName)) + " to " + Printable.echo(newName);
    }
}
