package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.BACKUP;
import static dev.lifeboat.model.SettingGroup.DURABILITY;
import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import java.util.List;
import java.util.Map;

/**
 * The home of Kafka: replication factor, producer acks, {@code min.insync.replicas}, unclean leader election,
 * MirrorMaker 2, log retention, its defaults and the names importers accept.
 */
public final class Kafka {

    private Kafka() {
    }

    /** Kafka producer acks: how many replicas must have a record before the producer is told it is written. */
    public enum Acks implements Choice {
        NONE("0", "0 (no acknowledgement)"),
        LEADER("1", "1 (leader only)"),
        ALL("all", "all (in-sync replicas)");

        private final String id;
        private final String label;

        Acks(String id, String label) {
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

    public static final IntSetting REPLICATION_FACTOR = Setting.integer("replication_factor",
            "Replication factor", REPLICATION, "Kafka: copies of each partition (default.replication.factor).",
            1, 1, 16);
    public static final IntSetting PARTITIONS = Setting.integer("partitions", "Partitions", SettingGroup.GENERAL,
            "Kafka: partitions of the main topic. They spread load; they do not change what a failure loses.", 1, 1,
            100_000);
    public static final IntSetting MIN_INSYNC_REPLICAS = Setting.integer("min_insync_replicas",
            "min.insync.replicas", DURABILITY, "Kafka: in-sync replicas required for an acks=all write.", 1, 1,
            16);
    public static final ChoiceSetting<Acks> ACKS = Setting.choice("acks", "Producer acks", DURABILITY,
            "Kafka: acknowledgements the producer waits for (all is the default since Kafka 3.0).", Acks.ALL);
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
            "Kafka: assumed time to reset consumer offsets to before bad records and re-consume.", 30 * 60L, false);

    /** The kind's definition: its settings and defaults, and the service-config {@code message_queue.type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("kafka", "Kafka", true,
            List.of(PARTITIONS, LOG_RETENTION, BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION,
                    REPLICATION_FACTOR, REPLICA_PLACEMENT.withDefault(ReplicaPlacement.SAME_ZONE), GEO_REPLICATION,
                    REPLICATION_LAG.withDefault(30L),
                    ACKS, MIN_INSYNC_REPLICAS, UNCLEAN_LEADER_ELECTION,
                    RESTART_TIME.withDefault(120L), FAILOVER_TIME.withDefault(30L), PROMOTION_TIME, REPROCESS_TIME,
                    PROVISION_TIME,
                    DATA_SIZE_GB.withDefault(500.0), RESTORE_RATE,
                    Settings.WRITE_RATE, Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.MESSAGE_QUEUE, List.of("kafka")));

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = List.of(
            MenuOption.of("Replication factor 1, acks=1", REPLICATION_FACTOR, 1, ACKS, Acks.LEADER,
                    MIN_INSYNC_REPLICAS, 1, REPLICA_PLACEMENT, ReplicaPlacement.SAME_ZONE, GEO_REPLICATION, false),
            MenuOption.of("Replication factor 3 in one zone, acks=all, min.insync.replicas=2", REPLICATION_FACTOR, 3,
                    ACKS, Acks.ALL, MIN_INSYNC_REPLICAS, 2, REPLICA_PLACEMENT, ReplicaPlacement.SAME_ZONE,
                    GEO_REPLICATION, false),
            MenuOption.of("Replication factor 3 over zones, acks=1", REPLICATION_FACTOR, 3, ACKS, Acks.LEADER,
                    MIN_INSYNC_REPLICAS, 1, REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE, GEO_REPLICATION, false),
            MenuOption.of("Replication factor 3 over zones, acks=all, min.insync.replicas=2", REPLICATION_FACTOR, 3,
                    ACKS, Acks.ALL, MIN_INSYNC_REPLICAS, 2, REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE,
                    GEO_REPLICATION, false),
            MenuOption.of("Replication factor 3 over zones, acks=all, min.insync.replicas=2, mirrored to another "
                    + "region", REPLICATION_FACTOR, 3, ACKS, Acks.ALL, MIN_INSYNC_REPLICAS, 2, REPLICA_PLACEMENT,
                    ReplicaPlacement.OTHER_ZONE, GEO_REPLICATION, true));
}
