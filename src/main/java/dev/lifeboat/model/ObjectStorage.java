package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.BACKUP;
import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import java.util.List;
import java.util.Map;

/** The home of S3-like object storage: versioning, cross-region replication with or without RTC. */
public final class ObjectStorage {

    private ObjectStorage() {
    }

    public static final BoolSetting VERSIONING = Setting.bool("versioning", "Versioning", BACKUP,
            "Object storage: every overwrite or delete keeps the previous version.", false);
    public static final BoolSetting CROSS_REGION_REPLICATION = Setting.bool("cross_region_replication",
            "Cross-region replication", REPLICATION, "Object storage: objects copied to a bucket in another region.",
            false);
    public static final BoolSetting REPLICATION_TIME_CONTROL = Setting.bool("replication_time_control",
            "Replication Time Control", REPLICATION,
            "S3 RTC: 99.99% of objects replicated within 15 minutes, by SLA.", false);
    /**
     * Switching clients to the replica bucket: no documentation states a time (it is our own change of
     * configuration or DNS), so the default is an assumption.
     */
    public static final DurationSetting FAILOVER_TIME = Setting.duration("failover_time",
            "Switch to the replica bucket (assumed)", RECOVERY,
            "Assumed time to point clients at the replica bucket in the other region; the documentation gives no "
                    + "number.", 15 * 60L, false);

    /** The kind's definition: its settings and defaults. */
    public static final KindDefinition DEFINITION = new KindDefinition("object_storage", "Object storage", true,
            List.of(VERSIONING, BACKUP_RETENTION.withDefault(30L * 24 * 3600), CROSS_REGION_REPLICATION,
                    REPLICATION_TIME_CONTROL, REPLICATION_LAG.withDefault(3600L),
                    FAILOVER_TIME, DATA_SIZE_GB.withDefault(1000.0), RESTORE_RATE.withDefault(500.0),
                    Settings.WRITE_RATE),
            Map.of());

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = List.of(
            MenuOption.of("No versioning, no replication", VERSIONING, false, CROSS_REGION_REPLICATION, false),
            MenuOption.of("Versioning", VERSIONING, true, CROSS_REGION_REPLICATION, false),
            MenuOption.of("Versioning and cross-region replication", VERSIONING, true, CROSS_REGION_REPLICATION,
                    true),
            MenuOption.of("Versioning and cross-region replication with Replication Time Control", VERSIONING, true,
                    CROSS_REGION_REPLICATION, true, REPLICATION_TIME_CONTROL, true));
}
