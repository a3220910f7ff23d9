package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.RECOVERY;
import static dev.lifeboat.model.SettingGroup.REPLICATION;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import dev.lifeboat.model.Setting.ZoneListSetting;
import java.util.List;
import java.util.Map;

/**
 * The home of a store replicated by consensus (Raft: etcd, Consul, Raft-based caches). A write is committed
 * once a majority of the members has it; backups are snapshots saved on a schedule ({@code etcdctl snapshot
 * save}), not the internal {@code snapshot-count} that only compacts the log.
 */
public final class RaftStore {

    private RaftStore() {
    }

    public static final IntSetting MEMBERS = Setting.integer("members", "Members", REPLICATION,
            "Voting members of the cluster; a write commits once a majority has it (3, 5 or 7 are usual).", 3, 1,
            99);
    public static final ChoiceSetting<Spread> MEMBER_PLACEMENT = Setting.choice("member_placement",
            "Member placement", REPLICATION,
            "Zones or regions the members run in, spread evenly (over up to three zones or regions).",
            Spread.SINGLE_ZONE);
    /**
     * Named zones of the topology the members run in, one per member in turn (list a zone twice to put more
     * members there); when set, it decides which zone and region losses take the majority instead of
     * {@link #MEMBER_PLACEMENT}.
     */
    public static final ZoneListSetting MEMBER_ZONES = Setting.zoneList("member_zones", "Member zones",
            REPLICATION, "Zones the members run in, member by member in turn (eu-a, eu-b, eu-c); overrides member "
                    + "placement when set.");
    /** etcd's {@code --election-timeout}: 1000 ms by default (etcd tuning guide). */
    public static final DurationSetting ELECTION_TIMEOUT = Setting.duration("election_timeout",
            "Election timeout", RECOVERY,
            "How long a follower waits without a heartbeat from the leader before it starts an election "
                    + "(etcd --election-timeout, 1000 ms by default).", 1L, false);
    public static final DurationSetting ELECTION_TIME = Setting.duration("election_time",
            "Vote and leader switch (assumed)", RECOVERY,
            "Assumed time after the election timeout for the vote (including a split vote that is retried) and "
                    + "for clients to find the new leader; the documentation gives no number.", 2L, false);
    public static final DurationSetting REFORM_TIME = Setting.duration("reform_time",
            "Cluster re-formation (assumed)", RECOVERY,
            "Assumed time to restore the snapshot on every new member with the new membership (etcdutl snapshot "
                    + "restore) and start them as a new cluster.", 10 * 60L, false);

    /** The kind's definition: its settings and defaults, and the service-config {@code type} words. */
    public static final KindDefinition DEFINITION = new KindDefinition("raft_store", "Raft store", true,
            List.of(MEMBERS, MEMBER_PLACEMENT, MEMBER_ZONES,
                    BACKUP_INTERVAL, BACKUP_RETENTION, BACKUP_LOCATION,
                    ELECTION_TIMEOUT, ELECTION_TIME, RESTART_TIME, PROVISION_TIME, REFORM_TIME,
                    DATA_SIZE_GB.withDefault(2.0), RESTORE_RATE,
                    Settings.WRITE_RATE.withDefault(1.0), Settings.INSTANCE_MONTHLY_PRICE),
            Map.of(ConfigSection.DATABASE, List.of("raft", "etcd", "consul"),
                    ConfigSection.CACHE, List.of("raft")));

    /**
     * The recommender's choices for this kind (besides the component's current settings): real configurations of
     * its durability and recovery settings, each a full assignment of them. Member zones are
     * not in it: they decide which losses hit the store, so a component with member zones set keeps its own.
     */
    public static final List<MenuOption> MENU = List.of(
            MenuOption.of("3 members in one zone, daily backups", MEMBERS, 3, MEMBER_PLACEMENT, Spread.SINGLE_ZONE,
                    Settings.BACKUP_INTERVAL, 24 * 3600L),
            MenuOption.of("3 members over zones, daily backups", MEMBERS, 3, MEMBER_PLACEMENT, Spread.MULTI_ZONE,
                    Settings.BACKUP_INTERVAL, 24 * 3600L),
            MenuOption.of("3 members over zones, hourly backups", MEMBERS, 3, MEMBER_PLACEMENT, Spread.MULTI_ZONE,
                    Settings.BACKUP_INTERVAL, 3600L),
            MenuOption.of("5 members over zones, hourly backups", MEMBERS, 5, MEMBER_PLACEMENT, Spread.MULTI_ZONE,
                    Settings.BACKUP_INTERVAL, 3600L),
            MenuOption.of("5 members over regions, hourly backups", MEMBERS, 5, MEMBER_PLACEMENT,
                    Spread.MULTI_REGION, Settings.BACKUP_INTERVAL, 3600L));
}
