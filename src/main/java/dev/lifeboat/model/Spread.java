package dev.lifeboat.model;

/** Where a stateless service's instances run. */
public enum Spread implements Choice {
    SINGLE_ZONE("single_zone", "One zone"),
    MULTI_ZONE("multi_zone", "Several zones"),
    MULTI_REGION("multi_region", "Several regions");

    private final String id;
    private final String label;

    Spread(String id, String label) {
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
