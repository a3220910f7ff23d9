package dev.lifeboat.engine.cost;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.Mongodb;
import dev.lifeboat.model.Mysql;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.Postgresql;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Spread;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a component's settings cost in write latency: the settings that make every write wait for another host or
 * for the disk, with the time they add where a documented or assumed figure exists ({@link RoundTrips}: assumed
 * round trips per placement and an assumed SSD flush). One technology's notes are one method here.
 */
public final class PerformanceNotes {

    private static final String ASSUMED_RTT = " (assumed round trip: 0.5 ms in a zone, 1.5 ms across zones, 70 ms "
            + "across regions; measure yours)";
    private static final String ASSUMED_FSYNC = " (assumed time of an fsync on an SSD; measure yours with "
            + "pg_test_fsync or fio)";

    private PerformanceNotes() {
    }

    /** The component's performance notes, in the order of its settings; empty when no setting slows its writes. */
    public static List<PerformanceNote> of(Component c) {
        Objects.requireNonNull(c, "component");
        List<PerformanceNote> out = new ArrayList<>(3);
        switch (c.kind()) {
            case POSTGRESQL -> {
                synchronousGroups(c, out);
                if (c.get(Postgresql.SYNCHRONOUS_COMMIT) && c.get(Postgresql.FSYNC)) {
                    out.add(fsync("synchronous_commit", "Every commit waits until its WAL is flushed to disk"));
                }
            }
            case MYSQL -> {
                synchronousGroups(c, out);
                if (c.get(Mysql.INNODB_FLUSH) == Mysql.InnodbFlush.AT_COMMIT) {
                    out.add(fsync("innodb_flush_log_at_trx_commit",
                            "Every commit waits until the InnoDB redo log is flushed to disk"));
                }
                if (c.get(Mysql.SYNC_BINLOG) == 1) {
                    out.add(fsync("sync_binlog", "Every commit group waits until the binary log is flushed to disk"));
                }
            }
            case MONGODB -> {
                int replicas = c.get(Settings.REPLICAS);
                if (c.get(Mongodb.WRITE_CONCERN) == Mongodb.WriteConcern.MAJORITY && replicas > 0) {
                    ReplicaPlacement where = c.get(Settings.REPLICA_PLACEMENT);
                    out.add(new PerformanceNote("write_concern", "w: majority: every write waits until a majority "
                            + "of the replica set has it, one round trip to the replicas " + RoundTrips.where(where)
                            + ", about " + ms(RoundTrips.of(where)) + ASSUMED_RTT + ".", RoundTrips.of(where), true));
                }
                if (c.get(Mongodb.JOURNALING)) {
                    out.add(fsync("journaling", "j: true: every write waits until the on-disk journal has it"));
                }
            }
            case REDIS -> {
                Redis.Persistence p = c.get(Redis.PERSISTENCE);
                boolean aof = p == Redis.Persistence.AOF || p == Redis.Persistence.RDB_AOF;
                if (aof && c.get(Redis.APPENDFSYNC) == Redis.AppendFsync.ALWAYS) {
                    out.add(new PerformanceNote("appendfsync", "appendfsync always: every write waits for an fsync "
                            + "of the append-only file, about " + ms(RoundTrips.FSYNC_MS) + ASSUMED_FSYNC
                            + ", so writes are bounded by the disk's syncs (about 1,000 a second); the Redis "
                            + "persistence documentation calls it \"very slow, very safe\".", RoundTrips.FSYNC_MS,
                            true));
                }
            }
            case KAFKA -> {
                int rf = c.get(Kafka.REPLICATION_FACTOR);
                if (c.get(Kafka.ACKS) == Kafka.Acks.ALL && rf > 1) {
                    ReplicaPlacement where = c.get(Settings.REPLICA_PLACEMENT);
                    out.add(new PerformanceNote("acks", "acks=all: every produce request waits until all in-sync "
                            + "replicas have the records (Kafka producer documentation), one replication round trip "
                            + "to the followers " + RoundTrips.where(where) + ", about " + ms(RoundTrips.of(where))
                            + ASSUMED_RTT + ", plus the followers' fetch wait.", RoundTrips.of(where), true));
                }
            }
            case RAFT_STORE -> {
                double rtt = majorityRoundTrip(c);
                if (rtt > 0) {
                    out.add(new PerformanceNote(c.memberZones().isEmpty() ? "member_placement" : "member_zones",
                            "Every write waits until a majority of the members has it: one round trip from the "
                                    + "leader to the nearest members that make a majority, about " + ms(rtt)
                                    + ASSUMED_RTT + ".", rtt, true));
                }
            }
            case SERVICE, OBJECT_STORAGE, EXTERNAL, DATASTORE -> {
                // nothing of theirs makes a write wait: replication of objects is asynchronous
            }
        }
        return out;
    }

    /** Each synchronous or semi-synchronous replica group adds a round trip at its placement to every commit. */
    private static void synchronousGroups(Component c, List<PerformanceNote> out) {
        for (ReplicaGroup g : ReplicaGroup.of(c)) {
            if (!g.synchronous()) {
                continue;
            }
            double rtt = RoundTrips.of(g.placement());
            String setting = g.number() == 1 ? "replication_mode" : "more_replica_groups";
            out.add(new PerformanceNote(setting, "A " + g.mode().id().replace('_', '-') + " replica "
                    + RoundTrips.where(g.placement()) + " (group " + g.number() + "): every commit waits one network "
                    + "round trip to it, about " + ms(rtt) + ASSUMED_RTT + ".", rtt, true));
        }
    }

    private static PerformanceNote fsync(String setting, String what) {
        return new PerformanceNote(setting, what + ", about " + ms(RoundTrips.FSYNC_MS) + ASSUMED_FSYNC + ".",
                RoundTrips.FSYNC_MS, true);
    }

    /**
     * The round trip a Raft write waits for: to the (majority - 1)-th nearest follower, by where the members are;
     * 0 for a single member.
     */
    static double majorityRoundTrip(Component c) {
        int members = c.get(RaftStore.MEMBERS);
        if (members <= 1) {
            return 0;
        }
        double[] rtts = new double[members - 1];
        List<Place> zones = c.memberZones();
        if (!zones.isEmpty()) {
            Place leader = zones.get(0);
            for (int i = 1; i < members; i++) {
                Place z = zones.get(i % zones.size());
                boolean sameRegion = z.region() == null || leader.region() == null || z.region() == leader.region();
                rtts[i - 1] = z == leader ? RoundTrips.SAME_ZONE_MS
                        : sameRegion ? RoundTrips.OTHER_ZONE_MS : RoundTrips.OTHER_REGION_MS;
            }
        } else {
            Spread spread = c.get(RaftStore.MEMBER_PLACEMENT);
            int groups = spread == Spread.SINGLE_ZONE ? 1 : Math.min(3, members);
            double away = spread == Spread.MULTI_REGION ? RoundTrips.OTHER_REGION_MS : RoundTrips.OTHER_ZONE_MS;
            for (int i = 1; i < members; i++) {
                rtts[i - 1] = i % groups == 0 ? RoundTrips.SAME_ZONE_MS : away;
            }
        }
        Arrays.sort(rtts);
        return rtts[members / 2 - 1];
    }

    private static String ms(double v) {
        return (v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.1f", v))
                + " ms";
    }
}
