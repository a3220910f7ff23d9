package dev.lifeboat.ui.command;

import dev.lifeboat.model.Topology;
import java.util.List;
import java.util.Objects;

/**
 * Several commands as one edit: they run in order, undo reverts them in reverse order, and the Edit menu shows one
 * description ("Undo Apply recommendation (cheapest)"). When one of them is refused, those that ran are undone and
 * the refusal is thrown, so the topology is as it was.
 */
public final class CompoundCommand implements Command {

    private final String description;
    private final List<Command> parts;

    /**
     * @param description what the Edit menu and the status line say (names in it already through
     *                    {@code Printable.echo})
     * @param parts       the commands, in the order they run; at least one
     */
    public CompoundCommand(String description, List<? extends Command> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a compound command needs at least one command");
        }
    }

    @Override
    public void execute(Topology topology) {
        int done = 0;
        try {
            for (Command c : parts) {
                c.execute(topology);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                parts.get(i).undo(topology);
            }
            throw e;
        }
    }

    @Override
    public void undo(Topology topology) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(topology);
        }
    }

    @Override
    public String description() {
        return description;
    }

    /** Whether it may run while a variant is shown: when every part may. */
    @Override
    public boolean editsVariant() {
        return parts.stream().allMatch(Command::editsVariant);
    }

    /** The commands, in the order they run. */
    public List<Command> parts() {
        return parts;
    }
}
