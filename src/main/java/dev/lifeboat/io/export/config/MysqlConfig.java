package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Mysql.INNODB_FLUSH;
import static dev.lifeboat.model.Mysql.SYNC_BINLOG;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.DELAYED_REPLICA;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicaGroup;
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
        List<ReplicaGroup> groups = ReplicaGroup.of(ctx.component());
        boolean first = !groups.isEmpty() && groups.get(0).number() == 1;
        List<ConfigFile> files = new ArrayList<>();
        if (first && ctx.get(REPLICATION_MODE) == ReplicationMode.SYNC) {
            files.add(group(ctx, groups));
        } else {
            files.add(source(ctx, groups));
            if (first) {
                files.add(replica(ctx));
            }
        }
        int nextId = 2 + (first ? ctx.get(REPLICAS) : 0);
        for (ReplicaGroup g : groups) {
            if (g.number() > 1) {
                files.add(groupReplica(ctx, g, nextId));
                nextId += g.replicas();
            }
        }
        if (ctx.get(DELAYED_REPLICA) != null) {
            files.add(delayed(ctx, nextId));
        }
        return files;
    }

    private static ConfigFile source(ConfigContext ctx, List<ReplicaGroup> groups) {
        boolean replicated = !groups.isEmpty();
        String name = ctx.fileName(null, "my.cnf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, replicated ? "option file for the source" : "option file for the server", TARGET,
                "Use: put it in the server's option files (for example /etc/mysql/conf.d/" + name + "); mysqld "
                        + "reads it at start, and SHOW VARIABLES shows what it took.");
        t.line("[mysqld]").blank();
        t.set("server_id", "1", "Unique in the replication topology: the source is 1, each replica another number.");
        durability(t, ctx);
        gtid(t);
        ReplicaGroup semi = semiSynchronous(groups);
        if (semi != null) {
            semiSource(t, ctx, semi, groups);
        } else if (groups.size() == 1 && groups.get(0).number() == 1) {
            t.comment("Replication is asynchronous (replication_mode async): a replica may lack the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of transactions (replication_lag, assumed). "
                    + DOCS + "replication.html");
        } else if (replicated) {
            List<String> lags = new ArrayList<>();
            for (ReplicaGroup g : groups) {
                lags.add("group " + g.number() + " " + ConfigContext.dur(g.lag()) + " (" + lagSource(g) + ")");
            }
            t.comment("Replication is asynchronous (every replica group is async): a replica may lack its group's "
                    + "last transactions: " + String.join(", ", lags) + ". " + DOCS + "replication.html");
        }
        if (replicated && groups.get(0).number() == 1) {
            failover(t, ctx);
        }
        t.blank();
        further(t, ctx, groups);
        backups(t, ctx);
        return new ConfigFile(name, t.text());
    }

    /**
     * The group whose mode makes the source wait for a replica's acknowledgement: a semi-synchronous group, or a
     * further group asking for sync (which outside Group Replication is semi-synchronous too); null for none.
     */
    private static ReplicaGroup semiSynchronous(List<ReplicaGroup> groups) {
        for (ReplicaGroup g : groups) {
            if (g.mode() == ReplicationMode.SEMI_SYNC || g.number() > 1 && g.mode() == ReplicationMode.SYNC) {
                return g;
            }
        }
        return null;
    }

    /** The semisynchronous source's plugin and variables, from the group that asks for them. */
    private static void semiSource(ConfigText t, ConfigContext ctx, ReplicaGroup semi, List<ReplicaGroup> groups) {
        String from = semi.number() == 1 ? "replication_mode semi_sync"
                : "replica group " + semi.number() + "'s mode " + semi.mode().id();
        t.set("plugin_load_add", "semisync_source.so", "Loads the 8.0.26+ semisynchronous source plugin "
                + "(rpl_semi_sync_source), whose variables follow. " + DOCS
                + "replication-semisync-installation.html");
        t.set("rpl_semi_sync_source_enabled", "ON", "RPO 0 when the source is lost (" + from + "): a commit "
                + "returns only once a replica has received and logged it.");
        t.set("rpl_semi_sync_source_wait_for_replica_count", "1", "One replica's acknowledgement is enough; "
                + "more would make commits wait on more replicas."
                + (groups.size() > 1 ? " Only replicas that load semisync_replica.so acknowledge: those of "
                        + "replica group" + plural(synchronousGroups(groups)) + "; the others are asynchronous."
                        : ""));
        t.set("rpl_semi_sync_source_wait_point", "AFTER_SYNC", "The source waits before committing in its "
                + "engine, so no other client sees a transaction that a failover could lose.");
        t.set("rpl_semi_sync_source_timeout", "10000", "Milliseconds: when no replica answers within 10 s the "
                + "source falls back to asynchronous replication, and then a failover may lose the last "
                + ConfigContext.dur(semi.lag()) + " (" + lagSource(semi) + "); watch "
                + "Rpl_semi_sync_source_status. " + DOCS + "replication-options-source.html");
    }

    /** The numbers of the groups whose replicas acknowledge semisynchronously. */
    private static List<String> synchronousGroups(List<ReplicaGroup> groups) {
        List<String> numbers = new ArrayList<>();
        for (ReplicaGroup g : groups) {
            if (g.synchronous()) {
                numbers.add(String.valueOf(g.number()));
            }
        }
        return numbers;
    }

    /** " 2" or "s 1, 2". */
    private static String plural(List<String> numbers) {
        return (numbers.size() == 1 ? " " : "s ") + String.join(", ", numbers);
    }

    /** The setting that gives a group its lag, with "assumed" where it is the database's assumed one. */
    private static String lagSource(ReplicaGroup g) {
        return g.ownLag() ? "replica group " + g.number() + "'s lag" : "replication_lag, assumed";
    }

    /** Comments on the source for the further groups and the delayed replica, naming their files. */
    private static void further(ConfigText t, ConfigContext ctx, List<ReplicaGroup> groups) {
        for (ReplicaGroup g : groups) {
            if (g.number() > 1) {
                t.comment("Replica group " + g.number() + " (more_replica_groups): " + ctx.role(g, "replica")
                        + ". Its replicas take " + ctx.fileName("group" + g.number(), "my.cnf") + ".");
                t.blank();
            }
        }
        Long delay = ctx.get(DELAYED_REPLICA);
        if (delay != null) {
            t.comment("Delayed replica (delayed_replica " + ConfigContext.dur(delay) + "): one more replica applies "
                    + "transactions " + ConfigContext.dur(delay) + " late, a copy from before a bad change; it takes "
                    + ctx.fileName("delayed", "my.cnf") + ".");
            t.blank();
        }
    }

    /** The replicas of a further group: their role, and what they acknowledge. */
    private static ConfigFile groupReplica(ConfigContext ctx, ReplicaGroup g, int firstId) {
        String name = ctx.fileName("group" + g.number(), "my.cnf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, "option file for each replica of replica group " + g.number(), TARGET, "Use: on "
                + (g.replicas() == 1 ? "the replica" : "each of the " + g.replicas() + " replicas") + " of replica "
                + "group " + g.number() + " (replicas " + g.replicas() + "), put it in the option files, then "
                + "CHANGE REPLICATION SOURCE TO SOURCE_HOST='...', SOURCE_AUTO_POSITION=1 and START REPLICA.");
        t.comment("Role: " + ctx.role(g, "replica") + ".");
        t.comment(switch (g.mode()) {
            case SEMI_SYNC -> "Semisynchronous (replica group " + g.number() + "'s mode semi_sync): the source waits "
                    + "for one replica's acknowledgement, which these replicas give.";
            case SYNC -> "Replica group " + g.number() + "'s mode is sync, but MySQL's synchronous replication is "
                    + "Group Replication, which only the source's own members join: these replicas acknowledge "
                    + "semisynchronously instead, which loses nothing either as long as one answers within "
                    + "rpl_semi_sync_source_timeout (10 s). " + DOCS + "replication-semisync.html";
            case ASYNC, NONE -> "Asynchronous (replica group " + g.number() + "'s mode async): the source waits for "
                    + "none of these replicas, so once promoted they may lack the last " + ConfigContext.dur(g.lag())
                    + " of transactions (" + lagSource(g) + ").";
        });
        t.blank();
        t.line("[mysqld]").blank();
        t.set("server_id", String.valueOf(firstId), ConfigContext.CHANGE_ME + ": unique per server: " + firstId
                + " on the first replica of this group" + (g.replicas() > 1 ? ", " + (firstId + 1) + " on the next..."
                : "") + " (the source is 1, replica group 1's replicas come before).");
        replicaSettings(t, ctx, g.synchronous() ? "replica group " + g.number() + "'s mode " + g.mode().id() : null);
        t.blank();
        return new ConfigFile(name, t.text());
    }

    /** The delayed replica: its applier waits, so that a bad change can be stopped before it reaches it. */
    private static ConfigFile delayed(ConfigContext ctx, int id) {
        String name = ctx.fileName("delayed", "my.cnf");
        long delay = ctx.get(DELAYED_REPLICA);
        long detection = ctx.topology().detectionTime(ctx.component());
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, name, "option file for the delayed replica", TARGET, "Use: on one more replica, put it in "
                + "the option files and start replication with the delay below. It takes no part in failover: it "
                + "is there for logical corruption.");
        t.comment("The delay is no option-file setting: start replication with it (delayed_replica "
                + ConfigContext.dur(delay) + " is " + delay + " seconds). The replica fetches the binary log at once "
                + "and only applies each transaction " + ConfigContext.dur(delay) + " after the source committed "
                + "it. " + DOCS + "replication-delayed.html");
        t.example("CHANGE REPLICATION SOURCE TO SOURCE_HOST='" + ConfigContext.CHANGE_ME + "-source-host', "
                + "SOURCE_AUTO_POSITION=1, SOURCE_DELAY=" + delay + ";");
        t.example("START REPLICA;");
        String noticed = "The design expects logical corruption (a bad migration, a wrong DELETE) to be noticed "
                + "after " + ConfigContext.dur(detection) + " (" + ctx.detectionSource() + ")";
        t.comment(detection < delay
                ? noticed + ", within the delay: this replica has not applied the change yet. Then run STOP "
                        + "REPLICA SQL_THREAD here at once, START REPLICA SQL_THREAD UNTIL SQL_BEFORE_GTIDS = "
                        + "'<the bad transaction's GTID>', and once it stops there, promote it: it holds the data "
                        + "from before."
                : noticed + ", no sooner than the delay of " + ConfigContext.dur(delay) + " (delayed_replica): by "
                        + "then this replica has applied the change too, and only the backups undo it. Make "
                        + "delayed_replica longer than the time to notice, or notice sooner.");
        t.blank();
        t.line("[mysqld]").blank();
        t.set("server_id", String.valueOf(id), ConfigContext.CHANGE_ME + ": unique per server; " + id + " follows "
                + "the source and the other replicas.");
        replicaSettings(t, ctx, null);
        t.blank();
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
        replicaSettings(t, ctx, ctx.get(REPLICATION_MODE) == ReplicationMode.SEMI_SYNC
                ? "replication_mode semi_sync" : null);
        t.blank();
        return new ConfigFile(name, t.text());
    }

    /** What every replica needs: the source's durability, GTIDs, read-only, safe relay logs, and its ack if asked. */
    private static void replicaSettings(ConfigText t, ConfigContext ctx, String semiFrom) {
        durability(t, ctx);
        gtid(t);
        t.set("read_only", "ON", "Clients cannot write to a replica, whose changes a resynchronisation would lose.");
        t.set("super_read_only", "ON", "Not even administrators, until it is promoted.");
        t.set("relay_log_recovery", "ON", "After a crash the replica fetches again what its relay log may have "
                + "lost, instead of stopping or skipping transactions.");
        t.set("log_replica_updates", "ON", "A replica logs what it applies, so that once promoted the other "
                + "replicas can follow it.");
        if (semiFrom != null) {
            t.set("plugin_load_add", "semisync_replica.so", "Loads the 8.0.26+ semisynchronous replica plugin "
                    + "(rpl_semi_sync_replica). " + DOCS + "replication-semisync-installation.html");
            t.set("rpl_semi_sync_replica_enabled", "ON", "This replica acknowledges each transaction once it has "
                    + "logged it, which is what the source waits for (" + semiFrom + ").");
        }
    }

    /** Synchronous replication is Group Replication: every member takes the same file, with its own address. */
    private static ConfigFile group(ConfigContext ctx, List<ReplicaGroup> groups) {
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
        ReplicaGroup semi = semiSynchronous(groups);
        if (semi != null) {
            semiSource(t, ctx, semi, groups);
        }
        failover(t, ctx);
        t.blank();
        further(t, ctx, groups);
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
                ? "Failover: automatic within " + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + " (failover_time, "
                        + "assumed), to a replica " + ConfigContext.where(ctx.get(REPLICA_PLACEMENT))
                        + ": MySQL itself does not promote a replica outside Group Replication; InnoDB Cluster, "
                        + "MySQL Router or another manager must."
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
