package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.Failover;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.StatelessService;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceConfigImporterTest {

    /** The configuration of the seed document, character for character. */
    static final String SEED = """
            {
              "service_name": "order-processor",
              "dependencies": ["inventory-service", "payment-gateway"],
              "database": {
                "type": "PostgreSQL",
                "replication_mode": "streaming",
                "backup_frequency": "hourly",
                "retention_days": 7
              },
              "message_queue": {
                "type": "Kafka",
                "partitions": 12,
                "replication_factor": 3
              },
              "cache": {
                "type": "Redis",
                "eviction_policy": "LRU",
                "persistence": "AOF"
              }
            }
            """;

    private static final Path FILE = Path.of("services.json");

    @Test
    void theSeedConfigurationImports() throws Exception {
        Topology t = TopologyFiles.read(SEED, FILE);
        assertEquals("order-processor", t.name());
        assertEquals(6, t.size());

        Component svc = byName(t, "order-processor");
        assertEquals(ComponentKind.SERVICE, svc.kind());

        Component db = byName(t, "order-processor-db");
        assertEquals(ComponentKind.POSTGRESQL, db.kind());
        assertEquals(3600L, db.get(Settings.BACKUP_INTERVAL));
        assertEquals(7L * 86_400, db.get(Settings.BACKUP_RETENTION));
        assertEquals(ReplicationMode.ASYNC, db.get(Settings.REPLICATION_MODE));
        assertEquals(1, db.get(Settings.REPLICAS), "streaming replication implies a replica");

        Component kafka = byName(t, "order-processor-kafka");
        assertEquals(ComponentKind.KAFKA, kafka.kind());
        assertEquals(3, kafka.get(Kafka.REPLICATION_FACTOR));

        Component redis = byName(t, "order-processor-redis");
        assertEquals(ComponentKind.REDIS, redis.kind());
        assertEquals(Redis.Persistence.AOF, redis.get(Redis.PERSISTENCE));

        Component inventory = byName(t, "inventory-service");
        Component gateway = byName(t, "payment-gateway");
        assertEquals(ComponentKind.EXTERNAL, inventory.kind());
        assertEquals(ComponentKind.EXTERNAL, gateway.kind());

        Set<String> deps = t.dependenciesOf(svc).stream().map(d -> d.target().name() + ":" + d.strength().id())
                .collect(Collectors.toSet());
        assertEquals(Set.of("order-processor-db:hard", "order-processor-kafka:hard", "order-processor-redis:hard",
                "inventory-service:hard", "payment-gateway:hard"), deps);
        assertEquals(5, t.dependencies().size());

        Journey j = t.journeys().iterator().next();
        assertEquals(1, t.journeys().size());
        assertEquals("order-processor", j.name());
        assertEquals(List.of(svc), j.entries());
        assertNull(j.rpoObjective());
        assertNull(j.rtoObjective());
    }

    @Test
    void theImportIsLaidOutInColumnsWithoutOverlap() throws Exception {
        Topology t = TopologyFiles.read(SEED, FILE);
        Component svc = byName(t, "order-processor");
        Set<String> cells = new HashSet<>();
        for (Component c : t.components()) {
            assertTrue(cells.add(c.x() + "," + c.y()), "two components at " + c.x() + "," + c.y());
            if (c != svc) {
                assertEquals(svc.x() + LayeredLayout.COLUMN, c.x(), c.name());
            }
            assertTrue(c.x() + 160 <= 1280 && c.y() + 70 <= 800, c.name() + " is off a 1280x800 canvas");
        }
        assertEquals(LayeredLayout.LEFT, svc.x());
    }

    @Test
    void anArrayOfServicesLinksThemAndCreatesEachExternalOnce() throws Exception {
        Topology t = TopologyFiles.read("""
                [
                  {"service_name": "web", "dependencies": ["orders", "auth-provider"]},
                  {"service_name": "orders", "dependencies": ["auth-provider"],
                   "database": {"type": "mysql", "replication_mode": "semi_sync", "replicas": 2}}
                ]
                """, FILE);
        Component web = byName(t, "web");
        Component orders = byName(t, "orders");
        Component auth = byName(t, "auth-provider");
        assertEquals(ComponentKind.SERVICE, orders.kind());
        assertEquals(ComponentKind.EXTERNAL, auth.kind());
        assertEquals(1, t.components().stream().filter(c -> c.name().equals("auth-provider")).count());
        assertTrue(t.dependency(web, orders).isPresent());
        assertTrue(t.dependency(orders, auth).isPresent());
        assertEquals(ComponentKind.MYSQL, byName(t, "orders-db").kind());
        assertEquals(2, t.journeys().size());
        // web is the entry: left; orders one column right, its database and the provider further right
        assertTrue(web.x() < orders.x() && orders.x() < byName(t, "orders-db").x());
        assertEquals("Imported services", t.name());
    }

    @Test
    void everyDocumentedKeyIsAccepted() throws Exception {
        Topology t = TopologyFiles.read("""
                {"services": [{
                  "service_name": "api",
                  "database": {"type": "postgres", "replication_mode": "sync", "replicas": 2,
                               "replica_placement": "other_region", "failover": "automatic",
                               "backup_frequency": "every_15_minutes", "retention_days": 30, "wal_archiving": true,
                               "archive_timeout_seconds": 60, "data_size_gb": 250, "restore_rate_gb_per_hour": 400},
                  "message_queue": {"type": "kafka", "acks": 1, "partitions": 6, "replication_factor": 3,
                                    "min_insync_replicas": 2, "unclean_leader_election": true},
                  "cache": {"type": "redis", "persistence": "RDB", "appendfsync": "always",
                            "snapshot_interval_seconds": 300, "replicas": 1, "eviction_policy": "allkeys-lru"}
                }],
                "journeys": [{"name": "Checkout", "entry": ["api"], "rpo_target": "30s", "rto_target": "1h"}]}
                """, FILE);
        Component db = byName(t, "api-db");
        assertEquals(ReplicationMode.SYNC, db.get(Settings.REPLICATION_MODE));
        assertEquals(2, db.get(Settings.REPLICAS));
        assertEquals(ReplicaPlacement.OTHER_REGION, db.get(Settings.REPLICA_PLACEMENT));
        assertEquals(Failover.AUTOMATIC, db.get(Settings.FAILOVER));
        assertEquals(900L, db.get(Settings.BACKUP_INTERVAL));
        assertEquals(30L * 86_400, db.get(Settings.BACKUP_RETENTION));
        assertEquals(true, db.get(Settings.CONTINUOUS_ARCHIVING));
        assertEquals(60L, db.get(Settings.ARCHIVE_INTERVAL));
        assertEquals(250.0, db.get(Settings.DATA_SIZE_GB));
        assertEquals(400.0, db.get(Settings.RESTORE_RATE));
        Component kafka = byName(t, "api-kafka");
        assertEquals(Kafka.Acks.LEADER, kafka.get(Kafka.ACKS));
        assertEquals(2, kafka.get(Kafka.MIN_INSYNC_REPLICAS));
        assertEquals(true, kafka.get(Kafka.UNCLEAN_LEADER_ELECTION));
        Component redis = byName(t, "api-redis");
        assertEquals(Redis.Persistence.RDB, redis.get(Redis.PERSISTENCE));
        assertEquals(Redis.AppendFsync.ALWAYS, redis.get(Redis.APPENDFSYNC));
        assertEquals(300L, redis.get(Redis.SNAPSHOT_INTERVAL));
        assertEquals(1, redis.get(Settings.REPLICAS));
        Journey j = t.journeys().iterator().next();
        assertEquals("Checkout", j.name());
        assertEquals(TimeBound.ofSeconds(30), j.rpoObjective());
        assertEquals(TimeBound.ofHours(1), j.rtoObjective());
    }

    @Test
    void backupFrequenciesInEveryForm() throws Exception {
        assertEquals(86_400L, backupInterval("\"daily\""));
        assertEquals(7 * 86_400L, backupInterval("\"weekly\""));
        assertEquals(6 * 3600L, backupInterval("\"every_6_hours\""));
        assertEquals(1800L, backupInterval("\"every 30 minutes\""));
        assertEquals(900L, backupInterval("\"15m\""));
        assertEquals(120L, backupInterval("120"));
        assertNull(backupInterval("\"none\""));
    }

    @Test
    void aRaftStoreIsACacheOrADatabaseWithMembersAndTheirPlacement() throws Exception {
        Topology t = TopologyFiles.read("""
                {"service_name": "s",
                 "database": {"type": "raft", "members": 5, "member_placement": "multi_region",
                              "backup_frequency": "hourly", "retention_days": 3},
                 "cache": {"type": "Raft", "members": 3, "member_placement": "multi_zone"}}
                """, FILE);
        Component db = byName(t, "s-db");
        Component cache = byName(t, "s-cache");

        assertEquals(ComponentKind.RAFT_STORE, db.kind());
        assertEquals(5, db.get(RaftStore.MEMBERS));
        assertEquals(Spread.MULTI_REGION, db.get(RaftStore.MEMBER_PLACEMENT));
        assertEquals(3600L, db.get(Settings.BACKUP_INTERVAL));
        assertEquals(3L * 86_400, db.get(Settings.BACKUP_RETENTION));
        assertEquals(ComponentKind.RAFT_STORE, cache.kind());
        assertEquals(Spread.MULTI_ZONE, cache.get(RaftStore.MEMBER_PLACEMENT));
        assertTrue(t.dependency(byName(t, "s"), cache).isPresent());
    }

    @Test
    void mongoDbAndAcksMinusOneAreUnderstood() throws Exception {
        Topology t = TopologyFiles.read("""
                {"service_name": "s", "database": {"type": "MongoDB"}, "message_queue": {"acks": "-1"}}
                """, FILE);
        assertEquals(ComponentKind.MONGODB, byName(t, "s-db").kind());
        assertEquals(Kafka.Acks.ALL, byName(t, "s-kafka").get(Kafka.ACKS));
    }

    private static Long backupInterval(String value) throws LoadException {
        Topology t = TopologyFiles.read("{\"service_name\": \"s\", \"database\": {\"backup_frequency\": " + value
                + "}}", FILE);
        Component db = byName(t, "s-db");
        assertTrue(db.isSet(Settings.BACKUP_INTERVAL.key()));
        return db.get(Settings.BACKUP_INTERVAL);
    }

    static Stream<Arguments> badServiceConfigs() {
        return Stream.of(
                Arguments.of("typo in a key", "{\"service_name\": \"s\", \"databse\": {}}", "$.databse",
                        "unknown key \"databse\" (did you mean \"database\"?)"),
                Arguments.of("typo in a database key",
                        "{\"service_name\": \"s\", \"database\": {\"backup_frequncy\": \"hourly\"}}",
                        "$.database.backup_frequncy", "did you mean \"backup_frequency\"?"),
                Arguments.of("unknown database type",
                        "{\"service_name\": \"s\", \"database\": {\"type\": \"Oracle\"}}", "$.database.type",
                        "unknown database type \"Oracle\"; expected PostgreSQL, MySQL, MongoDB or Raft store"),
                Arguments.of("unknown queue type",
                        "{\"service_name\": \"s\", \"message_queue\": {\"type\": \"RabbitMQ\"}}",
                        "$.message_queue.type", "unknown message_queue type \"RabbitMQ\"; expected Kafka"),
                Arguments.of("unknown cache type",
                        "{\"service_name\": \"s\", \"cache\": {\"type\": \"Memcached\"}}", "$.cache.type",
                        "unknown cache type \"Memcached\"; expected Redis or Raft store"),
                Arguments.of("missing service name", "[{\"service_name\": \"a\"}, {\"dependencies\": []}]",
                        "$[1].service_name", "missing required field \"service_name\""),
                Arguments.of("blank service name", "{\"service_name\": \"  \"}", "$.service_name",
                        "cannot be empty"),
                Arguments.of("service name not a string", "{\"service_name\": 5}", "$.service_name",
                        "expected a string, found the number 5"),
                Arguments.of("duplicate service", "[{\"service_name\": \"a\"}, {\"service_name\": \"a\"}]",
                        "$[1].service_name", "duplicate service \"a\""),
                Arguments.of("bad replication mode",
                        "{\"service_name\": \"s\", \"database\": {\"replication_mode\": \"logical\"}}",
                        "$.database.replication_mode", "'logical' is not one of none, async, semi_sync, sync"),
                Arguments.of("bad backup frequency",
                        "{\"service_name\": \"s\", \"database\": {\"backup_frequency\": \"fortnightly\"}}",
                        "$.database.backup_frequency", "is not a backup frequency"),
                Arguments.of("negative retention",
                        "{\"service_name\": \"s\", \"database\": {\"retention_days\": -7}}",
                        "$.database.retention_days", "expected a number of days from 0 to 3660"),
                Arguments.of("bad acks", "{\"service_name\": \"s\", \"message_queue\": {\"acks\": 2}}",
                        "$.message_queue.acks", "'2' is not one of 0, 1, all"),
                Arguments.of("replication factor out of range",
                        "{\"service_name\": \"s\", \"message_queue\": {\"replication_factor\": 0}}",
                        "$.message_queue.replication_factor", "0 is out of range; expected 1 to 16"),
                Arguments.of("bad partitions",
                        "{\"service_name\": \"s\", \"message_queue\": {\"partitions\": \"many\"}}",
                        "$.message_queue.partitions", "expected a whole number of partitions"),
                Arguments.of("bad appendfsync",
                        "{\"service_name\": \"s\", \"cache\": {\"appendfsync\": \"sometimes\"}}",
                        "$.cache.appendfsync", "'sometimes' is not one of always, everysec, no"),
                Arguments.of("bad cache role", "{\"service_name\": \"s\", \"cache\": {\"role\": \"buffer\"}}",
                        "$.cache.role", "'buffer' is not one of store, cache"),
                Arguments.of("bad active_active", "{\"service_name\": \"s\", \"active_active\": \"yes please\"}",
                        "$.active_active", "expected true or false"),
                Arguments.of("self dependency", "{\"service_name\": \"s\", \"dependencies\": [\"s\"]}",
                        "$.dependencies[0]", "\"s\" cannot depend on itself"),
                Arguments.of("journey on an unknown service",
                        "{\"services\": [{\"service_name\": \"orders\"}], \"journeys\": [{\"name\": \"J\", "
                                + "\"entry\": [\"order\"]}]}",
                        "$.journeys[0].entry[0]",
                        "no service named \"order\" (did you mean \"orders\"?)"),
                Arguments.of("bad journey target",
                        "{\"services\": [{\"service_name\": \"a\"}], \"journeys\": [{\"name\": \"J\", "
                                + "\"entry\": [\"a\"], \"rpo_target\": \"-5m\"}]}",
                        "$.journeys[0].rpo_target", "cannot be negative"),
                Arguments.of("unknown wrapper key", "{\"services\": [{\"service_name\": \"a\"}], \"journies\": []}",
                        "$.journies", "did you mean \"journeys\"?"),
                Arguments.of("no services", "[]", "$", "no services to import"),
                Arguments.of("a number", "3", "$", "expected a JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badServiceConfigs")
    void badServiceConfigIsRefusedWithFileLocationAndReason(String what, String json, String location,
                                                            String reason) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        assertEquals(location, e.location(), e.getMessage());
        assertTrue(e.getMessage().startsWith("services.json: " + location + ": "), e.getMessage());
        assertTrue(e.reason().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
    }

    @Test
    void anActiveActiveServiceIsRead() throws Exception {
        Topology t = TopologyFiles.read("{\"services\": [{\"service_name\": \"a\", \"active_active\": true},"
                + " {\"service_name\": \"b\"}]}", FILE);
        assertEquals(true, byName(t, "a").get(StatelessService.ACTIVE_ACTIVE));
        assertEquals(false, byName(t, "b").get(StatelessService.ACTIVE_ACTIVE));
    }

    @Test
    void aCacheRoleIsRead() throws Exception {
        Topology t = TopologyFiles.read("{\"services\": [{\"service_name\": \"a\", \"cache\": {\"role\": \"cache\"}},"
                + " {\"service_name\": \"b\", \"cache\": {\"type\": \"Redis\", \"role\": \"store\"}},"
                + " {\"service_name\": \"c\", \"cache\": {}}]}", FILE);
        assertEquals(Redis.Role.CACHE, byName(t, "a-redis").get(Redis.ROLE));
        assertEquals(Redis.Role.STORE, byName(t, "b-redis").get(Redis.ROLE));
        assertTrue(byName(t, "b-redis").isSet(Redis.ROLE));
        assertEquals(Redis.Role.STORE, byName(t, "c-redis").get(Redis.ROLE));
        assertFalse(byName(t, "c-redis").isSet(Redis.ROLE));
    }

    @Test
    void informativeKeysChangeNothingButPartitionsAreKept() throws Exception {
        Topology t = TopologyFiles.read("{\"service_name\": \"s\", \"message_queue\": {\"partitions\": 64},"
                + " \"cache\": {\"eviction_policy\": \"volatile-lru\"}}", FILE);
        assertEquals(java.util.Map.of("partitions", 64), byName(t, "s-kafka").explicitValues());
        assertTrue(byName(t, "s-redis").explicitValues().isEmpty());
        for (Dependency d : t.dependencies()) {
            assertEquals(Strength.HARD, d.strength());
        }
        assertFalse(t.journeys().isEmpty());
    }

    static Component byName(Topology t, String name) {
        return t.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component named " + name));
    }
}
