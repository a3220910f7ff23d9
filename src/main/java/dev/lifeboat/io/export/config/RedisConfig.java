package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Redis.APPENDFSYNC;
import static dev.lifeboat.model.Redis.CLUSTER_NODE_TIMEOUT;
import static dev.lifeboat.model.Redis.FAILOVER;
import static dev.lifeboat.model.Redis.FAILOVER_TIME;
import static dev.lifeboat.model.Redis.PERSISTENCE;
import static dev.lifeboat.model.Redis.SENTINEL_DOWN_AFTER;
import static dev.lifeboat.model.Redis.SNAPSHOT_INTERVAL;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Redis;
import java.util.ArrayList;
import java.util.List;

/**
 * Redis 7: a {@code redis.conf} fragment for the primary, one for its replicas, and a {@code sentinel.conf}
 * when Sentinel fails over. Persistence follows "Redis persistence" (appendonly, appendfsync, save), replication
 * "Redis replication" (replicaof), failover the Sentinel documentation (monitor, down-after-milliseconds, host
 * names) and the cluster tutorial (cluster-enabled, cluster-node-timeout), with the Redis rule's reasoning.
 *
 * @see <a href="https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/">Redis persistence</a>
 * @see <a href="https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/">Redis Sentinel</a>
 */
final class RedisConfig implements TechnologyConfig {

