package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Redis.APPENDFSYNC;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Redis.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Redis.FAILOVER;
import static dev.lifeboat.model.Redis.PERSISTENCE;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Redis.SNAPSHOT_INTERVAL;
import static dev.lifeboat.model.Redis.WARMUP_TIME;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.TimeBound;

/**
 * Redis. A restart loses what persistence had not written: everything without persistence, the snapshot
 * interval with RDB, and with AOF what {@code appendfsync} had not synced (0, 1 s, or about 30 s left to
 * the OS, assumed). Replication is asynchronous, so a promoted replica lacks the replication lag. Sentinel
 * or Cluster promotes a replica once the master has been unreachable for the documented detection timeout
 * ({@code down-after-milliseconds}, {@code cluster-node-timeout}), after a vote and the promotion (assumed);
 * a master without persistence that restarts first comes back empty and its replicas copy the empty data set.
 * A FLUSHALL replicates to every replica: only backups help against it.
 *
 * <p>A Redis with role {@code cache} holds data rebuilt from a source of truth: its RPO is still given but
 * does not count for journeys, an empty new instance is a full recovery (no backup is restored), and its RTO
 * adds an assumed warm-up ({@code warmup_time}) after whatever brings it back.
 */
final class RedisRule implements Rule {

    // ---------------------------------------------------------------- documentation

