package dev.lifeboat.io.export.config;

import static dev.lifeboat.model.Kafka.ACKS;
import static dev.lifeboat.model.Kafka.GEO_REPLICATION;
import static dev.lifeboat.model.Kafka.LOG_RETENTION;
import static dev.lifeboat.model.Kafka.MIN_INSYNC_REPLICAS;
import static dev.lifeboat.model.Kafka.PARTITIONS;
import static dev.lifeboat.model.Kafka.REPLICATION_FACTOR;
import static dev.lifeboat.model.Kafka.UNCLEAN_LEADER_ELECTION;
import static dev.lifeboat.model.Settings.REPLICATION_LAG;
import static dev.lifeboat.model.Settings.REPLICA_PLACEMENT;

import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.ReplicaPlacement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Kafka 3.x: broker properties ({@code server.properties}), the main topic's overrides, and the producer's
 * properties, consistent with each other ({@code enable.idempotence} needs {@code acks=all}). The keys are those
 * of the configuration reference (broker, topic and producer configs), with the Kafka rule's reasoning.
 *
 * @see <a href="https://kafka.apache.org/39/documentation.html#configuration">Kafka configuration</a>
 */
final class KafkaConfig implements TechnologyConfig {

    private static final String TARGET = "Kafka 3.x (KRaft or ZooKeeper brokers, Java clients 3.x)";
    private static final String DOCS = "https://kafka.apache.org/39/documentation.html";

    /** The MirrorMaker 2 aliases of this cluster and of its mirror in another region. */
    private static final String SOURCE = "primary";
    private static final String TARGET_ALIAS = "dr";
    /** MirrorMaker 2's default for emit.checkpoints.interval.seconds and sync.group.offsets.interval.seconds. */
    private static final long MM2_DEFAULT_INTERVAL = 60;

    @Override
    public List<ConfigFile> files(ConfigContext ctx) {
        if (ctx.get(GEO_REPLICATION)) {
            return List.of(broker(ctx), topic(ctx), producer(ctx), mirrorMaker(ctx));
        }
        return List.of(broker(ctx), topic(ctx), producer(ctx));
    }

    private static ConfigFile broker(ConfigContext ctx) {
        String name = ctx.fileName(null, "server.properties");
        int rf = ctx.get(REPLICATION_FACTOR);
        int minIsr = ctx.get(MIN_INSYNC_REPLICAS);
        ConfigText t = new ConfigText("=");
        ctx.header(t, name, "broker properties for every broker of the cluster", TARGET, "Use: add these lines to "
                + "each broker's server.properties (the broker's own node.id, listeners and log.dirs stay as they "
                + "are); a broker reads them at start.");
        t.set("default.replication.factor", String.valueOf(rf), "Each partition on " + rf + " brokers "
                + "(replication_factor)" + (rf < 2 ? ": with 1, losing a broker loses its partitions." : ": a "
                + "broker can be lost without losing a committed record.") + " " + DOCS
                + "#brokerconfigs_default.replication.factor");
        t.set("min.insync.replicas", String.valueOf(minIsr), minIsr(rf, minIsr) + " " + DOCS
                + "#brokerconfigs_min.insync.replicas");
        t.set("unclean.leader.election.enable", String.valueOf(ctx.get(UNCLEAN_LEADER_ELECTION)),
                unclean(ctx.get(UNCLEAN_LEADER_ELECTION)) + " " + DOCS + "#design_uncleanleader");
        t.set("offsets.topic.replication.factor", String.valueOf(rf), "Consumer offsets as safe as the records "
                + "(replication_factor), so consumers resume where they were after a broker loss.");
        t.set("transaction.state.log.replication.factor", String.valueOf(rf), "Transaction state as safe as the "
                + "records (replication_factor).");
        t.set("transaction.state.log.min.isr", String.valueOf(Math.min(minIsr, rf)), "As min.insync.replicas, "
                + "for the transaction state.");
        t.set("num.partitions", String.valueOf(ctx.get(PARTITIONS)), "Partitions of automatically created topics, "
                + "as the main topic's (partitions): they spread load and change nothing of what a failure loses.");
        long retention = ctx.get(LOG_RETENTION);
        t.set("log.retention.ms", String.valueOf(retention * 1000), "Records stay readable "
                + ConfigContext.dur(retention) + " (log_retention): after bad records, consumers can go back to an "
                + "offset before them within that time and re-consume.");
        rack(t, ctx, rf);
        if (ctx.get(GEO_REPLICATION)) {
            t.comment("Geo-replication (geo_replication): MirrorMaker 2 mirrors the topics to a cluster in another "
                    + "region, asynchronously, so the mirror may lack the last "
                    + ConfigContext.dur(ctx.get(REPLICATION_LAG)) + " (replication_lag, assumed); it runs with its "
                    + "own properties, " + ctx.fileName(null, "connect-mirror-maker.properties") + ". " + DOCS
                    + "#georeplication");
            t.blank();
        }
        BackupSchedule.write(t, ctx, "CHANGE-ME-topic-backup-command (for example a sink connector to object "
                + "storage)", "a deleted topic (deleted on every replica at once)");
        return new ConfigFile(name, t.text());
    }

