package dev.lifeboat.model;

/** MySQL innodb_flush_log_at_trx_commit. */
public enum InnodbFlush implements Choice {
    AT_COMMIT("1", "1 (write and flush at each commit)"),
    PER_SECOND("0", "0 (write and flush once per second)"),
    WRITE_AT_COMMIT("2", "2 (write at commit, flush once per second)");

    private final String id;
    private final String label;

    InnodbFlush(String id, String label) {
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
