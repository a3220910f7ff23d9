package dev.lifeboat.model;

/** How hard a dependency is. */
public enum Strength implements Choice {
    HARD("hard", "Hard (cannot work without it)"),
    SOFT("soft", "Soft (degrades without it)");

    private final String id;
    private final String label;

    Strength(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
