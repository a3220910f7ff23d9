package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.TimeBound;

/**
 * What PostgreSQL, MySQL and MongoDB share: replicas take over when the primary's node, zone or region is
 * lost (if they are placed outside it), backups and archived logs do the rest, and nothing but backups
 * helps against logical corruption. Subclasses say what a process crash loses and what a failover to a
 * replica loses, which is where the technologies differ.
 */
abstract class DatabaseRule implements Rule {

    private final ComponentKind kind;

    DatabaseRule(ComponentKind kind) {
        this.kind = kind;
    }

    @Override
    public final ComponentKind kind() {
        return kind;
    }

    @Override
    public final ComponentAssessment assess(Component c, Scenario scenario) {
        Rules.check(this, c, scenario);
        Verdict v = new Verdict(c, scenario);
        boolean replicated = replicated(c);
        ReplicaPlacement placement = replicated ? c.get(REPLICA_PLACEMENT) : null;
        return switch (scenario) {
            case PROCESS_CRASH -> {
                processCrash(c, v);
                yield v.done();
            }
            case NODE_LOSS -> {
                if (replicated) {
                    failover(c, v, placement);
                } else {
                    noReplica(c, v, "no replica holds the data");
                }
                yield v.done();
            }
            case ZONE_LOSS -> {
                if (replicated && placement != ReplicaPlacement.SAME_ZONE) {
                    failover(c, v, placement);
                } else {
                    noReplica(c, v, replicated ? "the replicas are in the same zone and are lost with it"
                            : "no replica holds the data");
                }
                yield v.done();
            }
            case REGION_LOSS -> {
                if (replicated && placement == ReplicaPlacement.OTHER_REGION) {
                    failover(c, v, placement);
                } else {
                    noReplica(c, v, replicated ? "no replica is in another region" : "no replica holds the data");
                }
                yield v.done();
            }
            case LOGICAL_CORRUPTION -> {
                Backups.restore(c, v, "replicas apply the bad change too (a DROP TABLE as much as a bad UPDATE)",
                        true);
                citeBackups(c, v);
                Backups.retention(c, v);
                yield v.done();
            }
        };
    }

    /** Whether the primary has replicas. */
    boolean replicated(Component c) {
        return c.get(REPLICAS) > 0 && c.get(REPLICATION_MODE) != ReplicationMode.NONE;
    }

    /** Sets the RPO, RTO and action of a process crash (the disk and the OS page cache survive). */
    abstract void processCrash(Component c, Verdict v);

    /** Sets and explains the RPO of a failover to a surviving replica (one sentence, ending ". "). */
    abstract void replicaRpo(Component c, Verdict v);

    /** Cites the backup and point-in-time recovery documentation of the technology. */
    abstract void citeBackups(Component c, Verdict v);

    /** A replica survives: what it lacks, and how long until it serves. */
    void failover(Component c, Verdict v, ReplicaPlacement placement) {
        replicaRpo(c, v);
        promote(c, v, placement);
    }

    /** Sets and explains the RTO of bringing a surviving replica into service. */
    final void promote(Component c, Verdict v, ReplicaPlacement placement) {
        if (c.get(FAILOVER) == Failover.AUTOMATIC) {
            long t = c.get(FAILOVER_TIME);
            v.rto(TimeBound.ofSeconds(t)).action(RecoveryAction.FAILOVER)
                    .say("automatic failover to the replica ").say(where(placement)).say(" (");
            if (failoverTimeDocumented()) {
                v.say("failover_time");
            } else {
                v.assumed(FAILOVER_TIME);
            }
            v.say(").");
        } else {
            long t = c.get(PROMOTION_TIME);
            v.rto(TimeBound.ofSeconds(t)).action(RecoveryAction.PROMOTE)
                    .say("a person promotes the replica ").say(where(placement))
                    .say(" (").assumed(PROMOTION_TIME).say("; failover is manual).");
        }
    }

    /**
     * Whether the technology's documentation states its default {@code failover_time} (MongoDB's election);
     * else the default is an assumption.
     */
    boolean failoverTimeDocumented() {
        return false;
    }

    /** Explains the asynchronous case: the replica may lack the last replication lag of commits. */
    static void lag(Component c, Verdict v, String how) {
        long lag = c.get(REPLICATION_LAG);
        v.rpo(TimeBound.ofSeconds(lag)).say(how).say(", so the replica may lack the last ").dur(lag)
                .say(" of commits (").assumed(REPLICATION_LAG).say("). ");
    }

    private void noReplica(Component c, Verdict v, String why) {
        Backups.restore(c, v, why, true);
        citeBackups(c, v);
    }

    static String where(ReplicaPlacement p) {
        return switch (p) {
            case SAME_ZONE -> "in the same zone";
            case OTHER_ZONE -> "in another zone";
            case OTHER_REGION -> "in another region";
        };
    }
}
