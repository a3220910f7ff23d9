package dev.lifeboat.io.export.config;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.io.export.ExportRequest;
import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generated files the server checks read: those of every sample, and those of a design whose datastores
 * take the settings the samples leave out (each mode, each persistence, each acks, hostile names, extreme
 * values), so that every line a writer can emit meets the real server at least once.
 */
final class ConfigCases {

    /** A name that tries to end its comment and add a setting, in every way a line can end. */
    static final String HOSTILE = "evil\nfsync = off\r\nappendonly no\u2028acks=0\u0085x\u2029# \"quoted\" \\";

    private static List<ConfigFile> all;

    private ConfigCases() {
    }

    /** Every file of the samples and the variants. */
    static synchronized List<ConfigFile> all() throws Exception {
        if (all == null) {
            List<ConfigFile> files = new ArrayList<>();
            for (Path sample : ConfigsGoldenTest.samples().toList()) {
                files.addAll(ConfigsGoldenTest.configs(sample));
            }
            files.addAll(configs(variants()));
            all = List.copyOf(files);
        }
        return all;
    }

    /** The files whose name ends so ("postgresql.conf"). */
    static List<ConfigFile> endingWith(String suffix) throws Exception {
        return all().stream().filter(f -> f.name().endsWith("." + suffix)).toList();
    }

    static List<ConfigFile> configs(Topology t) {
        return ConfigsExporter.files(new ExportRequest(t, RuleBook.standard().analyse(t), List.of(Scenario.values()),
                null, "variants\n.json"));
    }

    /** Datastores with the settings the samples do not use. */
    static Topology variants() {
        Topology t = new Topology();
        Place region = t.addPlace("r1", PlaceKind.REGION, "r1", null, new Bounds(0, 0, 900, 600));
        Place zone = t.addPlace("r1a", PlaceKind.ZONE, "r1a", region, new Bounds(10, 10, 300, 300));
        t.addPlace("r1b", PlaceKind.ZONE, "r1b", region, new Bounds(320, 10, 300, 300));
        add(t, zone, "pg-sync-one", ComponentKind.POSTGRESQL, HOSTILE, "replication_mode", "sync", "replicas", 1,
                "fsync", false, "failover", "automatic", "backup_interval", "7d");
        add(t, zone, "pg-semi", ComponentKind.POSTGRESQL, "pg semi", "replication_mode", "semi_sync", "replicas", 2,
                "continuous_archiving", true, "archive_interval", "0s", "backup_interval", "15m",
                "replica_placement", "other_region");
        add(t, zone, "pg:async", ComponentKind.POSTGRESQL, "pg async", "replication_mode", "async", "replicas", 12,
                "backup_interval", "5h", "continuous_archiving", true, "archive_interval", "3660d");
        add(t, null, "pg-nosync", ComponentKind.POSTGRESQL, "pg no sync", "synchronous_commit", false,
                "replication_mode", "sync");
        add(t, zone, "redis-always", ComponentKind.REDIS, HOSTILE, "persistence", "aof", "appendfsync", "always",
                "replicas", 1, "backup_interval", "1h");
        add(t, zone, "redis-both", ComponentKind.REDIS, "redis both", "persistence", "rdb_aof", "appendfsync", "no",
                "replicas", 2, "redis_failover", "sentinel", "sentinel_down_after", "0s", "snapshot_interval", "0s");
        add(t, zone, "redis-none", ComponentKind.REDIS, "redis none", "persistence", "none", "backup_interval", "1d",
                "redis_failover", "sentinel");
        add(t, zone, "redis-cluster", ComponentKind.REDIS, "redis cluster", "redis_failover", "cluster", "replicas",
                1, "cluster_node_timeout", "3660d");
        add(t, zone, "redis-slow", ComponentKind.REDIS, "redis slow", "redis_failover", "sentinel", "replicas", 1,
                "sentinel_down_after", "3660d");
        add(t, zone, "mysql-group", ComponentKind.MYSQL, HOSTILE, "replication_mode", "sync", "replicas", 2,
                "failover", "automatic", "continuous_archiving", true, "backup_interval", "30m");
        add(t, zone, "mysql-async", ComponentKind.MYSQL, "mysql async", "replication_mode", "async", "replicas", 1,
                "innodb_flush_log_at_trx_commit", "2", "sync_binlog", 0);
        add(t, zone, "mysql-single", ComponentKind.MYSQL, "mysql single", "innodb_flush_log_at_trx_commit", "0",
                "sync_binlog", 100);
        add(t, region, "kafka-acks1", ComponentKind.KAFKA, HOSTILE, "acks", "1", "replication_factor", 1,
                "replica_placement", "same_zone", "backup_interval", "1d");
        add(t, null, "kafka-acks0", ComponentKind.KAFKA, "kafka acks 0", "acks", "0", "replication_factor", 3,
                "min_insync_replicas", 4, "replica_placement", "other_region", "log_retention", "3660d");
        add(t, zone, "kafka-minisr1", ComponentKind.KAFKA, "kafka min isr 1", "replication_factor", 2,
                "replica_placement", "other_zone", "partitions", 100000);
        add(t, zone, "mongo-w1", ComponentKind.MONGODB, HOSTILE, "write_concern", "1", "journaling", false,
                "failover", "manual");
        add(t, zone, "mongo-w0", ComponentKind.MONGODB, "mongo w0", "write_concern", "0", "replicas", 0,
                "replication_mode", "none", "continuous_archiving", true, "backup_interval", "1h");
        add(t, zone, "mongo-alone", ComponentKind.MONGODB, "mongo alone", "replicas", 0, "write_concern", "1");
        add(t, zone, "svc", ComponentKind.SERVICE, "a service", new Object[0]);
        add(t, zone, "etcd", ComponentKind.RAFT_STORE, HOSTILE, new Object[0]);
        add(t, region, "etcd:slow", ComponentKind.RAFT_STORE, "etcd slow", "members", 5, "election_timeout",
                "3660d", "backup_interval", "5h");
        add(t, zone, "etcd-fast", ComponentKind.RAFT_STORE, "etcd fast", "members", 1, "election_timeout", "0s");
        add(t, zone, "pg-groups", ComponentKind.POSTGRESQL, HOSTILE, "replication_mode", "semi_sync", "replicas", 3,
                "more_replica_groups", List.of(Map.of("mode", "sync", "replicas", 16, "placement", "other_region"),
                        Map.of("mode", "async", "lag", "0s")), "delayed_replica", "90s", "continuous_archiving",
                true, "backup_interval", "1d", "backup_copies", List.of(Map.of("location", "same_region",
                        "interval", "5h", "logs", false)));
        add(t, zone, "pg-only-dr", ComponentKind.POSTGRESQL, "pg only dr", "replicas", 0,
                "more_replica_groups", List.of(Map.of()), "delayed_replica", "3660d", "detection_time", "0s");
        add(t, zone, "mysql-more", ComponentKind.MYSQL, "mysql more", "replication_mode", "sync", "replicas", 2,
                "more_replica_groups", List.of(Map.of("mode", "sync", "replicas", 2)), "delayed_replica", "1d");
        add(t, zone, "bucket", ComponentKind.OBJECT_STORAGE, "bucket", new Object[0]);
        return t;
    }

    private static void add(Topology t, Place place, String id, ComponentKind kind, String name,
                            Object... keysAndValues) {
        Component c = t.addComponent(id, kind, name);
        if (place != null) {
            t.place(c, place);
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            t.set(c, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
    }
}
