package dev.lifeboat.model;

/** Kafka producer acks: how many replicas must have a record before the producer is told it is written. */
public enum KafkaAcks implements Choice {
    NONE("0", "0 (no acknowledgement)"),
    LEADER("1", "1 (leader only)"),
    ALL("all", "all (in-sync replicas)");

    private final String id;
    private final String label;

    KafkaAcks(String id, String label) {
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
