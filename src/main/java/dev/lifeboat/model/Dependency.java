package dev.lifeboat.model;

/**
 * "{@code source} needs {@code target}": an arrow from the dependent to its dependency. Created only by
 * {@link Topology#addDependency}.
 */
public final class Dependency {

    private final Component source;
    private final Component target;
    private Strength strength;

    Dependency(Component source, Component target, Strength strength) {
        this.source = source;
        this.target = target;
        this.strength = strength;
    }

    /** The dependent. */
    public Component source() {
        return source;
    }

    /** The dependency. */
    public Component target() {
        return target;
    }

    public Strength strength() {
        return strength;
    }

    public boolean isHard() {
        return strength == Strength.HARD;
    }

    void setStrength(Strength strength) {
        this.strength = strength;
    }

    @Override
    public String toString() {
        return source.id() + " -> " + target.id() + " (" + strength.id() + ")";
    }
}
