package dev.lifeboat.ui.command;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import dev.lifeboat.model.Variant;

/** Removes a variant with its changes; undo puts it back, changes and all, where it was. */
public final class DeleteVariantCommand implements Command {

    private final String name;
    private Variant removed;
    private int index;

    public DeleteVariantCommand(String name) {
        this.name = name;
    }

    @Override
    public void execute(Topology t) {
        removed = Refs.variant(t, name);
        index = t.removeVariant(removed);
    }

    @Override
    public void undo(Topology t) {
        t.addVariant(index, removed);
    }

    @Override
    public String description() {
        return "Delete variant " + Printable.echo(name);
    }

    @Override
    public boolean editsVariant() {
        return true;
    }
}
