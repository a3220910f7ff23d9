package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.BACKUP;
import static dev.lifeboat.model.SettingGroup.DURABILITY;
import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import dev.lifeboat.model.Setting.NumberSetting;

/**
 * Every setting a component can carry. Keys are snake_case and stable: they are the file format.
 *
 * <p>Defaults are the technology's own where it has one (PostgreSQL {@code synchronous_commit=on},
 * Redis {@code appendfsync everysec}, Kafka {@code acks=all}...). Where the documentation gives no
 * number (replication lag, the time a person needs to promote a replica), the default is an
 * assumption that the user can edit; the engine says so in its explanations.
 */
public final class Settings {

    private static final long MIN = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private Settings() {
    }

    // ---------------------------------------------------------------- backup

    public static final DurationSetting BACKUP_INTERVAL = Setting.duration("backup_interval", "Backup interval",
            BACKUP, "Time between full backups; none when no backup is taken.", null, true);
    public static final DurationSetting BACKUP_RETENTION = Setting.duration("backup_retention", "Backup retention",
            BACKUP, "How long backups are kept; corruption noticed later than this cannot be undone.", 7 * DAY,
            false);
    public static final ChoiceSetting<BackupLocation> BACKUP_LOCATION = Setting.choice("backup_location",
            "Backup location", BACKUP, "Where backups and archived logs are stored.", BackupLocation.SAME_REGION);
    public static final BoolSetting CONTINUOUS_ARCHIVING = Setting.bool("continuous_archiving",
            "Continuous archiving (PITR)", BACKUP,
            "Write-ahead log / binlog / oplog shipped continuously to backup storage, allowing point-in-time "
                    + "recovery.", false);
    public static final DurationSetting ARCHIVE_INTERVAL = Setting.duration("archive_interval",
            "Archive interval", BACKUP,
            "Longest time before a log segment is archived (PostgreSQL archive_timeout).", MIN, false);

    // ---------------------------------------------------------------- replication

    public static final ChoiceSetting<ReplicationMode> REPLICATION_MODE = Setting.choice("replication_mode",
            "Replication", REPLICATION, "How changes reach the replicas.", ReplicationMode.NONE);
    public static final IntSetting REPLICAS = Setting.integer("replicas", "Replicas", REPLICATION,
            "Number of replicas besides the primary.", 0, 0, 16);
    public static final ChoiceSetting<ReplicaPlacement> REPLICA_PLACEMENT = Setting.choice("replica_placement",
            "Replica placement", REPLICATION, "Where the replicas live relative to the primary.",
            ReplicaPlacement.OTHER_ZONE);
    public static final DurationSetting REPLICATION_LAG = Setting.duration("replication_lag",
            "Replication lag (assumed)", REPLICATION,
            "Assumed worst lag of asynchronous replication; the documentation gives no number.", 5L, false);
    public static final ChoiceSetting<Failover> FAILOVER = Setting.choice("failover", "Failover", RECOVERY,
            "Whether a replica is promoted automatically or by a person.", Failover.MANUAL);

    // ---------------------------------------------------------------- durability

