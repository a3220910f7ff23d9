package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.REPLICATION;

import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import dev.lifeboat.model.Setting.IntSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * One group of replicas of a database, all alike: their mode, how many, where they live, their lag and how
 * they take over. The first group is the database's own replication settings ({@code replication_mode},
 * {@code replicas}, {@code replica_placement}, {@code replication_lag}, {@code failover}); a design with a
 * synchronous standby in another zone and an asynchronous disaster-recovery replica in another region adds
 * the second as an entry of {@link #MORE}.
 *
 * @param number     1 for the database's own replication settings, 2 and on for the entries of {@link #MORE}
 * @param mode       how changes reach the group (never {@link ReplicationMode#NONE})
 * @param replicas   how many replicas the group has
 * @param placement  where they live relative to the primary
 * @param lag        the group's worst replication lag in seconds (counts for asynchronous groups only)
 * @param ownLag     whether the group states its own lag (else it is the database's {@code replication_lag})
 * @param failover   whether the group's replica is promoted automatically or by a person
 */
public record ReplicaGroup(int number, ReplicationMode mode, int replicas, ReplicaPlacement placement, long lag,
                           boolean ownLag, Failover failover) {

    // ---------------------------------------------------------------- the fields of a further group

    public static final ChoiceSetting<ReplicationMode> MODE = Setting.choice("mode", "Mode", REPLICATION,
            "How changes reach this group: async, semi_sync or sync.", ReplicationMode.ASYNC);
    public static final IntSetting REPLICAS = Setting.integer("replicas", "Replicas", REPLICATION,
            "How many replicas the group has.", 1, 1, 16);
    public static final ChoiceSetting<ReplicaPlacement> PLACEMENT = Setting.choice("placement", "Placement",
            REPLICATION, "Where the group's replicas live relative to the primary.", ReplicaPlacement.OTHER_REGION);
    public static final DurationSetting LAG = Setting.duration("lag", "Lag", REPLICATION,
            "Worst lag of this asynchronous group; left out, the database's replication_lag (assumed).", null,
            "default");
    public static final ChoiceSetting<Failover> FAILOVER = Setting.choice("failover", "Failover", REPLICATION,
            "Whether this group's replica is promoted automatically or by a person.", Failover.MANUAL);

    /** Replica groups besides the first, which is the database's own replication settings. */
    public static final ListSetting MORE = new ListSetting("more_replica_groups", "More replica groups",
            REPLICATION, "Further groups of replicas, each with its own mode, count, placement, lag and failover, "
                    + "for example an asynchronous disaster-recovery replica in another region beside a "
                    + "synchronous standby in another zone.", "replica group",
            List.of(MODE, REPLICAS, PLACEMENT, LAG, FAILOVER),
            e -> e.get(MODE) == ReplicationMode.NONE ? "a replica group needs a mode: async, semi_sync or sync"
                    : null);

    /** The database's replica groups, the first (its own replication settings) first; empty without replicas. */
    public static List<ReplicaGroup> of(Component c) {
        ComponentKind kind = c.kind();
        if (!kind.has(Settings.REPLICATION_MODE)) {
            return List.of();
        }
        long lagOfAll = c.get(Settings.REPLICATION_LAG);
        List<ListSetting.Entry> more = kind.has(MORE) ? c.get(MORE) : List.of();
        List<ReplicaGroup> out = new ArrayList<>(1 + more.size());
        ReplicationMode mode = c.get(Settings.REPLICATION_MODE);
        if (mode != ReplicationMode.NONE && c.get(Settings.REPLICAS) > 0) {
            out.add(new ReplicaGroup(1, mode, c.get(Settings.REPLICAS), c.get(Settings.REPLICA_PLACEMENT),
                    lagOfAll, false, c.get(Settings.FAILOVER)));
        }
        for (int i = 0; i < more.size(); i++) {
            ListSetting.Entry e = more.get(i);
            Long lag = e.get(LAG);
            out.add(new ReplicaGroup(i + 2, e.get(MODE), e.get(REPLICAS), e.get(PLACEMENT),
                    lag != null ? lag : lagOfAll, lag != null, e.get(FAILOVER)));
        }
        return out;
    }

    /** Whether changes reach the group before the commit returns (sync or semi-sync). */
    public boolean synchronous() {
        return mode == ReplicationMode.SYNC || mode == ReplicationMode.SEMI_SYNC;
    }

    /** "1 async replica in another region", for explanations. */
    public String describe() {
        String where = switch (placement) {
            case SAME_ZONE -> "in the same zone";
            case OTHER_ZONE -> "in another zone";
            case OTHER_REGION -> "in another region";
        };
        return replicas + " " + mode.id().replace('_', '-') + " replica" + (replicas == 1 ? "" : "s") + " " + where;
    }
}
