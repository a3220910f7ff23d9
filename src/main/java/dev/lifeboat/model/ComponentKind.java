package dev.lifeboat.model;

import static dev.lifeboat.model.Settings.ACKS;
import static dev.lifeboat.model.Settings.APPENDFSYNC;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.CROSS_REGION_REPLICATION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.FSYNC;
import static dev.lifeboat.model.Settings.GEO_REPLICATION;
import static dev.lifeboat.model.Settings.INNODB_FLUSH;
import static dev.lifeboat.model.Settings.INSTANCES;
import static dev.lifeboat.model.Settings.JOURNALING;
import static dev.lifeboat.model.Settings.LOG_RETENTION;
import static dev.lifeboat.model.Settings.LOG_REPLAY_SPEED;
import static dev.lifeboat.model.Settings.MIN_INSYNC_REPLICAS;
import static dev.lifeboat.model.Settings.PARTITIONS;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.REDEPLOY_TIME;
import static dev.lifeboat.model.Settings.REDIS_FAILOVER;
import static dev.lifeboat.model.Settings.REDIS_PERSISTENCE;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_FACTOR;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICATION_TIME_CONTROL;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.REPROCESS_TIME;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;
import static dev.lifeboat.model.Settings.RPO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.Settings.RPO_NODE_LOSS;
import static dev.lifeboat.model.Settings.RPO_PROCESS_CRASH;
import static dev.lifeboat.model.Settings.RPO_REGION_LOSS;
import static dev.lifeboat.model.Settings.RPO_ZONE_LOSS;
import static dev.lifeboat.model.Settings.RTO_LOGICAL_CORRUPTION;
import static dev.lifeboat.model.Settings.RTO_NODE_LOSS;
import static dev.lifeboat.model.Settings.RTO_PROCESS_CRASH;
import static dev.lifeboat.model.Settings.RTO_REGION_LOSS;
import static dev.lifeboat.model.Settings.RTO_ZONE_LOSS;
import static dev.lifeboat.model.Settings.SNAPSHOT_INTERVAL;
import static dev.lifeboat.model.Settings.SPREAD;
import static dev.lifeboat.model.Settings.STATED_RPO;
import static dev.lifeboat.model.Settings.STATED_RTO;
import static dev.lifeboat.model.Settings.SYNCHRONOUS_COMMIT;
import static dev.lifeboat.model.Settings.SYNC_BINLOG;
import static dev.lifeboat.model.Settings.UNCLEAN_LEADER_ELECTION;
import static dev.lifeboat.model.Settings.VERSIONING;
import static dev.lifeboat.model.Settings.WRITE_CONCERN;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds of component Lifeboat knows, each with the settings of its technology and their defaults. */
public enum ComponentKind implements Choice {
    SERVICE("service", "Service", false,
            INSTANCES, SPREAD, RESTART_TIME.withDefault(30L), FAILOVER_TIME.withDefault(30L), REDEPLOY_TIME),
    POSTGRESQL("postgresql", "PostgreSQL", true,
            BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, CONTINUOUS_ARCHIVING, ARCHIVE_INTERVAL,
            REPLICATION_MODE, REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG,
            SYNCHRONOUS_COMMIT, FSYNC,
            FAILOVER, RESTART_TIME, FAILOVER_TIME, PROMOTION_TIME, PROVISION_TIME, DATA_SIZE_GB, RESTORE_RATE,
            LOG_REPLAY_SPEED),
    MYSQL("mysql", "MySQL", true,
            BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, CONTINUOUS_ARCHIVING, ARCHIVE_INTERVAL,
            REPLICATION_MODE, REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG,
            INNODB_FLUSH, SYNC_BINLOG,
            FAILOVER, RESTART_TIME, FAILOVER_TIME, PROMOTION_TIME, PROVISION_TIME, DATA_SIZE_GB, RESTORE_RATE,
            LOG_REPLAY_SPEED),
    REDIS("redis", "Redis", true,
            BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION,
            REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG,
            REDIS_PERSISTENCE, SNAPSHOT_INTERVAL, APPENDFSYNC,
            REDIS_FAILOVER, RESTART_TIME, FAILOVER_TIME.withDefault(30L), PROMOTION_TIME, PROVISION_TIME,
            DATA_SIZE_GB.withDefault(5.0), RESTORE_RATE),
    KAFKA("kafka", "Kafka", true,
            PARTITIONS, LOG_RETENTION, BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION,
            REPLICATION_FACTOR, REPLICA_PLACEMENT.withDefault(ReplicaPlacement.SAME_ZONE), GEO_REPLICATION,
            REPLICATION_LAG.withDefault(30L),
            ACKS, MIN_INSYNC_REPLICAS, UNCLEAN_LEADER_ELECTION,
            RESTART_TIME.withDefault(120L), FAILOVER_TIME.withDefault(30L), PROMOTION_TIME, REPROCESS_TIME,
            PROVISION_TIME,
            DATA_SIZE_GB.withDefault(500.0), RESTORE_RATE),
    MONGODB("mongodb", "MongoDB", true,
            BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, CONTINUOUS_ARCHIVING, ARCHIVE_INTERVAL,
            REPLICATION_MODE.withDefault(ReplicationMode.ASYNC), REPLICAS.withDefault(2), REPLICA_PLACEMENT,
            REPLICATION_LAG,
            WRITE_CONCERN, JOURNALING,
            FAILOVER.withDefault(Failover.AUTOMATIC), RESTART_TIME, FAILOVER_TIME.withDefault(12L), PROMOTION_TIME,
            PROVISION_TIME, DATA_SIZE_GB, RESTORE_RATE, LOG_REPLAY_SPEED),
    OBJECT_STORAGE("object_storage", "Object storage", true,
            VERSIONING, BACKUP_RETENTION.withDefault(30L * 24 * 3600), CROSS_REGION_REPLICATION,
            REPLICATION_TIME_CONTROL, REPLICATION_LAG.withDefault(3600L),
            FAILOVER_TIME.withDefault(15L * 60), DATA_SIZE_GB.withDefault(1000.0), RESTORE_RATE.withDefault(500.0)),
    EXTERNAL("external", "External provider", false,
            STATED_RPO, STATED_RTO),
    DATASTORE("datastore", "Generic datastore", true,
            RPO_PROCESS_CRASH, RTO_PROCESS_CRASH, RPO_NODE_LOSS, RTO_NODE_LOSS, RPO_ZONE_LOSS, RTO_ZONE_LOSS,
            RPO_REGION_LOSS, RTO_REGION_LOSS, RPO_LOGICAL_CORRUPTION, RTO_LOGICAL_CORRUPTION);

