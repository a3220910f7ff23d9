package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.RECOVERY;

import dev.lifeboat.model.Setting.DurationSetting;
import java.util.List;
import java.util.Map;

/** The home of a datastore Lifeboat has no rule for: the user states its RPO and RTO per scenario. */
public final class GenericDatastore {

    private static final long MIN = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 24 * HOUR;

    private GenericDatastore() {
    }

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

    /** The kind's definition: its settings and defaults. */
    public static final KindDefinition DEFINITION = new KindDefinition("datastore", "Generic datastore", true,
            List.of(RPO_PROCESS_CRASH, RTO_PROCESS_CRASH, RPO_NODE_LOSS, RTO_NODE_LOSS, RPO_ZONE_LOSS, RTO_ZONE_LOSS,
                    RPO_REGION_LOSS, RTO_REGION_LOSS, RPO_LOGICAL_CORRUPTION, RTO_LOGICAL_CORRUPTION,
                    Settings.MONTHLY_COST),
            Map.of());

    private static DurationSetting stated(String key, String label, Long def) {
        return Setting.duration(key, label, RECOVERY, "Stated by you for this datastore (unbounded if none).", def,
                "unbounded");
    }
}
