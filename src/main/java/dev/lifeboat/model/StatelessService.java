package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;

import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import java.util.List;
import java.util.Map;

/** The home of a stateless service: instances behind a load balancer, restarted or redeployed. */
public final class StatelessService {

    private StatelessService() {
    }

    public static final IntSetting INSTANCES = Setting.integer("instances", "Instances", REPLICATION,
            "Running instances behind a load balancer.", 1, 1, 10_000);
    public static final DurationSetting REDEPLOY_TIME = Setting.duration("redeploy_time",
            "Redeploy time (assumed)", RECOVERY, "Assumed time to deploy the service afresh elsewhere or roll back.",
            15 * 60L, false);

    /** The kind's definition: its settings and defaults. */
    public static final KindDefinition DEFINITION = new KindDefinition("service", "Service", false,
            List.of(INSTANCES, Settings.SPREAD, Settings.RESTART_TIME.withDefault(30L),
                    Settings.FAILOVER_TIME.withDefault(30L), REDEPLOY_TIME),
            Map.of());
}
