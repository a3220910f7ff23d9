package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Mysql.INNODB_FLUSH;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Mysql.SYNC_BINLOG;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Mysql;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.TimeBound;

/**
 * MySQL (InnoDB). A mysqld crash loses up to a second of transactions only with
 * {@code innodb_flush_log_at_trx_commit=0}; with 2 the log is already in the OS and only an OS crash can
 * lose it, and {@code sync_binlog} likewise only matters for an OS crash. Semi-synchronous replication
 * loses nothing while it holds (it falls back to asynchronous after a timeout); asynchronous replication
 * loses the lag.
 */
final class MysqlRule extends DatabaseRule {

    // ---------------------------------------------------------------- documentation

    static final Reference MYSQL_FLUSH_LOG = new Reference("MySQL: innodb_flush_log_at_trx_commit",
            "https://dev.mysql.com/doc/refman/8.0/en/innodb-parameters.html#sysvar_innodb_flush_log_at_trx_commit");
    static final Reference MYSQL_SYNC_BINLOG = new Reference("MySQL: sync_binlog",
            "https://dev.mysql.com/doc/refman/8.0/en/replication-options-binary-log.html#sysvar_sync_binlog");
    static final Reference MYSQL_REPLICATION = new Reference("MySQL: Replication (asynchronous by default)",
            "https://dev.mysql.com/doc/refman/8.0/en/replication.html");
    static final Reference MYSQL_SEMISYNC = new Reference("MySQL: Semisynchronous Replication",
            "https://dev.mysql.com/doc/refman/8.0/en/replication-semisync.html");
    static final Reference MYSQL_GROUP_REPLICATION = new Reference("MySQL: Group Replication",
            "https://dev.mysql.com/doc/refman/8.0/en/group-replication.html");
    static final Reference MYSQL_DELAYED = new Reference("MySQL: Delayed Replication (SOURCE_DELAY)",
            "https://dev.mysql.com/doc/refman/8.0/en/replication-delayed.html");
    static final Reference MYSQL_PITR = new Reference("MySQL: Point-in-Time (Incremental) Recovery",
            "https://dev.mysql.com/doc/refman/8.0/en/point-in-time-recovery.html");

    private static final TimeBound ONE_SECOND = TimeBound.ofSeconds(1);

    MysqlRule() {
        super(ComponentKind.MYSQL);
    }

    @Override
    void processCrash(Component c, Verdict v) {
        Mysql.InnodbFlush flush = c.get(INNODB_FLUSH);
        switch (flush) {
            case PER_SECOND:
                v.rpo(ONE_SECOND).say("innodb_flush_log_at_trx_commit=0 writes and flushes the redo log about once "
                        + "per second, so a mysqld crash can lose up to a second of transactions");
                break;
            case WRITE_AT_COMMIT:
                v.rpo(TimeBound.ZERO).say("innodb_flush_log_at_trx_commit=2 writes the redo log to the OS at every "
                        + "commit, so a mysqld crash loses nothing (only an OS crash or power loss can lose the last "
                        + "second)");
                break;
            default:
                v.rpo(TimeBound.ZERO).say("innodb_flush_log_at_trx_commit=1 writes and flushes the redo log at every "
                        + "commit");
                break;
        }
        int syncBinlog = c.get(SYNC_BINLOG);
        if (syncBinlog != 1) {
            v.say("; sync_binlog=").say(syncBinlog).say(" leaves binary log flushes to the OS, which only an OS crash "
                    + "or power loss can undo");
        }
        v.say(". ");
        long restart = c.get(RESTART_TIME);
        v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("restart with InnoDB crash recovery (").assumed(RESTART_TIME).say(").")
                .cite(MYSQL_FLUSH_LOG, MYSQL_SYNC_BINLOG);
    }

    @Override
    void replicaRpo(Component c, Verdict v, ReplicaGroup g) {
        switch (g.mode()) {
            case SYNC:
                v.rpo(TimeBound.ZERO).say("with synchronous replication (Group Replication) a transaction commits "
                        + "only once a majority of members has agreed on it. ")
                        .cite(MYSQL_GROUP_REPLICATION);
                break;
            case SEMI_SYNC:
                v.rpo(TimeBound.ZERO).say("with semi-synchronous replication a commit returns only once a replica "
                        + "has received and logged it; if no replica answers within rpl_semi_sync_source_timeout "
                        + "(10 s by default) the source falls back to asynchronous replication and this no longer "
                        + "holds. ")
                        .cite(MYSQL_SEMISYNC);
                break;
            default:
                lag(g, v, "replication is asynchronous");
                v.cite(MYSQL_REPLICATION);
                break;
        }
    }

    @Override
    void citeSynchronous(Verdict v) {
        v.cite(MYSQL_SEMISYNC);
    }

    @Override
    String delaySetting() {
        return "SOURCE_DELAY";
    }

    /** The replica's receiver thread keeps fetching events; only its applier waits for the delay. */
    @Override
    void citeDelay(Verdict v) {
        v.cite(MYSQL_DELAYED);
    }

    @Override
    void citeBackups(Component c, Verdict v) {
        v.cite(MYSQL_PITR);
    }
}
