package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Bounds;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Dependency;
import dev.lifeboat.model.ExternalProvider;
import dev.lifeboat.model.Journey;
import dev.lifeboat.model.Kafka;
import dev.lifeboat.model.Place;
import dev.lifeboat.model.PlaceKind;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.StatelessService;
import dev.lifeboat.model.Strength;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeFormatTest {

    /** A topology using every part of the format: places, placement, fractional positions, each value type. */
    static Topology sample() {
        Topology t = new Topology();
        t.setName("Round trip");
        // a zone added before its region: the writer still puts regions first
        Place zone = t.addPlace("eu-1a", PlaceKind.ZONE, "eu 1a", null, new Bounds(40, 60, 300, 200));
        Place region = t.addPlace("eu-1", PlaceKind.REGION, "eu 1", null, new Bounds(20, 20, 700.5, 400));
        t.updatePlace(zone, "eu 1a", region, zone.bounds());
        Place loneZone = t.addPlace("dc-2", PlaceKind.ZONE, "DC 2", null, new Bounds(800, 20, 200, 200));

        Component svc = t.addComponent("api", ComponentKind.SERVICE, "API");
        t.move(svc, 60.25, 80);
        t.place(svc, region);
        t.set(svc, StatelessService.INSTANCES, 3);
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "orders db");
        t.place(db, zone);
        t.move(db, 100, 150);
        t.set(db, Settings.REPLICATION_MODE, ReplicationMode.SEMI_SYNC);
        t.set(db, Settings.DATA_SIZE_GB, 12.5);
        t.set(db, Settings.CONTINUOUS_ARCHIVING, true);
        t.set(db, Settings.BACKUP_INTERVAL, 5400L);
        Component none = t.addComponent("nobackup", ComponentKind.MYSQL, "no backup");
        t.set(none, Settings.BACKUP_INTERVAL, null);
        t.place(none, loneZone);
        Component kafka = t.addComponent("events", ComponentKind.KAFKA, "events");
        t.set(kafka, Kafka.ACKS, Kafka.Acks.LEADER);
        t.set(kafka, Kafka.REPLICATION_FACTOR, 3);
        Component redis = t.addComponent("cache", ComponentKind.REDIS, "cache");
        t.set(redis, Redis.APPENDFSYNC, Redis.AppendFsync.ALWAYS);
        Component raft = t.addComponent("config", ComponentKind.RAFT_STORE, "config");
        t.place(raft, zone);
        t.set(raft, RaftStore.MEMBER_ZONES, List.of("eu-1a", "dc-2", "eu-1a"));
        Component ext = t.addComponent("psp", ComponentKind.EXTERNAL, "PSP");
        t.set(ext, ExternalProvider.STATED_RPO, null);
        t.set(ext, ExternalProvider.STATED_RTO, 1800L);

        t.addDependency(svc, db, Strength.HARD);
        t.addDependency(svc, kafka, Strength.SOFT);
        t.addDependency(svc, ext, Strength.HARD);
        t.addDependency(svc, redis, Strength.HARD);
        t.addJourney("checkout", "Checkout", List.of(svc), TimeBound.ZERO, TimeBound.ofMinutes(5));
        t.addJourney("report", "Report", List.of(svc, db), null, TimeBound.UNBOUNDED);
        t.addJourney("empty", "Nothing yet", List.of(), TimeBound.ofHours(1), null);
        return t;
    }

    @Test
    void writeReadWriteGivesTheSameBytesAndAnEqualTopology() throws Exception {
        Topology original = sample();
        String first = TopologyFiles.toJson(original);
        Topology read = TopologyFiles.read(first, Path.of("round.json"));
        String second = TopologyFiles.toJson(read);
        assertEquals(first, second);
        assertEqualTopologies(original, read);
    }

    @Test
    void placesAreWrittenBeforeComponentsAndRegionsBeforeZones() {
        String json = TopologyFiles.toJson(sample());
        assertTrue(json.indexOf("\"places\"") < json.indexOf("\"components\""));
        assertTrue(json.indexOf("\"eu-1\"") < json.indexOf("\"eu-1a\""));
        assertTrue(json.indexOf("\"eu-1\"") < json.indexOf("\"dc-2\""));
    }

    @Test
    void valuesAreWrittenInTheirFileForm() {
        String json = TopologyFiles.toJson(sample());
        assertTrue(json.contains("\"backup_interval\": \"1h30m\""), json);
        assertTrue(json.contains("\"backup_interval\": \"none\""), json);
        assertTrue(json.contains("\"stated_rpo\": \"unbounded\""), json);
        assertTrue(json.contains("\"replication_mode\": \"semi_sync\""), json);
        assertTrue(json.contains("\"acks\": \"1\""), json);
        assertTrue(json.contains("\"data_size_gb\": 12.5"), json);
        assertTrue(json.contains("\"instances\": 3"), json);
        assertTrue(json.contains("\"x\": 60.25"), json);
        assertTrue(json.contains("\"y\": 80,"), json);
        assertTrue(json.contains("\"rpo_objective\": \"0s\""), json);
        assertTrue(json.contains("\"rto_objective\": \"unbounded\""), json);
        assertTrue(json.startsWith("{\n  \"format\": \"lifeboat\",\n  \"version\": " + NativeFormat.VERSION + ","), json);
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), json);
    }

    @Test
    void sameTopologyGivesSameBytesWhateverTheEditingOrder() {
        Topology a = new Topology();
        Component ca = a.addComponent("db", ComponentKind.POSTGRESQL, "db");
        a.set(ca, Settings.REPLICAS, 2);
        a.set(ca, Settings.BACKUP_INTERVAL, 3600L);
        Topology b = new Topology();
        Component cb = b.addComponent("db", ComponentKind.POSTGRESQL, "db");
        b.set(cb, Settings.BACKUP_INTERVAL, 3600L);
        b.set(cb, Settings.REPLICAS, 2);
        assertEquals(TopologyFiles.toJson(a), TopologyFiles.toJson(b));
    }

    @Test
    void onlyExplicitSettingsAreWritten() {
        Topology t = new Topology();
        t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        String json = TopologyFiles.toJson(t);
        assertTrue(!json.contains("settings"), json);
    }

    @Test
    void aDurationMayBeANumberOfSecondsAndObjectivesMayBeNull() throws Exception {
        Topology t = TopologyFiles.read("""
                {"format": "lifeboat", "version": 1,
                 "components": [{"id": "db", "kind": "PostgreSQL", "settings": {"backup_interval": 900,
                                 "replication_mode": "Synchronous"}}],
                 "journeys": [{"id": "j", "name": "J", "entry": ["db"], "rpo_objective": null,
                               "rto_objective": 300}]}
                """, null);
        Component db = t.component("db").orElseThrow();
        assertEquals(900L, db.get(Settings.BACKUP_INTERVAL));
        assertEquals(ReplicationMode.SYNC, db.get(Settings.REPLICATION_MODE));
        assertEquals("db", db.name());
        Journey j = t.journey("j").orElseThrow();
        assertNull(j.rpoObjective());
        assertEquals(TimeBound.ofMinutes(5), j.rtoObjective());
        assertEquals("Untitled", t.name());
    }

    @Test
    void durationsOfADayOrMoreKeepTheirSecondsThroughSaveAndLoad() throws Exception {
        Topology t = new Topology();
        Component db = t.addComponent("db", ComponentKind.POSTGRESQL, "db");
        t.set(db, Settings.BACKUP_INTERVAL, 86_430L);
        t.addJourney("j", "J", List.of(db), TimeBound.ofSeconds(90_001), TimeBound.ofSeconds(86_400));

        Topology read = TopologyFiles.read(TopologyFiles.toJson(t), null);

        assertEquals(86_430L, read.component("db").orElseThrow().get(Settings.BACKUP_INTERVAL));
        assertEquals(TimeBound.ofSeconds(90_001), read.journey("j").orElseThrow().rpoObjective());
        assertEquals(TimeBound.ofSeconds(86_400), read.journey("j").orElseThrow().rtoObjective());
        assertTrue(TopologyFiles.toJson(read).contains("\"rto_objective\": \"1d\""), "whole values stay readable");
    }

    @Test
    void aRedisRoleAndWarmUpAreReadAndWritten() throws Exception {
        Topology t = TopologyFiles.read("""
                {"format": "lifeboat", "version": 2,
                 "components": [{"id": "c", "kind": "redis", "settings": {"role": "cache", "warmup_time": "2m"}},
                                {"id": "s", "kind": "redis"}]}
                """, null);
        Component cache = t.component("c").orElseThrow();
        assertEquals(Redis.Role.CACHE, cache.get(Redis.ROLE));
        assertEquals(120L, cache.get(Redis.WARMUP_TIME));
        assertEquals(Redis.Role.STORE, t.component("s").orElseThrow().get(Redis.ROLE), "a file without it: a store");
        String json = TopologyFiles.toJson(t);
        assertTrue(json.contains("\"role\": \"cache\"") && json.contains("\"warmup_time\": \"2m\""), json);
    }

    @Test
    void aMinimalFileLoads() throws Exception {
        Topology t = TopologyFiles.read("{\"format\": \"lifeboat\", \"version\": 1}", null);
        assertEquals(0, t.size());
    }

    static void assertEqualTopologies(Topology expected, Topology actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.places().size(), actual.places().size());
        for (Place p : expected.places()) {
            Place q = actual.place(p.id()).orElseThrow();
            assertEquals(p.kind(), q.kind());
            assertEquals(p.name(), q.name());
            assertEquals(p.bounds(), q.bounds());
            assertEquals(p.region() == null ? null : p.region().id(), q.region() == null ? null : q.region().id());
        }
        assertEquals(ids(expected.components()), ids(actual.components()));
        for (Component c : expected.components()) {
            Component d = actual.component(c.id()).orElseThrow();
            assertEquals(c.kind(), d.kind());
            assertEquals(c.name(), d.name());
            assertEquals(c.x(), d.x());
            assertEquals(c.y(), d.y());
            assertEquals(c.place() == null ? null : c.place().id(), d.place() == null ? null : d.place().id());
            assertEquals(c.explicitValues(), d.explicitValues(), c.id());
        }
        assertEquals(expected.dependencies().size(), actual.dependencies().size());
        for (int i = 0; i < expected.dependencies().size(); i++) {
            Dependency a = expected.dependencies().get(i);
            Dependency b = actual.dependencies().get(i);
            assertEquals(a.toString(), b.toString());
        }
        assertEquals(expected.journeys().size(), actual.journeys().size());
        for (Journey j : expected.journeys()) {
            Journey k = actual.journey(j.id()).orElseThrow();
            assertEquals(j.name(), k.name());
            assertEquals(ids(j.entries()), ids(k.entries()));
            assertEquals(j.rpoObjective(), k.rpoObjective());
            assertEquals(j.rtoObjective(), k.rtoObjective());
        }
    }

    private static List<String> ids(java.util.Collection<Component> components) {
        return components.stream().map(Component::id).toList();
    }
}
