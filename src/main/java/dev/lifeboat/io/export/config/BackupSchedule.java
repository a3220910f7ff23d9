package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;

import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.BackupLocation;
import dev.lifeboat.model.Settings;

/**
 * The backup schedule of a component as comments: no server reads a schedule from its own configuration, so
 * each file says what the design asks for and shows a cron line that does it with the technology's tool.
 */
final class BackupSchedule {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86400;

    private BackupSchedule() {
    }

    /**
     * Writes the schedule, or says that no backup is taken and what that costs.
     *
     * @param command the backup command of the technology, for the cron line
     * @param lost    what only a backup brings back, e.g. "a DROP TABLE or a bad UPDATE (standbys apply it too)"
     */
    static void write(ConfigText t, ConfigContext ctx, String command, String lost) {
        Long interval = ctx.get(BACKUP_INTERVAL);
        if (interval == null) {
            t.comment("Backups: none (backup_interval none). Nothing undoes " + lost + ", and losing every copy at "
                    + "once loses everything: the RPO of logical corruption is unbounded.");
            t.blank();
            return;
        }
        long retention = ctx.get(BACKUP_RETENTION);
        BackupLocation location = ctx.get(BACKUP_LOCATION);
        t.comment("Backups: a full backup every " + ConfigContext.dur(interval) + " (backup_interval), kept "
                + ConfigContext.dur(retention) + " (backup_retention), in "
                + (location == BackupLocation.OTHER_REGION
                        ? "another region (backup_location other_region), so they survive the loss of this region."
                        : "this region (backup_location same_region): they survive the loss of a node or a zone, "
                                + "not of the region.")
                + " They undo " + lost + " if it is noticed within " + ConfigContext.dur(retention) + ", losing up to "
                + ConfigContext.dur(interval) + " of writes. No server reads a schedule from this file: run it "
                + "from cron or a timer, for example:");
        schedule(t, interval, command);
        t.blank();
        for (BackupCopy copy : BackupCopy.of(ctx.component())) {
            if (copy.number() > 1) {
                copy(t, ctx, copy, command);
            }
        }
    }

    /** A cron line that runs the command every interval, or the interval said in words with a systemd timer. */
    private static void schedule(ConfigText t, long interval, String command) {
        String cron = cron(interval);
        if (cron != null) {
            t.example(cron + "  " + command);
        } else {
            t.example("every " + ConfigContext.dur(interval) + ": " + command);
            t.comment("(no cron line repeats exactly every " + ConfigContext.dur(interval) + "; a systemd timer with "
                    + "OnUnitActiveSec=" + interval + "s does)");
        }
    }

    /**
     * One copy of the backups kept elsewhere ({@code backup_copies}): where to, how often, how soon it must be
     * complete, how long it is kept, whether the archived log goes too, and a job that makes it.
     */
    private static void copy(ConfigText t, ConfigContext ctx, BackupCopy copy, String command) {
        String n = "backup copy " + copy.number();
        long backup = ctx.get(BACKUP_INTERVAL);
        boolean archiving = ctx.component().kind().has(Settings.CONTINUOUS_ARCHIVING)
                && ctx.get(Settings.CONTINUOUS_ARCHIVING);
        String where = copy.location() == BackupLocation.OTHER_REGION
                ? "another region (" + n + "'s location other_region), so it survives the loss of this region"
                : "this region (" + n + "'s location same_region), so it survives a node or a zone, not the region";
        String logs = !archiving ? ""
                : copy.logs() ? " The archived log goes there too, as it is archived (" + n + "'s logs true), so "
                        + "point-in-time recovery works from there."
                : " The archived log does not go there (" + n + "'s logs false): a restore from this copy loses "
                        + "everything since its backup.";
        t.comment("Backup copy " + copy.number() + " (backup_copies): " + (copy.interval() == backup
                ? "every backup (" + n + "'s interval every_backup)"
                : "one backup every " + ConfigContext.dur(copy.interval()) + " (" + n + "'s interval)")
                + " is copied to " + where + ", complete within " + ConfigContext.dur(copy.delay()) + " of the "
                + "backup (" + n + "'s delay" + (copy.delayAssumed() ? ", assumed" : "") + "), and kept "
                + ConfigContext.dur(copy.retention()) + " (" + n + "'s retention"
                + (copy.retention() == ctx.get(BACKUP_RETENTION) ? ", as backup_retention" : "") + ")." + logs
                + (copy.interval() == backup ? " Run the copy right after each backup, for example:"
                        : " Run the copy once a backup has finished (later than the backup's own line), for "
                                + "example:"));
        String to = copy.location() == BackupLocation.OTHER_REGION ? "other-region" : "same-region";
        String job = ConfigContext.CHANGE_ME + "-copy-newest-backup-to-" + to + "-store-" + copy.number()
                + " --keep " + ConfigContext.dur(copy.retention());
        schedule(t, copy.interval(), copy.interval() == backup ? command + " && " + job : job);
        t.comment("Check that each copy is complete within " + ConfigContext.dur(copy.delay()) + ": Lifeboat's "
                + "estimates count on it.");
        t.blank();
    }

    /** A cron schedule that repeats exactly every {@code seconds}, or null when cron cannot say it. */
    static String cron(long seconds) {
        if (seconds >= MINUTE && seconds < HOUR && seconds % MINUTE == 0 && HOUR % seconds == 0) {
            long m = seconds / MINUTE;
            return m == 1 ? "* * * * *" : "*/" + m + " * * * *";
        }
        if (seconds >= HOUR && seconds < DAY && seconds % HOUR == 0 && DAY % seconds == 0) {
            long h = seconds / HOUR;
            return h == 1 ? "0 * * * *" : "0 */" + h + " * * *";
        }
        if (seconds == DAY) {
            return "0 3 * * *";
        }
        if (seconds == 7 * DAY) {
            return "0 3 * * 0";
        }
        return null;
    }
}
