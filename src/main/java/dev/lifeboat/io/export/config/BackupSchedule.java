package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Settings.BACKUP_INTERVAL;
import static dev.lifeboat.model.Settings.BACKUP_LOCATION;
import static dev.lifeboat.model.Settings.BACKUP_RETENTION;

import dev.lifeboat.model.BackupLocation;

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
        String cron = cron(interval);
        if (cron != null) {
            t.example(cron + "  " + command);
        } else {
            t.example("every " + ConfigContext.dur(interval) + ": " + command);
            t.comment("(no cron line repeats exactly every " + ConfigContext.dur(interval) + "; a systemd timer with "
                    + "OnUnitActiveSec=" + interval + "s does)");
        }
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
