package dev.lifeboat.ui.command;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;

/** Renames a variant; undo gives it its old name back. */
public final class RenameVariantCommand implements Command {

    private final String from;
    private final String to;

    public RenameVariantCommand(String from, String to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public void execute(Topology t) {
        t.renameVariant(Refs.variant(t, from), to);
    }

    @Override
    public void undo(Topology t) {
        t.renameVariant(Refs.variant(t, to), from);
    }

    @Override
    public String description() {
        return "Rename variant " + Printable.echo(from) + " to " + Printable.echo(to);
    }

    @Override
    public boolean editsVariant() {
        return true;
    }
}