    public static final BoolSetting SYNCHRONOUS_COMMIT = Setting.bool("synchronous_commit", "synchronous_commit",
            DURABILITY, "PostgreSQL: wait for the WAL flush before acknowledging a commit.", true);
    public static final BoolSetting FSYNC = Setting.bool("fsync", "fsync", DURABILITY,
            "PostgreSQL: flush writes to disk. Off risks an unrecoverable cluster after a crash.", true);
    public static final ChoiceSetting<InnodbFlush> INNODB_FLUSH = Setting.choice(
            "innodb_flush_log_at_trx_commit", "innodb_flush_log_at_trx_commit", DURABILITY,
            "MySQL: when the InnoDB redo log is written and flushed.", InnodbFlush.AT_COMMIT);
    public static final IntSetting SYNC_BINLOG = Setting.integer("sync_binlog", "sync_binlog", DURABILITY,
            "MySQL: flush the binary log every N commit groups (0 = left to the OS).", 1, 0, 1_000_000);
    public static final ChoiceSetting<MongoWriteConcern> WRITE_CONCERN = Setting.choice("write_concern",
            "Write concern", DURABILITY, "MongoDB: acknowledgement requested for writes.",
            MongoWriteConcern.MAJORITY);
    public static final BoolSetting JOURNALING = Setting.bool("journaling", "Journaling (j: true)", DURABILITY,
            "MongoDB: writes are acknowledged after the on-disk journal has them.", true);
    public static final ChoiceSetting<RedisPersistence> REDIS_PERSISTENCE = Setting.choice("persistence",
            "Persistence", DURABILITY, "Redis: RDB snapshots, append-only file, both or none.",
            RedisPersistence.RDB);
    public static final DurationSetting SNAPSHOT_INTERVAL = Setting.duration("snapshot_interval",
            "RDB snapshot interval", DURABILITY, "Redis: time between RDB snapshots (save 3600 1 by default).",
            HOUR, false);
    public static final ChoiceSetting<AppendFsync> APPENDFSYNC = Setting.choice("appendfsync", "appendfsync",
            DURABILITY, "Redis: when the AOF is fsynced.", AppendFsync.EVERYSEC);
    public static final ChoiceSetting<RedisFailover> REDIS_FAILOVER = Setting.choice("redis_failover",
            "Failover", RECOVERY, "Redis: Sentinel or Cluster promote a replica automatically.",
            RedisFailover.NONE);
    public static final IntSetting REPLICATION_FACTOR = Setting.integer("replication_factor",
            "Replication factor", REPLICATION, "Kafka: copies of each partition (default.replication.factor).",
            1, 1, 16);
    public static final IntSetting PARTITIONS = Setting.integer("partitions", "Partitions", SettingGroup.GENERAL,
            "Kafka: partitions of the main topic. They spread load; they do not change what a failure loses.", 1, 1,
            100_000);
    public static final IntSetting MIN_INSYNC_REPLICAS = Setting.integer("min_insync_replicas",
            "min.insync.replicas", DURABILITY, "Kafka: in-sync replicas required for an acks=all write.", 1, 1,
            16);
    public static final ChoiceSetting<KafkaAcks> ACKS = Setting.choice("acks", "Producer acks", DURABILITY,
            "Kafka: acknowledgements the producer waits for (all is the default since Kafka 3.0).",
            KafkaAcks.ALL);
    public static final BoolSetting UNCLEAN_LEADER_ELECTION = Setting.bool("unclean_leader_election",
            "unclean.leader.election.enable", DURABILITY,
            "Kafka: let an out-of-sync replica become leader, losing committed messages.", false);
    public static final BoolSetting GEO_REPLICATION = Setting.bool("geo_replication",
            "Geo-replication (MirrorMaker 2)", REPLICATION, "Kafka: topics mirrored to a cluster in another region.",
            false);
    public static final DurationSetting LOG_RETENTION = Setting.duration("log_retention", "Log retention", BACKUP,
            "Kafka: how long records stay readable (log.retention.hours, 168 by default).", 7L * 24 * 3600, false);
    public static final DurationSetting REPROCESS_TIME = Setting.duration("reprocess_time",
            "Reprocessing time (assumed)", RECOVERY,
            "Kafka: assumed time to reset consumer offsets to before bad records and re-consume.", 30 * MIN, false);
    public static final BoolSetting VERSIONING = Setting.bool("versioning", "Versioning", BACKUP,
            "Object storage: every overwrite or delete keeps the previous version.", false);
    public static final BoolSetting CROSS_REGION_REPLICATION = Setting.bool("cross_region_replication",
            "Cross-region replication", REPLICATION, "Object storage: objects copied to a bucket in another region.",
            false);
    public static final BoolSetting REPLICATION_TIME_CONTROL = Setting.bool("replication_time_control",
            "Replication Time Control", REPLICATION,
            "S3 RTC: 99.99% of objects replicated within 15 minutes, by SLA.", false);

    // ---------------------------------------------------------------- recovery

