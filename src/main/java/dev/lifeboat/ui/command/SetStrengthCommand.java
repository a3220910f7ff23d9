package dev.lifeboat.ui.command;

import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Printable;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;

/** Makes a dependency hard or soft. */
public final class SetStrengthCommand implements Command {

    private final String source;
    private final String target;
    private final Strength strength;
    private final String label;
    private Strength old;

    public SetStrengthCommand(Dependency d, Strength strength) {
        this.source = d.source().id();
        this.target = d.target().id();
        this.strength = strength;
        this.label = Printable.echo(d.source().name()) + " \u2192 " + Printable.echo(d.target().name());
    }

    @Override
    public void execute(Topology t) {
        Dependency d = Refs.dependency(t, source, target);
        old = d.strength();
        t.setStrength(d, strength);
    }

    @Override
    public void undo(Topology t) {
        t.setStrength(Refs.dependency(t, source, target), old);
    }

    @Override
    public String description() {
        return "Make " + label + " " + strength.id();
    }
}
