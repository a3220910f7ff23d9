package dev.lifeboat.ui.command;

import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.Topology;

/** Makes a dependency hard or soft. */
public final class SetStrengthCommand implements Command {

    private final String source;
    private final String target;
    private final Strength strength;
    private Strength old;

    public SetStrengthCommand(Dependency d, Strength strength) {
        this.source = d.source().id();
        this.target = d.target().id();
        this.strength = strength;
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
        return "Make " + source + " \u2192 " + target + " " + strength.id();
    }
}