    public static final DurationSetting RESTART_TIME = Setting.duration("restart_time", "Restart time",
            RECOVERY, "Time to restart the process on the same host, including crash recovery.", MIN, false);
    public static final DurationSetting FAILOVER_TIME = Setting.duration("failover_time",
            "Automatic failover time", RECOVERY, "Time to detect the failure and promote a replica automatically.",
            MIN, false);
    public static final DurationSetting PROMOTION_TIME = Setting.duration("promotion_time",
            "Manual promotion time (assumed)", RECOVERY,
            "Assumed time for an on-call engineer to be paged, decide and promote a replica.", 30 * MIN, false);
    public static final DurationSetting PROVISION_TIME = Setting.duration("provision_time",
            "Provisioning time (assumed)", RECOVERY, "Assumed time to obtain a new host or instance to restore onto.",
            15 * MIN, false);
    public static final NumberSetting DATA_SIZE_GB = Setting.number("data_size_gb", "Data size", RECOVERY,
            "Size of the data to restore.", 100, 0, 10_000_000, "GB");
    public static final NumberSetting RESTORE_RATE = Setting.number("restore_rate_gb_per_hour", "Restore throughput",
            RECOVERY, "Measured speed of a restore from backup.", 200, 0.001, 1_000_000, "GB/h");
    public static final NumberSetting LOG_REPLAY_SPEED = Setting.number("log_replay_speed",
            "Log replay speed (assumed)", RECOVERY,
            "Assumed hours of archived log replayed per hour of recovery.", 10, 0.1, 10_000, "x");

    // ---------------------------------------------------------------- stateless services

    public static final IntSetting INSTANCES = Setting.integer("instances", "Instances", REPLICATION,
            "Running instances behind a load balancer.", 1, 1, 10_000);
    public static final ChoiceSetting<Spread> SPREAD = Setting.choice("spread", "Instances spread",
            REPLICATION, "Zones or regions the instances run in.", Spread.SINGLE_ZONE);
    public static final DurationSetting REDEPLOY_TIME = Setting.duration("redeploy_time",
            "Redeploy time (assumed)", RECOVERY, "Assumed time to deploy the service afresh elsewhere or roll back.",
            15 * MIN, false);

    // ---------------------------------------------------------------- external providers

    public static final DurationSetting STATED_RPO = Setting.duration("stated_rpo", "Provider's stated RPO",
            RECOVERY, "The recovery point the provider commits to.", 0L, "unbounded");
    public static final DurationSetting STATED_RTO = Setting.duration("stated_rto", "Provider's stated RTO",
            RECOVERY, "The recovery time the provider commits to.", HOUR, "unbounded");

    // ---------------------------------------------------------------- generic datastore (user stated)

    public static final DurationSetting RPO_PROCESS_CRASH = stated("rpo_process_crash", "RPO on process crash", 0L);
    public static final DurationSetting RTO_PROCESS_CRASH = stated("rto_process_crash", "RTO on process crash",
            5 * MIN);
    public static final DurationSetting RPO_NODE_LOSS = stated("rpo_node_loss", "RPO on node loss", HOUR);
    public static final DurationSetting RTO_NODE_LOSS = stated("rto_node_loss", "RTO on node loss", 4 * HOUR);
    public static final DurationSetting RPO_ZONE_LOSS = stated("rpo_zone_loss", "RPO on zone loss", HOUR);
    public static final DurationSetting RTO_ZONE_LOSS = stated("rto_zone_loss", "RTO on zone loss", 4 * HOUR);
    public static final DurationSetting RPO_REGION_LOSS = stated("rpo_region_loss", "RPO on region loss", DAY);
    public static final DurationSetting RTO_REGION_LOSS = stated("rto_region_loss", "RTO on region loss", DAY);
    public static final DurationSetting RPO_LOGICAL_CORRUPTION = stated("rpo_logical_corruption",
            "RPO on logical corruption", DAY);
    public static final DurationSetting RTO_LOGICAL_CORRUPTION = stated("rto_logical_corruption",
            "RTO on logical corruption", 4 * HOUR);

    private static DurationSetting stated(String key, String label, Long def) {
        return Setting.duration(key, label, RECOVERY, "Stated by you for this datastore (unbounded if none).", def,
                "unbounded");
    }
}
