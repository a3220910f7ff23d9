package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.DURABILITY;
import static dev.lifeboat.model.SettingGroup.GENERAL;
import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import java.util.List;
import java.util.Map;

/**
 * The home of Redis: persistence (RDB, AOF and {@code appendfsync}), Sentinel or Cluster failover with their
 * documented detection timeouts, its defaults and the names importers accept.
 */
public final class Redis {

    private Redis() {
    }

    /** What a Redis holds: data of its own (sessions, queues) or a copy rebuilt from a source of truth. */
    public enum Role implements Choice {
        STORE("store", "Store (sessions, queues: its own data)"),
        CACHE("cache", "Cache (rebuilt from a source of truth)");

        private final String id;
        private final String label;

        Role(String id, String label) {
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

    /** Redis persistence mode. */
    public enum Persistence implements Choice {
        NONE("none", "None"),
        RDB("rdb", "RDB snapshots"),
        AOF("aof", "AOF"),
        RDB_AOF("rdb_aof", "RDB + AOF");

        private final String id;
        private final String label;

        Persistence(String id, String label) {
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

    /** How a Redis replica is promoted. */
    public enum Failover implements Choice {
        NONE("none", "None (manual)"),
        SENTINEL("sentinel", "Sentinel"),
        CLUSTER("cluster", "Redis Cluster");

        private final String id;
        private final String label;

        Failover(String id, String label) {
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

    /** Store (its own data, today's behaviour) or cache (data rebuilt from a source of truth). */
    public static final ChoiceSetting<Role> ROLE = Setting.choice("role", "Role", GENERAL,
            "Redis: a store holds data of its own (sessions, queues); a cache holds data rebuilt from a source of "
                    + "truth, so what it loses does not count for journeys, but its warm-up counts in its RTO.",
            Role.STORE);
    /** How long a cache takes to fill again from its source of truth; no documentation gives a number. */
    public static final DurationSetting WARMUP_TIME = Setting.duration("warmup_time", "Warm-up time (assumed)",
            RECOVERY, "Redis as a cache: assumed time after it serves again until it holds the hot keys once more "
                    + "and the source of truth is no longer flooded with misses; measure yours.", 300L, false);
    public static final ChoiceSetting<Persistence> PERSISTENCE = Setting.choice("persistence",
            "Persistence", DURABILITY, "Redis: RDB snapshots, append-only file, both or none.", Persistence.RDB);
    public static final DurationSetting SNAPSHOT_INTERVAL = Setting.duration("snapshot_interval",
            "RDB snapshot interval", DURABILITY, "Redis: time between RDB snapshots (save 3600 1 by default).",
            3600L, false);
    public static final ChoiceSetting<AppendFsync> APPENDFSYNC = Setting.choice("appendfsync", "appendfsync",
            DURABILITY, "Redis: when the AOF is fsynced.", AppendFsync.EVERYSEC);
    public static final ChoiceSetting<Failover> FAILOVER = Setting.choice("redis_failover",
            "Failover", RECOVERY, "Redis: Sentinel or Cluster promote a replica automatically.", Failover.NONE);
    /** Sentinel's {@code down-after-milliseconds}: 30 s in the documented example sentinel.conf. */
    public static final DurationSetting SENTINEL_DOWN_AFTER = Setting.duration("sentinel_down_after",
            "Sentinel down-after-milliseconds", RECOVERY,
            "Redis Sentinel: how long the master must be unreachable before it is considered down (30 s by "
                    + "default).", 30L, false);
    /** Redis Cluster's {@code cluster-node-timeout}: 15 s in the documented redis.conf. */
    public static final DurationSetting CLUSTER_NODE_TIMEOUT = Setting.duration("cluster_node_timeout",
            "cluster-node-timeout", RECOVERY,
            "Redis Cluster: how long a master must be unreachable before it is considered failing (15 s by "
                    + "default).", 15L, false);
    /** After detection: the vote and the promotion, which the documentation gives no number for. */
    public static final DurationSetting FAILOVER_TIME = Setting.duration("failover_time",
            "Vote and promotion time (assumed)", RECOVERY,
            "Redis: assumed time after the failure is detected for Sentinel or the Cluster masters to vote and "
                    + "promote a replica, and for clients to follow it; the documentation gives no number.", 10L,
            false);

    /** The kind's definition: its settings and defaults, and the service-config {@code cache.type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("redis", "Redis", true,
            List.of(ROLE, BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, BackupCopy.COPIES,
                    REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG,
                    PERSISTENCE, SNAPSHOT_INTERVAL, APPENDFSYNC,
                    FAILOVER, SENTINEL_DOWN_AFTER, CLUSTER_NODE_TIMEOUT, RESTART_TIME, FAILOVER_TIME, PROMOTION_TIME,
                    PROVISION_TIME, WARMUP_TIME, DATA_SIZE_GB.withDefault(5.0), RESTORE_RATE,
                    Settings.WRITE_RATE, Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.CACHE, List.of("redis")));

    /** The documented detection timeout of a failover mechanism (the setting it is read from), or null. */
    public static DurationSetting detection(Failover failover) {
        return switch (failover) {
            case NONE -> null;
            case SENTINEL -> SENTINEL_DOWN_AFTER;
            case CLUSTER -> CLUSTER_NODE_TIMEOUT;
        };
    }

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = List.of(
            MenuOption.of("RDB snapshots, no replica", PERSISTENCE, Persistence.RDB, REPLICAS, 0, FAILOVER,
                    Failover.NONE),
            MenuOption.of("AOF (fsync every second), no replica", PERSISTENCE, Persistence.AOF, APPENDFSYNC,
                    AppendFsync.EVERYSEC, REPLICAS, 0, FAILOVER, Failover.NONE),
            MenuOption.of("RDB snapshots, a replica in another zone with Sentinel", PERSISTENCE, Persistence.RDB,
                    REPLICAS, 1, REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE, FAILOVER, Failover.SENTINEL),
            MenuOption.of("AOF (fsync every second), a replica in another zone with Sentinel", PERSISTENCE,
                    Persistence.AOF, APPENDFSYNC, AppendFsync.EVERYSEC, REPLICAS, 1, REPLICA_PLACEMENT,
                    ReplicaPlacement.OTHER_ZONE, FAILOVER, Failover.SENTINEL),
            MenuOption.of("AOF (fsync every second), a replica in another region with Sentinel", PERSISTENCE,
                    Persistence.AOF, APPENDFSYNC, AppendFsync.EVERYSEC, REPLICAS, 1, REPLICA_PLACEMENT,
                    ReplicaPlacement.OTHER_REGION, FAILOVER, Failover.SENTINEL),
            // a FLUSHALL or a bad write reaches every replica: only a copy of the data set taken before it (an RDB
            // file copied off the server) bounds what logical corruption loses
            MenuOption.of("AOF (fsync every second), a replica in another zone with Sentinel, daily RDB backups in "
                    + "another region", PERSISTENCE, Persistence.AOF, APPENDFSYNC, AppendFsync.EVERYSEC, REPLICAS, 1,
                    REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE, FAILOVER, Failover.SENTINEL, BACKUP_INTERVAL,
                    24 * 3600L, BACKUP_LOCATION, BackupLocation.OTHER_REGION),
            MenuOption.of("AOF (fsync every second), a replica in another zone with Sentinel, hourly RDB backups in "
                    + "another region", PERSISTENCE, Persistence.AOF, APPENDFSYNC, AppendFsync.EVERYSEC, REPLICAS, 1,
                    REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE, FAILOVER, Failover.SENTINEL, BACKUP_INTERVAL,
                    3600L, BACKUP_LOCATION, BackupLocation.OTHER_REGION));
}
