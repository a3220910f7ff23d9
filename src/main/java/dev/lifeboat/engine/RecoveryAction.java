package dev.lifeboat.engine;

/** What recovery of a component needs under a scenario. */
public enum RecoveryAction {
    NONE("nothing to do"),
    RESTART("restart"),
    FAILOVER("automatic failover"),
    PROMOTE("promote a replica"),
    RESTORE("restore from backup"),
    REDEPLOY("redeploy"),
    REPLAY("reset offsets and replay"),
    WAIT_FOR_PROVIDER("wait for the provider"),
    IMPOSSIBLE("no way to recover");

    private final String label;

    RecoveryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