    /**
     * MirrorMaker 2 in dedicated mode ({@code connect-mirror-maker.sh}): this cluster mirrored one way to a
     * cluster in another region, with the consumers' offsets translated so that they can move over.
     */
    private static ConfigFile mirrorMaker(ConfigContext ctx) {
        String name = ctx.fileName(null, "connect-mirror-maker.properties");
        int rf = ctx.get(REPLICATION_FACTOR);
        long lag = ctx.get(REPLICATION_LAG);
        long every = Math.max(1, Math.min(MM2_DEFAULT_INTERVAL, lag));
        String flow = SOURCE + "->" + TARGET_ALIAS;
        ConfigText t = new ConfigText("=");
        ctx.header(t, name, "MirrorMaker 2 properties mirroring the cluster to another region", TARGET, "Use: run "
                + "bin/connect-mirror-maker.sh " + name + " near the target cluster (it reads from this one and "
                + "writes there), on two or more hosts for availability. Mirrored topics are named "
                + SOURCE + ".TOPIC on the target (the default replication policy).");
        t.comment("Geo-replication (geo_replication): records reach the mirror asynchronously, so losing this "
                + "region loses what was not mirrored yet, up to " + ConfigContext.dur(lag) + " (replication_lag, "
                + "assumed); measure the lag of the MirrorSourceConnector's replication-latency-ms metric. " + DOCS
                + "#georeplication");
        t.blank();
        t.set("clusters", SOURCE + ", " + TARGET_ALIAS, "The two clusters by alias: this one (" + SOURCE + ") and "
                + "its mirror in another region (" + TARGET_ALIAS + ").");
        t.set(SOURCE + ".bootstrap.servers", ConfigContext.CHANGE_ME + "-this-cluster-brokers:9092",
                ConfigContext.CHANGE_ME + ": brokers of this cluster.");
        t.set(TARGET_ALIAS + ".bootstrap.servers", ConfigContext.CHANGE_ME + "-mirror-cluster-brokers:9092",
                ConfigContext.CHANGE_ME + ": brokers of the cluster in the other region.");
        t.set(flow + ".enabled", "true", "Mirror this cluster to the other region.");
        t.set(flow + ".topics", ".*", "Every topic (a regular expression; MirrorMaker 2 leaves out its own and "
                + "Kafka's internal topics). A new topic is picked up within refresh.topics.interval.seconds (600 "
                + "by default), before which its records are not mirrored.");
        t.set(TARGET_ALIAS + "->" + SOURCE + ".enabled", "false", "One way only: the mirror is a standby that "
                + "takes writes only after a failover.");
        t.set("replication.factor", String.valueOf(rf), "The mirrored topics as safe in the other region as here "
                + "(replication_factor): the mirror cluster needs at least " + rf + " broker" + (rf == 1 ? "" : "s")
                + ".");
        String[][] internal = {{"checkpoints.topic", "checkpoints"}, {"heartbeats.topic", "heartbeats"},
            {"offset-syncs.topic", "offset syncs"}, {"offset.storage", "connector offsets"},
            {"config.storage", "connector configurations"}, {"status.storage", "connector status"}};
        for (String[] topic : internal) {
            t.set(topic[0] + ".replication.factor", String.valueOf(rf), "As replication.factor, for MirrorMaker 2's "
                    + "own topic of " + topic[1] + ".");
        }
        t.set("emit.checkpoints.interval.seconds", String.valueOf(every), "Seconds: how often the consumer groups' "
                + "offsets are translated to the mirror, every " + ConfigContext.dur(every) + ": the replication lag "
                + ConfigContext.dur(lag) + " (replication_lag, assumed)" + (lag > MM2_DEFAULT_INTERVAL
                ? ", capped at the default of 60 s" : "") + ", so consumers that move over resume from an offset "
                + "at most that old and re-read records rather than skip any.");
        t.set("sync.group.offsets.enabled", "true", "Writes the translated offsets into the mirror's consumer "
                + "groups, so consumers started there resume without a tool (only groups with no active member "
                + "there).");
        t.set("sync.group.offsets.interval.seconds", String.valueOf(every), "Seconds: as "
                + "emit.checkpoints.interval.seconds.");
        return new ConfigFile(name, t.text());
    }

    private static void rack(ConfigText t, ConfigContext ctx, int rf) {
        ReplicaPlacement placement = ctx.get(REPLICA_PLACEMENT);
        if (rf < 2 || placement == ReplicaPlacement.SAME_ZONE) {
            t.comment(rf < 2
                    ? "broker.rack is not set: with replication_factor 1 each partition has one copy, which a zone "
                            + "loss takes with it."
                    : "broker.rack is not set: the design keeps all replicas in one zone (replica_placement "
                            + placement.id() + "), so a zone loss loses every copy.");
            t.blank();
            return;
        }
        List<Place> zones = ctx.zonesNearby();
        String racks = placement == ReplicaPlacement.OTHER_REGION ? "region" : "zone";
        String value = ConfigContext.CHANGE_ME + "-" + racks + "-of-this-broker";
        String known = "";
        if (placement == ReplicaPlacement.OTHER_ZONE && !zones.isEmpty()) {
            value = zones.get(0).id();
            known = " (the zones of this design: " + zones.stream().map(Place::id).collect(Collectors.joining(", "))
                    + ")";
        }
        t.set("broker.rack", value, "Rack awareness: the replicas of each partition go to brokers in different "
                + racks + "s (replica_placement " + placement.id() + "), so losing a " + racks + " leaves a copy. "
                + "Each broker names its own " + racks + known + ". " + DOCS + "#basic_ops_racks");
        t.blank();
    }

