package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Mysql.INNODB_FLUSH;
import static dev.lifeboat.model.Mysql.SYNC_BINLOG;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicationMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * MySQL 8.0.26+: a {@code my.cnf} for the source and one for its replicas, with the 8.0.26 names ({@code source},
 * {@code replica}): InnoDB and binary log flushing, GTIDs, semisynchronous replication
 * ({@code rpl_semi_sync_source_*}) or, for synchronous replication, Group Replication, as the MySQL rule reads
 * them.
 *
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/replication-semisync.html">Semisynchronous Replication</a>
 * @see <a href="https://dev.mysql.com/doc/refman/8.0/en/group-replication-configuring-instances.html">Group
 * Replication: configuring instances</a>
 */
final class MysqlConfig implements TechnologyConfig {

    private static final String TARGET = "MySQL 8.0.26 or later (the source/replica names)";
    private static final String DOCS = "https://dev.mysql.com/doc/refman/8.0/en/";
    /** Group Replication's port, the one its documentation uses. */
    private static final int GROUP_PORT = 33061;

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        ReplicationMode mode = ctx.get(REPLICATION_MODE);
        boolean replicated = ctx.get(REPLICAS) > 0 && mode != ReplicationMode.NONE;
        if (replicated && mode == ReplicationMode.SYNC) {
            return List.of(group(ctx));
        }
        List<ConfigFile> files = new ArrayList<>();
        files.add(source(ctx, replicated));
        if (replicated) {
            files.add(replica(ctx));
        }
        return files;
    }

    private static ConfigFile source(ConfigContext ctx, boolean replicated) {
        String name = ctx.fileName(null, "my.cnf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, replicated ? "option file for the source" : "option file for the server", TARGET,
                "Use: put it in the server's option files (for example /etc/mysql/conf.d/" + name + "); mysqld "
                        + "reads it at start, and SHOW VARIABLES shows what it took.");
        t.line("[mysqld]").blank();
        t.set("server_id", "1", "Unique in the replication topology: the source is 1, each replica another number.");
        durability(t, ctx);
        gtid(t);
        if (replicated && ctx.get(REPLICATION_MODE) == ReplicationMode.SEMI_SYNC) {
            t.set("plugin_load_add", "semisync_source.so", "Loads the 8.0.26+ semisynchronous source plugin "
                    + "(rpl_semi_sync_source), whose variables follow. " + DOCS
                    + "replication-semisync-installation.html");
            t.set("rpl_semi_sync_source_enabled", "ON", "RPO 0 when the source is lost (replication_mode "
                    + "semi_sync): a commit returns only once a replica has received and logged it.");
            t.set("rpl_semi_sync_source_wait_for_replica_count", "1", "One replica's acknowledgement is enough; "
                    + "more would make commits wait on more replicas.");
            t.set("rpl_semi_sync_source_wait_point", "AFTER_SYNC", "The source waits before committing in its "
                    + "engine, so no other client sees a transaction that a failover could lose.");
            t.set("rpl_semi_sync_source_timeout", "10000", "Milliseconds: when no replica answers within 10 s the "
                    + "source falls back to asynchronous replication, and then a failover may lose the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " (replication_lag, assumed); watch "
                    + "Rpl_semi_sync_source_status. " + DOCS + "replication-options-source.html");
        } else if (replicated) {
            t.comment("Replication is asynchronous (replication_mode async): a replica may lack the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of transactions (replication_lag, assumed). "
                    + DOCS + "replication.html");
        }
        if (replicated) {
            failover(t, ctx);
        }
        t.blank();
        backups(t, ctx);
        return new ConfigFile(name, t.text());
    }

    private static ConfigFile replica(ConfigContext ctx) {
        String name = ctx.fileName("replica", "my.cnf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, "option file for each replica", TARGET, "Use: on each of the " + ctx.get(REPLICAS)
                + " replicas, put it in the option files, then CHANGE REPLICATION SOURCE TO SOURCE_HOST='...', "
                + "SOURCE_AUTO_POSITION=1 and START REPLICA. A replica becomes the source after a failover, so it "
                + "keeps the source's durability settings.");
        t.line("[mysqld]").blank();
        t.set("server_id", "2", ConfigContext.CHANGE_ME + ": unique per server: 2 on the first replica, 3 on the "
                + "next...");
        durability(t, ctx);
        gtid(t);
        t.set("read_only", "ON", "Clients cannot write to a replica, whose changes a resynchronisation would lose.");
        t.set("super_read_only", "ON", "Not even administrators, until it is promoted.");
        t.set("relay_log_recovery", "ON", "After a crash the replica fetches again what its relay log may have "
                + "lost, instead of stopping or skipping transactions.");
        t.set("log_replica_updates", "ON", "A replica logs what it applies, so that once promoted the other "
                + "replicas can follow it.");
        if (ctx.get(REPLICATION_MODE) == ReplicationMode.SEMI_SYNC) {
            t.set("plugin_load_add", "semisync_replica.so", "Loads the 8.0.26+ semisynchronous replica plugin "
                    + "(rpl_semi_sync_replica). " + DOCS + "replication-semisync-installation.html");
            t.set("rpl_semi_sync_replica_enabled", "ON", "This replica acknowledges each transaction once it has "
                    + "logged it, which is what the source waits for (replication_mode semi_sync).");
        }
        t.blank();
        return new ConfigFile(name, t.text());
    }

    /** Synchronous replication is Group Replication: every member takes the same file, with its own address. */
    private static ConfigFile group(ConfigContext ctx) {
        String name = ctx.fileName(null, "my.cnf");
        int members = ctx.get(REPLICAS) + 1;
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, "option file for each member of the group", TARGET, "Use: on each of the " + members
                + " members, put it in the option files with its own server_id and local address, then bootstrap "
                + "the group on one member (SET GLOBAL group_replication_bootstrap_group=ON; START "
                + "GROUP_REPLICATION) and START GROUP_REPLICATION on the others. " + DOCS
                + "group-replication-configuring-instances.html");
        t.line("[mysqld]").blank();
        t.set("server_id", "1", ConfigContext.CHANGE_ME + ": unique per member: 1, 2, 3...");
        durability(t, ctx);
        gtid(t);
        t.set("plugin_load_add", "group_replication.so", "Loads Group Replication (replication_mode sync).");
        t.set("group_replication_group_name", "\"" + UUID.nameUUIDFromBytes(("lifeboat:" + ctx.component().id())
                .getBytes(StandardCharsets.UTF_8)) + "\"", "The group's UUID, the same on every member (derived "
                + "from the component id).");
        t.set("group_replication_start_on_boot", "OFF", "A member joins when told to, after the group is "
                + "bootstrapped once.");
        t.set("group_replication_local_address", "\"" + ConfigContext.CHANGE_ME + "-this-host:" + GROUP_PORT + "\"",
                ConfigContext.CHANGE_ME + ": this member's host and group communication port.");
        List<String> seeds = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            seeds.add(ConfigContext.CHANGE_ME + "-member" + i + ":" + GROUP_PORT);
        }
        t.set("group_replication_group_seeds", "\"" + String.join(",", seeds) + "\"", ConfigContext.CHANGE_ME
                + ": the " + members + " members' hosts (replicas " + ctx.get(REPLICAS) + " + the primary).");
        t.set("group_replication_single_primary_mode", "ON", "RPO 0 when a member is lost: a transaction commits "
                + "only once a majority of the " + members + " members has agreed on it, and one primary takes "
                + "writes. " + DOCS + "group-replication.html");
        failover(t, ctx);
        t.blank();
        backups(t, ctx);
        return new ConfigFile(name, t.text());
    }

    private static void durability(ConfigText t, ConfigContext ctx) {
        switch (ctx.get(INNODB_FLUSH)) {
            case AT_COMMIT -> t.set("innodb_flush_log_at_trx_commit", "1", "RPO 0 on a crash "
                    + "(innodb_flush_log_at_trx_commit 1): the redo log is written and flushed at every commit. "
                    + DOCS + "innodb-parameters.html#sysvar_innodb_flush_log_at_trx_commit");
            case WRITE_AT_COMMIT -> t.set("innodb_flush_log_at_trx_commit", "2", "A mysqld crash loses nothing "
                    + "(innodb_flush_log_at_trx_commit 2): the redo log reaches the OS at every commit, but is "
                    + "flushed once per second, so an OS crash or a power loss can lose the last second.");
            case PER_SECOND -> t.set("innodb_flush_log_at_trx_commit", "0", "RPO 1s on a crash "
                    + "(innodb_flush_log_at_trx_commit 0): the redo log is written and flushed about once per "
                    + "second.");
        }
        int sync = ctx.get(SYNC_BINLOG);
        t.set("sync_binlog", String.valueOf(sync), sync == 1
                ? "The binary log is flushed at every commit group (sync_binlog 1), so it never lacks a committed "
                        + "transaction that replicas or point-in-time recovery need. " + DOCS
                        + "replication-options-binary-log.html#sysvar_sync_binlog"
                : "The binary log is flushed " + (sync == 0 ? "when the OS decides" : "every " + sync + " commit "
                        + "groups") + " (sync_binlog " + sync + "): an OS crash or a power loss can lose transactions "
                        + "from it that InnoDB kept.");
    }

    private static void gtid(ConfigText t) {
        t.set("gtid_mode", "ON", "Global transaction ids: after a failover the replicas find their place in the "
                + "new source's binary log by themselves (SOURCE_AUTO_POSITION), which makes the promotion quick "
                + "and safe. " + DOCS + "replication-gtids.html");
        t.set("enforce_gtid_consistency", "ON", "Required by gtid_mode ON: refuses statements GTIDs cannot log "
                + "safely.");
    }

    private static void failover(ConfigText t, ConfigContext ctx) {
        t.comment(ctx.get(FAILOVER) == Failover.AUTOMATIC
                ? "Failover: automatic within " + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + " (failover_time), to "
                        + "a replica " + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + ": MySQL itself does not "
                        + "promote a replica outside Group Replication; InnoDB Cluster, MySQL Router or another "
                        + "manager must."
                : "Failover: manual: a person promotes the most advanced replica " + ConfigContext.where(
                        ctx.get(REPLICA_PLACEMENT)) + " in about " + ConfigContext.dur(ctx.get(PROMOTION_TIME))
                        + " (promotion_time, assumed).");
    }

    private static void backups(ConfigText t, ConfigContext ctx) {
        if (ctx.get(CONTINUOUS_ARCHIVING)) {
            t.comment("Point-in-time recovery (continuous_archiving): copy the binary logs to the backup store at "
                    + "least every " + ConfigContext.dur(ctx.get(ARCHIVE_INTERVAL)) + " (archive_interval), for "
                    + "example with mysqlbinlog --read-from-remote-server --raw --stop-never, and keep them as long "
                    + "as the backups. " + DOCS + "point-in-time-recovery.html");
            t.blank();
        }
        BackupSchedule.write(t, ctx, "mysqldump --single-transaction --source-data=2 --all-databases "
                + "| gzip > /backups/" + ctx.stem() + "-$(date +\\%F-\\%H\\%M).sql.gz",
                "a DROP TABLE or a bad UPDATE (replicas apply it too)");
    }
}
