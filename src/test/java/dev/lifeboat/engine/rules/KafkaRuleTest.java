package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.Settings;
import org.junit.jupiter.api.Test;

class KafkaRuleTest {

    private final Fixture f = new Fixture();

    private Component kafka(Object... settings) {
        return f.add(ComponentKind.KAFKA, settings);
    }

    private Component durable(Object... more) {
        Object[] base = {"replication_factor", 3, "acks", "all", "min_insync_replicas", 2, "replica_placement",
                "other_zone"};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return kafka(all);
    }

    @Test
    void replicationFactorThreeWithAcksAllAndMinIsrTwoLosesNothingOnNodeLoss() {
        ComponentAssessment a = assess(durable(), Scenario.NODE_LOSS);

        expect(a, "0", "30s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(KafkaRule.KAFKA_MIN_ISR));
    }

    @Test
    void minIsrOneLetsTheIsrShrinkToTheLeaderAndLosesTheLag() {
        ComponentAssessment a = assess(durable("min_insync_replicas", 1), Scenario.NODE_LOSS);

        expect(a, "30s", "30s", RecoveryAction.FAILOVER);
        assertTrue(a.assumptions().contains(Settings.REPLICATION_LAG.label()));
        mentions(a, "min.insync.replicas=1");
    }

    @Test
    void acksOneLosesTheLagOnNodeLoss() {
        expect(assess(durable("acks", "1"), Scenario.NODE_LOSS), "30s", "30s", RecoveryAction.FAILOVER);
    }

    @Test
    void uncleanLeaderElectionLosesTheLagOnNodeLoss() {
        ComponentAssessment a = assess(durable("unclean_leader_election", true), Scenario.NODE_LOSS);

        expect(a, "30s", "30s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(KafkaRule.KAFKA_UNCLEAN));
    }

    @Test
    void replicationFactorOneLosesTheBrokersPartitionsOnNodeLoss() {
        expect(assess(kafka(), Scenario.NODE_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        // 15m provisioning + 500 GB at 200 GB/h (2h30m)
        expect(assess(kafka("backup_interval", "1d"), Scenario.NODE_LOSS), "1d", "2h45m", RecoveryAction.RESTORE);
    }

    @Test
    void replicasInTheSameZoneAreLikeReplicationFactorOneOnZoneLoss() {
        ComponentAssessment a = assess(kafka("replication_factor", 3, "min_insync_replicas", 2, "backup_interval",
                "1d"), Scenario.ZONE_LOSS);

        expect(a, "1d", "2h45m", RecoveryAction.RESTORE);
        mentions(a, "same zone");
    }

    @Test
    void replicasInOtherZonesSurviveAZoneLoss() {
        expect(assess(durable(), Scenario.ZONE_LOSS), "0", "30s", RecoveryAction.FAILOVER);
    }

    @Test
    void aBrokerCrashKeepsItsLogAndRestartsWithReplicationFactorOne() {
        expect(assess(kafka(), Scenario.PROCESS_CRASH), "0", "2m", RecoveryAction.RESTART);
    }

    @Test
    void aBrokerCrashMovesLeadershipAndKeepsAcksAllRecords() {
        expect(assess(durable(), Scenario.PROCESS_CRASH), "0", "30s", RecoveryAction.FAILOVER);
    }

    @Test
    void aBrokerCrashWithAcksOneLosesRecordsTheNewLeaderLacks() {
        ComponentAssessment a = assess(durable("acks", "1"), Scenario.PROCESS_CRASH);

        expect(a, "30s", "30s", RecoveryAction.FAILOVER);
        assertTrue(a.references().contains(KafkaRule.KAFKA_ACKS));
    }

    @Test
    void mirrorMakerToAnotherRegionLosesTheLagAndClientsSwitchClusters() {
        ComponentAssessment a = assess(durable("geo_replication", true), Scenario.REGION_LOSS);

        expect(a, "30s", "30m", RecoveryAction.PROMOTE);
        assertTrue(a.assumptions().contains(Settings.PROMOTION_TIME.label()));
        assertTrue(a.references().contains(KafkaRule.KAFKA_GEO));
    }

    @Test
    void withoutMirrorOrRemoteBackupsARegionLossIsUnrecoverable() {
        expect(assess(durable("backup_interval", "1d"), Scenario.REGION_LOSS), "unbounded", "unbounded",
                RecoveryAction.IMPOSSIBLE);
    }

    @Test
    void aDeletedTopicIsGoneFromEveryReplicaWithoutABackup() {
        // the worst case of logical corruption is a deleted topic, not bad records replayed from an earlier offset
        ComponentAssessment a = assess(durable("geo_replication", true), Scenario.LOGICAL_CORRUPTION);

        expect(a, "unbounded", "30m", RecoveryAction.REPLAY);
        mentions(a, "deleted topic is deleted on every replica", "reset their offsets");
        assertTrue(a.assumptions().contains("Reprocessing time (assumed)"));
    }

    @Test
    void aDeletedTopicComesBackFromTheLastBackup() {
        // 2m restart + 500 GB at 200 GB/h (2h30m)
        ComponentAssessment a = assess(durable("backup_interval", "1d"), Scenario.LOGICAL_CORRUPTION);

        expect(a, "1d", "2h32m", RecoveryAction.RESTORE);
    }
}
