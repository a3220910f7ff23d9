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

import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.IntSetting;
import java.util.List;
import java.util.Map;

/** The home of MySQL (InnoDB): its flush settings, its defaults and the names importers accept. */
public final class Mysql {

    private Mysql() {
    }

    /** MySQL innodb_flush_log_at_trx_commit. */
    public enum InnodbFlush implements Choice {
        AT_COMMIT("1", "1 (write and flush at each commit)"),
        PER_SECOND("0", "0 (write and flush once per second)"),
        WRITE_AT_COMMIT("2", "2 (write at commit, flush once per second)");

        private final String id;
        private final String label;

        InnodbFlush(String id, String label) {
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

    public static final ChoiceSetting<InnodbFlush> INNODB_FLUSH = Setting.choice(
            "innodb_flush_log_at_trx_commit", "innodb_flush_log_at_trx_commit", DURABILITY,
            "MySQL: when the InnoDB redo log is written and flushed.", InnodbFlush.AT_COMMIT);
    public static final IntSetting SYNC_BINLOG = Setting.integer("sync_binlog", "sync_binlog", DURABILITY,
            "MySQL: flush the binary log every N commit groups (0 = left to the OS).", 1, 0, 1_000_000);

    /** The kind's definition: its settings and defaults, and the service-config {@code database.type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("mysql", "MySQL", true,
            List.of(BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, BackupCopy.COPIES, CONTINUOUS_ARCHIVING,
                    ARCHIVE_INTERVAL,
                    REPLICATION_MODE, REPLICAS, REPLICA_PLACEMENT, REPLICATION_LAG, ReplicaGroup.MORE,
                    Settings.DELAYED_REPLICA,
                    INNODB_FLUSH, SYNC_BINLOG,
                    FAILOVER, RESTART_TIME, FAILOVER_TIME, PROMOTION_TIME, PROVISION_TIME, DATA_SIZE_GB,
                    RESTORE_RATE, LOG_REPLAY_SPEED, Settings.DETECTION_TIME,
                    Settings.WRITE_RATE, Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.DATABASE, List.of("mysql", "mariadb")));

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = MenuOption.databaseMenu(1, true);
}
