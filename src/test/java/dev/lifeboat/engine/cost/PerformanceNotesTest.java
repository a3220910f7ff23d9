package dev.lifeboat.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceNotesTest {

    private final Topology topology = new Topology();

    private Component add(ComponentKind kind, Object... keysAndValues) {
        Component c = topology.addComponent(null, kind, kind.id());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            topology.set(c, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return c;
    }

    private static PerformanceNote note(Component c, String setting) {
        return PerformanceNotes.of(c).stream().filter(n -> n.setting().equals(setting)).findFirst()
                .orElseThrow(() -> new AssertionError("no note on " + setting + " in " + PerformanceNotes.of(c)));
    }

    @Test
    void aSynchronousReplicaAddsOneRoundTripAtItsPlacementToEveryCommit() {
        Component pg = add(ComponentKind.POSTGRESQL, "replication_mode", "sync", "replicas", 1,
                "more_replica_groups", List.of(Map.of("mode", "semi_sync", "placement", "other_region")));
        PerformanceNote zone = note(pg, "replication_mode");
        assertEquals(1.5, zone.latencyMs());
        assertTrue(zone.assumed());
        assertTrue(zone.text().contains("every commit waits one network round trip"), zone::text);
        assertEquals(70.0, note(pg, "more_replica_groups").latencyMs());
        assertEquals(1.0, note(pg, "synchronous_commit").latencyMs());
    }

    @Test
    void anAsynchronousReplicaAddsNothing() {
        Component pg = add(ComponentKind.POSTGRESQL, "replication_mode", "async", "replicas", 1,
                "synchronous_commit", false);
        assertEquals(List.of(), PerformanceNotes.of(pg));
    }

    @Test
    void redisAppendfsyncAlwaysBoundsWritesByDiskSyncs() {
        PerformanceNote n = note(add(ComponentKind.REDIS, "persistence", "aof", "appendfsync", "always"),
                "appendfsync");
        assertEquals(1.0, n.latencyMs());
        assertTrue(n.text().contains("very slow, very safe"), n::text);
        assertEquals(List.of(), PerformanceNotes.of(add(ComponentKind.REDIS, "persistence", "aof")),
                "everysec makes no write wait");
        assertEquals(List.of(), PerformanceNotes.of(add(ComponentKind.REDIS, "appendfsync", "always")),
                "without an AOF appendfsync does nothing");
    }

    @Test
    void kafkaAcksAllAddsTheReplicationRoundTripToEveryProduce() {
        PerformanceNote n = note(add(ComponentKind.KAFKA, "replication_factor", 3, "replica_placement", "other_zone"),
                "acks");
        assertEquals(1.5, n.latencyMs());
        assertTrue(n.text().contains("every produce request waits"), n::text);
        assertEquals(List.of(), PerformanceNotes.of(add(ComponentKind.KAFKA, "replication_factor", 3, "acks", "1")));
        assertEquals(List.of(), PerformanceNotes.of(add(ComponentKind.KAFKA)), "one replica: nothing to wait for");
    }

    @Test
    void aRaftWriteWaitsForTheNearestMajority() {
        assertEquals(0.5, note(add(ComponentKind.RAFT_STORE), "member_placement").latencyMs());
        assertEquals(1.5, note(add(ComponentKind.RAFT_STORE, "member_placement", "multi_zone"), "member_placement")
                .latencyMs());
        // 5 over three regions: the leader's region holds 2, the majority of 3 needs one member away
        assertEquals(70.0, note(add(ComponentKind.RAFT_STORE, "members", 5, "member_placement", "multi_region"),
                "member_placement").latencyMs());
    }

    @Test
    void mysqlAndMongodbFlushesAndMajorities() {
        Component my = add(ComponentKind.MYSQL);
        assertEquals(1.0, note(my, "innodb_flush_log_at_trx_commit").latencyMs());
        assertEquals(1.0, note(my, "sync_binlog").latencyMs());
        Component mongo = add(ComponentKind.MONGODB);
        assertEquals(1.5, note(mongo, "write_concern").latencyMs());
        assertEquals(1.0, note(mongo, "journaling").latencyMs());
        assertEquals(List.of(), PerformanceNotes.of(add(ComponentKind.SERVICE)));
    }
}
