package dev.lifeboat.model;

/** Redis appendfsync: when the AOF is flushed to disk. */
public enum AppendFsync implements Choice {
    ALWAYS("always", "always"),
    EVERYSEC("everysec", "everysec"),
    NO("no", "no (left to the OS)");

    private final String id;
    private final String label;

    AppendFsync(String id, String label) {
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
