package dev.lifeboat.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real configuration a technology offers for its menu of durability and recovery settings (the recommender's
 * search space): a full assignment of the menu's settings, for example "hourly backups, continuous archiving, a
 * synchronous replica in another zone with automatic failover". A technology's home declares its menu
 * ({@link Postgresql#MENU}); {@link ComponentKind#menu()} finds it. The component's current settings are always
 * the first choice of a search and are not listed here.
 *
 * @param label  what the option is, for people
 * @param values the value of each of the menu's settings, by key, in the order given (values of the setting's
 *               type; null for "none")
 */
public record MenuOption(String label, Map<String, Object> values) {

    public MenuOption {
        Objects.requireNonNull(label, "label");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An option from setting and value pairs: {@code of("hourly", BACKUP_INTERVAL, 3600L, ...)}. */
    public static MenuOption of(String label, Object... settingsAndValues) {
        if (settingsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("settings and values come in pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < settingsAndValues.length; i += 2) {
            Setting<?> s = (Setting<?>) settingsAndValues[i];
            values.put(s.key(), s.coerce(settingsAndValues[i + 1]));
        }
        return new MenuOption(label, values);
    }

    /** Whether the component already has every value of this option (so choosing it changes nothing). */
    public boolean matches(Component c) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!Objects.equals(c.value(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values of this option that differ from the component's, by key, in the option's order: what applying it
     * changes.
     */
    public Map<String, Object> changes(Component c) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!Objects.equals(c.value(key), value)) {
                out.put(key, value);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The menu every database with replica groups shares (PostgreSQL, MySQL, MongoDB): backups from daily to every
     * 15 minutes, continuous archiving, a replica in another zone (asynchronous with a person promoting it, or
     * synchronous with automatic failover), and for region loss a disaster-recovery group and a copy of the backups
     * in another region (a disaster-recovery group only where the kind has replica groups).
     */
    static List<MenuOption> databaseMenu(int replicas, boolean replicaGroups) {
        long day = 24 * 3600L;
        List<ListSetting.Entry> noGroups = replicaGroups ? List.of() : null;
        List<ListSetting.Entry> drGroup = !replicaGroups ? null : List.of(ReplicaGroup.MORE.entry(Map.of(
                ReplicaGroup.MODE.key(), ReplicationMode.ASYNC, ReplicaGroup.REPLICAS.key(), 1,
                ReplicaGroup.PLACEMENT.key(), ReplicaPlacement.OTHER_REGION,
                ReplicaGroup.FAILOVER.key(), Failover.MANUAL), 1));
        List<ListSetting.Entry> noCopies = List.of();
        List<ListSetting.Entry> remoteCopy = List.of(BackupCopy.COPIES.entry(Map.of(
                BackupCopy.LOCATION.key(), BackupLocation.OTHER_REGION), 1));
        return List.of(
                db("Daily backups, no replica", day, false, ReplicationMode.NONE, 0, Failover.MANUAL, noGroups,
                        noCopies),
                db("Hourly backups, no replica", 3600L, false, ReplicationMode.NONE, 0, Failover.MANUAL, noGroups,
                        noCopies),
                db("Daily backups with continuous archiving (PITR), no replica", day, true, ReplicationMode.NONE, 0,
                        Failover.MANUAL, noGroups, noCopies),
                db("PITR, asynchronous replica in another zone, manual promotion", day, true, ReplicationMode.ASYNC,
                        replicas, Failover.MANUAL, noGroups, noCopies),
                db("PITR, synchronous replica in another zone, automatic failover", day, true, ReplicationMode.SYNC,
                        replicas, Failover.AUTOMATIC, noGroups, noCopies),
                db("PITR, synchronous replica in another zone with automatic failover, asynchronous DR replica and a "
                        + "backup copy in another region", day, true, ReplicationMode.SYNC, replicas,
                        Failover.AUTOMATIC, drGroup, remoteCopy));
    }

    private static MenuOption db(String label, long backup, boolean archiving, ReplicationMode mode, int replicas,
                                 Failover failover, List<ListSetting.Entry> groups, List<ListSetting.Entry> copies) {
        MenuOption o = of(label, Settings.BACKUP_INTERVAL, backup, Settings.CONTINUOUS_ARCHIVING, archiving,
                Settings.REPLICATION_MODE, mode, Settings.REPLICAS, replicas,
                Settings.REPLICA_PLACEMENT, ReplicaPlacement.OTHER_ZONE, Settings.FAILOVER, failover,
                BackupCopy.COPIES, copies);
        if (groups == null) {
            return o;
        }
        Map<String, Object> values = new LinkedHashMap<>(o.values());
        values.put(ReplicaGroup.MORE.key(), groups);
        return new MenuOption(label, values);
    }
}
