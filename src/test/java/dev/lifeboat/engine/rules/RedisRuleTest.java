package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Redis;
import dev.lifeboat.model.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisRuleTest {

    private final Fixture f = new Fixture();

    private Component redis(Object... settings) {
        return f.add(ComponentKind.REDIS, settings);
    }

    @Test
    void aofEverysecLosesOneSecondOnACrash() {
        ComponentAssessment a = assess(redis("persistence", "aof", "appendfsync", "everysec"), Scenario.PROCESS_CRASH);

        expect(a, "1s", "1m", RecoveryAction.RESTART);
        assertTrue(a.references().contains(RedisRule.REDIS_PERSISTENCE));
    }

    @Test
    void aofAlwaysLosesNothingOnACrash() {
        expect(assess(redis("persistence", "rdb_aof", "appendfsync", "always"), Scenario.PROCESS_CRASH), "0", "1m",
                RecoveryAction.RESTART);
    }

    @Test
    void aofLeftToTheOsLosesAnAssumedThirtySeconds() {
        ComponentAssessment a = assess(redis("persistence", "aof", "appendfsync", "no"), Scenario.PROCESS_CRASH);

        expect(a, "30s", "1m", RecoveryAction.RESTART);
        assertEquals(List.of(RedisRule.OS_FLUSH_ASSUMPTION), a.rpoAssumptions());
        assertEquals(List.of(Settings.RESTART_TIME.label()), a.rtoAssumptions());
    }

    @Test
    void rdbLosesTheWritesSinceTheLastSnapshot() {
        expect(assess(redis("persistence", "rdb", "snapshot_interval", "5m"), Scenario.PROCESS_CRASH), "5m", "1m",
                RecoveryAction.RESTART);
    }

    @Test
    void withoutPersistenceOrReplicasACrashLosesEverything() {
        ComponentAssessment a = assess(redis("persistence", "none"), Scenario.PROCESS_CRASH);

        expect(a, "unbounded", "1m", RecoveryAction.RESTART);
        mentions(a, "restarts empty");
    }

    @Test
    void withoutPersistenceSentinelFailoverBeforeTheRestartKeepsAllButTheLag() {
        ComponentAssessment a = assess(redis("persistence", "none", "replicas", 1, "redis_failover", "sentinel",
                "failover_time", "30s", "restart_time", "2m"), Scenario.PROCESS_CRASH);

        // 30s down-after-milliseconds + 30s vote and promotion
        expect(a, "5s", "1m", RecoveryAction.FAILOVER);
        assertEquals(List.of(Settings.REPLICATION_LAG.label()), a.rpoAssumptions());
        // the 30s vote and promotion was typed by the user: a statement, not an assumption
        assertEquals(List.of(), a.rtoAssumptions());
    }

    @Test
    void withoutPersistenceAMasterRestartingBeforeFailoverWipesItsReplicas() {
        ComponentAssessment a = assess(redis("persistence", "none", "replicas", 1, "redis_failover", "sentinel",
                "failover_time", "30s", "restart_time", "10s"), Scenario.PROCESS_CRASH);

        expect(a, "unbounded", "10s", RecoveryAction.RESTART);
        mentions(a, "replicas then copy the empty data set");
    }

    @Test
    void aReplicaWithSentinelLosesTheLagOnNodeLossAndFailsOverAutomatically() {
        ComponentAssessment a = assess(redis("replicas", 1, "redis_failover", "sentinel"), Scenario.NODE_LOSS);

        // detection (down-after-milliseconds, 30 s) plus the vote and the promotion (10 s, assumed)
        expect(a, "5s", "40s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(RedisRule.REDIS_SENTINEL));
        mentions(a, "down-after-milliseconds");
        assertTrue(a.rtoAssumed());
    }

    @Test
    void redisClusterFailsOverAfterTheClusterNodeTimeout() {
        ComponentAssessment a = assess(redis("replicas", 1, "redis_failover", "cluster"), Scenario.NODE_LOSS);

        // cluster-node-timeout (15 s) plus the vote and the promotion (10 s, assumed)
        expect(a, "5s", "25s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(RedisRule.REDIS_CLUSTER));
        mentions(a, "cluster-node-timeout");
    }

    @Test
    void aMasterRestartingBeforeSentinelDetectsItIsNotFailedOver() {
        ComponentAssessment a = assess(redis("persistence", "aof", "replicas", 1, "redis_failover", "sentinel",
                "restart_time", "20s"), Scenario.PROCESS_CRASH);

        expect(a, "1s", "20s", RecoveryAction.RESTART);
    }

    @Test
    void aReplicaWithoutSentinelNeedsAManualPromotion() {
        ComponentAssessment a = assess(redis("replicas", 1), Scenario.NODE_LOSS);

        expect(a, "5s", "30m", RecoveryAction.PROMOTE);
        assertTrue(a.assumptions().contains(Settings.PROMOTION_TIME.label()));
    }

    @Test
    void aReplicaInTheSameZoneFallsBackToBackupsOnZoneLoss() {
        // 15m provisioning + 5 GB at 200 GB/h (1m30s)
        expect(assess(redis("replicas", 2, "replica_placement", "same_zone", "redis_failover", "sentinel",
                "backup_interval", "1d"), Scenario.ZONE_LOSS), "1d", "16m30s", RecoveryAction.RESTORE);
    }

    @Test
    void flushAllReplicatesSoOnlyBackupsHelpAgainstCorruption() {
        ComponentAssessment a = assess(redis("replicas", 2, "redis_failover", "cluster", "replica_placement",
                "other_region"), Scenario.LOGICAL_CORRUPTION);

        expect(a, "unbounded", "1m", RecoveryAction.RESTART);
        mentions(a, "FLUSHALL");
        mentions(a, "empty");
    }

    @Test
    void aLostInstanceWithoutCopyLosesEveryKeyButComesBackEmpty() {
        ComponentAssessment a = assess(redis("persistence", "aof"), Scenario.NODE_LOSS);

        expect(a, "unbounded", "15m", RecoveryAction.REDEPLOY);
        mentions(a, "empty");
        assertTrue(a.assumptions().contains("Provisioning time (assumed)"));
    }

    // ---------------------------------------------------------------- role cache: data rebuilt from a source of truth

    @Test
    void aStoreIsNotRebuildableByDefault() {
        for (Scenario s : Scenario.values()) {
            assertFalse(assess(redis(), s).rebuildable(), s.id());
        }
    }

    @Test
    void aCacheRestartsThenWarmsUpAndItsRpoDoesNotCount() {
        ComponentAssessment a = assess(redis("role", "cache", "persistence", "aof"), Scenario.PROCESS_CRASH);

        // its own RPO is still given: AOF everysec
        expect(a, "1s", "6m", RecoveryAction.RESTART);
        assertTrue(a.rebuildable());
        assertTrue(a.rtoAssumptions().contains(Redis.WARMUP_TIME.label()), a.rtoAssumptions()::toString);
        assertTrue(a.references().contains(RedisRule.CACHE_STRATEGIES));
        mentions(a, "warmup_time, assumed", "RTO 6m in all", "does not count for journeys");
    }

    @Test
    void aLostCacheIsAnEmptyNewInstancePlusWarmUpEvenWithABackup() {
        ComponentAssessment a = assess(redis("role", "cache", "backup_interval", "1h", "backup_location",
                "other_region"), Scenario.REGION_LOSS);

        expect(a, "unbounded", "20m", RecoveryAction.REDEPLOY);
        assertTrue(a.rebuildable());
        // provisioning needs nothing; the warm-up needs its source of truth back
        assertEquals(Fixture.t("15m"), a.prepare());
        assertEquals(Fixture.t("5m"), a.start());
        mentions(a, "restores no backup", "provision_time, assumed");
    }

    @Test
    void aCacheWarmsUpAfterAFailoverToo() {
        ComponentAssessment a = assess(redis("role", "cache", "replicas", 1, "redis_failover", "sentinel",
                "warmup_time", "2m"), Scenario.NODE_LOSS);

        // Sentinel: 30s detection + 10s vote, then the 2m the user stated (not an assumption)
        expect(a, "5s", "2m40s", RecoveryAction.FAILOVER);
        assertFalse(a.rtoAssumptions().contains(Redis.WARMUP_TIME.label()));
        mentions(a, "(2m, warmup_time)");
    }

    @Test
    void aFlushedCacheServesEmptyAndWarmsUp() {
        ComponentAssessment a = assess(redis("role", "cache", "backup_interval", "15m"),
                Scenario.LOGICAL_CORRUPTION);

        expect(a, "unbounded", "6m", RecoveryAction.RESTART);
        assertTrue(a.rebuildable());
    }
}
