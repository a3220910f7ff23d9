package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import java.util.List;
import java.util.Map;

/**
 * The home of a stateless service: instances behind a load balancer, restarted or redeployed, or deployed
 * active/active in several regions that already serve traffic.
 */
public final class StatelessService {

    private StatelessService() {
    }

    public static final IntSetting INSTANCES = Setting.integer("instances", "Instances", REPLICATION,
            "Running instances behind a load balancer.", 1, 1, 10_000);
    public static final DurationSetting REDEPLOY_TIME = Setting.duration("redeploy_time",
            "Redeploy time (assumed)", RECOVERY, "Assumed time to deploy the service afresh elsewhere or roll back.",
            15 * 60L, false);

    /** Deployed in several regions that already serve traffic: losing one costs a traffic shift, not a redeploy. */
    public static final BoolSetting ACTIVE_ACTIVE = Setting.bool("active_active", "Active/active (multi-region)",
            REPLICATION, "Deployed in several regions that all serve traffic (multi-site active/active): when a "
                    + "region, zone or host is lost, DNS health checks shift its traffic to the others.", false);
    /** Health-check detection plus the DNS TTL clients cache; it depends on your records, so it is assumed. */
    public static final DurationSetting TRAFFIC_SHIFT_TIME = Setting.duration("traffic_shift_time",
            "Traffic shift time (assumed)", RECOVERY, "Active/active: assumed time for DNS health checks to mark "
                    + "the lost region unhealthy (interval x failure threshold) and for clients' cached answers to "
                    + "expire (the records' TTL).", 120L, false);

    /** The kind's definition: its settings and defaults. */
    public static final KindDefinition DEFINITION = new KindDefinition("service", "Service", false,
            List.of(INSTANCES, Settings.SPREAD, ACTIVE_ACTIVE, Settings.RESTART_TIME.withDefault(30L),
                    Settings.FAILOVER_TIME.withDefault(30L), REDEPLOY_TIME, TRAFFIC_SHIFT_TIME,
                    Settings.INSTANCE_MONTHLY_PRICE),
            Map.of());

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them.
     */
    public static final List<MenuOption> MENU = List.of(
            MenuOption.of("1 instance", INSTANCES, 1, Settings.SPREAD, Spread.SINGLE_ZONE, ACTIVE_ACTIVE, false),
            MenuOption.of("2 instances in one zone", INSTANCES, 2, Settings.SPREAD, Spread.SINGLE_ZONE, ACTIVE_ACTIVE,
                    false),
            MenuOption.of("2 instances over zones", INSTANCES, 2, Settings.SPREAD, Spread.MULTI_ZONE, ACTIVE_ACTIVE,
                    false),
            MenuOption.of("3 instances over zones", INSTANCES, 3, Settings.SPREAD, Spread.MULTI_ZONE, ACTIVE_ACTIVE,
                    false),
            MenuOption.of("4 instances over two regions, active/active", INSTANCES, 4, Settings.SPREAD,
                    Spread.MULTI_REGION, ACTIVE_ACTIVE, true));
}
