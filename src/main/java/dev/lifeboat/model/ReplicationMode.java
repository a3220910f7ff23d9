package dev.lifeboat.model;

/** How a data store ships changes to its replicas. */
public enum ReplicationMode implements Choice {
    NONE("none", "None"),
    ASYNC("async", "Asynchronous (streaming)"),
    SEMI_SYNC("semi_sync", "Semi-synchronous"),
    SYNC("sync", "Synchronous");

    private final String id;
    private final String label;

    ReplicationMode(String id, String label) {
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
