package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.DURABILITY;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.LOG_REPLAY_SPEED;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.model.Setting.BoolSetting;
import java.util.List;
import java.util.Map;

/** The home of PostgreSQL: its own durability settings, its defaults and the names importers accept. */
public final class Postgresql {

    private Postgresql() {
    }

    public static final BoolSetting SYNCHRONOUS_COMMIT = Setting.bool("synchronous_commit", "synchronous_commit",
            DURABILITY, "PostgreSQL: wait for the WAL flush before acknowledging a commit.", true);
    public static final BoolSetting FSYNC = Setting.bool("fsync", "fsync", DURABILITY,
            "PostgreSQL: flush writes to disk. Off risks an unrecoverable cluster after a crash.", true);

    /** The kind's definition: its settings and defaults, and the service-config {@code database.type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("postgresql", "PostgreSQL", true,
            List.of(BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, BackupCopy.COPIES, CONTINUOUS_ARCHIVING,
                    ARCHIVE_INTERVAL,
                    REPLICATION_MODE, REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG, ReplicaGroup.MORE,
                    Settings.DELAYED_REPLICA,
                    SYNCHRONOUS_COMMIT, FSYNC,
                    FAILOVER, RESTART_TIME, FAILOVER_TIME, PROMOTION_TIME, PROVISION_TIME, DATA_SIZE_GB,
                    RESTORE_RATE, LOG_REPLAY_SPEED, Settings.DETECTION_TIME,
                    Settings.WRITE_RATE, Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.DATABASE, List.of("postgresql", "postgres", "pg")));

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = MenuOption.databaseMenu(1, true);
}
