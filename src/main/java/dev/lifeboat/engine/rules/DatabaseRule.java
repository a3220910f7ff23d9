package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.DELAYED_REPLICA;
import static dev.lifeboat.model.Settings.DETECTION_TIME;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.LOG_REPLAY_SPEED;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Rule;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.TimeBound;
import java.util.List;

/**
 * What PostgreSQL, MySQL and MongoDB share: replicas take over when the primary's node, zone or region is
 * lost (if they are placed outside it), backups and archived logs do the rest, and nothing but backups (or a
 * delayed replica) helps against logical corruption. Subclasses say what a process crash loses and what a
 * failover to a replica loses, which is where the technologies differ.
 *
 * <p>A database may have several replica groups ({@link ReplicaGroup}) and keep its backups in several places
 * ({@link dev.lifeboat.model.BackupCopy}). A scenario's numbers come from one recovery path: the surviving
 * group or backup that loses the least data, and of those the fastest; both numbers come from that path and
 * the explanation names it.
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
        return switch (scenario) {
            case PROCESS_CRASH -> {
                Verdict v = new Verdict(c, scenario);
                processCrash(c, v);
                yield v.done();
            }
            case NODE_LOSS, ZONE_LOSS, REGION_LOSS -> primaryLost(c, scenario);
            case LOGICAL_CORRUPTION -> corruption(c, scenario);
        };
    }

    /** The primary's node, zone or region is gone: the best surviving replica group, or the backups. */
    private ComponentAssessment primaryLost(Component c, Scenario scenario) {
        List<ReplicaGroup> groups = ReplicaGroup.of(c);
        // a commit waits for any one standby of the synchronous groups (PostgreSQL's ANY 1, MySQL's one
        // semi-synchronous acknowledgement), which may be one lost with the primary
        ReplicaGroup lostSynchronous = null;
        for (ReplicaGroup g : groups) {
            if (g.synchronous() && !survives(g, scenario) && lostSynchronous == null) {
                lostSynchronous = g;
            }
        }
        ComponentAssessment best = null;
        for (ReplicaGroup g : groups) {
            if (!survives(g, scenario)) {
                continue;
            }
            Verdict v = new Verdict(c, scenario);
            if (groups.size() > 1) {
                v.say("Replica group ").say(g.number()).say(" (").say(g.describe()).say(") takes over. ");
            }
            if (g.synchronous() && lostSynchronous != null) {
                lag(g, v, "a commit waits for any one standby of the synchronous groups, and the one that confirmed "
                        + "it may be in replica group " + lostSynchronous.number() + ", lost with the primary; this "
                        + "group's standbys receive it at their own pace");
                citeSynchronous(v);
                promote(c, v, g);
            } else {
                failover(c, v, g);
            }
            best = better(best, v.done());
        }
        Verdict v = new Verdict(c, scenario);
        String why;
        if (best != null) {
            why = "a restore from backup loses less than any surviving replica";
        } else if (groups.isEmpty()) {
            why = "no replica holds the data";
        } else if (scenario == Scenario.ZONE_LOSS) {
            why = "the replicas are in the same zone and are lost with it";
        } else {
            why = "no replica is in another region";
        }
        Backups.restore(c, v, why, true);
        citeBackups(c, v);
        return better(best, v.done());
    }

    /** Whether a replica group outlives the primary's loss in this scenario. */
    private static boolean survives(ReplicaGroup g, Scenario scenario) {
        return switch (scenario) {
            case NODE_LOSS -> true;
            case ZONE_LOSS -> g.placement() != ReplicaPlacement.SAME_ZONE;
            case REGION_LOSS -> g.placement() == ReplicaPlacement.OTHER_REGION;
            case PROCESS_CRASH, LOGICAL_CORRUPTION -> false;
        };
    }

    /** The path that loses less data, and of two that lose as much the faster; the first on a tie. */
    static ComponentAssessment better(ComponentAssessment a, ComponentAssessment b) {
        if (a == null) {
            return b;
        }
        int rpo = b.rpo().compareTo(a.rpo());
        return rpo < 0 || rpo == 0 && b.rto().compareTo(a.rto()) < 0 ? b : a;
    }

    /**
     * Logical corruption: replicas apply the bad change too, so backups decide, unless a delayed replica has not
     * applied it yet when someone notices.
     */
    private ComponentAssessment corruption(Component c, Scenario scenario) {
        Long delay = c.kind().has(DELAYED_REPLICA) ? c.get(DELAYED_REPLICA) : null;
        long detection = c.topology().detectionTime(c);
        Verdict v = new Verdict(c, scenario);
        ComponentAssessment delayed = null;
        if (delay != null && detection < delay) {
            delayed = delayedReplica(c, scenario, delay, detection);
        } else if (delay != null) {
            v.say("The delayed replica (").dur(delay).say(", delayed_replica) has applied the change too: it is "
                    + "noticed after ").dur(detection).say(" (");
            detectionSource(c, v, false);
            v.say("). ");
            citeDelay(v);
        }
        Backups.restore(c, v, "replicas apply the bad change too (a DROP TABLE as much as a bad UPDATE)", true);
        citeBackups(c, v);
        Backups.retention(c, v);
        return better(delayed, v.done());
    }

    /**
     * The delayed replica still holds the data from before the change: a person pauses its replay, sets the
     * recovery target just before the change, lets it replay the rest of the delay and promotes it.
     */
    private ComponentAssessment delayedReplica(Component c, Scenario scenario, long delay, long detection) {
        Verdict v = new Verdict(c, scenario);
        long lag = c.get(REPLICATION_LAG);
        v.rpo(TimeBound.ofSeconds(lag)).say("the delayed replica applies changes ").dur(delay)
                .say(" late (").say(delaySetting()).say(", delayed_replica) and the change is noticed after ")
                .dur(detection).say(" (");
        detectionSource(c, v, true);
        v.say("), before the replica applies it; the replica has received the log up to the last ").dur(lag)
                .say(" (").assumedRpo(REPLICATION_LAG).say("). ");
        double speed = c.get(LOG_REPLAY_SPEED);
        long rest = delay - detection;
        long replay = (long) Math.ceil(rest / speed);
        long promote = c.get(PROMOTION_TIME);
        v.rto(TimeBound.ofSeconds(promote + replay)).action(RecoveryAction.PROMOTE)
                .say("a person pauses its replay, sets the recovery target just before the change and promotes it (")
                .dur(promote).say(", ").assumed(PROMOTION_TIME).say(") after it replays the remaining ").dur(rest)
                .say(" of log at ").num(speed).say("x (").dur(replay).say(", ").assumed(LOG_REPLAY_SPEED).say(").");
        citeDelay(v);
        return v.done();
    }

    /** Names where the detection time comes from: the store's, the design's, or the assumed default. */
    private static void detectionSource(Component c, Verdict v, boolean rpo) {
        if (c.kind().has(DETECTION_TIME) && c.get(DETECTION_TIME) != null) {
            v.say("detection_time");
        } else if (c.topology().isDetectionTimeSet()) {
            v.say("the design's detection time");
        } else {
            v.say("detection_time, assumed");
            if (rpo) {
                v.assumeRpo(DETECTION_TIME.label());
            } else {
                v.assume(DETECTION_TIME.label());
            }
        }
    }

    /** The technology's name for a delayed replica's delay: {@code recovery_min_apply_delay}. */
    String delaySetting() {
        return "delayed_replica";
    }

    /** Cites the technology's documentation of synchronous (or semi-synchronous) replication. */
    void citeSynchronous(Verdict v) {
    }

    /** Cites the technology's documentation of delayed replicas. */
    void citeDelay(Verdict v) {
    }

    /** Sets the RPO, RTO and action of a process crash (the disk and the OS page cache survive). */
    abstract void processCrash(Component c, Verdict v);

    /** Sets and explains the RPO of a failover to a surviving replica of the group (one sentence, ending ". "). */
    abstract void replicaRpo(Component c, Verdict v, ReplicaGroup g);

    /** Cites the backup and point-in-time recovery documentation of the technology. */
    abstract void citeBackups(Component c, Verdict v);

    /** A replica of the group survives: what it lacks, and how long until it serves. */
    void failover(Component c, Verdict v, ReplicaGroup g) {
        replicaRpo(c, v, g);
        promote(c, v, g);
    }

    /** Sets and explains the RTO of bringing a surviving replica of the group into service. */
    final void promote(Component c, Verdict v, ReplicaGroup g) {
        if (g.failover() == Failover.AUTOMATIC) {
            long t = c.get(FAILOVER_TIME);
            v.rto(TimeBound.ofSeconds(t)).action(RecoveryAction.FAILOVER)
                    .say("automatic failover to the replica ").say(where(g.placement())).say(" (");
            if (failoverTimeDocumented()) {
                v.say("failover_time");
            } else {
                v.assumed(FAILOVER_TIME);
            }
            v.say(").");
        } else {
            long t = c.get(PROMOTION_TIME);
            v.rto(TimeBound.ofSeconds(t)).action(RecoveryAction.PROMOTE)
                    .say("a person promotes the replica ").say(where(g.placement()))
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

    /** Explains the asynchronous case: the replica may lack the group's last replication lag of commits. */
    static void lag(ReplicaGroup g, Verdict v, String how) {
        long lag = g.lag();
        v.rpo(TimeBound.ofSeconds(lag)).say(how).say(", so the replica may lack the last ").dur(lag)
                .say(" of commits (");
        if (!g.ownLag()) {
            v.assumed(REPLICATION_LAG);
        } else {
            v.say("the lag of replica group ").say(g.number());
        }
        v.say("). ");
    }

    static String where(ReplicaPlacement p) {
        return switch (p) {
            case SAME_ZONE -> "in the same zone";
            case OTHER_ZONE -> "in another zone";
            case OTHER_REGION -> "in another region";
        };
    }
}
