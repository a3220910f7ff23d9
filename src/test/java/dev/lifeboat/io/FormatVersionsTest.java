package dev.lifeboat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.Scenario;
import dev.lifeboat.engine.rules.RuleBook;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.model.BackupCopy;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.RaftStore;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.ReplicaGroup;
import dev.lifeboat.model.ReplicaPlacement;
import dev.lifeboat.model.ReplicationMode;
import dev.lifeboat.model.Settings;
import dev.lifeboat.model.Spread;
import dev.lifeboat.model.TimeBound;
import dev.lifeboat.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One file of every native format version keeps loading; a newer version is refused by name. */
class FormatVersionsTest {

    private static final Path DIR = Path.of("src/test/resources/formats");

    private static Topology load(int version) throws Exception {
        return TopologyFiles.read(Files.readString(DIR.resolve("lifeboat-v" + version + ".json")), null);
    }

    private static Component byId(Topology t, String id) {
        return t.component(id).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyVersionLoadsAndWritesTheCurrentOne(int version) throws Exception {
        Topology t = load(version);

        String written = TopologyFiles.toJson(t);
        assertTrue(written.contains("\"version\": " + NativeFormat.VERSION + ","), written);
        assertEquals(written, TopologyFiles.toJson(TopologyFiles.read(written, null)));
    }

    @Test
    void thereIsAFileOfEveryVersion() {
        for (int v = 1; v <= NativeFormat.VERSION; v++) {
            assertTrue(Files.exists(DIR.resolve("lifeboat-v" + v + ".json")), "no file of version " + v);
        }
    }

    @Test
    void version1RedisFailoverTimesKeepTheirTotal() throws Exception {
        Topology t = load(1);
        Component sentinel = byId(t, "sessions");
        Component cluster = byId(t, "ranks");

        // 45s in version 1 = 30s down-after-milliseconds + 15s vote and promotion
        assertEquals(30L, sentinel.get(Redis.SENTINEL_DOWN_AFTER));
        assertEquals(15L, sentinel.get(Redis.FAILOVER_TIME));
        assertEquals(TimeBound.ofSeconds(45), RuleBook.standard().assess(sentinel, Scenario.NODE_LOSS).rto());
        // 10s in version 1 is shorter than cluster-node-timeout's 15s: it becomes the timeout, with no vote time
        assertEquals(10L, cluster.get(Redis.CLUSTER_NODE_TIMEOUT));
        assertEquals(0L, cluster.get(Redis.FAILOVER_TIME));
        assertEquals(TimeBound.ofSeconds(10), RuleBook.standard().assess(cluster, Scenario.NODE_LOSS).rto());
        // the object store's failover_time keeps its meaning
        assertEquals(900L, byId(t, "files").value("failover_time"));
    }

    @Test
    void version2HasTheRaftStore() throws Exception {
        Component config = byId(load(2), "config");

        assertEquals(ComponentKind.RAFT_STORE, config.kind());
        assertEquals(5, config.get(RaftStore.MEMBERS));
        assertEquals(Spread.MULTI_ZONE, config.get(RaftStore.MEMBER_PLACEMENT));
        assertEquals(2L, config.get(RaftStore.ELECTION_TIMEOUT));
    }

    @Test
    void version3HasReplicaGroupsBackupCopiesADelayedReplicaAndTheDesignsDetectionTime() throws Exception {
        Topology t = load(3);
        Component orders = byId(t, "orders");

        assertEquals(45L * 60, t.detectionTime());
        assertTrue(t.isDetectionTimeSet());
        List<ReplicaGroup> groups = ReplicaGroup.of(orders);
        assertEquals(2, groups.size());
        assertEquals(ReplicationMode.SYNC, groups.get(0).mode());
        assertEquals(ReplicaPlacement.OTHER_REGION, groups.get(1).placement());
        assertEquals(10L, groups.get(1).lag());
        List<BackupCopy> copies = BackupCopy.of(orders);
        assertEquals(2, copies.size());
        assertEquals(15L * 60, copies.get(1).delay());
        assertEquals(2L * 3600, orders.get(Settings.DELAYED_REPLICA));
        assertEquals(3600L, t.detectionTime(orders));
        // region loss: the DR replica (10 s); corruption noticed in 1h, within the 2h delay: the delayed replica
        assertEquals(TimeBound.ofSeconds(10), RuleBook.standard().assess(orders, Scenario.REGION_LOSS).rpo());
        assertEquals(RecoveryAction.PROMOTE,
                RuleBook.standard().assess(orders, Scenario.LOGICAL_CORRUPTION).action());

        // and named variants over it
        assertEquals(List.of("No DR replica", "Bigger"), t.variants().stream().map(v -> v.name()).toList());
        Topology noDr = t.variant("no dr REPLICA").orElseThrow().apply(t);
        assertEquals(1, ReplicaGroup.of(byId(noDr, "orders")).size());
        assertEquals(2, ReplicaGroup.of(orders).size(), "the baseline keeps its groups");
    }

    @Test
    void filesOfEveryOlderVersionHaveNoVariants() throws Exception {
        for (int v = 1; v < NativeFormat.VERSION; v++) {
            assertTrue(load(v).variants().isEmpty(), "version " + v);
        }
    }

    @Test
    void aVersion2FileWithoutTheNewKeysGetsNoDesignAssumption() throws Exception {
        Topology t = load(2);

        assertFalse(t.isDetectionTimeSet());
        assertFalse(TopologyFiles.toJson(t).contains("assumptions"));
    }

    @Test
    void aNewerVersionIsMadeByANewerLifeboat() {
        LoadException e = assertThrows(LoadException.class, () -> TopologyFiles.read(
                "{\"format\": \"lifeboat\", \"version\": " + (NativeFormat.VERSION + 1) + "}", null));
        assertTrue(e.getMessage().contains("written by a newer Lifeboat"), e.getMessage());
    }
}