    private static final String TARGET = "Redis 7";
    private static final String DOCS = "https://redis.io/docs/latest/operate/oss_and_stack/";
    /** The largest down-after-milliseconds Sentinel reads (it parses an int). */
    private static final long MAX_MILLIS = Integer.MAX_VALUE;

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        List<ConfigFile> files = new ArrayList<>();
        Redis.Failover failover = ctx.get(FAILOVER);
        int replicas = ctx.get(REPLICAS);
        String main = ctx.fileName(null, "redis.conf");
        ConfigText t = new ConfigText(" ");
        ctx.header(t, main, failover == Redis.Failover.CLUSTER ? "redis.conf settings for every node of the cluster"
                : "redis.conf settings for the primary", TARGET, "Use: include it at the end of redis.conf "
                + "(include /etc/redis/" + main + ") or copy its lines; CONFIG GET shows what the server took.");
        persistence(t, ctx);
        if (failover == Redis.Failover.CLUSTER) {
            cluster(t, ctx);
        } else if (replicas > 0) {
            t.comment("Replicas: " + replicas + " (replicas), " + ConfigContext.where(ctx.get(REPLICA_PLACEMENT))
                    + " (replica_placement), with " + ctx.fileName("replica", "redis.conf") + ". Replication is "
                    + "asynchronous: a promoted replica may lack the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of writes (replication_lag, assumed).");
            t.comment("min-replicas-to-write and min-replicas-max-lag are not set by the design: with them the "
                    + "primary refuses writes while too few replicas are within the lag, which bounds what a failover "
                    + "loses at the price of availability.");
            t.blank();
        }
        BackupSchedule.write(t, ctx, "redis-cli BGSAVE, then copy dump.rdb to the backup store",
                "a FLUSHALL or a bad write (replicas apply it too)");
        files.add(new ConfigFile(main, t.text()));
        if (replicas > 0 && failover != Redis.Failover.CLUSTER) {
            files.add(replica(ctx));
            if (failover == Redis.Failover.SENTINEL) {
                files.add(sentinel(ctx));
            }
        }
        return files;
    }

    private static void persistence(ConfigText t, ConfigContext ctx) {
        Redis.Persistence persistence = ctx.get(PERSISTENCE);
        boolean aof = persistence == Redis.Persistence.AOF || persistence == Redis.Persistence.RDB_AOF;
        boolean rdb = persistence == Redis.Persistence.RDB || persistence == Redis.Persistence.RDB_AOF;
        if (aof) {
            t.set("appendonly", "yes", "Append-only file on (persistence " + persistence.id() + "): every write "
                    + "is logged and replayed at restart" + (rdb ? ", in preference to the RDB snapshot" : "")
                    + ". " + DOCS + "management/persistence/");
            switch (ctx.get(APPENDFSYNC)) {
                case ALWAYS -> t.set("appendfsync", "always", "RPO 0 on a crash (appendfsync always): the AOF is "
                        + "fsynced at every write, at the cost of write latency.");
                case EVERYSEC -> t.set("appendfsync", "everysec", "RPO 1s on a crash (appendfsync everysec): the "
                        + "AOF is fsynced every second, so a crash can lose the last second of writes.");
                case NO -> t.set("appendfsync", "no", "RPO about 30s on an OS crash (appendfsync no, assumed): the "
                        + "OS flushes the AOF when it decides, about every 30 s on Linux.");
            }
        } else {
            t.set("appendonly", "no", "No append-only file (persistence " + persistence.id() + ")"
                    + (rdb ? ": a restart reloads the last RDB snapshot." : "."));
        }
        if (rdb) {
            long interval = Math.max(1, ctx.get(SNAPSHOT_INTERVAL));
            t.set("save", interval + " 1", "RPO " + ConfigContext.dur(interval) + " on a restart (snapshot_interval): "
                    + "an RDB snapshot is written " + ConfigContext.dur(interval) + " after the first change, so a "
                    + "restart loses the writes since the last one.");
        } else {
            t.set("save", "\"\"", "No RDB snapshots (persistence " + persistence.id() + ")"
                    + (aof ? ": the AOF alone holds the data." : "."));
        }
        if (persistence == Redis.Persistence.NONE) {
            t.comment("Without persistence a restart comes back empty (RPO unbounded without backups). With "
                    + "replicas, do not let the primary restart by itself: it would come back empty and its replicas "
                    + "would copy the empty data set. " + DOCS + "management/replication/");
        }
        t.blank();
    }

    private static void cluster(ConfigText t, ConfigContext ctx) {
        long timeout = Math.max(1, millis(ctx.get(CLUSTER_NODE_TIMEOUT)));
        t.set("cluster-enabled", "yes", "Redis Cluster (redis_failover cluster): the masters vote a replica in when a "
                + "master fails. Create the cluster with redis-cli --cluster create ... --cluster-replicas "
                + ctx.get(REPLICAS) + " (replicas); replicaof is not used in cluster mode.");
        t.set("cluster-node-timeout", String.valueOf(timeout), "RTO: a master unreachable for "
                + ConfigContext.dur(ctx.get(CLUSTER_NODE_TIMEOUT)) + " (cluster_node_timeout, in milliseconds here) "
                + "is flagged as failing, then a replica takes over after the vote (about "
                + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + ", failover_time, assumed). " + DOCS
                + "reference/cluster-spec/");
        t.set("cluster-config-file", "nodes-" + ctx.stem() + ".conf", "The file where the node keeps the cluster "
                + "state; Redis writes it, one per node.");
        t.blank();
    }

    private static ConfigFile replica(ConfigContext ctx) {
        String name = ctx.fileName("replica", "redis.conf");
        ConfigText t = new ConfigText(" ");
        ctx.header(t, name, "redis.conf settings for each replica", TARGET, "Use: on each of the "
                + ctx.get(REPLICAS) + " replicas, include it at the end of redis.conf (include /etc/redis/" + name
                + "). A replica becomes the primary after a failover, so it keeps the primary's persistence.");
        t.set("replicaof", ConfigContext.CHANGE_ME + "-primary-host 6379", ConfigContext.CHANGE_ME + ": the primary's "
                + "host name or address and port. The replica copies the primary asynchronously, so it may lack the "
                + "last " + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of writes (replication_lag, assumed). "
                + DOCS + "management/replication/");
        t.set("replica-read-only", "yes", "Writes go to the primary only: a write to a replica would be lost at "
                + "the next resynchronisation.");
        if (ctx.get(FAILOVER) == Redis.Failover.NONE) {
            t.comment("Failover: manual (redis_failover none): a person runs REPLICAOF NO ONE on a replica, in about "
                    + ConfigContext.dur(ctx.get(PROMOTION_TIME)) + " (promotion_time, assumed).");
        } else {
            t.comment("With host names, Sentinel needs each replica to announce its name: add replica-announce-ip "
                    + "with this replica's host name.");
        }
        t.blank();
        persistence(t, ctx);
        return new ConfigFile(name, t.text());
    }

    private static ConfigFile sentinel(ConfigContext ctx) {
        String name = ctx.fileName(null, "sentinel.conf");
        String master = masterName(ctx);
        long downAfter = ctx.get(SENTINEL_DOWN_AFTER);
        ConfigText t = new ConfigText(" ");
        ctx.header(t, name, "sentinel.conf for the Sentinels that watch it", TARGET, "Use: run at least three "
                + "Sentinels, in different zones, each with its own copy of this file: redis-sentinel " + name
                + ". Sentinel rewrites its configuration file as it learns the replicas, the other Sentinels and a "
                + "new primary, so the file must be writable by Sentinel, and what you read in it later is "
                + "Sentinel's state, not this text.");
        t.set("port", "26379", "The port Sentinels and clients use to reach this Sentinel.");
        t.set("sentinel resolve-hostnames", "yes", "Accept host names, not only addresses, in sentinel monitor and "
                + "from replicas (replica-announce-ip): needed for the host name below. " + DOCS
                + "management/sentinel/#ip-addresses-and-dns-names");
        t.set("sentinel announce-hostnames", "yes", "Tell clients and replicas host names rather than addresses, so "
                + "that a promoted replica is reached by name; use names everywhere, never a mix.");
        t.set("sentinel monitor", master + " " + ConfigContext.CHANGE_ME + "-primary-host 6379 2",
                ConfigContext.CHANGE_ME + ": the primary's host name and port. Quorum 2: two Sentinels must agree "
                        + "that the primary is down, and a majority of them must authorise the failover.");
        t.set("sentinel down-after-milliseconds", master + " " + Math.max(1, millis(downAfter)), "RTO: the primary "
                + "is considered down after " + ConfigContext.dur(downAfter) + " without a valid reply "
                + "(sentinel_down_after), then the Sentinels elect a leader that promotes a replica (about "
                + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + ", failover_time, assumed).");
        t.blank();
        return new ConfigFile(name, t.text());
    }

    /** The name Sentinel knows the primary by: the component id, with {@code :} made {@code -}. */
    static String masterName(ConfigContext ctx) {
        return ctx.component().id().replace(':', '-');
    }

    private static long millis(long seconds) {
        return Math.min(MAX_MILLIS, seconds * 1000);
    }
}
