package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Kafka.REPROCESS_TIME;
import static dev.lifeboat.model.Kafka.LOG_RETENTION;
import static dev.lifeboat.model.Kafka.ACKS;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Kafka.GEO_REPLICATION;
import static dev.lifeboat.model.Kafka.MIN_INSYNC_REPLICAS;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Kafka.REPLICATION_FACTOR;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Kafka.UNCLEAN_LEADER_ELECTION;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.TimeBound;

/**
 * Kafka. A committed record survives as long as one in-sync replica does; the producer is told of it
 * before it is committed with {@code acks=0/1}, and {@code acks=all} only protects it on two brokers when
 * {@code min.insync.replicas >= 2}. Unclean leader election can elect a replica that lacks acknowledged
 * records. A broker restart keeps its log (the OS page cache survives a process crash). MirrorMaker 2
 * mirrors asynchronously to another cluster.
 */
final class KafkaRule implements Rule {

    // ---------------------------------------------------------------- documentation

    static final Reference KAFKA_REPLICATION = new Reference("Kafka: Replication (ISR, committed messages)",
            "https://kafka.apache.org/documentation/#replication");
    static final Reference KAFKA_LOG = new Reference("Kafka: Log (append-only, retention)",
            "https://kafka.apache.org/documentation/#log");
    static final Reference KAFKA_OFFSETS = new Reference("Kafka: kafka-consumer-groups --reset-offsets",
            "https://kafka.apache.org/documentation/#basic_ops_consumer_group");
    static final Reference KAFKA_TOPIC_DELETION = new Reference("Kafka: Deleting topics (kafka-topics --delete)",
            "https://kafka.apache.org/documentation/#basic_ops_add_topic");
    static final Reference KAFKA_ACKS = new Reference("Kafka producer config: acks",
            "https://kafka.apache.org/documentation/#producerconfigs_acks");
    static final Reference KAFKA_MIN_ISR = new Reference("Kafka topic config: min.insync.replicas",
            "https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas");
    static final Reference KAFKA_UNCLEAN = new Reference("Kafka: Unclean leader election",
            "https://kafka.apache.org/documentation/#design_uncleanleader");
    static final Reference KAFKA_GEO = new Reference("Kafka: Geo-Replication (MirrorMaker 2)",
            "https://kafka.apache.org/documentation/#georeplication");

    @Override
    public ComponentKind kind() {
        return ComponentKind.KAFKA;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        int rf = c.get(REPLICATION_FACTOR);
        ReplicaPlacement placement = c.get(REPLICA_PLACEMENT);
        return switch (scenario) {
            case PROCESS_CRASH -> {
                processCrash(c, v, rf);
                yield v.done();
            }
            case NODE_LOSS -> {
                if (rf >= 2) {
                    replicated(c, v, rf);
                } else {
                    fromBackups(c, v, "with replication_factor 1 the broker's partitions have no other copy");
                }
                yield v.done();
            }
            case ZONE_LOSS -> {
                if (rf >= 2 && placement != ReplicaPlacement.SAME_ZONE) {
                    replicated(c, v, rf);
                } else {
                    fromBackups(c, v, rf >= 2 ? "all replicas are in the same zone (replica_placement same_zone)"
                            : "with replication_factor 1 the partitions have no other copy");
                }
                yield v.done();
            }
            case REGION_LOSS -> {
                regionLoss(c, v, rf, placement);
                yield v.done();
            }
            case LOGICAL_CORRUPTION -> {
                corruption(c, v);
                yield v.done();
            }
        };
    }

