package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Postgresql.FSYNC;
import static dev.lifeboat.model.Postgresql.SYNCHRONOUS_COMMIT;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.DELAYED_REPLICA;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Failover;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicationMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 15+: a {@code postgresql.conf} fragment for the primary and, with standbys, one for each standby
 * (which streams from the primary and must be ready to become it). The WAL settings follow
 * runtime-config-wal (wal_level, fsync, synchronous_commit, archive_mode, archive_command, archive_timeout),
 * the standby settings runtime-config-replication (synchronous_standby_names, primary_conninfo, hot_standby),
 * with the reasoning of the PostgreSQL rule.
 *
 * @see <a href="https://www.postgresql.org/docs/15/runtime-config-wal.html">Write Ahead Log settings</a>
 * @see <a href="https://www.postgresql.org/docs/15/runtime-config-replication.html">Replication settings</a>
 */
final class PostgresqlConfig implements TechnologyConfig {

    private static final String TARGET = "PostgreSQL 15 or later";
    private static final String DOCS = "https://www.postgresql.org/docs/15/";
    /** The longest application_name PostgreSQL keeps (NAMEDATALEN - 1). */
    private static final int MAX_NAME = 63;
    /** The longest recovery_min_apply_delay, in whole seconds: an int of milliseconds. */
    static final long MAX_APPLY_DELAY = Integer.MAX_VALUE / 1000;

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        List<ConfigFile> files = new ArrayList<>();
        List<ReplicaGroup> groups = ReplicaGroup.of(ctx.component());
        String primary = ctx.fileName(null, "postgresql.conf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, primary, "postgresql.conf settings for the primary", TARGET,
                "Use: include it at the end of postgresql.conf (include '" + primary + "') or copy its lines; "
                        + "check it with postgres -C wal_level before a restart.");
        common(t, ctx, false);
        for (ReplicaGroup g : groups) {
            if (g.number() > 1) {
                t.comment("Replica group " + g.number() + " (more_replica_groups): " + ctx.role(g, "standby") + ". Its "
                        + "standbys take " + ctx.fileName(groupRole(g), "postgresql.conf") + ".");
                t.blank();
            }
        }
        if (delay(ctx) != null) {
            t.comment("Delayed replica (delayed_replica " + ConfigContext.dur(delay(ctx)) + "): one more standby "
                    + "replays the WAL " + ConfigContext.dur(delay(ctx)) + " late, a copy from before a bad change; "
                    + "it takes " + ctx.fileName("delayed", "postgresql.conf") + ".");
            t.blank();
        }
        BackupSchedule.write(t, ctx, "pgbackrest --stanza=" + ctx.stem() + " --type=full backup",
                "a DROP TABLE or a bad UPDATE (standbys apply it too)");
        files.add(new ConfigFile(primary, t.text()));
        for (ReplicaGroup g : groups) {
            files.add(g.number() == 1 ? firstStandby(ctx) : groupStandby(ctx, g));
        }
        if (delay(ctx) != null) {
            files.add(delayedStandby(ctx));
        }
        return files;
    }

    /** The standbys of the database's own replication settings (replica group 1). */
    private static ConfigFile firstStandby(ConfigContext ctx) {
        String standby = ctx.fileName("standby", "postgresql.conf");
        ConfigText s = new ConfigText(" = ");
        ctx.header(s, standby, "postgresql.conf settings for each standby", TARGET,
                "Use: on each of the " + ctx.get(REPLICAS) + " standbys, take a base backup of the primary "
                        + "(pg_basebackup -R writes standby.signal), include this file at the end of "
                        + "postgresql.conf (include '" + standby + "') and set application_name as below. A "
                        + "standby becomes the primary after a failover, so it keeps the primary's settings too.");
        standby(s, ctx, standbyNames(ctx), true);
        common(s, ctx, false);
        return new ConfigFile(standby, s.text());
    }

    /** The standbys of a further replica group: their role, their names, and the settings they need once promoted. */
    private static ConfigFile groupStandby(ConfigContext ctx, ReplicaGroup g) {
        String name = ctx.fileName(groupRole(g), "postgresql.conf");
        List<String> names = names(ctx, g);
        ConfigText s = new ConfigText(" = ");
        ctx.header(s, name, "postgresql.conf settings for each standby of replica group " + g.number(), TARGET,
                "Use: on " + (g.replicas() == 1 ? "the standby" : "each of the " + g.replicas() + " standbys")
                        + " of replica group " + g.number() + " (replicas " + g.replicas() + "), take a base backup "
                        + "of the primary (pg_basebackup -R writes "
                        + "standby.signal), include this file at the end of postgresql.conf (include '" + name
                        + "') and set application_name as below.");
        s.comment("Role: " + ctx.role(g, "standby") + ".");
        s.comment(g.synchronous()
                ? "The primary's synchronous_standby_names lists these standbys: a commit returns once one of the "
                        + "listed standbys has it (replica group " + g.number() + "'s mode " + g.mode().id() + ")."
                : "Asynchronous streaming (replica group " + g.number() + "'s mode async): no commit waits for these "
                        + "standbys, so once promoted they may lack the last " + ConfigContext.dur(g.lag())
                        + " of commits (" + lagSource(g) + ").");
        s.blank();
        standby(s, ctx, names, false);
        common(s, ctx, true);
        return new ConfigFile(name, s.text());
    }

    /** The delayed standby: it replays the WAL late, so that a bad change can be stopped before it reaches it. */
    private static ConfigFile delayedStandby(ConfigContext ctx) {
        String name = ctx.fileName("delayed", "postgresql.conf");
        long delay = delay(ctx);
        long detection = ctx.topology().detectionTime(ctx.component());
        ConfigText s = new ConfigText(" = ");
        ctx.header(s, name, "postgresql.conf settings for the delayed standby", TARGET,
                "Use: on one more standby, take a base backup of the primary (pg_basebackup -R writes "
                        + "standby.signal) and include this file at the end of postgresql.conf (include '" + name
                        + "'). It takes no part in failover: it is there for logical corruption.");
        standby(s, ctx, List.of(delayedName(ctx)), false);
        long written = Math.min(delay, MAX_APPLY_DELAY);
        s.set("recovery_min_apply_delay", "'" + pgDuration(written) + "'", "This standby replays each commit "
                + ConfigContext.dur(written) + " after the primary made it ("
                + (written < delay ? "the design's delayed_replica " + ConfigContext.dur(delay) + " is more than "
                        + "the 2147483647 ms PostgreSQL takes" : "delayed_replica") + "); it receives and keeps "
                + "the WAL at once and only holds back its replay, so it needs disk for about "
                + ConfigContext.dur(written) + " of WAL. The primary's and this server's clocks must agree. " + DOCS
                + "runtime-config-replication.html#GUC-RECOVERY-MIN-APPLY-DELAY");
        String noticed = "The design expects logical corruption (a bad migration, a wrong DELETE) to be noticed "
                + "after " + ConfigContext.dur(detection) + " (" + ctx.detectionSource() + ")";
        s.comment(detection < delay
                ? noticed + ", within the delay: this standby has not replayed the change yet. Then run SELECT "
                        + "pg_wal_replay_pause() here at once, set recovery_target_time (or recovery_target_xid) "
                        + "to just before the change with recovery_target_action = 'promote', restart, and it "
                        + "replays up to there and becomes a primary holding the data from before."
                : noticed + ", no sooner than the delay of " + ConfigContext.dur(delay) + " (delayed_replica): by "
                        + "then this standby has replayed the change too, and only the backups undo it. Make "
                        + "delayed_replica longer than the time to notice, or notice sooner.");
        s.blank();
        common(s, ctx, true);
        return new ConfigFile(name, s.text());
    }

    /** Whether the primary has standbys. */
    private static boolean replicated(ConfigContext ctx) {
        return ctx.get(REPLICAS) > 0 && ctx.get(REPLICATION_MODE) != ReplicationMode.NONE;
    }

    /**
     * The settings the primary needs, and a standby needs once promoted.
     *
     * @param elsewhere whether the file is for a standby that is promoted away from the primary's standbys (a
     *                  further group, the delayed one), which must not wait for them
     */
    private static void common(ConfigText t, ConfigContext ctx, boolean elsewhere) {
        t.set("wal_level", "replica", "WAL detailed enough for archiving and standbys: minimal would leave base "
                + "backups without the WAL that point-in-time recovery and streaming replay. " + DOCS
                + "runtime-config-wal.html");
        if (ctx.get(FSYNC)) {
            t.set("fsync", "on", "fsync on (fsync): each WAL flush reaches the disk, so an OS crash or a power loss "
                    + "cannot leave the cluster corrupt.");
        } else {
            t.set("fsync", "off", "fsync off (fsync): a process crash loses nothing, as the OS cache survives it, "
                    + "but an OS crash or a power loss can leave the cluster corrupt beyond repair, and then only a "
                    + "restore from backup helps.");
        }
        synchronous(t, ctx, elsewhere);
        archiving(t, ctx);
        if (replicated(ctx) && !elsewhere) {
            failover(t, ctx);
        }
    }

    private static void synchronous(ConfigText t, ConfigContext ctx, boolean elsewhere) {
        List<ReplicaGroup> groups = ReplicaGroup.of(ctx.component());
        List<ReplicaGroup> sync = groups.stream().filter(ReplicaGroup::synchronous).toList();
        // a standby promoted away from the others waits for none of them (synchronous_standby_names '' below)
        ReplicaGroup strongest = elsewhere ? null : sync.stream().filter(g -> g.mode() == ReplicationMode.SYNC)
                .findFirst().orElse(sync.isEmpty() ? null : sync.get(0));
        boolean replicated = !groups.isEmpty();
        if (!ctx.get(SYNCHRONOUS_COMMIT)) {
            t.set("synchronous_commit", "off", "RPO up to 1s on a crash (synchronous_commit false): commits are "
                    + "acknowledged before their WAL is flushed, so a crash loses up to 3 x wal_writer_delay (600 ms "
                    + "by default) of them" + (replicated ? ", and no commit waits for a standby either" : "") + ". "
                    + DOCS + "wal-async-commit.html");
        } else if (strongest != null && strongest.mode() == ReplicationMode.SYNC) {
            t.set("synchronous_commit", "on", "RPO 0 (synchronous_commit true, " + modeSource(strongest) + "): a "
                    + "commit returns only once its WAL is flushed here and on a synchronous standby, so neither a "
                    + "crash nor the loss of this node loses it.");
        } else if (strongest != null) {
            t.set("synchronous_commit", "remote_write", "RPO 0 when this node is lost (" + modeSource(strongest)
                    + "): a commit returns once a standby has received and written its WAL, not yet flushed it; "
                    + "only a crash of that standby's OS at the same time could lose it.");
        } else {
            t.set("synchronous_commit", "on", "RPO 0 on a crash (synchronous_commit true): a commit is acknowledged "
                    + "only once its WAL is flushed to disk, and crash recovery replays it.");
        }
        if (!replicated) {
            return;
        }
        if (elsewhere) {
            t.set("synchronous_standby_names", "''", "Once this standby is promoted, the primary's other standbys "
                    + "do not stream from it, and waiting for them would stop every commit: no synchronous "
                    + "standby until they follow it again; then set it as in " + ctx.fileName(null,
                    "postgresql.conf") + ". (Not read while this server is a standby.) " + DOCS
                    + "runtime-config-replication.html#GUC-SYNCHRONOUS-STANDBY-NAMES");
            maxWalSenders(t, ctx, groups);
            return;
        }
        if (sync.isEmpty()) {
            if (groups.size() == 1 && groups.get(0).number() == 1) {
                t.set("synchronous_standby_names", "''", "Asynchronous streaming (replication_mode async): commits "
                        + "do not wait for the " + ctx.get(REPLICAS) + " standby(s), so a promoted standby may lack "
                        + "the last " + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of commits (replication_lag, "
                        + "assumed). " + DOCS + "warm-standby.html#STREAMING-REPLICATION");
            } else {
                List<String> lags = new ArrayList<>();
                for (ReplicaGroup g : groups) {
                    lags.add("group " + g.number() + " " + ConfigContext.dur(g.lag()) + " (" + lagSource(g) + ")");
                }
                t.set("synchronous_standby_names", "''", "Asynchronous streaming (every replica group is async): "
                        + "commits wait for none of the " + standbys(groups) + " standbys, so a promoted standby "
                        + "may lack its group's last commits: " + String.join(", ", lags) + ". " + DOCS
                        + "warm-standby.html#STREAMING-REPLICATION");
            }
            maxWalSenders(t, ctx, groups);
            return;
        }
        List<String> names = new ArrayList<>();
        for (ReplicaGroup g : sync) {
            names.addAll(names(ctx, g));
        }
        String value = names.size() == 1
                ? "'FIRST 1 (" + names.get(0) + ")'"
                : "'ANY 1 (" + String.join(", ", names) + ")'";
        String why;
        if (groups.size() == 1 && groups.get(0).number() == 1) {
            int replicas = ctx.get(REPLICAS);
            why = replicas == 1
                    ? "The one standby (replicas 1) confirms every commit; while it is down, commits wait for it (a "
                            + "second standby with ANY 1 would avoid that)."
                    : "Any one of the " + replicas + " standbys (replicas " + replicas + ") confirms each commit, so "
                            + "one standby down does not stop commits; after losing the primary, promote the standby "
                            + "that has received the most WAL (pg_last_wal_receive_lsn()): it has every commit.";
        } else {
            List<String> counts = new ArrayList<>();
            for (ReplicaGroup g : sync) {
                counts.add(g.number() == 1 ? "replicas " + g.replicas()
                        : "replica group " + g.number() + "'s replicas " + g.replicas());
            }
            String from = String.join(", ", counts);
            why = names.size() == 1
                    ? "The one synchronous standby (" + from + ") confirms every commit; while it is down, commits "
                            + "wait for it (a second synchronous standby with ANY 1 would avoid that)."
                    : "Any one of the " + names.size() + " synchronous standbys (" + from + ") confirms each "
                            + "commit, so one standby down does not stop commits; after losing the primary, promote "
                            + "the standby that has received the most WAL (pg_last_wal_receive_lsn()): it has every "
                            + "commit.";
            if (sync.stream().map(ReplicaGroup::placement).distinct().count() > 1) {
                why += " The synchronous groups are placed differently (" + String.join(", ", sync.stream()
                        .map(g -> g.placement().id()).distinct().toList()) + "): a commit may be confirmed only by "
                        + "the nearest standby, so a failure that takes it along with the primary can lose the last "
                        + "commits even though a standby farther away survives.";
            }
            List<String> async = new ArrayList<>();
            for (ReplicaGroup g : groups) {
                if (!g.synchronous()) {
                    async.add(String.valueOf(g.number()));
                }
            }
            if (!async.isEmpty()) {
                why += " The asynchronous replica group" + (async.size() == 1 ? " " : "s ") + String.join(", ", async)
                        + " " + (async.size() == 1 ? "is" : "are") + " not listed: no commit waits for "
                        + (async.size() == 1 ? "it" : "them") + ".";
            }
        }
        t.set("synchronous_standby_names", value, why + " The names are the standbys' application_name. " + DOCS
                + "runtime-config-replication.html#GUC-SYNCHRONOUS-STANDBY-NAMES");
        maxWalSenders(t, ctx, groups);
    }

    /** One WAL sender per standby and two to spare, set only where the default of 10 is too few. */
    private static void maxWalSenders(ConfigText t, ConfigContext ctx, List<ReplicaGroup> groups) {
        int standbys = standbys(groups) + (delay(ctx) != null ? 1 : 0);
        if (standbys + 2 > 10) {
            t.set("max_wal_senders", String.valueOf(standbys + 2), "One WAL sender per standby, and two to spare "
                    + "for base backups (10 by default is too few for " + standbys + " standbys).");
        }
    }

    /** How many standbys the groups have in all. */
    private static int standbys(List<ReplicaGroup> groups) {
        return groups.stream().mapToInt(ReplicaGroup::replicas).sum();
    }

    /** The setting that gives a group its mode: "replication_mode sync", "replica group 2's mode semi_sync". */
    private static String modeSource(ReplicaGroup g) {
        return g.number() == 1 ? "replication_mode " + g.mode().id()
                : "replica group " + g.number() + "'s mode " + g.mode().id();
    }

    /** The setting that gives a group its lag, with "assumed" where it is the database's assumed one. */
    private static String lagSource(ReplicaGroup g) {
        return g.ownLag() ? "replica group " + g.number() + "'s lag" : "replication_lag, assumed";
    }

    /** The file role of a further group: {@code group2}. */
    private static String groupRole(ReplicaGroup g) {
        return "group" + g.number();
    }

    /** The delayed replica's delay in seconds, or null without one. */
    private static Long delay(ConfigContext ctx) {
        return ctx.get(DELAYED_REPLICA);
    }

    /** A duration in the largest PostgreSQL time unit that states it exactly: {@code 4h}, {@code 90s}. */
    static String pgDuration(long seconds) {
        if (seconds == 0) {
            return "0";
        }
        if (seconds % 86400 == 0) {
            return seconds / 86400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "min";
        }
        return seconds + "s";
    }

    private static void archiving(ConfigText t, ConfigContext ctx) {
        if (!ctx.get(CONTINUOUS_ARCHIVING)) {
            t.set("archive_mode", "off", "No continuous archiving (continuous_archiving false): a restore brings "
                    + "back the last base backup and loses everything written since.");
            return;
        }
        t.set("archive_mode", "on", "Continuous archiving (continuous_archiving true): every finished WAL segment "
                + "goes to the archive, which point-in-time recovery replays onto a base backup. " + DOCS
                + "continuous-archiving.html");
        t.set("archive_command", "'" + ConfigContext.CHANGE_ME + "-archive-command %p %f'",
                ConfigContext.CHANGE_ME + ": the command that copies the segment %p to the archive as %f and "
                        + "exits 0 only once it is stored, for example pgbackrest --stanza=" + ctx.stem()
                        + " archive-push %p. Until it is filled in, archiving fails and PostgreSQL keeps the "
                        + "segments in pg_wal (nothing is lost, but the disk fills up).");
        long interval = Math.max(1, ctx.get(ARCHIVE_INTERVAL));
        t.set("archive_timeout", String.valueOf(interval), "Seconds: a segment is archived at least every "
                + ConfigContext.dur(interval) + " (archive_interval) even when little is written, so point-in-time "
                + "recovery after losing this node and its disk loses at most that much."
                + (ctx.get(ARCHIVE_INTERVAL) == 0 ? " (The design says 0s; 0 would turn the timeout off, so 1 s.)"
                        : ""));
    }

    private static void failover(ConfigText t, ConfigContext ctx) {
        t.comment(ctx.get(FAILOVER) == Failover.AUTOMATIC
                ? "Failover: automatic within " + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + " (failover, "
                        + "failover_time, assumed). PostgreSQL does not promote a standby by itself: an HA manager "
                        + "(Patroni, pg_auto_failover...) must detect the loss and run pg_promote() on the best "
                        + "standby, " + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + " (replica_placement)."
                : "Failover: manual (failover manual): a person runs SELECT pg_promote() on the chosen standby, "
                        + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + " (replica_placement), in about "
                        + ConfigContext.dur(ctx.get(PROMOTION_TIME)) + " (promotion_time, assumed).");
        t.blank();
    }

    /**
     * What only a standby needs: where to stream from, its name, serving reads, catching up from the archive.
     *
     * @param listed whether the names are those the primary's synchronous_standby_names may list (group 1)
     */
    private static void standby(ConfigText t, ConfigContext ctx, List<String> names, boolean listed) {
        t.set("primary_conninfo", "'host=" + ConfigContext.CHANGE_ME + "-primary-host port=5432 user=replicator "
                + "application_name=" + names.get(0) + "'", ConfigContext.CHANGE_ME + ": the primary's host and "
                + "the replication user (its password in ~/.pgpass). "
                + (listed ? "Each standby sets its own application_name, one of " + String.join(", ", names)
                        + ", which the primary's synchronous_standby_names lists. "
                        : names.size() == 1 ? "Its application_name, " + names.get(0) + ", names it in the "
                                + "primary's pg_stat_replication. "
                        : "Each standby sets its own application_name, one of " + String.join(", ", names) + ". ")
                + DOCS + "runtime-config-replication.html#GUC-PRIMARY-CONNINFO");
        t.set("hot_standby", "on", "The standby answers read-only queries while it replays, which also shows at "
                + "any moment that it is alive and how far it has got.");
        if (ctx.get(CONTINUOUS_ARCHIVING)) {
            t.set("restore_command", "'" + ConfigContext.CHANGE_ME + "-restore-command %f %p'",
                    ConfigContext.CHANGE_ME + ": the command that copies the archived segment %f to %p, for "
                            + "example pgbackrest --stanza=" + ctx.stem() + " archive-get %f \"%p\"; it lets a "
                            + "standby that fell behind catch up from the archive instead of a new base backup.");
        }
        t.blank();
    }

    /**
     * The standbys' application names of replica group 1: the component id in small letters, digits and
     * underscores, so that synchronous_standby_names needs no quoting, numbered, at most 63 characters.
     */
    static List<String> standbyNames(ConfigContext ctx) {
        String prefix = base(ctx, "_standby16");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= ctx.get(REPLICAS); i++) {
            names.add(prefix + "_standby" + i);
        }
        return names;
    }

    /** The application names of a group's standbys: group 1's as ever, then {@code app_db_group2_standby1}. */
    static List<String> names(ConfigContext ctx, ReplicaGroup g) {
        if (g.number() == 1) {
            return standbyNames(ctx);
        }
        String prefix = base(ctx, "_group16_standby16");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= g.replicas(); i++) {
            names.add(prefix + "_group" + g.number() + "_standby" + i);
        }
        return names;
    }

    /** The delayed standby's application name: {@code app_db_delayed}. */
    static String delayedName(ConfigContext ctx) {
        return base(ctx, "_delayed") + "_delayed";
    }

    /** The id in small letters, digits and underscores, starting with a letter, cut to leave room for a suffix. */
    private static String base(ConfigContext ctx, String longestSuffix) {
        StringBuilder base = new StringBuilder();
        for (char c : ctx.component().id().toCharArray()) {
            base.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '_');
        }
        if (!Character.isLetter(base.charAt(0))) {
            base.insert(0, "pg_");
        }
        return base.substring(0, Math.min(base.length(), MAX_NAME - longestSuffix.length()));
    }
}
