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
import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import java.util.List;
import java.util.Map;

/** The home of MongoDB replica sets: write concern, journaling, defaults and the names importers accept. */
public final class Mongodb {

    private Mongodb() {
    }

    /** MongoDB write concern w. */
    public enum WriteConcern implements Choice {
        W0("0", "w: 0 (unacknowledged)"),
        W1("1", "w: 1 (primary only)"),
        MAJORITY("majority", "w: majority");

        private final String id;
        private final String label;

        WriteConcern(String id, String label) {
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

    public static final ChoiceSetting<WriteConcern> WRITE_CONCERN = Setting.choice("write_concern",
            "Write concern", DURABILITY, "MongoDB: acknowledgement requested for writes.", WriteConcern.MAJORITY);
    public static final BoolSetting JOURNALING = Setting.bool("journaling", "Journaling (j: true)", DURABILITY,
            "MongoDB: writes are acknowledged after the on-disk journal has them.", true);

    /**
     * MongoDB documents its failover: "the median time before a cluster elects a new primary should not typically
     * exceed 12 seconds" with the default settings (Replica Set Elections), detection included.
     */
    public static final DurationSetting ELECTION_TIME = FAILOVER_TIME.withDefault(12L,
            "Election time", "MongoDB: time to detect the primary as unavailable and elect a new one (a median of "
                    + "at most 12 s with the default settings, as documented).");

    /** The kind's definition: its settings and defaults, and the service-config {@code database.type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("mongodb", "MongoDB", true,
            List.of(BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION, BackupCopy.COPIES, CONTINUOUS_ARCHIVING,
                    ARCHIVE_INTERVAL, REPLICATION_MODE.withDefault(ReplicationMode.ASYNC), REPLICAS.withDefault(2), REPLICA_PLACEMENT,
                    REPLICATION_LAG,
                    WRITE_CONCERN, JOURNALING,
                    FAILOVER.withDefault(Failover.AUTOMATIC), RESTART_TIME, ELECTION_TIME,
                    PROMOTION_TIME, PROVISION_TIME, DATA_SIZE_GB, RESTORE_RATE, LOG_REPLAY_SPEED,
                    Settings.WRITE_RATE, Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.DATABASE, List.of("mongodb", "mongo")));

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = MenuOption.databaseMenu(2, false);
}
