package dev.lifeboat.model;

/** How a Redis replica is promoted. */
public enum RedisFailover implements Choice {
    NONE("none", "None (manual)"),
    SENTINEL("sentinel", "Sentinel"),
    CLUSTER("cluster", "Redis Cluster");

    private final String id;
    private final String label;

    RedisFailover(String id, String label) {
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
