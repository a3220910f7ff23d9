package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Mongodb.JOURNALING;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Mongodb.WRITE_CONCERN;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Reference;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.Mongodb;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.TimeBound;
import java.util.List;

/**
 * MongoDB replica sets. The write concern decides what is lost, not {@code replication_mode}: the oplog is
 * always replicated asynchronously, {@code w: majority} writes survive elections, {@code w: 1} and
 * {@code w: 0} writes not yet on a secondary are rolled back. A crashed primary is replaced by an election
 * (about 12 s) when that is quicker than its restart; a restart replays the journal, which is committed
 * every 100 ms, so only writes acknowledged before their journal commit are lost.
 */
final class MongodbRule extends DatabaseRule {

    // ---------------------------------------------------------------- documentation

    static final Reference MONGO_WRITE_CONCERN = new Reference("MongoDB: Write Concern",
            "https://www.mongodb.com/docs/manual/reference/write-concern/");
    static final Reference MONGO_JOURNALING = new Reference("MongoDB: Journaling",
            "https://www.mongodb.com/docs/manual/core/journaling/");
    static final Reference MONGO_ELECTIONS = new Reference("MongoDB: Replica Set Elections",
            "https://www.mongodb.com/docs/manual/core/replica-set-elections/");
    static final Reference MONGO_ROLLBACKS = new Reference("MongoDB: Rollbacks During Replica Set Failover",
            "https://www.mongodb.com/docs/manual/core/replica-set-rollbacks/");
    static final Reference MONGO_BACKUP = new Reference("MongoDB: Backup Methods",
            "https://www.mongodb.com/docs/manual/core/backups/");

    /** The 100 ms journal commit interval, rounded up to a whole second. */
    private static final TimeBound JOURNAL_WINDOW = TimeBound.ofSeconds(1);

    MongodbRule() {
        super(ComponentKind.MONGODB);
    }

    @Override
    void processCrash(Component c, Verdict v) {
        long restart = c.get(RESTART_TIME);
        long election = c.get(FAILOVER_TIME);
        List<ReplicaGroup> groups = ReplicaGroup.of(c);
        if (!groups.isEmpty() && groups.get(0).failover() == Failover.AUTOMATIC && election < restart) {
            replicaRpo(c, v, groups.get(0));
            v.rto(TimeBound.ofSeconds(election)).action(RecoveryAction.FAILOVER)
                    .say("the secondaries elect a new primary (failover_time) before the crashed mongod is back (")
                    .dur(restart).say(", restart_time).").cite(MONGO_ELECTIONS);
            return;
        }
        Mongodb.WriteConcern wc = c.get(WRITE_CONCERN);
        if (wc == Mongodb.WriteConcern.MAJORITY) {
            v.rpo(TimeBound.ZERO).say("w: majority is acknowledged only once the write is in the on-disk journal "
                    + "(writeConcernMajorityJournalDefault), which the restart replays. ");
        } else if (wc == Mongodb.WriteConcern.W1 && c.get(JOURNALING)) {
            v.rpo(TimeBound.ZERO).say("w: 1 with j: true is acknowledged only once the write is in the on-disk "
                    + "journal, which the restart replays. ");
        } else if (wc == Mongodb.WriteConcern.W1) {
            v.rpo(JOURNAL_WINDOW).say("w: 1 without j: true is acknowledged before the journal commit (every 100 ms "
                    + "by default), so a mongod crash can lose that much, rounded up. ");
        } else {
            v.rpo(JOURNAL_WINDOW).say("w: 0 writes are never acknowledged; those not yet in the journal (committed "
                    + "every 100 ms by default) are lost, rounded up, and clients never learn of it. ");
        }
        v.rto(TimeBound.ofSeconds(restart)).action(RecoveryAction.RESTART)
                .say("restart; mongod replays the journal (").assumed(RESTART_TIME).say(").")
                .cite(MONGO_JOURNALING, MONGO_WRITE_CONCERN);
    }

    @Override
    void replicaRpo(Component c, Verdict v, ReplicaGroup g) {
        switch (c.get(WRITE_CONCERN)) {
            case MAJORITY:
                v.rpo(TimeBound.ZERO).say("w: majority writes are on a majority of members and survive the "
                        + "election. ");
                break;
            case W1:
                long lag = g.lag();
                v.rpo(TimeBound.ofSeconds(lag)).say("w: 1 is acknowledged by the primary alone and the oplog is "
                        + "replicated asynchronously, so the new primary may lack the last ").dur(lag)
                        .say(" of writes, which the old primary rolls back when it rejoins (")
                        .assumed(REPLICATION_LAG).say("). ");
                break;
            default:
                lag(g, v, "w: 0 writes are not acknowledged and the oplog is replicated asynchronously");
                break;
        }
        v.cite(MONGO_WRITE_CONCERN, MONGO_ROLLBACKS).cite(MONGO_ELECTIONS);
    }

    /** MongoDB documents its election time (a median of at most 12 s with the default settings). */
    @Override
    boolean failoverTimeDocumented() {
        return true;
    }

    @Override
    void citeBackups(Component c, Verdict v) {
        v.cite(MONGO_BACKUP);
    }
}
