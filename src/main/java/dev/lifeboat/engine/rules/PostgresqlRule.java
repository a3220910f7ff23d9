package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.FSYNC;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.SYNCHRONOUS_COMMIT;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.TimeBound;

/**
 * PostgreSQL. A crash loses nothing with {@code synchronous_commit=on}, and with it off at most three
 * wal_writer_delay rounds of commits (rounded up to 1 s). Synchronous standbys lose nothing, streaming
 * (asynchronous) standbys the replication lag; {@code synchronous_commit=off} stops waiting for the
 * synchronous standby too. Point-in-time recovery needs a base backup plus the archived WAL.
 */
final class PostgresqlRule extends DatabaseRule {

    /** 3 x wal_writer_delay (200 ms by default) = 600 ms, rounded up to a whole second. */
    private static final TimeBound ASYNC_COMMIT_WINDOW = TimeBound.ofSeconds(1);

    PostgresqlRule() {
        super(ComponentKind.POSTGRESQL);
    }

    @Override
    void processCrash(Component c, Verdict v) {
        if (c.get(SYNCHRONOUS_COMMIT)) {
            v.rpo(TimeBound.ZERO).say("synchronous_commit=on, so a commit is acknowledged only once its WAL is "
                    + "flushed to disk, and crash recovery replays it. ");
        } else {
            v.rpo(ASYNC_COMMIT_WINDOW).say("synchronous_commit=off acknowledges commits before their WAL is "
                    + "flushed; up to 3 x wal_writer_delay (600 ms by default) of commits can be lost, rounded up. ");
        }
        if (!c.get(FSYNC)) {
            v.say("fsync=off loses nothing on a process crash because the OS cache survives, but an OS crash or "
                    + "power loss can leave the cluster corrupt. ");
        }
        long restart = c.get(RESTART_TIME);
        v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("restart with crash recovery (restart_time).")
                .cite(References.PG_ASYNC_COMMIT, References.PG_WAL_SETTINGS);
    }

    @Override
    void replicaRpo(Component c, Verdict v) {
        ReplicationMode mode = c.get(REPLICATION_MODE);
        if (mode == ReplicationMode.SYNC || mode == ReplicationMode.SEMI_SYNC) {
            if (c.get(SYNCHRONOUS_COMMIT)) {
                v.rpo(TimeBound.ZERO).say(mode == ReplicationMode.SYNC
                        ? "with synchronous replication a commit returns only once a synchronous standby has "
                                + "flushed it. "
                        : "with semi-synchronous replication (synchronous_commit=remote_write) a commit returns "
                                + "only once a standby has received and written it. ");
            } else {
                lag(c, v, "synchronous_commit=off does not wait for the synchronous standby either");
            }
            v.cite(References.PG_SYNC_REPLICATION);
        } else {
            lag(c, v, "streaming replication is asynchronous");
            v.cite(References.PG_STREAMING_REPLICATION);
        }
        v.cite(References.PG_FAILOVER);
    }

    @Override
    void citeBackups(Component c, Verdict v) {
        v.cite(References.PG_PITR);
    }
}