    static final Reference REDIS_PERSISTENCE = new Reference("Redis persistence",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/");
    static final Reference REDIS_REPLICATION = new Reference("Redis replication",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/replication/");
    static final Reference REDIS_SENTINEL = new Reference(
            "High availability with Redis Sentinel (down-after-milliseconds; 30 s in the sentinel.conf Redis ships)",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/");
    static final Reference REDIS_CLUSTER = new Reference(
            "Redis cluster specification (failure detection after cluster-node-timeout, replica election)",
            "https://redis.io/docs/latest/operate/oss_and_stack/reference/cluster-spec/");
    static final Reference REDIS_CLUSTER_CONFIG = new Reference(
            "Scale with Redis Cluster: cluster-node-timeout (15000 ms in the redis.conf Redis ships)",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/scaling/");

    static final Reference REDIS_CONFIG = new Reference(
            "Redis configuration file example (save 3600 1 300 100 60 10000: at least one snapshot an hour)",
            "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/");

    static final Reference CACHE_STRATEGIES = new Reference(
            "Amazon ElastiCache: caching strategies (lazy loading refills a cache from the database on misses)",
            "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html");

    private static final TimeBound ONE_SECOND = TimeBound.ofSeconds(1);
    /** appendfsync no: Linux flushes dirty pages about every 30 s; the docs give no bound. */
    private static final long OS_FLUSH_SECONDS = 30;
    static final String OS_FLUSH_ASSUMPTION = "appendfsync no: OS flush every 30s (assumed)";

    @Override
    public ComponentKind kind() {
        return ComponentKind.REDIS;
    }

    @Override
    public ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        int replicas = c.get(REPLICAS);
        ReplicaPlacement placement = replicas > 0 ? c.get(REPLICA_PLACEMENT) : null;
        boolean cache = c.get(Redis.ROLE) == Redis.Role.CACHE;
        Verdict result = switch (scenario) {
            case PROCESS_CRASH -> processCrash(c, v, replicas, cache);
            case NODE_LOSS -> lost(c, v, replicas > 0, placement, "no replica holds the data", cache);
            case ZONE_LOSS -> lost(c, v, replicas > 0 && placement != ReplicaPlacement.SAME_ZONE, placement,
                    replicas > 0 ? "the replicas are in the same zone and are lost with it"
                            : "no replica holds the data", cache);
            case REGION_LOSS -> lost(c, v, replicas > 0 && placement == ReplicaPlacement.OTHER_REGION, placement,
                    replicas > 0 ? "no replica is in another region" : "no replica holds the data", cache);
            case LOGICAL_CORRUPTION -> corruption(c, v, cache);
        };
        if (cache) {
            warmUp(c, result);
        }
        return result.done();
    }

    /**
     * A cache: whatever brought it back, it then refills from its source of truth (assumed warm-up, part of
     * its start: it needs its sources back), and what it lost does not count for journeys.
     */
    private static void warmUp(Component c, Verdict v) {
        long warmup = c.get(WARMUP_TIME);
        v.addToRto(warmup).rebuildable()
                .say(" As a cache (role cache), it then warms up from its source of truth (").dur(warmup).say(", ")
                .assumed(WARMUP_TIME).say("): RTO ").say(v.rtoValue())
                .say(" in all. Its data is rebuildable, so its RPO does not count for journeys.")
                .cite(CACHE_STRATEGIES);
    }

    /** The words after why a cache's data is gone: it is rebuilt, nothing is restored. */
    private static final String REBUILT = ", and as a cache it restores no backup: its data is rebuilt from its "
            + "source of truth. ";

    /** A FLUSHALL, a deleted key space or a bad write is replicated to every replica: backups decide. */
    private static Verdict corruption(Component c, Verdict v, boolean cache) {
        String why = "a FLUSHALL (the whole key space deleted) or a bad write replicates to every replica";
        if (!cache && Backups.survives(c, v.scenario())) {
            Backups.restore(c, v, why, true);
            Backups.retention(c, v);
        } else {
            v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                    .say(cache ? REBUILT : ", and no backup is taken (backup_interval none). ")
                    .rto(TimeBound.ofSeconds(c.get(RESTART_TIME))).action(RecoveryAction.RESTART)
                    .say("flush the bad data and serve again, empty (").assumed(RESTART_TIME)
                    .say("); what it held must be rebuilt by the applications.");
        }
        return v.cite(REDIS_PERSISTENCE).cite(REDIS_REPLICATION);
    }

    private static Verdict processCrash(Component c, Verdict v, int replicas, boolean cache) {
        Redis.Persistence persistence = c.get(PERSISTENCE);
        long restart = c.get(RESTART_TIME);
        Redis.Failover mechanism = c.get(FAILOVER);
        boolean automatic = replicas > 0 && mechanism != Redis.Failover.NONE;
        v.cite(REDIS_PERSISTENCE);
        if (automatic && c.get(Redis.detection(mechanism)) < restart) {
            long lag = c.get(REPLICATION_LAG);
            v.rpo(TimeBound.ofSeconds(lag)).say(mechanism.label())
                    .say(" promotes a replica because the master stays down longer than its detection timeout, and "
                            + "replication is asynchronous, so the replica may lack the last ").dur(lag)
                    .say(" of writes (").assumed(REPLICATION_LAG).say("). ");
            automaticFailover(c, v, mechanism);
            v.say(" The restart alone would take ").dur(restart).say(" (restart_time).").cite(REDIS_REPLICATION);
            return v;
        }
        if (persistence == Redis.Persistence.NONE) {
            String why = automatic
                    ? "without persistence the master restarts empty before it is detected as down (restart_time "
                            + "not above the detection timeout), and its replicas then copy the empty data set"
                    : "without persistence the master restarts empty";
            if (automatic) {
                v.cite(REDIS_REPLICATION);
            }
            if (!cache && c.get(BACKUP_INTERVAL) != null) {
                Backups.restore(c, v, why, false);
            } else {
                v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                        .say(cache ? REBUILT : " and no backup is taken (backup_interval none). ")
                        .rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                        .say("restart, empty (").assumed(RESTART_TIME).say(").");
            }
            return v;
        }
        if (persistence == Redis.Persistence.RDB) {
            long snapshot = c.get(SNAPSHOT_INTERVAL);
            v.rpo(TimeBound.ofSeconds(snapshot)).say("RDB snapshots are taken every ").dur(snapshot)
                    .say(" (snapshot_interval; the redis.conf Redis ships saves at least hourly), and writes since "
                            + "the last one are lost. ").cite(REDIS_CONFIG);
        } else {
            String aof = persistence == Redis.Persistence.AOF ? "AOF" : "the AOF (loaded in preference to RDB)";
            switch (c.get(APPENDFSYNC)) {
                case ALWAYS -> v.rpo(TimeBound.ZERO).say(aof).say(" is fsynced at every write (appendfsync always). ");
                case EVERYSEC -> v.rpo(ONE_SECOND).say(aof).say(" is fsynced every second (appendfsync everysec): "
                        + "\"you may lose 1 second of data\". ");
                case NO -> v.rpo(TimeBound.ofSeconds(OS_FLUSH_SECONDS)).say(aof).say(" is flushed when the OS "
                        + "decides (appendfsync no), about every 30s on Linux (assumed). ")
                        .assumeRpo(OS_FLUSH_ASSUMPTION);
            }
        }
        return v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("restart and reload the data set (").assumed(RESTART_TIME).say(").");
    }

    /**
     * Sets and explains the RTO of an automatic failover: the documented detection timeout of Sentinel or
     * Cluster, plus the vote and the promotion, which the documentation gives no number for (assumed).
     */
    private static void automaticFailover(Component c, Verdict v, Redis.Failover mechanism) {
        long detection = c.get(Redis.detection(mechanism));
        long vote = c.get(FAILOVER_TIME);
        v.rto(TimeBound.ofSeconds(detection + vote)).action(RecoveryAction.FAILOVER);
        if (mechanism == Redis.Failover.SENTINEL) {
            v.say("Sentinel considers the master down after ").dur(detection)
                    .say(" without a valid reply (sentinel_down_after, down-after-milliseconds), then the "
                            + "Sentinels agree, elect a leader and it promotes a replica (")
                    .dur(vote).say(", ").assumed(FAILOVER_TIME).say(").").cite(REDIS_SENTINEL);
        } else {
            v.say("the other masters flag the master as failing after ").dur(detection)
                    .say(" unreachable (cluster_node_timeout, cluster-node-timeout), then a replica waits its "
                            + "election delay, wins the masters' vote and takes over (").dur(vote)
                    .say(", ").assumed(FAILOVER_TIME).say(").").cite(REDIS_CLUSTER).cite(REDIS_CLUSTER_CONFIG);
        }
    }

    /** The master's node, zone or region is lost: a surviving replica, else backups. */
    private static Verdict lost(Component c, Verdict v, boolean replicaSurvives, ReplicaPlacement placement,
                                String why, boolean cache) {
        if (!replicaSurvives) {
            if (!cache && Backups.survives(c, v.scenario())) {
                Backups.restore(c, v, why, true);
            } else {
                // Redis starts serving again as soon as a new, empty instance runs: the data is lost, the
                // service is not.
                long provision = c.get(PROVISION_TIME);
                v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                        .say(cache ? REBUILT
                                : ", and no backup survives (backup_interval, backup_location), so every key is lost. ")
                        .rto(TimeBound.ofSeconds(provision)).action(RecoveryAction.REDEPLOY).prepare(provision)
                        .say("start a new, empty instance (").assumed(PROVISION_TIME)
                        .say("); what it held must be rebuilt by the applications.");
            }
            return v.cite(REDIS_PERSISTENCE);
        }
        long lag = c.get(REPLICATION_LAG);
        v.rpo(TimeBound.ofSeconds(lag)).say("Redis replication is asynchronous, so the replica ")
                .say(DatabaseRule.where(placement)).say(" may lack the last ").dur(lag)
                .say(" of writes (").assumed(REPLICATION_LAG).say("). ").cite(REDIS_REPLICATION);
        Redis.Failover mechanism = c.get(FAILOVER);
        if (mechanism != Redis.Failover.NONE) {
            automaticFailover(c, v, mechanism);
        } else {
            v.rto(TimeBound.ofSeconds(c.get(PROMOTION_TIME))).action(RecoveryAction.PROMOTE)
                    .say("a person promotes the replica with REPLICAOF NO ONE (").assumed(PROMOTION_TIME)
                    .say("; no Sentinel or Cluster).");
        }
        return v;
    }
}
