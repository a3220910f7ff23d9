package dev.lifeboat.ui.command;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;

/** Records that one component depends on another. */
public final class AddDependencyCommand implements Command {

    private final String source;
    private final String target;
    private final Strength strength;
    private final String text;

    public AddDependencyCommand(Component source, Component target, Strength strength) {
        this.source = source.id();
        this.target = target.id();
        this.strength = strength;
        this.text = "Connect " + Printable.echo(source.name()) + " to " + Printable.echo(target.name());
    }

    @Override
    public void execute(Topology t) {
        t.addDependency(Refs.component(t, source), Refs.component(t, target), strength);
    }

    @Override
    public void undo(Topology t) {
        t.removeDependency(Refs.dependency(t, source, target));
    }

    @Override
    public String description() {
        return text;
    }
}
