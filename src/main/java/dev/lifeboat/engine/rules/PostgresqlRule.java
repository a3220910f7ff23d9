package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Postgresql.FSYNC;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Postgresql.SYNCHRONOUS_COMMIT;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.TimeBound;

/**
 * PostgreSQL. A crash loses nothing with {@code synchronous_commit=on}, and with it off at most three
 * wal_writer_delay rounds of commits (rounded up to 1 s). Synchronous standbys lose nothing, streaming
 * (asynchronous) standbys the replication lag; {@code synchronous_commit=off} stops waiting for the
 * synchronous standby too. Point-in-time recovery needs a base backup plus the archived WAL.
 */
final class PostgresqlRule extends DatabaseRule {

    // ---------------------------------------------------------------- documentation

    static final Reference PG_ASYNC_COMMIT = new Reference("PostgreSQL: Asynchronous Commit",
            "https://www.postgresql.org/docs/current/wal-async-commit.html");
    static final Reference PG_WAL_SETTINGS = new Reference(
            "PostgreSQL: Write Ahead Log settings (fsync, synchronous_commit, archive_timeout)",
            "https://www.postgresql.org/docs/current/runtime-config-wal.html");
    static final Reference PG_SYNC_REPLICATION = new Reference("PostgreSQL: Synchronous Replication",
            "https://www.postgresql.org/docs/current/warm-standby.html#SYNCHRONOUS-REPLICATION");
    static final Reference PG_STREAMING_REPLICATION = new Reference("PostgreSQL: Streaming Replication",
            "https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION");
    static final Reference PG_FAILOVER = new Reference("PostgreSQL: Failover",
            "https://www.postgresql.org/docs/current/warm-standby-failover.html");
    static final Reference PG_DELAYED_STANDBY = new Reference("PostgreSQL: recovery_min_apply_delay",
            "https://www.postgresql.org/docs/current/runtime-config-replication.html#GUC-RECOVERY-MIN-APPLY-DELAY");
    static final Reference PG_PITR = new Reference("PostgreSQL: Continuous Archiving and Point-in-Time Recovery",
            "https://www.postgresql.org/docs/current/continuous-archiving.html");

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
                .say("restart with crash recovery (").assumed(RESTART_TIME).say(").")
                .cite(PG_ASYNC_COMMIT, PG_WAL_SETTINGS);
    }

    @Override
    void replicaRpo(Component c, Verdict v, ReplicaGroup g) {
        ReplicationMode mode = g.mode();
        if (mode == ReplicationMode.SYNC || mode == ReplicationMode.SEMI_SYNC) {
            if (c.get(SYNCHRONOUS_COMMIT)) {
                v.rpo(TimeBound.ZERO).say(mode == ReplicationMode.SYNC
                        ? "with synchronous replication a commit returns only once a synchronous standby has "
                                + "flushed it. "
                        : "with semi-synchronous replication (synchronous_commit=remote_write) a commit returns "
                                + "only once a standby has received and written it. ");
            } else {
                lag(g, v, "synchronous_commit=off does not wait for the synchronous standby either");
            }
            v.cite(PG_SYNC_REPLICATION);
        } else {
            lag(g, v, "streaming replication is asynchronous");
            v.cite(PG_STREAMING_REPLICATION);
        }
        v.cite(PG_FAILOVER);
    }

    @Override
    void citeSynchronous(Verdict v) {
        v.cite(PG_SYNC_REPLICATION);
    }

    @Override
    String delaySetting() {
        return "recovery_min_apply_delay";
    }

    /** The standby receives and flushes the WAL at once; only its replay waits for the delay. */
    @Override
    void citeDelay(Verdict v) {
        v.cite(PG_DELAYED_STANDBY);
    }

    @Override
    void citeBackups(Component c, Verdict v) {
        v.cite(PG_PITR);
    }
}
