package dev.lifeboat.model;

/** Redis persistence mode. */
public enum RedisPersistence implements Choice {
    NONE("none", "None"),
    RDB("rdb", "RDB snapshots"),
    AOF("aof", "AOF"),
    RDB_AOF("rdb_aof", "RDB + AOF");

    private final String id;
    private final String label;

    RedisPersistence(String id, String label) {
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