    private static void processCrash(Component c, Verdict v, int rf) {
        long restart = c.get(RESTART_TIME);
        if (rf < 2) {
            v.rpo(TimeBound.ZERO).say("the log is on disk and in the OS page cache, which survive a process crash. ")
                    .rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                    .say("restart the broker with log recovery (").assumed(RESTART_TIME)
                    .say("; replication_factor 1, no other leader).").cite(KAFKA_REPLICATION);
            return;
        }
        // Leadership moves to a follower; the restarted broker truncates what the new leader lacks.
        Kafka.Acks acks = c.get(ACKS);
        boolean unclean = c.get(UNCLEAN_LEADER_ELECTION);
        if (acks == Kafka.Acks.ALL && !unclean) {
            v.rpo(TimeBound.ZERO).say("with acks=all a record is acknowledged once every in-sync replica has it, "
                    + "and only an in-sync replica can become leader; if the ISR had shrunk to the crashed leader, "
                    + "its partitions wait for the restart, with the log intact. ")
                    .cite(KAFKA_ACKS, KAFKA_REPLICATION);
        } else {
            lag(c, v, acks, c.get(MIN_INSYNC_REPLICAS), unclean);
        }
        v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER)
                .say("a follower is elected leader (").assumed(FAILOVER_TIME).say(").");
    }

    /** A broker, or a zone with one replica of each partition, is lost and the other replicas serve. */
    private static void replicated(Component c, Verdict v, int rf) {
        Kafka.Acks acks = c.get(ACKS);
        int minIsr = c.get(MIN_INSYNC_REPLICAS);
        boolean unclean = c.get(UNCLEAN_LEADER_ELECTION);
        if (acks == Kafka.Acks.ALL && minIsr >= 2 && !unclean) {
            v.rpo(TimeBound.ZERO).say("acks=all with min.insync.replicas=").say(minIsr)
                    .say(" means every acknowledged record is on at least two brokers, and with unclean leader "
                            + "election off only an in-sync replica becomes leader. ")
                    .cite(KAFKA_ACKS, KAFKA_MIN_ISR).cite(KAFKA_UNCLEAN);
        } else {
            lag(c, v, acks, minIsr, unclean);
        }
        v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER)
                .say("an in-sync follower is elected leader (").assumed(FAILOVER_TIME).say("; replication_factor ")
                .say(rf).say(").")
                .cite(KAFKA_REPLICATION);
    }

    /** Explains why acknowledged records can be lost: the first weakness found, and the lag that bounds it. */
    private static void lag(Component c, Verdict v, Kafka.Acks acks, int minIsr, boolean unclean) {
        long lag = c.get(REPLICATION_LAG);
        v.rpo(TimeBound.ofSeconds(lag));
        if (acks == Kafka.Acks.NONE) {
            v.say("with acks=0 the producer does not wait for the broker at all").cite(KAFKA_ACKS);
        } else if (acks == Kafka.Acks.LEADER) {
            v.say("with acks=1 the leader acknowledges before followers copy the record, and a record the new "
                    + "leader lacks is lost").cite(KAFKA_ACKS);
        } else if (unclean) {
            v.say("unclean.leader.election.enable lets an out-of-sync replica become leader, losing what it lacks")
                    .cite(KAFKA_UNCLEAN);
        } else {
            v.say("with min.insync.replicas=").say(minIsr).say(" the ISR may shrink to the leader alone, so "
                    + "acks=all can acknowledge a record only the lost broker had").cite(KAFKA_MIN_ISR);
        }
        v.say("; followers trail by up to ").dur(lag).say(" (").assumed(REPLICATION_LAG).say("). ")
                .cite(KAFKA_REPLICATION);
    }

    private static void regionLoss(Component c, Verdict v, int rf, ReplicaPlacement placement) {
        if (rf >= 2 && placement == ReplicaPlacement.OTHER_REGION) {
            replicated(c, v, rf);
            return;
        }
        if (c.get(GEO_REPLICATION)) {
            long lag = c.get(REPLICATION_LAG);
            long promotion = c.get(PROMOTION_TIME);
            v.rpo(TimeBound.ofSeconds(lag)).say("MirrorMaker 2 mirrors topics to the other region asynchronously, "
                            + "so the mirror may lack the last ").dur(lag).say(" (").assumed(REPLICATION_LAG).say("). ")
                    .rto(TimeBound.ofSeconds(promotion)).action(RecoveryAction.PROMOTE)
                    .say("a person switches producers and consumers to the mirror cluster (").assumed(PROMOTION_TIME)
                    .say(").").cite(KAFKA_GEO);
            return;
        }
        fromBackups(c, v, "no replica or mirror is in another region (geo_replication off)");
    }

    private static void fromBackups(Component c, Verdict v, String why) {
        Backups.restore(c, v, why, true);
        v.cite(KAFKA_REPLICATION);
    }

    /**
     * The worst case of logical corruption is a deleted topic: it is deleted on every replica at once, and only a
     * backup brings it back. Bad records alone overwrite nothing: consumers go back to an offset before them.
     */
    private static void corruption(Component c, Verdict v) {
        long retention = c.get(LOG_RETENTION);
        long reprocess = c.get(REPROCESS_TIME);
        String why = "a deleted topic is deleted on every replica at once";
        if (Backups.survives(c, v.scenario())) {
            Backups.restore(c, v, why, false);
        } else {
            v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                    .say(", and no backup is taken (backup_interval none). ")
                    .rto(TimeBound.ofSeconds(reprocess)).action(RecoveryAction.REPLAY)
                    .say("re-create the topic, empty, and reset the consumers (").assumed(REPROCESS_TIME)
                    .say("); what it held must be produced again.");
        }
        v.say(" Bad records alone overwrite none of the earlier ones, which stay readable for ").dur(retention)
                .say(" (log_retention): consumers reset their offsets to before them and re-consume (")
                .dur(reprocess).say(", reprocess_time).")
                .cite(KAFKA_LOG).cite(KAFKA_OFFSETS).cite(KAFKA_TOPIC_DELETION);
    }
}
