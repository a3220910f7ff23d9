package dev.lifeboat.model;

/** Where replicas (or a service's other instances) live relative to the primary. */
public enum ReplicaPlacement implements Choice {
    SAME_ZONE("same_zone", "Same zone"),
    OTHER_ZONE("other_zone", "Other zone"),
    OTHER_REGION("other_region", "Other region");

    private final String id;
    private final String label;

    ReplicaPlacement(String id, String label) {
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
