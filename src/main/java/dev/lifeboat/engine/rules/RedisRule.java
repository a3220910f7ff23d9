package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.APPENDFSYNC;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.REDIS_FAILOVER;
import static dev.lifeboat.model.Settings.REDIS_PERSISTENCE;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.SNAPSHOT_INTERVAL;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.AppendFsync;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.RedisFailover;
import dev.lifeboat.model.RedisPersistence;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.TimeBound;

/**
 * Redis. A restart loses what persistence had not written: everything without persistence, the snapshot
 * interval with RDB, and with AOF what {@code appendfsync} had not synced (0, 1 s, or about 30 s left to
 * the OS, assumed). Replication is asynchronous, so a promoted replica lacks the replication lag. Sentinel
 * or Cluster promotes a replica when the master stays down longer than the failover time; a master without
 * persistence that restarts first comes back empty and its replicas copy the empty data set.
 */
final class RedisRule implements Rule {

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
        Verdict v = new Verdict(scenario);
        int replicas = c.get(REPLICAS);
        ReplicaPlacement placement = replicas > 0 ? c.get(REPLICA_PLACEMENT) : null;
        switch (scenario) {
            case PROCESS_CRASH:
                processCrash(c, v, replicas);
                break;
            case NODE_LOSS:
                lost(c, v, replicas > 0, placement, "no replica holds the data");
                break;
            case ZONE_LOSS:
                lost(c, v, replicas > 0 && placement != ReplicaPlacement.SAME_ZONE, placement,
                        replicas > 0 ? "the replicas are in the same zone and are lost with it"
                                : "no replica holds the data");
                break;
            case REGION_LOSS:
                lost(c, v, replicas > 0 && placement == ReplicaPlacement.OTHER_REGION, placement,
                        replicas > 0 ? "no replica is in another region" : "no replica holds the data");
                break;
            case LOGICAL_CORRUPTION:
                if (Backups.survives(c, scenario)) {
                    Backups.restore(c, v, "a FLUSHALL or bad write replicates to every replica", true);
                    Backups.retention(c, v);
                } else {
                    v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: a FLUSHALL or bad write replicates to "
                                    + "every replica, and no backup is taken (backup_interval none). ")
                            .rto(TimeBound.ofSeconds(c.get(RESTART_TIME))).action(RecoveryAction.RESTART)
                            .say("flush the bad data and serve again, empty (restart_time); what it held must be "
                                    + "rebuilt by the applications.");
                }
                v.cite(References.REDIS_PERSISTENCE).cite(References.REDIS_REPLICATION);
                break;
            default:
                throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        return v.done();
    }

    private static void processCrash(Component c, Verdict v, int replicas) {
        RedisPersistence persistence = c.get(REDIS_PERSISTENCE);
        long restart = c.get(RESTART_TIME);
        long failover = c.get(FAILOVER_TIME);
        boolean automatic = replicas > 0 && c.get(REDIS_FAILOVER) != RedisFailover.NONE;
        v.cite(References.REDIS_PERSISTENCE);
        if (automatic && failover < restart) {
            long lag = c.get(REPLICATION_LAG);
            v.rpo(TimeBound.ofSeconds(lag)).say(c.get(REDIS_FAILOVER).label())
                    .say(" promotes a replica before the master restarts, and replication is asynchronous, so the "
                            + "replica may lack the last ").dur(lag).say(" of writes (replication_lag, assumed). ")
                    .assume(REPLICATION_LAG)
                    .rto(TimeBound.ofSeconds(failover)).action(RecoveryAction.FAILOVER)
                    .say("automatic failover (failover_time), quicker than the restart (").dur(restart)
                    .say(", restart_time).").cite(References.REDIS_REPLICATION).cite(References.REDIS_SENTINEL);
            return;
        }
        if (persistence == RedisPersistence.NONE) {
            String why = automatic
                    ? "without persistence the master restarts empty before failover (restart_time "
                            + "not above failover_time), and its replicas then copy the empty data set"
                    : "without persistence the master restarts empty";
            if (automatic) {
                v.cite(References.REDIS_REPLICATION);
            }
            if (c.get(BACKUP_INTERVAL) != null) {
                Backups.restore(c, v, why, false);
            } else {
                v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                        .say(" and no backup is taken (backup_interval none). ")
                        .rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                        .say("restart, empty (restart_time).");
            }
            return;
        }
        if (persistence == RedisPersistence.RDB) {
            long snapshot = c.get(SNAPSHOT_INTERVAL);
            v.rpo(TimeBound.ofSeconds(snapshot)).say("RDB snapshots are taken every ").dur(snapshot)
                    .say(" (snapshot_interval), and writes since the last one are lost. ");
        } else {
            AppendFsync fsync = c.get(APPENDFSYNC);
            String aof = persistence == RedisPersistence.AOF ? "AOF" : "the AOF (loaded in preference to RDB)";
            switch (fsync) {
                case ALWAYS:
                    v.rpo(TimeBound.ZERO).say(aof).say(" is fsynced at every write (appendfsync always). ");
                    break;
                case EVERYSEC:
                    v.rpo(ONE_SECOND).say(aof).say(" is fsynced every second (appendfsync everysec): \"you may "
                            + "lose 1 second of data\". ");
                    break;
                default:
                    v.rpo(TimeBound.ofSeconds(OS_FLUSH_SECONDS)).say(aof).say(" is flushed when the OS decides "
                            + "(appendfsync no), about every 30s on Linux (assumed). ").assume(OS_FLUSH_ASSUMPTION);
                    break;
            }
        }
        v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("restart and reload the data set (restart_time).");
    }

    /** The master's node, zone or region is lost: a surviving replica, else backups. */
    private static void lost(Component c, Verdict v, boolean replicaSurvives, ReplicaPlacement placement,
                             String why) {
        if (!replicaSurvives) {
            if (Backups.survives(c, v.scenario())) {
                Backups.restore(c, v, why, true);
            } else {
                // Redis starts serving again as soon as a new, empty instance runs: the data is lost, the
                // service is not.
                long provision = c.get(PROVISION_TIME);
                v.rpoQuietly(TimeBound.UNBOUNDED).say("RPO unbounded: ").say(why)
                        .say(", and no backup survives (backup_interval, backup_location), so every key is lost. ")
                        .rto(TimeBound.ofSeconds(provision)).action(RecoveryAction.REDEPLOY)
                        .say("start a new, empty instance (provision_time, assumed); "
                                + "what it held must be rebuilt by the applications.").assume(PROVISION_TIME);
            }
            v.cite(References.REDIS_PERSISTENCE);
            return;
        }
        long lag = c.get(REPLICATION_LAG);
        v.rpo(TimeBound.ofSeconds(lag)).say("Redis replication is asynchronous, so the replica ")
                .say(DatabaseRule.where(placement)).say(" may lack the last ").dur(lag)
                .say(" of writes (replication_lag, assumed). ").assume(REPLICATION_LAG)
                .cite(References.REDIS_REPLICATION);
        RedisFailover failover = c.get(REDIS_FAILOVER);
        if (failover != RedisFailover.NONE) {
            v.rto(TimeBound.ofSeconds(c.get(FAILOVER_TIME))).action(RecoveryAction.FAILOVER).say(failover.label())
                    .say(" promotes the replica automatically (failover_time).")
                    .cite(failover == RedisFailover.SENTINEL ? References.REDIS_SENTINEL : References.REDIS_CLUSTER);
        } else {
            v.rto(TimeBound.ofSeconds(c.get(PROMOTION_TIME))).action(RecoveryAction.PROMOTE)
                    .say("a person promotes the replica with REPLICAOF NO ONE (promotion_time, assumed; no Sentinel "
                            + "or Cluster).").assume(PROMOTION_TIME);
        }
    }
}
