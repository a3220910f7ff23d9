package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Mongodb.JOURNALING;
import static dev.lifeboat.model.Mongodb.WRITE_CONCERN;
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
import dev.lifeboat.model.Mongodb;
import dev.lifeboat.model.ReplicationMode;
import java.util.List;

/**
 * MongoDB 7: a {@code mongod.conf} (YAML) for every member, and the write concern the applications' driver must
 * ask for, which decides what MongoDB loses and which no server file sets. Journaling is always on since 6.1
 * ({@code storage.journal.enabled} no longer exists); the file states the journal's commit interval, the window
 * the MongoDB rule reasons about.
 *
 * @see <a href="https://www.mongodb.com/docs/v7.0/reference/configuration-options/">Configuration file options</a>
 * @see <a href="https://www.mongodb.com/docs/v7.0/reference/write-concern/">Write concern</a>
 */
final class MongodbConfig implements TechnologyConfig {

    private static final String TARGET = "MongoDB 7.0";
    private static final String DOCS = "https://www.mongodb.com/docs/v7.0/";

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        String name = ctx.fileName(null, "mongod.conf");
        boolean replicated = ctx.get(REPLICAS) > 0 && ctx.get(REPLICATION_MODE) != ReplicationMode.NONE;
        boolean replicaSet = replicated || ctx.get(CONTINUOUS_ARCHIVING);
        ConfigText t = new ConfigText(": ");
        ctx.header(t, name, "mongod.conf for " + (replicated ? "every member of the replica set" : "the server"),
                TARGET, "Use: merge it into each member's mongod.conf (YAML: keep the indentation) and restart "
                        + "mongod; the write concern at the end goes into the applications' connection string.");
        t.line("storage:");
        t.line("  journal:");
        t.set("    ", "commitIntervalMs", "100", "Journaling is always on (since MongoDB 6.1 the "
                + "storage.journal.enabled option is gone). Writes reach the on-disk journal at least every 100 "
                + "ms, the window a crash can lose for writes acknowledged without j: true. " + DOCS
                + "core/journaling/");
        if (replicaSet) {
            t.line("replication:");
            t.set("  ", "replSetName", setName(ctx), replicated
                    ? "The replica set: " + ctx.get(REPLICAS) + " secondaries (replicas) "
                            + ConfigContext.where(ctx.get(REPLICA_PLACEMENT)) + " (replica_placement) copy the oplog."
                    : "A one-member replica set, so that there is an oplog to archive for point-in-time recovery "
                            + "(continuous_archiving).");
        }
        t.blank();
        writeConcern(t, ctx, replicated);
        if (replicated) {
            t.comment(ctx.get(FAILOVER) == Failover.AUTOMATIC
                    ? "Failover: the secondaries elect a new primary by themselves in about "
                            + ConfigContext.dur(ctx.get(FAILOVER_TIME)) + " (failover_time; the replica set's "
                            + "settings.electionTimeoutMillis, 10 s by default, is in rs.conf(), not here). " + DOCS
                            + "core/replica-set-elections/"
                    : "Failover: manual (failover manual), about " + ConfigContext.dur(ctx.get(PROMOTION_TIME))
                            + " (promotion_time, assumed); a replica set elects by itself unless its members are "
                            + "given priority 0.");
            t.blank();
        }
        if (ctx.get(CONTINUOUS_ARCHIVING)) {
            t.comment("Point-in-time recovery (continuous_archiving): copy the oplog to the backup store at least "
                    + "every " + ConfigContext.dur(ctx.get(ARCHIVE_INTERVAL)) + " (archive_interval).");
            t.blank();
        }
        BackupSchedule.write(t, ctx, "mongodump --uri=\"" + ConfigContext.CHANGE_ME + "-uri\" --oplog --gzip "
                + "--archive=/backups/" + ctx.stem() + "-$(date +\\%F-\\%H\\%M).gz",
                "a dropped collection or a bad update (every member applies it)");
        return List.of(new ConfigFile(name, t.text()));
    }

    private static void writeConcern(ConfigText t, ConfigContext ctx, boolean replicated) {
        Mongodb.WriteConcern wc = ctx.get(WRITE_CONCERN);
        boolean journal = ctx.get(JOURNALING);
        String w = wc == Mongodb.WriteConcern.MAJORITY ? "majority" : wc.id();
        String uri = "w=" + w + (wc != Mongodb.WriteConcern.W0 ? "&journal=" + journal : "");
        String doc = "{w: " + (wc == Mongodb.WriteConcern.MAJORITY ? "\"majority\"" : w)
                + (wc != Mongodb.WriteConcern.W0 ? ", j: " + journal : "") + "}";
        String why = switch (wc) {
            case MAJORITY -> "w: majority (write_concern): a write is acknowledged once a majority of members has "
                    + "it in its journal, so it survives a crash and an election: RPO 0.";
            case W1 -> "w: 1 (write_concern): the primary alone acknowledges"
                    + (journal ? ", after its journal has the write (journaling): a crash loses nothing" : ", before "
                    + "its journal commit: a crash can lose up to 100 ms")
                    + (replicated ? ", but a new primary may lack the last " + ConfigContext.dur(
                            ctx.get(REPLICATION_LAG)) + " of writes (replication_lag, assumed), which the old one "
                            + "rolls back." : ".");
            case W0 -> "w: 0 (write_concern): writes are never acknowledged; those not yet in the journal are lost "
                    + "on a crash and clients never learn of it.";
        };
        t.comment("Write concern: no mongod.conf setting sets it. " + why + " Ask for it in every application's "
                + "connection string, or once for the whole replica set:");
        t.example("mongodb://" + ConfigContext.CHANGE_ME + "-hosts/?" + (replicated ? "replicaSet=" + setName(ctx)
                + "&" : "") + uri);
        t.example("db.adminCommand({setDefaultRWConcern: 1, defaultWriteConcern: " + doc + "})");
        t.comment(DOCS + "reference/write-concern/");
        t.blank();
    }

    /** The replica set's name: the component id, with {@code :} made {@code -}. */
    static String setName(ConfigContext ctx) {
        return ctx.component().id().replace(':', '-');
    }
}
