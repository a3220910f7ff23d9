package dev.lifeboat.ui.command;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.Objects;

/**
 * Renames the document (the topology's own name, shown in the title until it is saved and in reports), so
 * that "Untitled" can become the system's name as one undoable edit.
 */
public final class RenameDocumentCommand implements Command {

    private final String newName;
    private String oldName;

    public RenameDocumentCommand(String newName) {
        this.newName = Objects.requireNonNull(newName, "newName");
    }

    @Override
    public void execute(Topology t) {
        oldName = t.name();
        t.setName(newName);
    }

    @Override
    public void undo(Topology t) {
        t.setName(oldName);
    }

    @Override
    public String description() {
        return "Rename the document to " + Printable.echo(newName);
    }
}
