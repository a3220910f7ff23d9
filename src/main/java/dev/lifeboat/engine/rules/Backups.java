package dev.lifeboat.engine.rules;

import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.DATA_SIZE_GB;
import static dev.lifeboat.model.Settings.LOG_REPLAY_SPEED;
import static dev.lifeboat.model.Settings.PROVISION_TIME;
import static dev.lifeboat.model.Settings.RESTART_TIME;
import static dev.lifeboat.model.Settings.RESTORE_RATE;

import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.BackupLocation;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.TimeBound;
import java.util.List;

/**
 * Recovery from backups, shared by every stateful rule: which backups survive a scenario, the recovery
 * point they give (point-in-time recovery with continuous archiving, else the backup interval) and the
 * restore time.
 *
 * <p>Backups and archived logs are kept in regional storage: they survive the loss of a node or a zone,
 * and a region loss only when {@code backup_location} is another region.
 */
final class Backups {

    private Backups() {
    }

    /** Whether a base backup exists and the log is archived continuously, which allows point-in-time recovery. */
    static boolean pitr(Component c) {
        return c.kind().has(CONTINUOUS_ARCHIVING) && c.get(CONTINUOUS_ARCHIVING) && c.get(BACKUP_INTERVAL) != null;
    }

    /** Whether a backup exists that survives the scenario. */
    static boolean survives(Component c, Scenario scenario) {
        return best(c, scenario) != null;
    }

    /**
     * Of the places the backups are kept ({@link BackupCopy#of}) that survive the scenario, the one whose
     * newest recovery point is the most recent (the first on a tie), or null.
     */
    static BackupCopy best(Component c, Scenario scenario) {
        List<BackupCopy> places = BackupCopy.of(c);
        BackupCopy best = null;
        long bestRpo = Long.MAX_VALUE;
        for (BackupCopy b : places) {
            if (scenario == Scenario.REGION_LOSS && b.location() != BackupLocation.OTHER_REGION) {
                continue;
            }
            long rpo = recoveryPoint(c, b);
            if (rpo < bestRpo) {
                best = b;
                bestRpo = rpo;
            }
        }
        return best;
    }

    /** How old the newest recovery point in this place can be: the archived log or the last backup, plus the copy's delay. */
    private static long recoveryPoint(Component c, BackupCopy b) {
        return (archiving(c) && b.logs() ? c.get(ARCHIVE_INTERVAL) : b.interval()) + b.delay();
    }

    private static boolean archiving(Component c) {
        return c.kind().has(CONTINUOUS_ARCHIVING) && c.get(CONTINUOUS_ARCHIVING);
    }

    /**
     * Recovers from backups (or explains why that is impossible), from the place that keeps the newest recovery
     * point among those that survive the scenario.
     *
     * @param why      why nothing better is left, as a clause: "no replica holds the data"
     * @param newHost  whether the restore needs a new host (else it restores in place after a restart)
     */
    static void restore(Component c, Verdict v, String why, boolean newHost) {
        Long backup = c.get(BACKUP_INTERVAL);
        boolean archiving = archiving(c);
        if (backup == null) {
            v.unbounded().say(why).say(", and no backup is taken (backup_interval none)");
            if (archiving) {
                v.say("; archived logs cannot be replayed without a base backup");
            }
            v.say(".");
            return;
        }
        boolean region = v.scenario() == Scenario.REGION_LOSS;
        BackupCopy b = best(c, v.scenario());
        if (b == null) {
            v.unbounded().say(why).say(", and backups kept only in the same region do not survive a region loss"
                    + " (backup_location same_region");
            if (BackupCopy.of(c).size() > 1) {
                v.say(", and no backup copy is in another region");
            }
            v.say(").");
            return;
        }
        boolean logs = archiving && b.logs();
        if (logs) {
            long archive = c.get(ARCHIVE_INTERVAL);
            v.rpo(TimeBound.ofSeconds(archive + b.delay())).say(why)
                    .say(", so point-in-time recovery replays the archived log, shipped at least every ").dur(archive)
                    .say(" (").assumedRpo(ARCHIVE_INTERVAL).say(")");
            copied(v, b);
            v.say(", onto a base backup taken every ").dur(backup).say(" (backup_interval)");
        } else {
            v.rpo(TimeBound.ofSeconds(b.interval() + b.delay())).say(why)
                    .say(", so the newest copy is the last backup, taken every ").dur(backup).say(" (backup_interval)");
            if (b.number() > 1 && b.interval() != backup) {
                v.say(", of which one is copied every ").dur(b.interval());
            }
            copied(v, b);
            if (archiving && b.number() > 1) {
                v.say("; the archived log is not copied there");
            }
        }
        v.say(region ? " and kept in another region. " : ". ");
        restoreTime(c, v, logs ? b.interval() : null, newHost);
    }

