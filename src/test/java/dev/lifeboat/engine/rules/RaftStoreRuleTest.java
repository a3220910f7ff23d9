package dev.lifeboat.engine.rules;

import static dev.lifeboat.engine.rules.Fixture.assess;
import static dev.lifeboat.engine.rules.Fixture.expect;
import static dev.lifeboat.engine.rules.Fixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lifeboat.engine.ComponentAssessment;
import dev.lifeboat.engine.RecoveryAction;
import dev.lifeboat.engine.Scenario;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.ComponentKind;
import dev.lifeboat.model.RaftStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaftStoreRuleTest {

    private final Fixture f = new Fixture();

    private Component raft(Object... settings) {
        return f.add(ComponentKind.RAFT_STORE, settings);
    }

    @Test
    void aMajorityIsWhatAWriteAndTheClusterNeed() {
        assertEquals(1, RaftStoreRule.quorum(1));
        assertEquals(2, RaftStoreRule.quorum(2));
        assertEquals(2, RaftStoreRule.quorum(3));
        assertEquals(3, RaftStoreRule.quorum(4));
        assertEquals(3, RaftStoreRule.quorum(5));
    }

    @Test
    void losingOneOfThreeMembersLosesNothingAndElectsANewLeader() {
        ComponentAssessment a = assess(raft("members", 3), Scenario.NODE_LOSS);

        // etcd's 1000 ms election timeout + 2 s vote and leader switch (assumed)
        expect(a, "0", "3s", RecoveryAction.FAILOVER);
        assertEquals(List.of(RaftStore.ELECTION_TIME.label()), a.rtoAssumptions());
        assertTrue(a.rpoAssumptions().isEmpty());
        assertTrue(a.references().contains(RaftStoreRule.ETCD_TUNING));
    }

    @Test
    void aCrashedMemberRestartsFromItsWriteAheadLog() {
        expect(assess(raft("members", 3), Scenario.PROCESS_CRASH), "0", "3s", RecoveryAction.FAILOVER);
        ComponentAssessment single = assess(raft("members", 1), Scenario.PROCESS_CRASH);
        expect(single, "0", "1m", RecoveryAction.RESTART);
        mentions(single, "write-ahead log");
    }

    @Test
    void allMembersInOneZoneGoWithItAndComeBackFromTheLastSnapshot() {
        ComponentAssessment a = assess(raft("members", 5, "member_placement", "single_zone", "backup_interval",
                "1h", "data_size_gb", 2), Scenario.ZONE_LOSS);

        // 15m provisioning + 2 GB at 200 GB/h (36s) + 10m re-formation
        expect(a, "1h", "25m36s", RecoveryAction.RESTORE);
        mentions(a, "no majority", "etcdctl snapshot save");
        assertTrue(a.rtoAssumptions().contains(RaftStore.REFORM_TIME.label()));
    }

    @Test
    void threeMembersOverThreeZonesSurviveAZoneLoss() {
        expect(assess(raft("members", 3, "member_placement", "multi_zone"), Scenario.ZONE_LOSS), "0", "3s",
                RecoveryAction.FAILOVER);
    }

    @Test
    void fourMembersOverThreeZonesLoseTheMajorityWithTheZoneHoldingTwo() {
        expect(assess(raft("members", 4, "member_placement", "multi_zone"), Scenario.ZONE_LOSS), "unbounded",
                "unbounded", RecoveryAction.IMPOSSIBLE);
    }

    @Test
    void membersInOneRegionGoWithItUnlessSnapshotsAreKeptElsewhere() {
        expect(assess(raft("members", 3, "member_placement", "multi_zone", "backup_interval", "1h"),
                Scenario.REGION_LOSS), "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        expect(assess(raft("members", 3, "member_placement", "multi_zone", "backup_interval", "1h",
                "backup_location", "other_region"), Scenario.REGION_LOSS), "1h", "25m36s", RecoveryAction.RESTORE);
        expect(assess(raft("members", 5, "member_placement", "multi_region"), Scenario.REGION_LOSS), "0", "3s",
                RecoveryAction.FAILOVER);
    }

    @Test
    void logicalCorruptionIsCommittedOnEveryMemberSoBackupsDecide() {
        ComponentAssessment a = assess(raft("members", 5, "member_placement", "multi_region"),
                Scenario.LOGICAL_CORRUPTION);

        expect(a, "unbounded", "unbounded", RecoveryAction.IMPOSSIBLE);
        mentions(a, "every member");
        expect(assess(raft("backup_interval", "30m"), Scenario.LOGICAL_CORRUPTION), "30m", "25m36s",
                RecoveryAction.RESTORE);
    }

    @Test
    void twoMembersHaveNoMajorityLeftAfterLosingOne() {
        expect(assess(raft("members", 2, "backup_interval", "1h"), Scenario.NODE_LOSS), "1h", "25m36s",
                RecoveryAction.RESTORE);
    }
}
