package dev.lifeboat.ui.command;

import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Topology;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs every edit of one document, keeps the undo and redo stacks and counts revisions. The dirty flag
 * follows the revision: it is clear exactly when the revision equals the one last saved.
 */
public final class CommandManager {

    private final Topology topology;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final Runnable afterChange;
    private long savedRevision;
    private long nextRevision;
    private boolean running;
    private Object savedState;

    /**
     * @param afterChange run after every execute, undo and redo (e.g. to update the analysis)
     */
    public CommandManager(Topology topology, Runnable afterChange) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
    }

    /** Runs a command and makes it undoable; throws what the command throws, leaving the stacks alone. */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        run(() -> command.execute(topology));
        undo.push(command);
        redo.clear();
        revision.set(++nextRevision);
        changed();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.peek();
        run(() -> c.undo(topology));
        undo.pop();
        redo.push(c);
        // the state after undo equals the state of the revision before c
        revision.set(++nextRevision);
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.peek();
        run(() -> c.execute(topology));
        redo.pop();
        undo.push(c);
        revision.set(++nextRevision);
        changed();
    }

    /** Records that the current state is saved. */
    public void markSaved() {
        savedRevision = revision.get();
        savedState = stateKey();
        changed();
    }

    /** Identifies the document state: the command on top of the undo stack (null = as loaded). */
    /** Marks the document as differing from any saved file (e.g. restored from an autosave). */
    public void markModified() {
        savedState = new Object();
        changed();
    }

    private Object stateKey() {
        return undo.isEmpty() ? null : undo.peek();
    }

    private void run(Runnable r) {
        if (running) {
            throw new IllegalStateException("a command cannot run another command");
        }
        running = true;
        try {
            r.run();
        } finally {
            running = false;
        }
    }

    private void changed() {
        dirty.set(stateKey() != savedState);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        // shown in the Edit menu: a description names components, so it is made printable here, for every command
        undoDescription.set(undo.isEmpty() ? "" : Printable.of(undo.peek().description()));
        redoDescription.set(redo.isEmpty() ? "" : Printable.of(redo.peek().description()));
        afterChange.run();
    }

    public Topology topology() {
        return topology;
    }

    /** Increases with every execute, undo and redo. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The revision when last saved. */
    public long savedRevision() {
        return savedRevision;
    }

    /** True when the document differs from what was last saved (or loaded). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the command that undo would revert (printable, see {@link Printable}), or "". */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