    /** " and copied within 1h (backup copy 2's delay, assumed)": how late a copy of the backups is complete. */
    private static void copied(Verdict v, BackupCopy b) {
        if (b.number() == 1) {
            return;
        }
        v.say(" and copied within ").dur(b.delay()).say(" (backup copy ").say(b.number()).say("'s delay");
        if (b.delayAssumed()) {
            v.say(", assumed").assumeRpo("Backup copy " + b.number() + " delay");
        }
        v.say(")");
    }

    /** Adds the retention caveat that applies to logical corruption: the longest any place keeps backups. */
    static void retention(Component c, Verdict v) {
        if (!v.rpoValue().isUnbounded()) {
            long own = c.get(BACKUP_RETENTION);
            long longest = Math.max(own, BackupCopy.longestRetention(c));
            v.say(" Corruption noticed more than ").dur(longest).say(" later (")
                    .say(longest == own ? "backup_retention" : "the longest retention of a backup copy")
                    .say(") cannot be undone.");
        }
    }

    /**
     * Sets and explains the restore time: provision a host (assumed) or restart in place, plus data size
     * over restore throughput, plus (with archiving) the replay of up to one backup interval of log.
     *
     * @param replayLog the backup interval whose archived log is replayed after the restore, or null
     */
    static void restoreTime(Component c, Verdict v, Long replayLog, boolean newHost) {
        long first = newHost ? c.get(PROVISION_TIME) : c.get(RESTART_TIME);
        double size = c.get(DATA_SIZE_GB);
        double rate = c.get(RESTORE_RATE);
        double restoreSeconds = size / rate * 3600.0;
        long restore = restoreSeconds >= 1e15 ? Long.MAX_VALUE / 4 : (long) Math.ceil(restoreSeconds);
        long replay = 0;
        double speed = 0;
        if (replayLog != null) {
            speed = c.get(LOG_REPLAY_SPEED);
            replay = (long) Math.ceil(replayLog / speed);
        }
        TimeBound total = TimeBound.ofSecondsCeil((double) first + restore + replay);
        // provisioning, copying the data back and replaying the log need no other component: they start
        // at once; the restored store then serves as soon as what it depends on is back
        v.rto(total).action(RecoveryAction.RESTORE).prepare(total.seconds());
        if (newHost) {
            v.say("provision a host (").dur(first).say(", ").assumed(PROVISION_TIME).say(")");
        } else {
            v.say("restart (").dur(first).say(", ").assumed(RESTART_TIME).say(")");
        }
        restore(c, v, size, rate, restore);
        if (replay > 0) {
            v.say(" + replay up to ").dur(replayLog).say(" of archived log at ").num(speed).say("x (").dur(replay)
                    .say(", ").assumed(LOG_REPLAY_SPEED).say(")");
        }
        v.say(".");
    }

    /** Explains " + restore 100 GB at 200 GB/h (30m, restore_rate_gb_per_hour, assumed)": copying the data back. */
    static void restore(Component c, Verdict v, double size, double rate, long seconds) {
        v.say(" + restore ").num(size).say(" GB at ").num(rate).say(" GB/h (").say(TimeBound.ofSeconds(seconds));
        if (size > 0) {
            v.say(", ").assumed(RESTORE_RATE);
        }
        v.say(")");
    }
}
