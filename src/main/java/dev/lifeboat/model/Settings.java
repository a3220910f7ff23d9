package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.BACKUP;
import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import dev.lifeboat.model.Setting.NumberSetting;

/**
 * The settings that several technologies share: backups, replication, failover and recovery. A setting of
 * one technology only lives in that technology's home (for example {@link Redis#APPENDFSYNC}). Keys are
 * snake_case and stable: they are the file format.
 *
 * <p>A home uses these as they are or with its own default ({@link Setting#withDefault}). Where the
 * documentation gives no number (replication lag, the time a person needs to promote a replica), the
 * default is an assumption that the user can edit, its label says "(assumed)", and the engine says so in its
 * explanations.
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
    /**
     * No technology archives on a schedule by default (PostgreSQL's archive_timeout is 0, off); its
     * documentation calls "a minute or so" reasonable, MySQL and MongoDB give no number: assumed.
     */
    public static final DurationSetting ARCHIVE_INTERVAL = Setting.duration("archive_interval",
            "Archive interval (assumed)", BACKUP,
            "Assumed longest time before a log segment is archived (PostgreSQL archive_timeout, which its "
                    + "documentation suggests setting to a minute or so); set yours.", MIN, false);

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

    /**
     * A replica that applies changes only after a delay (PostgreSQL {@code recovery_min_apply_delay}, MySQL
     * {@code SOURCE_DELAY}): corruption noticed within the delay has not reached it yet.
     */
    public static final DurationSetting DELAYED_REPLICA = Setting.duration("delayed_replica", "Delayed replica",
            REPLICATION, "A replica that applies changes this long after the primary (PostgreSQL "
                    + "recovery_min_apply_delay, MySQL SOURCE_DELAY); none when there is none.", null, true);
    /**
     * How long until someone notices logical corruption (a bad migration, a wrong DELETE): no documentation can
     * give the number. Left unset on a component, the topology's ({@link Topology#detectionTime()}).
     */
    public static final DurationSetting DETECTION_TIME = Setting.duration("detection_time",
            "Time to notice corruption (assumed)", RECOVERY, "Assumed time until someone notices logical "
                    + "corruption of this store; none to use the design's (File > Document properties).", null,
            "design");

    // ---------------------------------------------------------------- recovery

    /** No documentation states how long a restart with crash recovery takes: it depends on the data. */
    public static final DurationSetting RESTART_TIME = Setting.duration("restart_time", "Restart time (assumed)",
            RECOVERY, "Assumed time to restart the process on the same host, including crash recovery; the "
                    + "documentation gives no number.", MIN, false);
    /**
     * Detection plus promotion: PostgreSQL has no automatic failover of its own (an external tool does it), and
     * MySQL, Kafka and load balancers state no total, so the default is an assumption; MongoDB's documented
     * election time replaces it in {@link Mongodb}.
     */
    public static final DurationSetting FAILOVER_TIME = Setting.duration("failover_time",
            "Automatic failover time (assumed)", RECOVERY,
            "Assumed time to detect the failure and switch to a replica or another instance automatically; the "
                    + "documentation gives no number.", MIN, false);
    public static final DurationSetting PROMOTION_TIME = Setting.duration("promotion_time",
            "Manual promotion time (assumed)", RECOVERY,
            "Assumed time for an on-call engineer to be paged, decide and promote a replica.", 30 * MIN, false);
    public static final DurationSetting PROVISION_TIME = Setting.duration("provision_time",
            "Provisioning time (assumed)", RECOVERY, "Assumed time to obtain a new host or instance to restore onto.",
            15 * MIN, false);
    public static final NumberSetting DATA_SIZE_GB = Setting.number("data_size_gb", "Data size", RECOVERY,
            "Size of the data to restore.", 100, 0, 10_000_000, "GB");
    public static final NumberSetting RESTORE_RATE = Setting.number("restore_rate_gb_per_hour",
            "Restore throughput (assumed)", RECOVERY,
            "Assumed speed of a restore from backup; no documentation gives one: measure yours.", 200, 0.001,
            1_000_000, "GB/h");
    public static final NumberSetting LOG_REPLAY_SPEED = Setting.number("log_replay_speed",
            "Log replay speed (assumed)", RECOVERY,
            "Assumed hours of archived log replayed per hour of recovery.", 10, 0.1, 10_000, "x");

    // ---------------------------------------------------------------- cost

    /**
     * How much new data the store takes a day. No documentation can give it: 10 GB a day is assumed. It drives the
     * archive storage of continuous archiving, the transfer of replication and of copied logs, and the versions an
     * object store keeps.
     */
    public static final NumberSetting WRITE_RATE = Setting.number("write_rate_gb_per_day", "Write rate (assumed)",
            SettingGroup.COST, "Assumed new or changed data a day (WAL, binlog, oplog, AOF, produced records, "
                    + "uploaded objects); it decides archive storage and replication transfer. Measure yours.", 10, 0,
            1_000_000, "GB/day");
    /**
     * This component's price of one instance (or node, broker, member) a month, instead of the design's price table
     * for its kind ({@link Prices}): a reserved instance, another size, another cloud.
     */
    public static final NumberSetting INSTANCE_MONTHLY_PRICE = Setting.optionalNumber("instance_monthly_price",
            "Price per instance a month", SettingGroup.COST, "What one instance of this component costs a month, in "
                    + "the design's currency; table = the design's price table (\"prices\" in its file) for its "
                    + "kind.",
            0, 1_000_000, "/month", "table");
    /** What a component Lifeboat cannot price costs a month: the user's number (an external provider's bill). */
    public static final NumberSetting MONTHLY_COST = Setting.number("monthly_cost", "Monthly cost", SettingGroup.COST,
            "What this costs a month in the design's currency (a provider's bill, a datastore you run); Lifeboat "
                    + "has no formula for it.", 0, 0, 100_000_000, "/month");

    // ---------------------------------------------------------------- placement of instances or members

    public static final ChoiceSetting<Spread> SPREAD = Setting.choice("spread", "Instances spread",
            REPLICATION, "Zones or regions the instances run in.", Spread.SINGLE_ZONE);
}
