package dev.lifeboat.model;

/** How a replica takes over when the primary is lost. */
public enum Failover implements Choice {
    MANUAL("manual", "Manual promotion"),
    AUTOMATIC("automatic", "Automatic");

    private final String id;
    private final String label;

    Failover(String id, String label) {
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
