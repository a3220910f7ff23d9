package dev.lifeboat.model;

import static dev.lifeboat.model.SettingGroup.BACKUP;

import dev.lifeboat.model.Setting.BoolSetting;
import dev.lifeboat.model.Setting.ChoiceSetting;
import dev.lifeboat.model.Setting.DurationSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a store's backups kept somewhere else (another region), made some time after each backup. The
 * store's own backups ({@code backup_interval}, {@code backup_retention}, {@code backup_location}) are the
 * first place backups live; each entry of {@link #COPIES} is a further one.
 *
 * @param number       1 for the store's own backups, 2 and on for the entries of {@link #COPIES}
 * @param location     where this copy is kept
 * @param interval     how often a backup reaches this place, in seconds (at least the backup interval)
 * @param delay        how long after a backup is taken its copy is complete here, in seconds
 * @param delayAssumed whether the delay is the undocumented default rather than a number the user gave
 * @param retention    how long copies are kept here, in seconds
 * @param logs         whether archived logs are copied here too (for point-in-time recovery from this place)
 */
public record BackupCopy(int number, BackupLocation location, long interval, long delay, boolean delayAssumed,
                         long retention, boolean logs) {

    private static final long HOUR = 3600;

    // ---------------------------------------------------------------- the fields of a copy

    public static final ChoiceSetting<BackupLocation> LOCATION = Setting.choice("location", "Location", BACKUP,
            "Where the copy is kept.", BackupLocation.OTHER_REGION);
    public static final DurationSetting INTERVAL = Setting.duration("interval", "Copied every", BACKUP,
            "How often a backup is copied; left out, every backup is.", null, "every_backup");
    public static final DurationSetting DELAY = Setting.duration("delay", "Copy delay (assumed)", BACKUP,
            "Assumed time from a backup to its complete copy here; no documentation gives one: measure yours.",
            HOUR, false);
    public static final DurationSetting RETENTION = Setting.duration("retention", "Retention", BACKUP,
            "How long copies are kept here; left out, as long as the backups (backup_retention).", null, "same");
    public static final BoolSetting LOGS = Setting.bool("logs", "Archived logs too", BACKUP,
            "Whether the archived logs (WAL, binlog, oplog) are copied here too, with the same delay.", true);

    /** Copies of the backups besides the store's own. */
    public static final ListSetting COPIES = new ListSetting("backup_copies", "Backup copies", BACKUP,
            "Further copies of the backups, each with its location, how often and how late it is made, and how "
                    + "long it is kept: for example a copy in another region.", "backup copy",
            List.of(LOCATION, INTERVAL, DELAY, RETENTION, LOGS), null);

    /**
     * The places the store's backups are kept: its own first, then its copies; empty without backups
     * ({@code backup_interval none}).
     */
    public static List<BackupCopy> of(Component c) {
        ComponentKind kind = c.kind();
        if (!kind.has(Settings.BACKUP_INTERVAL) || c.get(Settings.BACKUP_INTERVAL) == null) {
            return List.of();
        }
        long interval = c.get(Settings.BACKUP_INTERVAL);
        long retention = c.get(Settings.BACKUP_RETENTION);
        BackupLocation own = kind.has(Settings.BACKUP_LOCATION) ? c.get(Settings.BACKUP_LOCATION)
                : BackupLocation.SAME_REGION;
        List<ListSetting.Entry> copies = kind.has(COPIES) ? c.get(COPIES) : List.of();
        List<BackupCopy> out = new ArrayList<>(1 + copies.size());
        out.add(new BackupCopy(1, own, interval, 0, false, retention, true));
        for (int i = 0; i < copies.size(); i++) {
            ListSetting.Entry e = copies.get(i);
            Long every = e.get(INTERVAL);
            Long kept = e.get(RETENTION);
            out.add(new BackupCopy(i + 2, e.get(LOCATION), every == null ? interval : Math.max(interval, every),
                    e.get(DELAY), !e.isSet(DELAY), kept == null ? retention : kept, e.get(LOGS)));
        }
        return out;
    }

    /** The longest any copy of the backups is kept: how late corruption can still be undone. */
    public static long longestRetention(Component c) {
        long longest = 0;
        for (BackupCopy b : of(c)) {
            longest = Math.max(longest, b.retention);
        }
        return longest;
    }
}
