package dev.lifeboat.model;

/** MongoDB write concern w. */
public enum MongoWriteConcern implements Choice {
    W0("0", "w: 0 (unacknowledged)"),
    W1("1", "w: 1 (primary only)"),
    MAJORITY("majority", "w: majority");

    private final String id;
    private final String label;

    MongoWriteConcern(String id, String label) {
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
