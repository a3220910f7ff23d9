package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Postgresql.FSYNC;
import static dev.lifeboat.model.Postgresql.SYNCHRONOUS_COMMIT;
import static dev.lifeboat.model.Settings.ARCHIVE_INTERVAL;
import static dev.lifeboat.model.Settings.CONTINUOUS_ARCHIVING;
import static dev.lifeboat.model.Settings.FAILOVER;
import static dev.lifeboat.model.Settings.FAILOVER_TIME;
import static dev.lifeboat.model.Settings.PROMOTION_TIME;
import static dev.lifeboat.model.Settings.REPLICAS;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICATION_MODE;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Failover;
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

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        List<ConfigFile> files = new ArrayList<>();
        String primary = ctx.fileName(null, "postgresql.conf");
        ConfigText t = new ConfigText(" = ");
        ctx.header(t, primary, "postgresql.conf settings for the primary", TARGET,
                "Use: include it at the end of postgresql.conf (include '" + primary + "') or copy its lines; "
                        + "check it with postgres -C wal_level before a restart.");
        common(t, ctx);
        BackupSchedule.write(t, ctx, "pgbackrest --stanza=" + ctx.stem() + " --type=full backup",
                "a DROP TABLE or a bad UPDATE (standbys apply it too)");
        files.add(new ConfigFile(primary, t.text()));
        if (replicated(ctx)) {
            String standby = ctx.fileName("standby", "postgresql.conf");
            ConfigText s = new ConfigText(" = ");
            ctx.header(s, standby, "postgresql.conf settings for each standby", TARGET,
                    "Use: on each of the " + ctx.get(REPLICAS) + " standbys, take a base backup of the primary "
                            + "(pg_basebackup -R writes standby.signal), include this file at the end of "
                            + "postgresql.conf (include '" + standby + "') and set application_name as below. A "
                            + "standby becomes the primary after a failover, so it keeps the primary's settings too.");
            standby(s, ctx);
            common(s, ctx);
            files.add(new ConfigFile(standby, s.text()));
        }
        return files;
    }

    /** Whether the primary has standbys. */
    private static boolean replicated(ConfigContext ctx) {
        return ctx.get(REPLICAS) > 0 && ctx.get(REPLICATION_MODE) != ReplicationMode.NONE;
    }

    /** The settings the primary needs, and a standby needs once promoted. */
    private static void common(ConfigText t, ConfigContext ctx) {
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
        synchronous(t, ctx);
        archiving(t, ctx);
        if (replicated(ctx)) {
            failover(t, ctx);
        }
    }

    private static void synchronous(ConfigText t, ConfigContext ctx) {
        ReplicationMode mode = ctx.get(REPLICATION_MODE);
        boolean replicated = replicated(ctx);
        if (!ctx.get(SYNCHRONOUS_COMMIT)) {
            t.set("synchronous_commit", "off", "RPO up to 1s on a crash (synchronous_commit false): commits are "
                    + "acknowledged before their WAL is flushed, so a crash loses up to 3 x wal_writer_delay (600 ms "
                    + "by default) of them" + (replicated ? ", and no commit waits for a standby either" : "") + ". "
                    + DOCS + "wal-async-commit.html");
        } else if (replicated && mode == ReplicationMode.SYNC) {
            t.set("synchronous_commit", "on", "RPO 0 (synchronous_commit true, replication_mode sync): a commit "
                    + "returns only once its WAL is flushed here and on a synchronous standby, so neither a crash "
                    + "nor the loss of this node loses it.");
        } else if (replicated && mode == ReplicationMode.SEMI_SYNC) {
            t.set("synchronous_commit", "remote_write", "RPO 0 when this node is lost (replication_mode "
                    + "semi_sync): a commit returns once a standby has received and written its WAL, not yet "
                    + "flushed it; only a crash of that standby's OS at the same time could lose it.");
        } else {
            t.set("synchronous_commit", "on", "RPO 0 on a crash (synchronous_commit true): a commit is acknowledged "
                    + "only once its WAL is flushed to disk, and crash recovery replays it.");
        }
        if (!replicated) {
            return;
        }
        int replicas = ctx.get(REPLICAS);
        if (mode == ReplicationMode.ASYNC) {
            t.set("synchronous_standby_names", "''", "Asynchronous streaming (replication_mode async): commits do "
                    + "not wait for the " + replicas + " standby(s), so a promoted standby may lack the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " of commits (replication_lag, assumed). "
                    + DOCS + "warm-standby.html#STREAMING-REPLICATION");
            return;
        }
        List<String> names = standbyNames(ctx);
        String value = replicas == 1
                ? "'FIRST 1 (" + names.get(0) + ")'"
                : "'ANY 1 (" + String.join(", ", names) + ")'";
        String why = replicas == 1
                ? "The one standby (replicas 1) confirms every commit; while it is down, commits wait for it (a "
                        + "second standby with ANY 1 would avoid that)."
                : "Any one of the " + replicas + " standbys (replicas " + replicas + ") confirms each commit, so one "
                        + "standby down does not stop commits; after losing the primary, promote the standby that "
                        + "has received the most WAL (pg_last_wal_receive_lsn()): it has every commit.";
        t.set("synchronous_standby_names", value, why + " The names are the standbys' application_name. " + DOCS
                + "runtime-config-replication.html#GUC-SYNCHRONOUS-STANDBY-NAMES");
        if (replicas + 2 > 10) {
            t.set("max_wal_senders", String.valueOf(replicas + 2), "One WAL sender per standby, and two to spare "
                    + "for base backups (10 by default is too few for " + replicas + " standbys).");
        }
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
                        + "failover_time). PostgreSQL does not promote a standby by itself: an HA manager (Patroni, "
                        + "pg_auto_failover...) must detect the loss and run pg_promote() on the best standby, "
                        + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + " (replica_placement)."
                : "Failover: manual (failover manual): a person runs SELECT pg_promote() on the chosen standby, "
                        + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + " (replica_placement), in about "
                        + ConfigContext.dur(ctx.get(PROMOTION_TIME)) + " (promotion_time, assumed).");
        t.blank();
    }

    /** What only a standby needs: where to stream from, its name, serving reads, catching up from the archive. */
    private static void standby(ConfigText t, ConfigContext ctx) {
        List<String> names = standbyNames(ctx);
        t.set("primary_conninfo", "'host=" + ConfigContext.CHANGE_ME + "-primary-host port=5432 user=replicator "
                + "application_name=" + names.get(0) + "'", ConfigContext.CHANGE_ME + ": the primary's host and "
                + "the replication user (its password in ~/.pgpass). Each standby sets its own application_name, "
                + "one of " + String.join(", ", names) + ", which the primary's synchronous_standby_names lists. "
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
     * The standbys' application names: the component id in small letters, digits and underscores, so that
     * synchronous_standby_names needs no quoting, numbered, at most 63 characters.
     */
    static List<String> standbyNames(ConfigContext ctx) {
        StringBuilder base = new StringBuilder();
        for (char c : ctx.component().id().toCharArray()) {
            base.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '_');
        }
        if (!Character.isLetter(base.charAt(0))) {
            base.insert(0, "pg_");
        }
        int replicas = ctx.get(REPLICAS);
        String prefix = base.substring(0, Math.min(base.length(), MAX_NAME - "_standby16".length()));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) {
            names.add(prefix + "_standby" + i);
        }
        return names;
    }
}
