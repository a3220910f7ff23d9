package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Topology;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replica groups, backup copies and delayed replicas in both file formats, and their errors. */
class ReplicationFilesTest {

    private static final Path FILE = Path.of("orders.json");

    /** The service-config example: a sync standby in another zone and an async DR replica. */
    private static final String GROUPS = """
            {"service_name": "orders", "database": {"type": "PostgreSQL",
              "replica_groups": [
                {"mode": "sync", "replicas": 1, "placement": "other_zone", "failover": "automatic"},
                {"mode": "async", "replicas": 1, "placement": "other_region", "lag_seconds": 5, "failover": "manual"}],
              "backup_frequency": "daily", "backup_copies": [{"location": "other_region", "delay": "1h"}],
              "delayed_replica": "1h"}}""";

    private static Component db(Topology t) {
        return t.components().stream().filter(c -> c.kind().stateful()).findFirst().orElseThrow();
    }

    @Test
    void serviceConfigReplicaGroupsBecomeTheOwnGroupAndFurtherGroups() throws Exception {
        Component db = db(TopologyFiles.read(GROUPS, FILE));

        assertEquals("sync", db.value("replication_mode").toString().toLowerCase().substring(0, 4));
        assertEquals(1, db.get(Settings.REPLICAS));
        assertEquals(2, ReplicaGroup.of(db).size());
        assertEquals(5L, ReplicaGroup.of(db).get(1).lag());
        assertEquals(2, BackupCopy.of(db).size());
        assertEquals(3600L, db.get(Settings.DELAYED_REPLICA));
        assertEquals(0L, RuleBook.standard().assess(db, Scenario.ZONE_LOSS).rpo().seconds());
        assertEquals(5L, RuleBook.standard().assess(db, Scenario.REGION_LOSS).rpo().seconds());
    }

    @Test
    void oneReplicaGroupGivesTheSameNumbersAsTheOneGroupKeys() throws Exception {
        Component listed = db(TopologyFiles.read("""
                {"service_name": "a", "database": {"replica_groups": [{"mode": "async", "replicas": 2,
                  "placement": "other_region", "lag_seconds": 30, "failover": "automatic"}],
                  "backup_frequency": "hourly"}}""", FILE));
        Component flat = db(TopologyFiles.read("""
                {"service_name": "a", "database": {"replication_mode": "async", "replicas": 2,
                  "replica_placement": "other_region", "replication_lag": 30, "failover": "automatic",
                  "backup_frequency": "hourly"}}""", FILE));
        for (Scenario s : Scenario.values()) {
            ComponentAssessment a = RuleBook.standard().assess(flat, s);
            ComponentAssessment b = RuleBook.standard().assess(listed, s);
            assertEquals(a.rpo(), b.rpo(), s.id());
            assertEquals(a.rto(), b.rto(), s.id());
            assertEquals(a.explanation(), b.explanation(), s.id());
        }
    }

    @Test
    void theNativeFileRoundTripsGroupsCopiesAndTheDesignsDetectionTime() throws Exception {
        Topology t = TopologyFiles.read(GROUPS, FILE);
        t.setDetectionTime(20L * 60);
        String json = TopologyFiles.toJson(t);

        assertTrue(json.contains("\"more_replica_groups\": ["), json);
        assertTrue(json.contains("\"backup_copies\": ["), json);
        assertTrue(json.contains("\"detection_time\": \"20m\""), json);
        Topology back = TopologyFiles.read(json, FILE);
        assertEquals(json, TopologyFiles.toJson(back));
        assertEquals(ReplicaGroup.of(db(t)), ReplicaGroup.of(db(back)));
        assertEquals(BackupCopy.of(db(t)), BackupCopy.of(db(back)));
        assertEquals(20L * 60, back.detectionTime());
    }

    static Stream<Arguments> badFiles() {
        String pg = "{\"format\": \"lifeboat\", \"version\": 3, \"components\": [{\"id\": \"db\", \"kind\": "
                + "\"postgresql\", \"settings\": {%s}}]}";
        String svc = "{\"service_name\": \"a\", \"database\": {%s}}";
        return Stream.of(
                Arguments.of("bad lag", String.format(pg, "\"more_replica_groups\": [{\"lag\": \"soon\"}]"),
                        "$.components[0].settings.more_replica_groups[0].lag", "not a duration"),
                Arguments.of("unknown field", String.format(pg,
                                "\"more_replica_groups\": [{\"mode\": \"sync\"}, {\"mdoe\": \"sync\"}]"),
                        "$.components[0].settings.more_replica_groups[1].mdoe", "did you mean \"mode\"?"),
                Arguments.of("mode none", String.format(pg, "\"more_replica_groups\": [{\"mode\": \"none\"}]"),
                        "$.components[0].settings.more_replica_groups[0]", "needs a mode"),
                Arguments.of("not a list", String.format(pg, "\"backup_copies\": 3"),
                        "$.components[0].settings.backup_copies", "expected a JSON array"),
                Arguments.of("too many", String.format(pg, "\"backup_copies\": ["
                                + "{}, ".repeat(16) + "{}]"),
                        "$.components[0].settings.backup_copies", "more than the 16"),
                Arguments.of("bad copy location", String.format(pg,
                                "\"backup_copies\": [{\"location\": \"moon\"}]"),
                        "$.components[0].settings.backup_copies[0].location", "'moon' is not one of"),
                Arguments.of("bad design assumption", "{\"format\": \"lifeboat\", \"version\": 3, "
                        + "\"assumptions\": {\"detection_time\": -5}}", "$.assumptions.detection_time",
                        "negative"),
                Arguments.of("unknown design assumption", "{\"format\": \"lifeboat\", \"version\": 3, "
                        + "\"assumptions\": {\"detection\": \"1h\"}}", "$.assumptions.detection",
                        "expected detection_time"),
                Arguments.of("both forms", String.format(svc, "\"replicas\": 1, \"replica_groups\": [{}]"),
                        "$.database.replica_groups", "not both"),
                Arguments.of("bad lag_seconds", String.format(svc,
                                "\"replica_groups\": [{}, {\"lag_seconds\": -1}]"),
                        "$.database.replica_groups[1].lag_seconds", "negative"),
                Arguments.of("mongodb groups", String.format(svc,
                                "\"type\": \"mongodb\", \"replica_groups\": [{}, {}]"),
                        "$.database.replica_groups", "takes one replica group"),
                Arguments.of("hostile field", String.format(pg,
                                "\"backup_copies\": [{\"<script>\\u0007\": 1}]"),
                        "$.components[0].settings.backup_copies[0]['<script>\\u0007']", "unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badValuesAreRefusedWhereTheyStand(String what, String json, String location, String reason) {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(json, FILE));
        assertEquals(location, e.location(), e.getMessage());
        assertTrue(e.reason().contains(reason), "expected '" + reason + "' in: " + e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20), e.getMessage());
    }
}