    private final String id;
    private final String label;
    private final boolean stateful;
    private final Map<String, Setting<?>> settings;
    /** This kind's settings by slot (null where the kind has no such setting). */
    private final Setting<?>[] bySlot;

    ComponentKind(String id, String label, boolean stateful, Setting<?>... settings) {
        this.id = id;
        this.label = label;
        this.stateful = stateful;
        Map<String, Setting<?>> map = new LinkedHashMap<>();
        for (Setting<?> s : settings) {
            map.put(s.key(), s);
        }
        this.settings = Collections.unmodifiableMap(map);
        int max = 0;
        for (Setting<?> s : settings) {
            max = Math.max(max, s.slot() + 1);
        }
        this.bySlot = new Setting<?>[max];
        for (Setting<?> s : settings) {
            bySlot[s.slot()] = s;
        }
    }

    /** This kind's own definition of the setting in {@code slot}, or null. */
    Setting<?> settingInSlot(int slot) {
        return slot < bySlot.length ? bySlot[slot] : null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the component keeps data (and so can lose some). */
    public boolean stateful() {
        return stateful;
    }

    /** The settings of this kind, in inspector order. */
    public List<Setting<?>> settings() {
        return List.copyOf(settings.values());
    }

    /** The setting with this key, if this kind has it. */
    public Optional<Setting<?>> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** Whether this kind has the given setting (by key). */
    public boolean has(Setting<?> setting) {
        return settings.containsKey(setting.key());
    }

    /** The kind with this id, label or name, case-insensitive in ASCII only (see {@link Choice#find}). */
    public static Optional<ComponentKind> byId(String text) {
        return Choice.find(values(), text);
    }

    @Override
    public String toString() {
        return label;
    }
}