    private static ConfigFile topic(ConfigContext ctx) {
        String name = ctx.fileName("topic", "properties");
        int rf = ctx.get(REPLICATION_FACTOR);
        int minIsr = ctx.get(MIN_INSYNC_REPLICAS);
        ConfigText t = new ConfigText("=");
        ctx.header(t, name, "overrides for the main topic", TARGET, "Use: create the topic with kafka-topics.sh "
                + "--create --topic " + ConfigContext.CHANGE_ME + "-topic --partitions " + ctx.get(PARTITIONS)
                + " --replication-factor " + rf + ", then kafka-configs.sh --alter --entity-type topics "
                + "--entity-name " + ConfigContext.CHANGE_ME + "-topic --add-config-file " + name + ". They keep "
                + "the topic as the design says even where the brokers' defaults differ.");
        t.set("min.insync.replicas", String.valueOf(minIsr), minIsr(rf, minIsr) + " " + DOCS
                + "#topicconfigs_min.insync.replicas");
        t.set("unclean.leader.election.enable", String.valueOf(ctx.get(UNCLEAN_LEADER_ELECTION)),
                unclean(ctx.get(UNCLEAN_LEADER_ELECTION)));
        long retention = ctx.get(LOG_RETENTION);
        t.set("retention.ms", String.valueOf(retention * 1000), "Records stay readable "
                + ConfigContext.dur(retention) + " (log_retention), the window to re-consume after bad records.");
        return new ConfigFile(name, t.text());
    }

    private static ConfigFile producer(ConfigContext ctx) {
        String name = ctx.fileName(null, "producer.properties");
        Kafka.Acks acks = ctx.get(ACKS);
        ConfigText t = new ConfigText("=");
        ctx.header(t, name, "producer properties for the applications that write to it", TARGET, "Use: merge "
                + "these into each producer's configuration (bootstrap.servers and the serializers stay the "
                + "application's).");
        switch (acks) {
            case ALL -> t.set("acks", "all", "The producer is told a record is written once every in-sync replica "
                    + "has it (acks all); with min.insync.replicas " + ctx.get(MIN_INSYNC_REPLICAS)
                    + (ctx.get(MIN_INSYNC_REPLICAS) >= 2 ? " that is at least two brokers." : " that can be the leader "
                    + "alone.") + " " + DOCS + "#producerconfigs_acks");
            case LEADER -> t.set("acks", "1", "The leader alone acknowledges (acks 1): a record the followers had "
                    + "not copied is lost when the leader is, up to " + ConfigContext.dur(ctx.get(REPLICATION_LAG))
                    + " (replication_lag, assumed). " + DOCS + "#producerconfigs_acks");
            case NONE -> t.set("acks", "0", "No acknowledgement (acks 0): the producer never learns whether a record "
                    + "was written, and what was in flight is lost with the leader. " + DOCS + "#producerconfigs_acks");
        }
        boolean idempotence = acks == Kafka.Acks.ALL;
        t.set("enable.idempotence", String.valueOf(idempotence), idempotence
                ? "Retries after a lost acknowledgement write no duplicate; it needs acks all, which is set."
                : "Off, because idempotence needs acks all: with acks " + acks.id() + " the producer would refuse "
                        + "to start. " + DOCS + "#producerconfigs_enable.idempotence");
        return new ConfigFile(name, t.text());
    }

    private static String minIsr(int rf, int minIsr) {
        if (minIsr > rf) {
            return "min.insync.replicas " + minIsr + " is above the replication factor " + rf + ": every acks=all "
                    + "write is refused (NotEnoughReplicas). Fix the design.";
        }
        if (minIsr >= 2) {
            return "An acks=all write needs " + minIsr + " in-sync replicas (min.insync.replicas), so an acknowledged "
                    + "record is on at least two brokers; with fewer in sync, writes are refused rather than kept on "
                    + "one broker.";
        }
        return "RPO: with min.insync.replicas 1 the in-sync set may shrink to the leader alone, so acks=all can "
                + "acknowledge a record that only the lost broker had.";
    }

    private static String unclean(boolean unclean) {
        return unclean
                ? "Unclean leader election on (unclean_leader_election): an out-of-sync replica may become leader, "
                        + "losing acknowledged records, to serve sooner."
                : "Only an in-sync replica becomes leader (unclean_leader_election false), so no acknowledged record "
                        + "is lost; a partition whose in-sync replicas are all gone waits for one to return.";
    }
}
