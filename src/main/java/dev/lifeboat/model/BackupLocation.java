package dev.lifeboat.model;

/** Where backups and archived logs are kept. */
public enum BackupLocation implements Choice {
    SAME_REGION("same_region", "Same region"),
    OTHER_REGION("other_region", "Other region");

    private final String id;
    private final String label;

    BackupLocation(String id, String label) {
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
